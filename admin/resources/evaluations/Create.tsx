import { Create, FormDataConsumer, SelectInput, SimpleForm, useTranslate } from 'react-admin';
import { BUILTIN_TEMPLATES, DEFAULT_TEMPLATE_BY_KIND } from '../../../shared/scoring';
import { SubjectInput, subjectBody, type SubjectValues } from '../../performance/SubjectInput';

type Values = SubjectValues & { template?: string };

/**
 * A unit opens the 自评表 of an approved target table: the server copies the indicators (with
 * their 分值) and the latest monitoring's expected figures into it.
 */
const EvaluationCreate = () => {
  const translate = useTranslate();
  return (
    <Create
      redirect="edit"
      transform={(data: Values) => ({
        ...subjectBody(data),
        ...(data.template ? { template: data.template } : {}),
      })}
    >
      <SimpleForm defaultValues={{ kind: 'project' }}>
        <SubjectInput hint={translate('app.evaluations.create_hint')} />
        <FormDataConsumer<Values>>
          {({ formData }) => {
            const kind = formData.kind === 'department' ? 'department' : 'project';
            return (
              <SelectInput
                source="template"
                label={translate('app.scoring.template')}
                choices={Object.values(BUILTIN_TEMPLATES)
                  .filter((t) => t.kind === kind)
                  .map((t) => ({ id: t.id, name: t.name }))}
                emptyText={translate('app.evaluations.template_default', {
                  name: BUILTIN_TEMPLATES[DEFAULT_TEMPLATE_BY_KIND[kind]]?.name ?? '',
                })}
                sx={{ minWidth: 360, maxWidth: 520 }}
              />
            );
          }}
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};

export default EvaluationCreate;
