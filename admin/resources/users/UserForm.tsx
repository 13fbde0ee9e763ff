import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import type { Role } from '../../../shared/domain/enums';
import { ROLE_CHOICES, ROLE_ORG_TYPE, orgOptionText } from '../../common/choices';

interface UserFormValues {
  username?: string;
  name?: string;
  role?: Role;
  orgId?: number | string;
  password?: string | null;
  disabled?: boolean;
}

/** On edit an empty password means "keep the current one": it is not sent at all. */
export const dropEmptyPassword = <T extends UserFormValues>(data: T): T => {
  if (typeof data.password === 'string' && data.password !== '') return data;
  const rest = { ...data };
  delete rest.password;
  return rest;
};

/** The organisation select, narrowed to the org type the chosen role belongs to. */
const OrgInput = ({ role }: { role?: Role }) => {
  const orgType = role ? ROLE_ORG_TYPE[role] : undefined;
  return (
    <ReferenceInput
      source="orgId"
      reference="orgs"
      filter={orgType ? { type: orgType } : {}}
      sort={{ field: 'code', order: 'ASC' }}
    >
      <AutocompleteInput
        optionText={orgOptionText}
        filterToQuery={(q: string) => ({ q })}
        validate={required()}
      />
    </ReferenceInput>
  );
};

export const UserForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  return (
    <SimpleForm defaultValues={mode === 'create' ? { disabled: false } : undefined}>
      <TextInput
        source="username"
        validate={required()}
        readOnly={mode === 'edit'}
        autoComplete="off"
      />
      <TextInput source="name" validate={required()} />
      <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
      <FormDataConsumer<UserFormValues>>
        {({ formData }) => <OrgInput role={formData.role} />}
      </FormDataConsumer>
      {mode === 'create' ? (
        <PasswordInput source="password" validate={required()} autoComplete="new-password" />
      ) : (
        <PasswordInput
          source="password"
          label={translate('app.users.new_password')}
          helperText={translate('app.users.new_password_helper')}
          autoComplete="new-password"
        />
      )}
      <BooleanInput source="disabled" />
    </SimpleForm>
  );
};
