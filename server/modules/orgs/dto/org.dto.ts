import { EnumField, IntField, ReadOnlyFields, TextField } from '../../../common/validation/fields';
import { ORG_TYPE_LABELS, ORG_TYPES, OrgType } from '../../../../shared/domain/enums';

export class CreateOrgDto {
  @TextField('组织编码', {
    max: 64,
    pattern: /^[0-9A-Za-z-]+$/,
    patternHint: '只能包含数字、字母和短横线',
  })
  code!: string;

  @TextField('组织名称', { max: 200 })
  name!: string;

  @EnumField('组织类型', ORG_TYPES, { labels: ORG_TYPE_LABELS })
  type!: OrgType;

  @IntField('上级组织', { min: 1, max: 2 ** 31 - 1, optional: true, nullable: true })
  parentId?: number | null;
}

@ReadOnlyFields('id', 'path', 'createdAt', 'updatedAt', 'parentName')
export class UpdateOrgDto extends CreateOrgDto {
  @IntField('版本号', { min: 0, max: 2 ** 31 - 1 })
  version!: number;
}
