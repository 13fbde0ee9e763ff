import {
  DecimalField,
  EnumField,
  IntField,
  NestedField,
  ReadOnlyFields,
  TextField,
} from '../../../common/validation/fields';
import { PROJECT_TYPE_LABELS, PROJECT_TYPES, ProjectType } from '../../../../shared/domain/enums';

const PERCENT = /^$|^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

export class SpendPlanDto {
  @TextField('3月底累计支出计划（%）', {
    max: 6,
    optional: true,
    pattern: PERCENT,
    patternHint: '必须是 0–100 的百分数（可留空）',
  })
  q1?: string;

  @TextField('6月底累计支出计划（%）', {
    max: 6,
    optional: true,
    pattern: PERCENT,
    patternHint: '必须是 0–100 的百分数（可留空）',
  })
  q2?: string;

  @TextField('9月底累计支出计划（%）', {
    max: 6,
    optional: true,
    pattern: PERCENT,
    patternHint: '必须是 0–100 的百分数（可留空）',
  })
  q3?: string;

  @TextField('12月底累计支出计划（%）', {
    max: 6,
    optional: true,
    pattern: PERCENT,
    patternHint: '必须是 0–100 的百分数（可留空）',
  })
  q4?: string;
}

export class CreateProjectDto {
  @IntField('年度', { min: 2000, max: 2100 })
  year!: number;

  @TextField('项目编码', {
    max: 64,
    pattern: /^[0-9A-Za-z-]+$/,
    patternHint: '只能包含数字、字母和短横线',
  })
  code!: string;

  @TextField('项目名称', { max: 200 })
  name!: string;

  /** The unit; a unit clerk may leave it out (their own unit). */
  @IntField('预算单位', { min: 1, max: 2 ** 31 - 1, optional: true })
  orgId?: number;

  @TextField('实施单位', { max: 200, optional: true })
  implementer?: string;

  @EnumField('项目类型', PROJECT_TYPES, { labels: PROJECT_TYPE_LABELS })
  type!: ProjectType;

  @DecimalField('资金总额')
  amountTotal!: string;

  @DecimalField('财政资金')
  amountFiscal!: string;

  @DecimalField('财政专户管理资金')
  amountSpecial!: string;

  @DecimalField('单位资金')
  amountOther!: string;

  @TextField('资金用途', { max: 4000, optional: true })
  purpose?: string;

  @NestedField('资金支出计划', () => SpendPlanDto, { optional: true })
  spendPlan?: SpendPlanDto;
}

@ReadOnlyFields('id', 'createdAt', 'updatedAt', 'orgName', 'departmentName', 'locked')
export class UpdateProjectDto extends CreateProjectDto {
  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}
