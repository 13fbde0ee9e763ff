import {
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { ROLE_CHOICES } from '../../common/choices';
import { DateTimeField } from '../../common/DateTimeField';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { UserStatusField } from './UserFields';

const UserShow = () => {
  const onError = useLoadErrorHandler();
  return (
    <Show queryOptions={{ onError }}>
      <SimpleShowLayout>
        <TextField source="username" />
        <TextField source="name" />
        <SelectField source="role" choices={ROLE_CHOICES} />
        <ReferenceField source="orgId" reference="orgs" link="show" />
        <Labeled label="app.users.status">
          <UserStatusField />
        </Labeled>
        <DateTimeField source="createdAt" />
      </SimpleShowLayout>
    </Show>
  );
};

export default UserShow;
