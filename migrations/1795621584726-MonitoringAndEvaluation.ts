import { MigrationInterface, QueryRunner } from 'typeorm';

export class MonitoringAndEvaluation1795621584726 implements MigrationInterface {
  name = 'MonitoringAndEvaluation1795621584726';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`evaluations\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(16) NOT NULL, \`targetId\` int NULL, \`unitTargetId\` int NULL, \`orgId\` int NOT NULL, \`year\` int NOT NULL, \`title\` varchar(200) NOT NULL, \`template\` varchar(64) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`budgetInitial\` decimal(20,6) NOT NULL, \`budgetAdjusted\` decimal(20,6) NOT NULL, \`budgetExecuted\` decimal(20,6) NOT NULL, \`budgetWeight\` decimal(9,4) NOT NULL, \`fundManagement\` json NOT NULL, \`goals\` json NOT NULL, \`summary\` text NOT NULL, \`reported\` json NULL, \`result\` json NOT NULL, \`executionRate\` decimal(9,2) NULL, \`executionScore\` decimal(9,2) NOT NULL, \`total\` decimal(9,2) NOT NULL, \`grade\` varchar(2) NOT NULL, \`review\` json NULL, \`reviewTotal\` decimal(9,2) NULL, \`reviewGrade\` varchar(2) NULL, \`finalGrade\` varchar(2) NOT NULL, \`sampled\` tinyint NOT NULL DEFAULT 0, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_8902333519dcbe3f4068d8426e\` (\`targetId\`), INDEX \`IDX_b40991cbfe82b3ec0b9cdd4daf\` (\`unitTargetId\`), INDEX \`IDX_160163ad1c81820057fde3ddbb\` (\`status\`), INDEX \`IDX_20dcbe064f6baacdf09d4527d4\` (\`finalGrade\`), INDEX \`IDX_ea2a382a04b6624c8e5b10e69f\` (\`year\`, \`status\`), INDEX \`IDX_b085cfe7119aa145e68595e82a\` (\`orgId\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`evaluation_indicators\` (\`id\` int NOT NULL AUTO_INCREMENT, \`evaluationId\` int NOT NULL, \`ordinal\` int NOT NULL, \`level1\` varchar(50) NOT NULL, \`level2\` varchar(50) NOT NULL, \`name\` varchar(200) NOT NULL, \`target\` varchar(200) NOT NULL, \`actual\` varchar(200) NOT NULL, \`weight\` decimal(9,4) NOT NULL, \`score\` decimal(9,4) NULL, \`level\` varchar(8) NULL, \`applicable\` tinyint NOT NULL DEFAULT 1, \`reason\` text NOT NULL, \`basis\` text NOT NULL, \`finalScore\` decimal(9,2) NULL, INDEX \`IDX_900403901e8b95c04f92d07f01\` (\`evaluationId\`, \`ordinal\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`evaluation_samples\` (\`id\` int NOT NULL AUTO_INCREMENT, \`orgId\` int NOT NULL, \`year\` int NOT NULL, \`percent\` varchar(16) NOT NULL, \`seed\` varchar(64) NOT NULL, \`population\` int NOT NULL, \`evaluationIds\` json NOT NULL, \`userId\` int NOT NULL, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`monitoring_reports\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(16) NOT NULL, \`targetId\` int NULL, \`unitTargetId\` int NULL, \`orgId\` int NOT NULL, \`year\` int NOT NULL, \`title\` varchar(200) NOT NULL, \`month\` int NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`budget\` decimal(20,6) NOT NULL, \`executed\` decimal(20,6) NOT NULL, \`expectedExecuted\` decimal(20,6) NULL, \`spendPlan\` json NOT NULL, \`lights\` json NOT NULL, \`overallLight\` varchar(8) NOT NULL DEFAULT 'none', \`findings\` json NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_1a6473071a585a9bb3c4049e6c\` (\`targetId\`), INDEX \`IDX_0c1a98f4529c827cbad4598af0\` (\`unitTargetId\`), INDEX \`IDX_11727dbec1195baa4debd2d49c\` (\`status\`), INDEX \`IDX_28caffd0189d4eec79cb46871d\` (\`overallLight\`), INDEX \`IDX_abd2f30eb6d434fe2ec21fbb82\` (\`orgId\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`monitoring_indicators\` (\`id\` int NOT NULL AUTO_INCREMENT, \`reportId\` int NOT NULL, \`ordinal\` int NOT NULL, \`level1\` varchar(50) NOT NULL, \`level2\` varchar(50) NOT NULL, \`name\` varchar(200) NOT NULL, \`target\` varchar(200) NOT NULL, \`progress\` varchar(200) NOT NULL, \`expected\` varchar(200) NOT NULL, \`likelihood\` varchar(16) NOT NULL, \`reasons\` json NOT NULL, \`measures\` text NOT NULL, \`light\` varchar(8) NOT NULL, INDEX \`IDX_43d1e262a0e006cbc2cc970554\` (\`reportId\`, \`ordinal\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`IDX_43d1e262a0e006cbc2cc970554\` ON \`monitoring_indicators\``,
    );
    await queryRunner.query(`DROP TABLE \`monitoring_indicators\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_abd2f30eb6d434fe2ec21fbb82\` ON \`monitoring_reports\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_28caffd0189d4eec79cb46871d\` ON \`monitoring_reports\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_11727dbec1195baa4debd2d49c\` ON \`monitoring_reports\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_0c1a98f4529c827cbad4598af0\` ON \`monitoring_reports\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_1a6473071a585a9bb3c4049e6c\` ON \`monitoring_reports\``,
    );
    await queryRunner.query(`DROP TABLE \`monitoring_reports\``);
    await queryRunner.query(`DROP TABLE \`evaluation_samples\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_900403901e8b95c04f92d07f01\` ON \`evaluation_indicators\``,
    );
    await queryRunner.query(`DROP TABLE \`evaluation_indicators\``);
    await queryRunner.query(`DROP INDEX \`IDX_b085cfe7119aa145e68595e82a\` ON \`evaluations\``);
    await queryRunner.query(`DROP INDEX \`IDX_ea2a382a04b6624c8e5b10e69f\` ON \`evaluations\``);
    await queryRunner.query(`DROP INDEX \`IDX_20dcbe064f6baacdf09d4527d4\` ON \`evaluations\``);
    await queryRunner.query(`DROP INDEX \`IDX_160163ad1c81820057fde3ddbb\` ON \`evaluations\``);
    await queryRunner.query(`DROP INDEX \`IDX_b40991cbfe82b3ec0b9cdd4daf\` ON \`evaluations\``);
    await queryRunner.query(`DROP INDEX \`IDX_8902333519dcbe3f4068d8426e\` ON \`evaluations\``);
    await queryRunner.query(`DROP TABLE \`evaluations\``);
  }
}
