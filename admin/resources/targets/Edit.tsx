import { Edit } from 'react-admin';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { TargetForm, toUpdateBody } from './TargetForm';

/** Pessimistic: the server's field errors land on the grid rows, 409 says why it cannot save. */
const TargetEdit = () => {
  const onError = useLoadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={toUpdateBody}
      queryOptions={{ onError }}
    >
      <TargetForm mode="edit" />
    </Edit>
  );
};

export default TargetEdit;
