import {
  DecimalField,
  EnumField,
  IntField,
  ReadOnlyFields,
  TextField,
} from '../../../common/validation/fields';
import type { IndicatorDirection } from '../entities/library-indicator.entity';

export const DIRECTIONS = ['positive', 'negative', 'qualitative'] as const;
export const DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  positive: '正向',
  negative: '反向',
  qualitative: '定性',
};

export class CreateIndicatorDto {
  @EnumField('适用表', ['project', 'department', 'any'], {
    labels: { project: '项目', department: '部门整体', any: '通用' },
    optional: true,
  })
  scope?: 'project' | 'department' | 'any';

  @TextField('一级指标', { max: 50 })
  level1!: string;

  @TextField('二级指标', { max: 50 })
  level2!: string;

  @TextField('三级指标', { max: 200 })
  name!: string;

  @TextField('计量单位', { max: 20, optional: true })
  unit?: string;

  @EnumField('指标方向', DIRECTIONS, { labels: DIRECTION_LABELS })
  direction!: IndicatorDirection;

  @TextField('参考指标值', { max: 200, optional: true })
  suggestedTarget?: string;

  @TextField('指标解释', { max: 4000, optional: true })
  explanation?: string;

  @TextField('计算方法', { max: 4000, optional: true })
  method?: string;

  @DecimalField('建议分值', { scale: 4, integerDigits: 3, optional: true, nullable: true })
  weight?: string | null;
}

@ReadOnlyFields('id', 'createdAt', 'updatedAt')
export class UpdateIndicatorDto extends CreateIndicatorDto {
  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}
