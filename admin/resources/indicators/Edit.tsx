import { Edit } from 'react-admin';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { IndicatorForm, normaliseIndicator } from './IndicatorForm';

const IndicatorEdit = () => {
  const onError = useLoadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="list"
      transform={normaliseIndicator}
      queryOptions={{ onError }}
    >
      <IndicatorForm />
    </Edit>
  );
};

export default IndicatorEdit;
