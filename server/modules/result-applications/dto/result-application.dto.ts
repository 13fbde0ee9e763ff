import { DECISIONS, Decision, TREATMENTS, Treatment } from '../../../../shared/domain/results';
import {
  EnumField,
  IntField,
  NestedField,
  ReadOnlyFields,
  TextField,
} from '../../../common/validation/fields';

/** Fields of a result-application row that react-admin sends back on PUT; ignored. */
const READ_ONLY = [
  'id',
  'evaluationId',
  'orgId',
  'orgName',
  'regionId',
  'year',
  'budgetYear',
  'projectId',
  'title',
  'total',
  'grade',
  'budgetAdjusted',
  'budgetExecuted',
  'suggestion',
  'rule',
  'decidedBy',
  'decidedByName',
  'decidedAt',
  'createdAt',
  'updatedAt',
];

/** 结果应用: the finance bureau's decision on one row. */
@ReadOnlyFields(...READ_ONLY)
export class DecideResultApplicationDto {
  @EnumField('处理决定', DECISIONS)
  decision!: Decision;

  @TextField('说明', { max: 2000, optional: true })
  comment?: string;

  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}

export class GenerateResultApplicationsDto {
  @IntField('评价年度', { min: 2000, max: 2100 })
  year!: number;
}

/** grade → suggested treatment */
export class ResultRulesDto {
  @EnumField('「优」的处理建议', TREATMENTS)
  优!: Treatment;

  @EnumField('「良」的处理建议', TREATMENTS)
  良!: Treatment;

  @EnumField('「中」的处理建议', TREATMENTS)
  中!: Treatment;

  @EnumField('「差」的处理建议', TREATMENTS)
  差!: Treatment;
}

@ReadOnlyFields('id', 'orgId', 'orgName', 'stored', 'updatedAt', 'defaults')
export class UpdateResultRuleDto {
  @NestedField('结果应用规则', () => ResultRulesDto)
  rules!: ResultRulesDto;

  /** 0 while the region still uses the default rule. */
  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}
