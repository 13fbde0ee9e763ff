import { Alert, Box, Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import {
  AutocompleteInput,
  FormDataConsumer,
  ReferenceInput,
  SimpleForm,
  required,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { OfficialTitle } from '../../common/OfficialTable';
import { formsOfKind, mergeCategories } from '../../target-docs/categories';
import { DocFormToolbar, TargetNotEditable } from '../../target-docs/DocFormToolbar';
import { FindingsPanel } from '../../target-docs/FindingsPanel';
import { GoalsInput, cleanGoals } from '../../target-docs/GoalsInput';
import { IndicatorGridInput } from '../../target-docs/IndicatorGridInput';
import { cleanRows, liveFindings } from '../../target-docs/LiveFindings';
import type { IndicatorRow, ProjectRecord, TargetRecord } from '../../target-docs/types';
import { ProjectHeader } from '../projects/ProjectHeader';

interface TargetValues {
  projectId?: number;
  goals?: string[];
  indicators?: IndicatorRow[];
  version?: number;
}

/** What POST /api/targets takes. */
export const toCreateBody = (data: TargetValues) => ({
  projectId: data.projectId,
  goals: cleanGoals(data.goals),
  indicators: cleanRows(data.indicators),
});

/** What PUT /api/targets/:id takes (the read-only fields stay home). */
export const toUpdateBody = (data: TargetValues) => ({
  goals: cleanGoals(data.goals),
  indicators: cleanRows(data.indicators),
  version: data.version,
});

const projectText = (p: ProjectRecord | undefined) =>
  p ? `${p.code} ${p.name}（${p.year} 年度）` : '';

const PROJECT_FORM = formsOfKind('project')[0];

/** The table being filled: the project's head block, goals, the indicator grid and live checks. */
const TargetFormBody = ({ values }: { values: TargetValues }) => {
  const translate = useTranslate();
  const record = useRecordContext<TargetRecord>();
  const projectId = values.projectId ?? record?.projectId;
  const { data: project } = useGetOne<ProjectRecord>(
    'projects',
    { id: projectId ?? 0 },
    { enabled: Boolean(projectId) },
  );
  const rows = values.indicators;
  const findings = useMemo(() => liveFindings('project', rows, project), [rows, project]);
  const categories = useMemo(
    () => mergeCategories(PROJECT_FORM, Array.isArray(rows) ? rows : []),
    [rows],
  );
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      {project ? (
        <Box>
          <OfficialTitle
            title={translate('app.targets.table_title')}
            subtitle={translate('app.targets.year', { year: project.year })}
            unit={translate('app.targets.unit')}
          />
          <ProjectHeader project={project} />
        </Box>
      ) : (
        <Alert severity="info">{translate('app.targets.pick_project')}</Alert>
      )}
      <GoalsInput label={translate('resources.targets.fields.goals')} />
      <Box>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
          {translate('app.targets.indicators')}
        </Typography>
        <IndicatorGridInput variant="project" categories={categories} findings={findings} />
      </Box>
      <FindingsPanel
        findings={findings}
        title={translate('app.findings.live_title')}
        testId="live-findings"
      />
    </Stack>
  );
};

export const TargetForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const record = useRecordContext<TargetRecord>();
  if (mode === 'edit' && record && !(record.actions ?? []).includes('edit')) {
    return <TargetNotEditable resource="targets" record={record} />;
  }
  return (
    <SimpleForm
      toolbar={<DocFormToolbar />}
      sx={{ maxWidth: 'none' }}
      defaultValues={mode === 'create' ? { goals: [''], indicators: [] } : undefined}
    >
      {mode === 'create' && (
        <ReferenceInput
          source="projectId"
          reference="projects"
          sort={{ field: 'code', order: 'ASC' }}
        >
          <AutocompleteInput
            optionText={projectText}
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
            sx={{ minWidth: 480 }}
            slotProps={{ htmlInput: { 'data-testid': 'target-project' } } as object}
          />
        </ReferenceInput>
      )}
      <FormDataConsumer<TargetValues>>
        {({ formData }) => <TargetFormBody values={formData} />}
      </FormDataConsumer>
    </SimpleForm>
  );
};
