import { MigrationInterface, QueryRunner } from 'typeorm';

export class MonitoringSpendPlanNullable1795626215940 implements MigrationInterface {
  name = 'MonitoringSpendPlanNullable1795626215940';

  // Reviewed by hand: the generator would drop and re-add the column (losing the plans of the
  // reports already saved); MODIFY keeps them.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`monitoring_reports\` MODIFY \`spendPlan\` json NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE \`monitoring_reports\` SET \`spendPlan\` = '{"q1":"","q2":"","q3":"","q4":""}' WHERE \`spendPlan\` IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE \`monitoring_reports\` MODIFY \`spendPlan\` json NOT NULL`,
    );
  }
}
