import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795619557514 implements MigrationInterface {
  name = 'Foundation1795619557514';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`audit_logs\` (\`id\` int NOT NULL AUTO_INCREMENT, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`userId\` int NULL, \`username\` varchar(64) NULL, \`action\` varchar(64) NOT NULL, \`resource\` varchar(64) NOT NULL, \`resourceId\` varchar(64) NULL, \`orgPath\` varchar(255) NULL, \`before\` json NULL, \`after\` json NULL, \`ip\` varchar(64) NULL, INDEX \`IDX_90eb701fe0d7584d54a15567f8\` (\`at\`), INDEX \`IDX_cfa83f61e4d27a87fcae1e025a\` (\`userId\`), INDEX \`IDX_977175644189c3818e85ee4ee3\` (\`orgPath\`), INDEX \`IDX_5db7a2b9e2bd2563b2377c293c\` (\`resource\`, \`resourceId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`orgs\` (\`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(64) NOT NULL, \`name\` varchar(200) NOT NULL, \`type\` varchar(16) NOT NULL, \`parentId\` int NULL, \`path\` varchar(255) NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_96155ed5ab06a9949fab1454dd\` (\`code\`), INDEX \`IDX_d9e6d8644089278d153efb2f11\` (\`path\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
    await queryRunner.query(
      `CREATE TABLE \`users\` (\`id\` int NOT NULL AUTO_INCREMENT, \`username\` varchar(64) NOT NULL, \`name\` varchar(100) NOT NULL, \`role\` varchar(16) NOT NULL, \`orgId\` int NULL, \`passwordHash\` varchar(255) NOT NULL, \`disabled\` tinyint NOT NULL DEFAULT 0, \`tokenVersion\` int NOT NULL DEFAULT '0', \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_fe0bb3f6520ee0469504521e71\` (\`username\`), INDEX \`IDX_1890588e47e133fd85670f187d\` (\`orgId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_1890588e47e133fd85670f187d\` ON \`users\``);
    await queryRunner.query(`DROP INDEX \`IDX_fe0bb3f6520ee0469504521e71\` ON \`users\``);
    await queryRunner.query(`DROP TABLE \`users\``);
    await queryRunner.query(`DROP INDEX \`IDX_d9e6d8644089278d153efb2f11\` ON \`orgs\``);
    await queryRunner.query(`DROP INDEX \`IDX_96155ed5ab06a9949fab1454dd\` ON \`orgs\``);
    await queryRunner.query(`DROP TABLE \`orgs\``);
    await queryRunner.query(`DROP INDEX \`IDX_5db7a2b9e2bd2563b2377c293c\` ON \`audit_logs\``);
    await queryRunner.query(`DROP INDEX \`IDX_977175644189c3818e85ee4ee3\` ON \`audit_logs\``);
    await queryRunner.query(`DROP INDEX \`IDX_cfa83f61e4d27a87fcae1e025a\` ON \`audit_logs\``);
    await queryRunner.query(`DROP INDEX \`IDX_90eb701fe0d7584d54a15567f8\` ON \`audit_logs\``);
    await queryRunner.query(`DROP TABLE \`audit_logs\``);
  }
}
