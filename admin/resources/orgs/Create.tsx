import { Create } from 'react-admin';
import { OrgForm, normaliseOrg } from './OrgForm';

const OrgCreate = () => (
  <Create redirect="show" transform={normaliseOrg}>
    <OrgForm />
  </Create>
);

export default OrgCreate;
