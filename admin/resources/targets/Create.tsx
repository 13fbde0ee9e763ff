import { Create } from 'react-admin';
import { TargetForm, toCreateBody } from './TargetForm';

/** A unit declares the 绩效目标表 of one of its projects (`?source={"projectId":5}` preselects it). */
const TargetCreate = () => (
  <Create redirect="show" transform={toCreateBody}>
    <TargetForm mode="create" />
  </Create>
);

export default TargetCreate;
