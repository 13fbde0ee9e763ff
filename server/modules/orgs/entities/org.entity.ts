import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { OrgType } from '../../../../shared/domain/enums';

/**
 * A node of the organisation tree (财政 region → 主管部门 → 预算单位). `path` is the materialised
 * path of ids (`/1/4/9/`) so that a subtree is one indexed prefix match.
 */
@Entity('orgs')
export class Org {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: OrgType;

  @Column({ type: 'int', nullable: true })
  parentId!: number | null;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  path!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
