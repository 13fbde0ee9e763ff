import { Edit } from 'react-admin';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { OrgForm, normaliseOrg } from './OrgForm';

/** Pessimistic: the server's field errors and 409 (stale version) reach the form. */
const OrgEdit = () => {
  const onError = useLoadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={normaliseOrg}
      queryOptions={{ onError }}
    >
      <OrgForm />
    </Edit>
  );
};

export default OrgEdit;
