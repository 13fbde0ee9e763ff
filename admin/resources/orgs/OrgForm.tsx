import {
  AutocompleteInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { ORG_PARENT_TYPE, type OrgType } from '../../../shared/domain/enums';
import { ORG_TYPE_CHOICES, orgOptionText } from '../../common/choices';

interface OrgFormValues {
  code?: string;
  name?: string;
  type?: OrgType;
  parentId?: number | string | null;
}

/** A 财政（区域） is a root: whatever was picked before the type changed, it has no parent. */
export const normaliseOrg = <T extends OrgFormValues>(data: T): T =>
  data.type === 'region' ? { ...data, parentId: null } : data;

/** The parent must be of the type above this one: 区域 → 主管部门 → 预算单位. */
const ParentInput = ({ type }: { type?: OrgType }) => {
  const translate = useTranslate();
  const parentType = type ? ORG_PARENT_TYPE[type] : undefined;
  if (parentType === null) return null;
  return (
    <ReferenceInput
      source="parentId"
      reference="orgs"
      filter={parentType ? { type: parentType } : {}}
      sort={{ field: 'code', order: 'ASC' }}
    >
      <AutocompleteInput
        optionText={orgOptionText}
        filterToQuery={(q: string) => ({ q })}
        validate={required()}
        disabled={!parentType}
        helperText={translate('app.orgs.parent_helper')}
      />
    </ReferenceInput>
  );
};

export const OrgForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <SelectInput source="type" choices={ORG_TYPE_CHOICES} validate={required()} />
    <FormDataConsumer<OrgFormValues>>
      {({ formData }) => <ParentInput type={formData.type} />}
    </FormDataConsumer>
  </SimpleForm>
);
