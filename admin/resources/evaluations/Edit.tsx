import { Edit } from 'react-admin';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { EvaluationForm } from './EvaluationForm';
import { toUpdateBody } from './sheet';
import type { EvaluationValues } from './types';

/**
 * Pessimistic: the server re-scores on save and refuses a 定性 score outside its band or an
 * overridden score without a reason; its field errors land on the cells.
 */
const EvaluationEdit = () => {
  const onError = useLoadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={(data: EvaluationValues) => toUpdateBody(data)}
      queryOptions={{ onError }}
      // The live summary sticks under the app bar: the card must not clip it.
      sx={{ '& .RaEdit-card': { overflow: 'visible' } }}
    >
      <EvaluationForm />
    </Edit>
  );
};

export default EvaluationEdit;
