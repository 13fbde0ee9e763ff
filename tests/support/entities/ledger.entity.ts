import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DecimalColumn } from '../../../server/database/decimal';

/** A table used only by the decimal storage tests. */
@Entity('test_ledger')
export class Ledger {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 20 })
  label!: string;

  @DecimalColumn({ precision: 20, scale: 6 })
  amount!: string;
}
