import { Create } from 'react-admin';
import { UnitTargetForm, toCreateBody } from './UnitTargetForm';

/** A unit declares its own 整体绩效目标表 for a year. */
const UnitTargetCreate = () => (
  <Create redirect="show" transform={toCreateBody}>
    <UnitTargetForm mode="create" />
  </Create>
);

export default UnitTargetCreate;
