import { MigrationInterface, QueryRunner } from 'typeorm';

export class TargetDeclaration1795620978404 implements MigrationInterface {
  name = 'TargetDeclaration1795620978404';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`indicator_library\` (\`id\` int NOT NULL AUTO_INCREMENT, \`scope\` varchar(16) NOT NULL DEFAULT 'any', \`level1\` varchar(50) NOT NULL, \`level2\` varchar(50) NOT NULL, \`name\` varchar(200) NOT NULL, \`unit\` varchar(20) NOT NULL DEFAULT '', \`direction\` varchar(16) NOT NULL, \`suggestedTarget\` varchar(200) NOT NULL DEFAULT '', \`explanation\` text NOT NULL, \`method\` text NOT NULL, \`weight\` decimal(9,4) NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_87e932e3e57c2a8452b243c936\` (\`level1\`, \`level2\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`projects\` (\`id\` int NOT NULL AUTO_INCREMENT, \`year\` int NOT NULL, \`code\` varchar(64) NOT NULL, \`name\` varchar(200) NOT NULL, \`orgId\` int NOT NULL, \`implementer\` varchar(200) NOT NULL DEFAULT '', \`type\` varchar(16) NOT NULL, \`amountTotal\` decimal(20,6) NOT NULL, \`amountFiscal\` decimal(20,6) NOT NULL, \`amountSpecial\` decimal(20,6) NOT NULL, \`amountOther\` decimal(20,6) NOT NULL, \`purpose\` text NOT NULL, \`spendPlan\` json NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_57f0839335b38f0d899ea9396b\` (\`orgId\`, \`year\`), UNIQUE INDEX \`IDX_4eec40735e44ef8fc80bf23e45\` (\`year\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`target_indicators\` (\`id\` int NOT NULL AUTO_INCREMENT, \`docType\` varchar(16) NOT NULL, \`docId\` int NOT NULL, \`ordinal\` int NOT NULL, \`level1\` varchar(50) NOT NULL, \`level2\` varchar(50) NOT NULL, \`name\` varchar(200) NOT NULL, \`target\` varchar(200) NOT NULL, \`basis\` text NOT NULL, \`description\` text NOT NULL, \`method\` text NOT NULL, \`weight\` decimal(9,4) NULL, \`parsed\` json NOT NULL, INDEX \`IDX_0804966ebcb42fdab23492855d\` (\`docType\`, \`docId\`, \`ordinal\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`targets\` (\`id\` int NOT NULL AUTO_INCREMENT, \`year\` int NOT NULL, \`orgId\` int NOT NULL, \`revision\` int NOT NULL DEFAULT '1', \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`current\` tinyint NOT NULL DEFAULT 0, \`goals\` json NOT NULL, \`findings\` json NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`projectId\` int NOT NULL, INDEX \`IDX_2efaf73678a6fd97dca6541c63\` (\`orgId\`), INDEX \`IDX_981e0730cd6ac9d0859fccacac\` (\`status\`), UNIQUE INDEX \`IDX_6424b13ee42697f4a172eb66c8\` (\`projectId\`, \`revision\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`unit_targets\` (\`id\` int NOT NULL AUTO_INCREMENT, \`year\` int NOT NULL, \`orgId\` int NOT NULL, \`revision\` int NOT NULL DEFAULT '1', \`status\` varchar(16) NOT NULL DEFAULT 'draft', \`current\` tinyint NOT NULL DEFAULT 0, \`goals\` json NOT NULL, \`findings\` json NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`tasks\` json NOT NULL, \`budget\` json NOT NULL, INDEX \`IDX_92bbb35659a4e5b75d5cc07057\` (\`orgId\`), INDEX \`IDX_b15719d559e8b4d6ccf0c8807d\` (\`status\`), UNIQUE INDEX \`IDX_f3bff32929dd7911c1ecf8feb4\` (\`orgId\`, \`year\`, \`revision\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`workflow_events\` (\`id\` int NOT NULL AUTO_INCREMENT, \`resource\` varchar(32) NOT NULL, \`docId\` int NOT NULL, \`action\` varchar(16) NOT NULL, \`fromStatus\` varchar(16) NULL, \`toStatus\` varchar(16) NOT NULL, \`userId\` int NULL, \`userName\` varchar(100) NOT NULL, \`userRole\` varchar(16) NOT NULL, \`comment\` text NOT NULL, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_2ae3be3e07bc32084e4e722ad6\` (\`resource\`, \`docId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_2ae3be3e07bc32084e4e722ad6\` ON \`workflow_events\``);
    await queryRunner.query(`DROP TABLE \`workflow_events\``);
    await queryRunner.query(`DROP INDEX \`IDX_f3bff32929dd7911c1ecf8feb4\` ON \`unit_targets\``);
    await queryRunner.query(`DROP INDEX \`IDX_b15719d559e8b4d6ccf0c8807d\` ON \`unit_targets\``);
    await queryRunner.query(`DROP INDEX \`IDX_92bbb35659a4e5b75d5cc07057\` ON \`unit_targets\``);
    await queryRunner.query(`DROP TABLE \`unit_targets\``);
    await queryRunner.query(`DROP INDEX \`IDX_6424b13ee42697f4a172eb66c8\` ON \`targets\``);
    await queryRunner.query(`DROP INDEX \`IDX_981e0730cd6ac9d0859fccacac\` ON \`targets\``);
    await queryRunner.query(`DROP INDEX \`IDX_2efaf73678a6fd97dca6541c63\` ON \`targets\``);
    await queryRunner.query(`DROP TABLE \`targets\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_0804966ebcb42fdab23492855d\` ON \`target_indicators\``,
    );
    await queryRunner.query(`DROP TABLE \`target_indicators\``);
    await queryRunner.query(`DROP INDEX \`IDX_4eec40735e44ef8fc80bf23e45\` ON \`projects\``);
    await queryRunner.query(`DROP INDEX \`IDX_57f0839335b38f0d899ea9396b\` ON \`projects\``);
    await queryRunner.query(`DROP TABLE \`projects\``);
    await queryRunner.query(
      `DROP INDEX \`IDX_87e932e3e57c2a8452b243c936\` ON \`indicator_library\``,
    );
    await queryRunner.query(`DROP TABLE \`indicator_library\``);
  }
}
