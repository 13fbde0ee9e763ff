import { Create, SelectInput, SimpleForm, required, useTranslate } from 'react-admin';
import { SubjectInput, subjectBody, type SubjectValues } from '../../performance/SubjectInput';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ id: i + 1, name: `${i + 1} 月` }));

/**
 * A unit opens the 绩效运行监控表 of one of its approved target tables at a cut-off month
 * (commonly 6月30日): the server copies the approved indicators into it.
 */
const MonitoringCreate = () => {
  const translate = useTranslate();
  return (
    <Create
      redirect="edit"
      transform={(data: SubjectValues & { month?: number }) => ({
        ...subjectBody(data),
        month: data.month,
      })}
    >
      <SimpleForm defaultValues={{ kind: 'project', month: 6 }}>
        <SubjectInput hint={translate('app.monitoring.create_hint')} />
        <SelectInput
          source="month"
          label={translate('app.monitoring.month')}
          choices={MONTHS}
          validate={required()}
          helperText={translate('app.monitoring.month_helper')}
          sx={{ minWidth: 200, maxWidth: 260 }}
        />
      </SimpleForm>
    </Create>
  );
};

export default MonitoringCreate;
