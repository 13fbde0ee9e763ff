import { RECTIFICATION_SOURCES, RectificationSource } from '../../../../shared/domain/results';
import { EnumField, IntField, ReadOnlyFields, TextField } from '../../../common/validation/fields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fields of an item that react-admin sends back on PUT; ignored. */
const READ_ONLY = [
  'id',
  'source',
  'documentId',
  'orgId',
  'orgName',
  'year',
  'title',
  'status',
  'answer',
  'openedBy',
  'answeredAt',
  'closedAt',
  'history',
  'overdue',
  'actions',
  'createdAt',
  'updatedAt',
];

/** 问题整改: the finance reviewer opens an item on a self-evaluation or a monitoring report. */
export class CreateRectificationDto {
  @EnumField('问题来源', RECTIFICATION_SOURCES, {
    labels: { evaluations: '绩效自评', monitoring: '绩效运行监控' },
  })
  source!: RectificationSource;

  @IntField('文档', { min: 1, max: 2 ** 31 - 1 })
  documentId!: number;

  @TextField('整改要求', { max: 4000 })
  requirement!: string;

  @TextField('整改期限', { max: 10, pattern: DATE, patternHint: '格式应为 YYYY-MM-DD' })
  deadline!: string;
}

@ReadOnlyFields(...READ_ONLY)
export class UpdateRectificationDto {
  @TextField('整改要求', { max: 4000 })
  requirement!: string;

  @TextField('整改期限', { max: 10, pattern: DATE, patternHint: '格式应为 YYYY-MM-DD' })
  deadline!: string;

  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}

/** 整改情况: the unit's answer. */
export class AnswerRectificationDto {
  @TextField('整改情况', { max: 4000 })
  answer!: string;

  @IntField('版本号', { min: 0, max: 2 ** 31 - 1, optional: true })
  version?: number;
}

/** Close (销号) or reopen; a reopen needs the reason. */
export class RectificationActionDto {
  @TextField('意见', { max: 2000, optional: true })
  comment?: string;

  @IntField('版本号', { min: 0, max: 2 ** 31 - 1, optional: true })
  version?: number;
}
