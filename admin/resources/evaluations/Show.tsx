import { Alert, AlertTitle, Box, Button, Chip, Stack, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import PrintIcon from '@mui/icons-material/Print';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { useMemo } from 'react';
import {
  DeleteButton,
  LinkBase,
  ListButton,
  ShowBase,
  Title,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { scoreSheet } from '../../../shared/scoring';
import { DocStatusChip } from '../../common/DocStatus';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { useSubject } from '../../performance/useSubject';
import { compareResults } from '../../scoring/compare';
import { GRADE_COLOR } from '../../scoring/parts';
import { fieldErrorsAsFindings } from '../../target-docs/findings';
import { FindingsPanel } from '../../target-docs/FindingsPanel';
import { formatDateTime, ReviewPanel } from '../../target-docs/ReviewPanel';
import { useDocAction } from '../../target-docs/useDocAction';
import { ScoreSummary } from './EvaluationForm';
import { EvaluationTable } from './EvaluationTable';
import { EvaluationTitle } from './EvaluationTitle';
import { ReviewSummary } from './ReviewSummary';
import { recordSheet, toFormValues } from './sheet';
import type { EvaluationRecord } from './types';

/**
 * The server's figures are the authority; the browser scores the same stored sheet with the same
 * engine and says so when it disagrees (a template the server holds differently, or a bug).
 */
const BrowserCheck = ({ record }: { record: EvaluationRecord }) => {
  const translate = useTranslate();
  const comparison = useMemo(
    () => compareResults(scoreSheet(recordSheet(record)), record.result),
    [record],
  );
  if (comparison.differences.length === 0) {
    return (
      <Typography
        variant="caption"
        color="success.dark"
        data-testid="browser-check"
        data-agrees="true"
      >
        {translate('app.evaluations.browser_agrees')}
      </Typography>
    );
  }
  return (
    <Alert severity="warning" data-testid="browser-check" data-agrees="false">
      <AlertTitle>{translate('app.evaluations.browser_differs')}</AlertTitle>
      {comparison.differences.map((d) => (
        <div key={d}>{d}</div>
      ))}
    </Alert>
  );
};

export const SampledChip = ({ sampled }: { sampled: boolean }) => {
  const translate = useTranslate();
  return sampled ? (
    <Chip
      size="small"
      color="secondary"
      label={translate('app.evaluations.sampled')}
      data-testid="sampled-badge"
    />
  ) : null;
};

const EvaluationView = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const record = useRecordContext<EvaluationRecord>();
  const subject = useSubject(record);
  const { run, pending, refusal } = useDocAction(
    'evaluations',
    record?.id ?? 0,
    record?.version ?? 0,
  );
  if (!record) return null;
  const actions = record.actions ?? [];
  const findings =
    refusal && (refusal.findings.length > 0 || Object.keys(refusal.errors).length > 0)
      ? [...refusal.findings, ...fieldErrorsAsFindings(refusal.errors)].filter(
          (f, i, all) => all.findIndex((g) => g.path === f.path && g.message === f.message) === i,
        )
      : (record.result?.findings ?? []);
  return (
    <Box>
      <Title title={`${translate('resources.evaluations.name')}：${record.title}`} />
      <TopToolbar>
        {actions.includes('edit') && (
          <Button
            component={LinkBase}
            to={createPath({ resource: 'evaluations', id: record.id, type: 'edit' })}
            startIcon={<EditIcon />}
            data-testid="doc-edit"
          >
            {translate('ra.action.edit')}
          </Button>
        )}
        {actions.includes('recheck') && (
          <Button
            component={LinkBase}
            to={`/evaluations/${record.id}/recheck`}
            startIcon={<RateReviewIcon />}
            data-testid="doc-recheck"
          >
            {translate('app.evaluations.recheck.button')}
          </Button>
        )}
        <Button
          component={LinkBase}
          to={`/evaluations/${record.id}/print`}
          startIcon={<PrintIcon />}
          data-testid="doc-print"
        >
          {translate('app.evaluations.print.button')}
        </Button>
        {actions.includes('edit') && record.status === 'draft' && (
          <DeleteButton record={record} mutationMode="pessimistic" redirect="list" />
        )}
        <ListButton />
      </TopToolbar>
      <Stack
        direction="row"
        spacing={1}
        alignItems="center"
        sx={{ mb: 2 }}
        flexWrap="wrap"
        useFlexGap
      >
        <DocStatusChip status={record.status} size="medium" />
        <Chip
          variant="outlined"
          label={translate('app.evaluations.final_grade', { grade: record.finalGrade })}
          color={GRADE_COLOR[record.finalGrade]}
          data-testid="final-grade"
        />
        <SampledChip sampled={record.sampled} />
        <Typography variant="body2" color="text.secondary">
          {record.orgName}
          {record.updatedAt ? ` · ${formatDateTime(record.updatedAt)}` : ''}
        </Typography>
      </Stack>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', xl: 'minmax(0, 1fr) 380px' },
          alignItems: 'start',
        }}
      >
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <ScoreSummary
            result={record.result}
            testPrefix="server"
            sticky={false}
            hint={translate('app.evaluations.server_hint')}
          />
          <BrowserCheck record={record} />
          {record.review && <ReviewSummary record={record} />}
          <Box>
            <EvaluationTitle kind={record.kind} year={record.year} />
            <EvaluationTable
              kind={record.kind}
              subject={subject}
              values={toFormValues(record)}
              result={record.result}
              findings={findings}
            />
          </Box>
          <FindingsPanel
            findings={findings}
            title={refusal ? translate('app.findings.refused_title') : undefined}
          />
        </Stack>
        <ReviewPanel
          record={record}
          run={run}
          pending={pending}
          refusal={refusal}
          lockedText={translate('app.evaluations.locked')}
        />
      </Box>
    </Box>
  );
};

const EvaluationShow = () => {
  const onError = useLoadErrorHandler();
  return (
    <ShowBase queryOptions={{ onError }}>
      <EvaluationView />
    </ShowBase>
  );
};

export default EvaluationShow;
