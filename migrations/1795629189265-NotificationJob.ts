import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationJob1795629189265 implements MigrationInterface {
  name = 'NotificationJob1795629189265';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`notifications\` ADD \`jobId\` varchar(100) NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`notifications\` DROP COLUMN \`jobId\``);
  }
}
