import {
  DecimalField,
  EnumField,
  IntField,
  NestedField,
  ReadOnlyFields,
  TextField,
} from '../../../common/validation/fields';
import { LIKELIHOOD_LABELS, LIKELIHOODS, Likelihood } from '../../../../shared/monitoring';

export class ReasonsDto {
  @TextField('经费保障', { max: 2000, optional: true })
  funding?: string;

  @TextField('制度保障', { max: 2000, optional: true })
  institution?: string;

  @TextField('人员保障', { max: 2000, optional: true })
  staffing?: string;

  @TextField('硬件条件保障', { max: 2000, optional: true })
  hardware?: string;

  @TextField('其他原因', { max: 2000, optional: true })
  other?: string;
}

@ReadOnlyFields(
  'light',
  'ratio',
  'shortfall',
  'explanation',
  'id',
  'ordinal',
  'level1',
  'level2',
  'name',
  'target',
)
export class MonitoringIndicatorDto {
  @TextField('截至监控时点完成值', { max: 200, optional: true })
  progress?: string;

  @TextField('全年预计完成值', { max: 200, optional: true })
  expected?: string;

  @EnumField('完成目标可能性', [...LIKELIHOODS, ''], {
    labels: LIKELIHOOD_LABELS,
    optional: true,
  })
  likelihood?: Likelihood | '';

  @NestedField('偏差原因', () => ReasonsDto, { optional: true })
  reasons?: ReasonsDto;

  @TextField('纠偏措施', { max: 4000, optional: true })
  measures?: string;
}

export class CreateMonitoringDto {
  @IntField('项目绩效目标表', { min: 1, max: 2 ** 31 - 1, optional: true })
  targetId?: number;

  @IntField('整体绩效目标表', { min: 1, max: 2 ** 31 - 1, optional: true })
  unitTargetId?: number;

  @IntField('监控月份', { min: 1, max: 12 })
  month!: number;
}

@ReadOnlyFields(
  'id',
  'kind',
  'targetId',
  'unitTargetId',
  'orgId',
  'orgName',
  'year',
  'month',
  'title',
  'status',
  'budget',
  'spendPlan',
  'lights',
  'overallLight',
  'findings',
  'history',
  'actions',
  'createdAt',
  'updatedAt',
)
export class UpdateMonitoringDto {
  @DecimalField('截至监控时点执行数')
  executed!: string;

  @DecimalField('全年预计执行数', { optional: true, nullable: true })
  expectedExecuted?: string | null;

  /** Rows in the order of the report (the indicator names come from the approved targets). */
  @NestedField('绩效指标', () => MonitoringIndicatorDto, { array: { max: 300 } })
  indicators!: MonitoringIndicatorDto[];

  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}
