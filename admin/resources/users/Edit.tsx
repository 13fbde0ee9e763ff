import { Edit } from 'react-admin';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { UserForm, dropEmptyPassword } from './UserForm';

/** Pessimistic: the server's field errors and 409 (stale version) reach the form. */
const UserEdit = () => {
  const onError = useLoadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={dropEmptyPassword}
      queryOptions={{ onError }}
    >
      <UserForm mode="edit" />
    </Edit>
  );
};

export default UserEdit;
