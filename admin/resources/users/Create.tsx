import { Create } from 'react-admin';
import { UserForm } from './UserForm';

const UserCreate = () => (
  <Create redirect="show">
    <UserForm mode="create" />
  </Create>
);

export default UserCreate;
