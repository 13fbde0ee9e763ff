import { MigrationInterface, QueryRunner } from 'typeorm';

export class ResultsAndDashboard1795622043770 implements MigrationInterface {
  name = 'ResultsAndDashboard1795622043770';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`evaluation_findings\` (\`id\` int NOT NULL AUTO_INCREMENT, \`evaluationId\` int NOT NULL, \`code\` varchar(40) NOT NULL, \`severity\` varchar(8) NOT NULL, INDEX \`IDX_0224c6ae517495661dcc66a04e\` (\`evaluationId\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    // Derive the rows of the evaluations stored before this table existed (from then on the
    // evaluations service keeps them in step). JSON_TABLE: MySQL 8, MariaDB 10.6+.
    await queryRunner.query(
      `INSERT INTO \`evaluation_findings\` (\`evaluationId\`, \`code\`, \`severity\`)
       SELECT e.\`id\`, j.\`code\`, j.\`severity\`
       FROM \`evaluations\` e,
         JSON_TABLE(e.\`result\`, '$.findings[*]' COLUMNS (
           \`code\` varchar(40) PATH '$.code', \`severity\` varchar(8) PATH '$.severity')) j
       WHERE j.\`code\` IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE \`rectifications\` (\`id\` int NOT NULL AUTO_INCREMENT, \`source\` varchar(16) NOT NULL, \`documentId\` int NOT NULL, \`orgId\` int NOT NULL, \`year\` int NOT NULL, \`title\` varchar(200) NOT NULL, \`requirement\` text NOT NULL, \`deadline\` varchar(10) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'open', \`answer\` text NOT NULL, \`openedBy\` int NOT NULL, \`answeredAt\` datetime NULL, \`closedAt\` datetime NULL, \`history\` json NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_357eaae6cec469460a1b5d108f\` (\`source\`, \`documentId\`), INDEX \`IDX_f4b9eeb661e91dfa8922e4fec5\` (\`orgId\`, \`year\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`result_applications\` (\`id\` int NOT NULL AUTO_INCREMENT, \`evaluationId\` int NOT NULL, \`orgId\` int NOT NULL, \`regionId\` int NOT NULL, \`year\` int NOT NULL, \`budgetYear\` int NOT NULL, \`projectId\` int NULL, \`title\` varchar(200) NOT NULL, \`total\` decimal(9,2) NOT NULL, \`grade\` varchar(2) NOT NULL, \`budgetAdjusted\` decimal(20,6) NOT NULL, \`budgetExecuted\` decimal(20,6) NOT NULL, \`suggestion\` varchar(16) NOT NULL, \`rule\` json NOT NULL, \`decision\` varchar(16) NULL, \`comment\` text NOT NULL, \`decidedBy\` int NULL, \`decidedByName\` varchar(64) NULL, \`decidedAt\` datetime NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_827d243bfa1b148ed27f75a54f\` (\`evaluationId\`), INDEX \`IDX_c346807ce35e5ad546e111e667\` (\`orgId\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`result_rules\` (\`id\` int NOT NULL AUTO_INCREMENT, \`orgId\` int NOT NULL, \`rules\` json NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_3b936dff145b48c4860a04f168\` (\`orgId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE INDEX \`IDX_161515c07f4e3d9fe0a615459e\` ON \`evaluations\` (\`orgId\`, \`year\`, \`kind\`, \`status\`, \`finalGrade\`, \`total\`, \`budgetAdjusted\`, \`budgetExecuted\`)`,
    );
    await queryRunner.query(
      `CREATE INDEX \`IDX_63862bdb09555d8d0ce721d4d9\` ON \`monitoring_reports\` (\`targetId\`, \`month\`, \`status\`)`,
    );
    await queryRunner.query(
      `CREATE INDEX \`IDX_8cb29861a739da268d5e2f1076\` ON \`monitoring_reports\` (\`orgId\`, \`year\`, \`kind\`, \`status\`, \`overallLight\`, \`targetId\`, \`month\`)`,
    );
    await queryRunner.query(
      `CREATE INDEX \`IDX_92618298b58592fb92130f1d8e\` ON \`targets\` (\`orgId\`, \`year\`, \`status\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_92618298b58592fb92130f1d8e\` ON \`targets\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_8cb29861a739da268d5e2f1076\` ON \`monitoring_reports\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_63862bdb09555d8d0ce721d4d9\` ON \`monitoring_reports\``,
    );
    await queryRunner.query(`DROP INDEX \`IDX_161515c07f4e3d9fe0a615459e\` ON \`evaluations\``);
    await queryRunner.query(`DROP INDEX \`IDX_3b936dff145b48c4860a04f168\` ON \`result_rules\``);
    await queryRunner.query(`DROP TABLE \`result_rules\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_c346807ce35e5ad546e111e667\` ON \`result_applications\``,
    );
    await queryRunner.query(
      `DROP INDEX \`IDX_827d243bfa1b148ed27f75a54f\` ON \`result_applications\``,
    );
    await queryRunner.query(`DROP TABLE \`result_applications\``);
    await queryRunner.query(`DROP INDEX \`IDX_f4b9eeb661e91dfa8922e4fec5\` ON \`rectifications\``);
    await queryRunner.query(`DROP INDEX \`IDX_357eaae6cec469460a1b5d108f\` ON \`rectifications\``);
    await queryRunner.query(`DROP TABLE \`rectifications\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_0224c6ae517495661dcc66a04e\` ON \`evaluation_findings\``,
    );
    await queryRunner.query(`DROP TABLE \`evaluation_findings\``);
  }
}
