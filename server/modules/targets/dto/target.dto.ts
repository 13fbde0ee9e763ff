import {
  DecimalField,
  IntField,
  NestedField,
  ReadOnlyFields,
  TextArrayField,
  TextField,
} from '../../../common/validation/fields';

/** One indicator row as the client sends it; `parsed` comes back from the server only. */
@ReadOnlyFields('parsed', 'id', 'ordinal', 'findings')
export class IndicatorRowDto {
  @TextField('一级指标', { max: 50 })
  level1!: string;

  @TextField('二级指标', { max: 50, optional: true })
  level2?: string;

  @TextField('三级指标', { max: 200 })
  name!: string;

  @TextField('指标值', { max: 200, optional: true })
  target?: string;

  @TextField('指标值确定依据', { max: 4000, optional: true })
  basis?: string;

  @TextField('指标解释', { max: 4000, optional: true })
  description?: string;

  @TextField('指标说明（计算方法）', { max: 4000, optional: true })
  method?: string;

  @DecimalField('分值', { scale: 4, integerDigits: 3, optional: true, nullable: true })
  weight?: string | null;
}

const DOC_READ_ONLY = [
  'id',
  'year',
  'orgId',
  'orgName',
  'status',
  'revision',
  'current',
  'findings',
  'createdAt',
  'updatedAt',
  'history',
  'actions',
  'editable',
  'project',
];

export class TargetContentDto {
  @TextArrayField('年度绩效目标', { maxItems: 20, maxLength: 2000, optional: true })
  goals?: string[];

  @NestedField('绩效指标', () => IndicatorRowDto, { array: { max: 300 } })
  indicators!: IndicatorRowDto[];
}

export class CreateTargetDto extends TargetContentDto {
  @IntField('项目', { min: 1, max: 2 ** 31 - 1 })
  projectId!: number;
}

@ReadOnlyFields(...DOC_READ_ONLY, 'projectId')
export class UpdateTargetDto extends TargetContentDto {
  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}

export class UnitTaskDto {
  @TextField('任务名称', { max: 200 })
  name!: string;

  @TextField('主要内容', { max: 4000, optional: true })
  content?: string;

  @DecimalField('预算资金合计', { optional: true, allowEmpty: true })
  amount?: string;

  @DecimalField('其中：财政资金', { optional: true, allowEmpty: true })
  amountFiscal?: string;
}

export class UnitBudgetDto {
  @DecimalField('部门预算总额', { optional: true, allowEmpty: true })
  total?: string;

  @DecimalField('政府预算资金', { optional: true, allowEmpty: true })
  fiscal?: string;

  @DecimalField('财政专户管理资金', { optional: true, allowEmpty: true })
  special?: string;

  @DecimalField('单位资金', { optional: true, allowEmpty: true })
  other?: string;

  @DecimalField('基本支出', { optional: true, allowEmpty: true })
  basic?: string;

  @DecimalField('项目支出', { optional: true, allowEmpty: true })
  project?: string;
}

export class UnitTargetContentDto extends TargetContentDto {
  @NestedField('年度主要任务', () => UnitTaskDto, { array: { max: 100 }, optional: true })
  tasks?: UnitTaskDto[];

  @NestedField('预算情况', () => UnitBudgetDto, { optional: true })
  budget?: UnitBudgetDto;
}

export class CreateUnitTargetDto extends UnitTargetContentDto {
  /** The unit; a unit clerk may leave it out (their own unit). */
  @IntField('预算单位', { min: 1, max: 2 ** 31 - 1, optional: true })
  orgId?: number;

  @IntField('年度', { min: 2000, max: 2100 })
  year!: number;
}

@ReadOnlyFields(...DOC_READ_ONLY)
export class UpdateUnitTargetDto extends UnitTargetContentDto {
  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}
