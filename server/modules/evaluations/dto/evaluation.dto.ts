import {
  BoolField,
  DecimalField,
  EnumField,
  IdArrayField,
  IntField,
  NestedField,
  ReadOnlyFields,
  TextField,
} from '../../../common/validation/fields';
import { QUALITATIVE_LEVELS, QualitativeLevel } from '../../../../shared/scoring';

/** Fields the server computes; sent back by react-admin, they are dropped, never trusted. */
const COMPUTED_ROW = [
  'computed',
  'parsedTarget',
  'parsedActual',
  'met',
  'ruleScore',
  'finalScore',
  'overridden',
  'deviation',
  'explanation',
  'rule',
  'cost',
  'index',
  'id',
  'ordinal',
];

@ReadOnlyFields(...COMPUTED_ROW)
export class EvaluationIndicatorDto {
  @TextField('一级指标', { max: 50 })
  level1!: string;

  @TextField('二级指标', { max: 50, optional: true })
  level2?: string;

  @TextField('三级指标', { max: 200 })
  name!: string;

  @TextField('年度指标值', { max: 200, optional: true })
  target?: string;

  @TextField('实际完成值', { max: 200, optional: true })
  actual?: string;

  @DecimalField('分值', { scale: 4, integerDigits: 3 })
  weight!: string;

  /** The evaluator's 得分; empty = the rule score. */
  @DecimalField('得分', { scale: 4, integerDigits: 3, optional: true, nullable: true })
  score?: string | null;

  @EnumField('达成程度', QUALITATIVE_LEVELS, { optional: true, nullable: true })
  level?: QualitativeLevel | null;

  @BoolField('是否适用', { optional: true })
  applicable?: boolean;

  @TextField('偏差原因分析及改进措施', { max: 4000, optional: true })
  reason?: string;

  @TextField('指标值确定依据', { max: 4000, optional: true })
  basis?: string;
}

export class FundItemDto {
  @TextField('资金管理项目', { max: 50 })
  item!: string;

  @DecimalField('分值', { scale: 4, integerDigits: 3 })
  weight!: string;

  @DecimalField('得分', { scale: 4, integerDigits: 3 })
  score!: string;

  @TextField('情况说明', { max: 4000, optional: true })
  note?: string;

  @TextField('存在问题和改进措施', { max: 4000, optional: true })
  problems?: string;
}

export class EvaluationBudgetDto {
  @DecimalField('年初预算数')
  initial!: string;

  @DecimalField('全年预算数')
  adjusted!: string;

  @DecimalField('全年执行数')
  executed!: string;

  @DecimalField('预算执行率分值', { scale: 4, integerDigits: 3, optional: true })
  weight?: string;
}

export class CreateEvaluationDto {
  @IntField('项目绩效目标表', { min: 1, max: 2 ** 31 - 1, optional: true })
  targetId?: number;

  @IntField('整体绩效目标表', { min: 1, max: 2 ** 31 - 1, optional: true })
  unitTargetId?: number;

  @TextField('评分模板', { max: 64, optional: true })
  template?: string;
}

@ReadOnlyFields(
  'id',
  'kind',
  'targetId',
  'unitTargetId',
  'orgId',
  'orgName',
  'year',
  'title',
  'status',
  'result',
  'total',
  'grade',
  'executionRate',
  'executionScore',
  'review',
  'reviewTotal',
  'reviewGrade',
  'finalGrade',
  'sampled',
  'reported',
  'history',
  'actions',
  'createdAt',
  'updatedAt',
  'goals',
)
export class UpdateEvaluationDto {
  @TextField('评分模板', { max: 64, optional: true })
  template?: string;

  @NestedField('项目资金', () => EvaluationBudgetDto)
  budget!: EvaluationBudgetDto;

  @NestedField('资金管理情况', () => FundItemDto, { array: { max: 20 }, optional: true })
  fundManagement?: FundItemDto[];

  @NestedField('绩效指标', () => EvaluationIndicatorDto, { array: { max: 300 } })
  indicators!: EvaluationIndicatorDto[];

  @TextField('实际完成情况', { max: 8000, optional: true })
  summary?: string;

  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}

export class ReviewItemDto {
  @EnumField('复核项目', ['indicators', 'fundManagement'], {
    labels: { indicators: '绩效指标', fundManagement: '资金管理情况' },
  })
  section!: 'indicators' | 'fundManagement';

  @IntField('行号', { min: 0, max: 299 })
  index!: number;

  @DecimalField('复核得分', { scale: 4, integerDigits: 3 })
  score!: string;

  @TextField('复核理由', { max: 2000 })
  reason!: string;
}

export class ReviewScoresDto {
  @NestedField('复核得分', () => ReviewItemDto, { array: { max: 300 } })
  items!: ReviewItemDto[];

  @TextField('复核意见', { max: 4000, optional: true })
  comment?: string;

  @IntField('版本号', { min: 0, max: 2 ** 31 - 1, optional: true })
  version?: number;
}

export class SampleDto {
  @IntField('年度', { min: 2000, max: 2100 })
  year!: number;

  @DecimalField('抽取比例（%）', { scale: 2, integerDigits: 3, optional: true })
  percent?: string;

  @TextField('随机种子', {
    max: 64,
    optional: true,
    pattern: /^[\w-]+$/,
    patternHint: '只能包含字母、数字、下划线和短横线',
  })
  seed?: string;

  /** Picked by hand instead of drawn. */
  @IdArrayField('指定抽评的自评', { maxItems: 1000, optional: true })
  ids?: number[];
}
