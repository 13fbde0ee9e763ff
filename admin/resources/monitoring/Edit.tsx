import { Edit } from 'react-admin';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { MonitoringForm } from './MonitoringForm';
import { toUpdateBody } from './sheet';
import type { MonitoringValues } from './types';

/** Pessimistic: the server recomputes the lights; its field errors land on the cells. */
const MonitoringEdit = () => {
  const onError = useLoadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={(data: MonitoringValues) => toUpdateBody(data)}
      queryOptions={{ onError }}
      // The live summary sticks under the app bar: the card must not clip it.
      sx={{ '& .RaEdit-card': { overflow: 'visible' } }}
    >
      <MonitoringForm />
    </Edit>
  );
};

export default MonitoringEdit;
