import { MigrationInterface, QueryRunner } from 'typeorm';

export class BackgroundJobs1795623099947 implements MigrationInterface {
  name = 'BackgroundJobs1795623099947';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`jobs\` (\`id\` varchar(100) NOT NULL, \`type\` varchar(32) NOT NULL, \`state\` varchar(16) NOT NULL, \`progress\` int NOT NULL DEFAULT '0', \`message\` varchar(500) NOT NULL DEFAULT '', \`data\` json NOT NULL, \`result\` json NULL, \`error\` text NULL, \`createdBy\` int NULL, \`attempts\` int NOT NULL DEFAULT '0', \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`startedAt\` datetime NULL, \`finishedAt\` datetime NULL, \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_a23a064fc3446f9bddaaa29b0f\` (\`state\`), INDEX \`IDX_145893287cbf3425baabd6418a\` (\`createdBy\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`deadlines\` (\`id\` int NOT NULL AUTO_INCREMENT, \`year\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`dueDate\` varchar(10) NOT NULL, \`remindDays\` int NOT NULL DEFAULT '7', \`note\` varchar(200) NOT NULL DEFAULT '', \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_3e843ae27480de0cea0eb534d4\` (\`year\`, \`kind\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`notifications\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`key\` varchar(191) NOT NULL, \`kind\` varchar(32) NOT NULL, \`title\` varchar(200) NOT NULL, \`message\` varchar(1000) NOT NULL, \`resource\` varchar(32) NULL, \`resourceId\` int NULL, \`deadlineId\` int NULL, \`read\` tinyint NOT NULL DEFAULT 0, \`readAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_d51d565cc502858700f2107167\` (\`key\`), INDEX \`IDX_d60c47e715847c8aa792ba6d1e\` (\`userId\`, \`read\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_d60c47e715847c8aa792ba6d1e\` ON \`notifications\``);
    await queryRunner.query(`DROP INDEX \`IDX_d51d565cc502858700f2107167\` ON \`notifications\``);
    await queryRunner.query(`DROP TABLE \`notifications\``);
    await queryRunner.query(`DROP INDEX \`IDX_3e843ae27480de0cea0eb534d4\` ON \`deadlines\``);
    await queryRunner.query(`DROP TABLE \`deadlines\``);
    await queryRunner.query(`DROP INDEX \`IDX_145893287cbf3425baabd6418a\` ON \`jobs\``);
    await queryRunner.query(`DROP INDEX \`IDX_a23a064fc3446f9bddaaa29b0f\` ON \`jobs\``);
    await queryRunner.query(`DROP TABLE \`jobs\``);
  }
}
