import { MigrationInterface, QueryRunner } from 'typeorm';

/** audit_logs.resourceId holds a job's id (its business key, up to 100 characters). */
export class AuditResourceIdLength1795630294494 implements MigrationInterface {
  name = 'AuditResourceIdLength1795630294494';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`audit_logs\` MODIFY \`resourceId\` varchar(128) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`audit_logs\` MODIFY \`resourceId\` varchar(64) NULL`);
  }
}
