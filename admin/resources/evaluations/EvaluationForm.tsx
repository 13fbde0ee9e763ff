import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo } from 'react';
import { SimpleForm, useInput, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import {
  BUILTIN_TEMPLATES,
  scoreSheet,
  type FundManagementItem,
  type SheetResult,
} from '../../../shared/scoring';
import { fieldErrorsOf } from '../../performance/formErrors';
import { useSubject } from '../../performance/useSubject';
import { Figure, GRADE_COLOR } from '../../scoring/parts';
import { DocFormToolbar, NotEditable } from '../../target-docs/DocFormToolbar';
import { FindingsPanel } from '../../target-docs/FindingsPanel';
import { EvaluationTable, type SheetEditor } from './EvaluationTable';
import { EvaluationTitle } from './EvaluationTitle';
import { normaliseValues, sheetOf, toUpdateBody, withTemplate } from './sheet';
import type {
  EvaluationBudget,
  EvaluationRecord,
  EvaluationValues,
  FormFund,
  FormRow,
} from './types';

/** The live figures, always in view while typing, beside the figures saved last. */
export const ScoreSummary = ({
  result,
  saved,
  dirty,
  testPrefix = 'result',
  sticky = true,
  hint,
}: {
  result: SheetResult;
  /** Stays under the app bar while the table scrolls (the form). */
  sticky?: boolean;
  /** The line under the figures (default: how live figures relate to the saved ones). */
  hint?: string;
  saved?: Pick<EvaluationRecord, 'total' | 'grade'>;
  dirty?: boolean;
  testPrefix?: string;
}) => {
  const translate = useTranslate();
  const section = (id: string) => result.sections.find((s) => s.id === id);
  const label = (key: string) => translate(`app.scoring.fields.${key}`);
  const differs = saved && (saved.total !== result.total || saved.grade !== result.grade);
  return (
    <Card
      variant="outlined"
      sx={{
        ...(sticky ? { position: 'sticky', top: 48, zIndex: 2 } : {}),
        borderColor: 'primary.light',
      }}
      data-testid={`${testPrefix}-summary`}
    >
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Stack direction="row" spacing={3} alignItems="flex-end" flexWrap="wrap" useFlexGap>
          <Figure
            label={label('executionRate')}
            value={result.executionRate === null ? '—' : `${result.executionRate}%`}
            explanation={section('execution')?.explanation}
            testId={`${testPrefix}-executionRate`}
          />
          <Figure
            label={label('executionScore')}
            value={result.executionScore}
            explanation={section('execution')?.explanation}
            testId={`${testPrefix}-executionScore`}
          />
          {result.fundManagementScore !== null && (
            <Figure
              label={label('fundManagementScore')}
              value={result.fundManagementScore}
              explanation={section('fundManagement')?.explanation}
              testId={`${testPrefix}-fundManagementScore`}
            />
          )}
          <Figure
            label={label('indicatorScore')}
            value={result.indicatorScore}
            explanation={section('indicators')?.explanation}
            testId={`${testPrefix}-indicatorScore`}
          />
          <Figure
            label={label('total')}
            value={result.total}
            explanation={`${result.sections.map((s) => `${s.name} ${s.score}`).join(' + ')} = ${result.total}`}
            testId={`${testPrefix}-total`}
            big
          />
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {label('grade')}
            </Typography>
            <Chip
              label={result.grade}
              color={GRADE_COLOR[result.grade]}
              sx={{ fontSize: 20, height: 36, px: 1 }}
              data-testid={`${testPrefix}-grade`}
            />
          </Box>
          <Box sx={{ flex: 1 }} />
          {saved && (
            <Box sx={{ textAlign: 'right' }} data-testid="saved-figures">
              <Typography variant="caption" color="text.secondary" component="div">
                {translate('app.evaluations.saved_figures')}
              </Typography>
              <Typography variant="h6" component="div">
                <span data-testid="saved-total">{saved.total}</span>{' '}
                <Chip
                  size="small"
                  label={saved.grade}
                  color={GRADE_COLOR[saved.grade]}
                  data-testid="saved-grade"
                />
              </Typography>
            </Box>
          )}
        </Stack>
        {saved && differs && !dirty && (
          <Alert severity="warning" sx={{ mt: 1 }} data-testid="live-saved-differ">
            {translate('app.evaluations.live_saved_differ', {
              live: `${result.total}（${result.grade}）`,
              saved: `${saved.total}（${saved.grade}）`,
            })}
          </Alert>
        )}
        <Typography variant="caption" color="text.secondary" component="div">
          {hint ??
            translate(dirty ? 'app.evaluations.live_hint_dirty' : 'app.evaluations.live_hint')}
        </Typography>
      </CardContent>
    </Card>
  );
};

/** The body of the form: the paper table with inputs, scored on every keystroke. */
const EvaluationFormBody = ({ record }: { record: EvaluationRecord }) => {
  const translate = useTranslate();
  const subject = useSubject(record);
  const template = useInput<string>({ source: 'template' });
  const budget = useInput<EvaluationBudget>({ source: 'budget' });
  const fund = useInput<FundManagementItem[]>({ source: 'fundManagement' });
  const indicators = useInput<FormRow[]>({ source: 'indicators' });
  const summary = useInput<string>({ source: 'summary' });
  const values: EvaluationValues = useMemo(
    () =>
      normaliseValues({
        template: template.field.value as string,
        budget: budget.field.value as EvaluationBudget,
        fundManagement: fund.field.value as FormFund[],
        indicators: indicators.field.value as FormRow[],
        summary: summary.field.value as string,
        version: record.version,
      }),
    [
      template.field.value,
      budget.field.value,
      fund.field.value,
      indicators.field.value,
      summary.field.value,
      record.version,
    ],
  );
  // Scored from exactly what PUT will send, built as the server builds its sheet.
  const result = useMemo(
    () => scoreSheet(sheetOf(toUpdateBody(values), record.kind, record.reported)),
    [values, record.kind, record.reported],
  );
  const formState = indicators.formState;
  const errors = [
    ...fieldErrorsOf(formState.errors, 'indicators'),
    ...fieldErrorsOf(formState.errors, 'budget'),
    ...fieldErrorsOf(formState.errors, 'fundManagement'),
    ...fieldErrorsOf(formState.errors, 'summary'),
  ];
  // A refused save's error stays on its cell until that cell (or its row) is changed.
  const { clearErrors } = useFormContext();
  const editor: SheetEditor = {
    setBudget: (key, value) => {
      clearErrors(`budget.${key}`);
      budget.field.onChange({ ...values.budget, [key]: value });
    },
    setFund: (i, patch) => {
      clearErrors(`fundManagement.${i}`);
      fund.field.onChange(values.fundManagement.map((f, j) => (j === i ? { ...f, ...patch } : f)));
    },
    setRow: (i, patch) => {
      clearErrors(`indicators.${i}`);
      indicators.field.onChange(
        values.indicators.map((r, j) => (j === i ? { ...r, ...patch } : r)),
      );
    },
    setSummary: (value) => {
      clearErrors('summary');
      summary.field.onChange(value);
    },
  };
  const chooseTemplate = (id: string) => {
    const next = withTemplate(values, id);
    template.field.onChange(next.template);
    budget.field.onChange(next.budget);
    fund.field.onChange(next.fundManagement);
  };
  const templates = Object.values(BUILTIN_TEMPLATES).filter((t) => t.kind === record.kind);
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <ScoreSummary result={result} saved={record} dirty={formState.isDirty} />
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
        <TextField
          select
          size="small"
          label={translate('app.scoring.template')}
          value={values.template}
          onChange={(e) => chooseTemplate(e.target.value)}
          sx={{ minWidth: 340 }}
          slotProps={{ htmlInput: { 'data-testid': 'evaluation-template' } }}
        >
          {templates.map((t) => (
            <MenuItem key={t.id} value={t.id}>
              {t.name}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="caption" color="text.secondary">
          {translate('app.evaluations.template_hint', {
            sections: (BUILTIN_TEMPLATES[values.template]?.sections ?? [])
              .map((s) => `${s.name} ${s.weight}`)
              .join(' · '),
          })}
        </Typography>
      </Stack>
      <Box>
        <EvaluationTitle kind={record.kind} year={record.year} />
        <EvaluationTable
          kind={record.kind}
          subject={subject}
          values={values}
          result={result}
          findings={result.findings}
          errors={errors}
          editor={editor}
        />
      </Box>
      <FindingsPanel
        findings={result.findings}
        title={translate('app.evaluations.live_findings')}
        testId="live-findings"
      />
    </Stack>
  );
};

/** 项目单位自评表 / 部门整体自评表: the unit scores its year; the figures follow every keystroke. */
export const EvaluationForm = () => {
  const record = useRecordContext<EvaluationRecord>();
  if (!record) return null;
  if (!(record.actions ?? []).includes('edit'))
    return (
      <NotEditable resource="evaluations" id={record.id} message="app.evaluations.not_editable" />
    );
  return (
    <SimpleForm toolbar={<DocFormToolbar />} sx={{ maxWidth: 'none' }}>
      <EvaluationFormBody record={record} />
    </SimpleForm>
  );
};
