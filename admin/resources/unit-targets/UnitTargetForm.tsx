import { Box, InputAdornment, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import {
  FormDataConsumer,
  NumberInput,
  SimpleForm,
  TextInput,
  maxValue,
  minValue,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { categorySetOf } from '../../../shared/scoring';
import { AMOUNT_PATTERN, checkSum, displayAmount } from '../../common/money';
import { matches } from '../../common/validators';
import { formsOfKind, mergeCategories } from '../../target-docs/categories';
import { DocFormToolbar, TargetNotEditable } from '../../target-docs/DocFormToolbar';
import { FindingsPanel } from '../../target-docs/FindingsPanel';
import { GoalsInput, cleanGoals } from '../../target-docs/GoalsInput';
import { IndicatorGridInput } from '../../target-docs/IndicatorGridInput';
import { cleanRows, liveFindings } from '../../target-docs/LiveFindings';
import type { IndicatorRow, UnitBudget, UnitTask, UnitTargetRecord } from '../../target-docs/types';
import { TasksInput } from './TasksInput';

interface UnitTargetValues {
  year?: number;
  goals?: string[];
  tasks?: UnitTask[];
  budget?: Partial<UnitBudget>;
  indicators?: IndicatorRow[];
  version?: number;
}

const BUDGET_KEYS = ['total', 'fiscal', 'special', 'other', 'basic', 'project'] as const;

/** Blank amounts are left out (the server keeps them blank); filled ones are sent trimmed. */
function cleanBudget(budget: Partial<UnitBudget> | undefined): Partial<UnitBudget> {
  const out: Partial<UnitBudget> = {};
  for (const key of BUDGET_KEYS) {
    const value = (budget?.[key] ?? '').trim();
    if (value) out[key] = value;
  }
  return out;
}

function cleanTasks(tasks: UnitTask[] | undefined) {
  return (tasks ?? [])
    .filter((t) => t.name.trim() || t.content.trim())
    .map((t) => ({
      name: t.name.trim(),
      content: t.content,
      ...(t.amount.trim() ? { amount: t.amount.trim() } : {}),
      ...(t.amountFiscal.trim() ? { amountFiscal: t.amountFiscal.trim() } : {}),
    }));
}

export const toCreateBody = (data: UnitTargetValues) => ({
  year: data.year,
  goals: cleanGoals(data.goals),
  tasks: cleanTasks(data.tasks),
  budget: cleanBudget(data.budget),
  indicators: cleanRows(data.indicators),
});

export const toUpdateBody = (data: UnitTargetValues) => ({
  goals: cleanGoals(data.goals),
  tasks: cleanTasks(data.tasks),
  budget: cleanBudget(data.budget),
  indicators: cleanRows(data.indicators),
  version: data.version,
});

const amount = matches(AMOUNT_PATTERN, 'app.projects.amount_format');

const BudgetInputs = ({ budget }: { budget: Partial<UnitBudget> }) => {
  const translate = useTranslate();
  const f = (key: string) => translate(`resources.unit-targets.fields.budget.${key}`);
  const input = (key: (typeof BUDGET_KEYS)[number]) => (
    <TextInput
      source={`budget.${key}`}
      label={f(key)}
      validate={amount}
      slotProps={{
        input: { endAdornment: <InputAdornment position="end">万元</InputAdornment> },
        htmlInput: { inputMode: 'decimal', 'data-testid': `budget-${key}` },
      }}
    />
  );
  const sources = checkSum(budget.total, [budget.fiscal, budget.special, budget.other]);
  const structure = checkSum(budget.total, [budget.basic, budget.project]);
  const note = (check: ReturnType<typeof checkSum>, ok: string, bad: string, testId: string) =>
    check.matches === null ? null : (
      <Typography
        variant="body2"
        color={check.matches ? 'success.dark' : 'error'}
        data-testid={testId}
        data-state={check.matches ? 'ok' : 'mismatch'}
      >
        {translate(check.matches ? ok : bad, {
          parts: displayAmount(check.parts),
          total: displayAmount(budget.total),
        })}
      </Typography>
    );
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('resources.unit-targets.fields.budget')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { md: 'repeat(4, 1fr)' }, gap: 2 }}>
        {input('total')}
        {input('fiscal')}
        {input('special')}
        {input('other')}
      </Box>
      {note(
        sources,
        'app.unit_targets.sources_ok',
        'app.unit_targets.sources_mismatch',
        'budget-sources-check',
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { md: 'repeat(4, 1fr)' }, gap: 2, mt: 1 }}>
        {input('basic')}
        {input('project')}
      </Box>
      {note(
        structure,
        'app.unit_targets.structure_ok',
        'app.unit_targets.structure_mismatch',
        'budget-structure-check',
      )}
    </Box>
  );
};

/** The categories of the chosen form (2023: 投入管理/产出/效益/满意度; 2021: 履职效能/…). */
const FORMS = formsOfKind('department');

const Body = ({ values }: { values: UnitTargetValues }) => {
  const translate = useTranslate();
  const rows = values.indicators;
  const detected = useMemo(
    () =>
      Array.isArray(rows) && rows.length > 0
        ? categorySetOf({ kind: 'department', indicators: rows })?.id
        : undefined,
    [rows],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const formId =
    chosen ?? detected ?? ((values.year ?? 2023) >= 2023 ? 'department-2023' : 'department-2021');
  const form = FORMS.find((f) => f.id === formId);
  const categories = useMemo(
    () => mergeCategories(form, Array.isArray(rows) ? rows : []),
    [form, rows],
  );
  const findings = useMemo(() => liveFindings('department', rows), [rows]);
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <GoalsInput label={translate('resources.unit-targets.fields.goals')} />
      <TasksInput />
      <BudgetInputs budget={values.budget ?? {}} />
      <Box>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 1 }}>
          <Typography
            variant="subtitle1"
            component="h3"
            sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
          >
            {translate('app.targets.indicators')}
          </Typography>
          <TextField
            select
            size="small"
            label={translate('app.unit_targets.form')}
            value={formId}
            onChange={(e) => setChosen(e.target.value)}
            sx={{ minWidth: 300 }}
            helperText={translate('app.unit_targets.form_helper')}
          >
            {FORMS.map((f) => (
              <MenuItem key={f.id} value={f.id}>
                {f.name}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <IndicatorGridInput variant="department" categories={categories} findings={findings} />
      </Box>
      <FindingsPanel
        findings={findings}
        title={translate('app.findings.live_title')}
        testId="live-findings"
      />
    </Stack>
  );
};

export const UnitTargetForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const record = useRecordContext<UnitTargetRecord>();
  if (mode === 'edit' && record && !(record.actions ?? []).includes('edit')) {
    return <TargetNotEditable resource="unit-targets" record={record} />;
  }
  return (
    <SimpleForm
      toolbar={<DocFormToolbar />}
      sx={{ maxWidth: 'none' }}
      defaultValues={
        mode === 'create'
          ? {
              year: new Date().getFullYear() + 1,
              goals: [''],
              tasks: [],
              budget: {},
              indicators: [],
            }
          : undefined
      }
    >
      {mode === 'create' && (
        <NumberInput
          source="year"
          step={1}
          validate={[required(), minValue(2000), maxValue(2100)]}
          sx={{ width: 160 }}
        />
      )}
      <FormDataConsumer<UnitTargetValues>>
        {({ formData }) => <Body values={formData} />}
      </FormDataConsumer>
    </SimpleForm>
  );
};
