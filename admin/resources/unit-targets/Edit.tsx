import { Edit } from 'react-admin';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { UnitTargetForm, toUpdateBody } from './UnitTargetForm';

const UnitTargetEdit = () => {
  const onError = useLoadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={toUpdateBody}
      queryOptions={{ onError }}
    >
      <UnitTargetForm mode="edit" />
    </Edit>
  );
};

export default UnitTargetEdit;
