import { Alert, Box, Button, GlobalStyles, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Authenticated, LinkBase, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { DOC_STATUS_LABELS } from '../../../shared/domain/enums';
import { useSubject } from '../../performance/useSubject';
import { EvaluationTable } from './EvaluationTable';
import { EvaluationTitle } from './EvaluationTitle';
import { toFormValues } from './sheet';
import type { EvaluationRecord } from './types';

/** A4 landscape, black on white, no chrome: the table as it is filed. */
const PRINT_CSS = {
  '@page': { size: 'A4 landscape', margin: '12mm' },
  '@media print': {
    'html, body': { background: '#fff !important' },
    '.no-print': { display: 'none !important' },
    '.print-sheet': { padding: '0 !important', maxWidth: 'none !important' },
    '.print-sheet table': { fontSize: '11pt', pageBreakInside: 'auto' },
    '.print-sheet tr': { pageBreakInside: 'avoid' },
    '.print-sheet th': {
      backgroundColor: '#f3f3f3 !important',
      WebkitPrintColorAdjust: 'exact',
      printColorAdjust: 'exact',
    },
    '.print-sheet th, .print-sheet td': { borderColor: '#000 !important' },
  },
};

const PrintView = ({ record }: { record: EvaluationRecord }) => {
  const translate = useTranslate();
  const subject = useSubject(record);
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.evaluations.print.${key}`, options);
  return (
    <Box
      className="print-sheet"
      sx={{ maxWidth: 1200, mx: 'auto', p: 3, bgcolor: '#fff', minHeight: '100vh' }}
      data-testid="print-page"
    >
      <GlobalStyles styles={PRINT_CSS} />
      <Stack direction="row" spacing={1} className="no-print" sx={{ mb: 2 }}>
        <Button
          component={LinkBase}
          to={`/evaluations/${record.id}/show`}
          startIcon={<ArrowBackIcon />}
        >
          {t('back')}
        </Button>
        <Button
          variant="contained"
          startIcon={<PrintIcon />}
          onClick={() => window.print()}
          data-testid="print-button"
        >
          {t('print')}
        </Button>
        {record.status !== 'approved' && (
          <Alert severity="warning" sx={{ py: 0 }} data-testid="print-not-final">
            {t('not_final', { status: DOC_STATUS_LABELS[record.status] })}
          </Alert>
        )}
      </Stack>
      <EvaluationTitle kind={record.kind} year={record.year} />
      <EvaluationTable
        kind={record.kind}
        subject={subject}
        values={toFormValues(record)}
        result={record.result}
        print
      />
      {record.review && (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="print-review">
          {t('review', {
            total: record.reviewTotal ?? '',
            grade: record.reviewGrade ?? '',
            final: record.finalGrade,
          })}
        </Typography>
      )}
      <Stack direction="row" justifyContent="space-between" sx={{ mt: 4 }}>
        <Typography variant="body2">{t('unit', { unit: record.orgName })}</Typography>
        <Typography variant="body2">{t('signature')}</Typography>
        <Typography variant="body2">{t('date')}</Typography>
      </Stack>
    </Box>
  );
};

/** `/evaluations/:id/print`: the 自评表 alone on the page, laid out as the official table. */
const PrintPage = () => {
  const { id } = useParams<{ id: string }>();
  const { data, isPending, error } = useGetOne<EvaluationRecord>('evaluations', { id: Number(id) });
  return (
    <Authenticated>
      {isPending ? (
        <LinearProgress />
      ) : error || !data ? (
        <Alert severity="error">{error instanceof Error ? error.message : String(error)}</Alert>
      ) : (
        <PrintView record={data} />
      )}
    </Authenticated>
  );
};

export default PrintPage;
