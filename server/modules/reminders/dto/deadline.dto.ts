import {
  BoolField,
  EnumField,
  IntField,
  ReadOnlyFields,
  TextField,
} from '../../../common/validation/fields';
import { DEADLINE_KIND_LABELS, DEADLINE_KINDS, DeadlineKind } from '../entities/deadline.entity';

const DATE = {
  max: 10,
  pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  patternHint: '格式应为 YYYY-MM-DD',
};

export class CreateDeadlineDto {
  @IntField('年度', { min: 2000, max: 2100 })
  year!: number;

  @EnumField('环节', DEADLINE_KINDS, { labels: DEADLINE_KIND_LABELS })
  kind!: DeadlineKind;

  @TextField('截止日期', DATE)
  dueDate!: string;

  @IntField('提前提醒天数', { min: 0, max: 90, optional: true })
  remindDays?: number;

  @TextField('说明', { max: 200, optional: true })
  note?: string;
}

@ReadOnlyFields('id', 'year', 'kind', 'createdAt', 'updatedAt', 'kindLabel')
export class UpdateDeadlineDto {
  @TextField('截止日期', DATE)
  dueDate!: string;

  @IntField('提前提醒天数', { min: 0, max: 90, optional: true })
  remindDays?: number;

  @TextField('说明', { max: 200, optional: true })
  note?: string;

  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}

@ReadOnlyFields(
  'id',
  'userId',
  'key',
  'kind',
  'title',
  'message',
  'resource',
  'resourceId',
  'deadlineId',
  'jobId',
  'readAt',
  'createdAt',
)
export class UpdateNotificationDto {
  @BoolField('已读')
  read!: boolean;
}
