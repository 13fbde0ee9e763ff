import { Create, SimpleForm } from 'react-admin';
import { RectificationFields } from './RectificationForm';

/**
 * 下达整改要求 (财政局): on a self-evaluation or a monitoring report. Other screens open it prefilled
 * with `#/rectifications/create?source={"source":"monitoring","documentId":12}`.
 */
const RectificationCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ source: 'evaluations' }}>
      <RectificationFields create />
    </SimpleForm>
  </Create>
);

export default RectificationCreate;
