import { Alert, AlertTitle, Box, Button, Chip, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { useMemo } from 'react';
import { LinkBase, ShowBase, useRecordContext, useTranslate } from 'react-admin';
import { scoreSheet } from '../../../shared/scoring';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { useSubject } from '../../performance/useSubject';
import { compareResults } from '../../scoring/compare';
import { GRADE_COLOR } from '../../scoring/parts';
import { ReviewableDocPage } from '../../target-docs/ReviewableDocPage';
import { formatDateTime } from '../../target-docs/ReviewPanel';
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
  const record = useRecordContext<EvaluationRecord>();
  const subject = useSubject(record);
  if (!record) return null;
  const actions = record.actions ?? [];
  return (
    <ReviewableDocPage
      resource="evaluations"
      record={record}
      title={`${translate('resources.evaluations.name')}：${record.title}`}
      storedFindings={record.result?.findings ?? []}
      lockedText={translate('app.evaluations.locked')}
      toolbar={
        <>
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
        </>
      }
      chips={
        <>
          <Chip
            variant="outlined"
            label={translate('app.evaluations.final_grade', { grade: record.finalGrade })}
            color={GRADE_COLOR[record.finalGrade]}
            data-testid="final-grade"
          />
          <SampledChip sampled={record.sampled} />
        </>
      }
      subtitle={`${record.orgName}${record.updatedAt ? ` · ${formatDateTime(record.updatedAt)}` : ''}`}
    >
      {(findings) => (
        <>
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
        </>
      )}
    </ReviewableDocPage>
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
