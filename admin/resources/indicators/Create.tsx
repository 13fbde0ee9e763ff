import { Create } from 'react-admin';
import { IndicatorForm, normaliseIndicator } from './IndicatorForm';

const IndicatorCreate = () => (
  <Create redirect="list" transform={normaliseIndicator} title="app.indicators.create_title">
    <IndicatorForm />
  </Create>
);

export default IndicatorCreate;
