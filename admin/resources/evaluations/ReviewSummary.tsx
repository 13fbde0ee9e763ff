import { Alert, AlertTitle, Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Dec } from '../../../shared/decimal';
import { itemName, selfScore, signedDifference } from './recheck';
import { OfficialTable } from '../../common/OfficialTable';
import { GRADE_COLOR } from '../../scoring/parts';
import { formatDateTime } from '../../target-docs/ReviewPanel';
import type { EvaluationRecord } from './types';

/**
 * 复核结果: who re-scored when, the items changed with their reasons, the self total against the
 * 复核 total, and the grade that counts.
 */
export const ReviewSummary = ({ record }: { record: EvaluationRecord }) => {
  const translate = useTranslate();
  const review = record.review;
  if (!review) return null;
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.evaluations.recheck.${key}`, options);
  return (
    <Alert
      severity="info"
      data-testid="review-summary"
      sx={{ '& .MuiAlert-message': { width: '100%' } }}
    >
      <AlertTitle>
        {t('done_title', { user: review.userName, at: formatDateTime(review.at) })}
      </AlertTitle>
      <Stack
        direction="row"
        spacing={3}
        alignItems="center"
        flexWrap="wrap"
        useFlexGap
        sx={{ mb: 1 }}
      >
        <Typography variant="body2">
          {t('self_total')} <b data-testid="review-self-total">{record.total}</b>（{record.grade}）
        </Typography>
        <Typography variant="body2">
          {t('review_total')} <b data-testid="review-total">{record.reviewTotal}</b>（
          {record.reviewGrade}）
        </Typography>
        <Box>
          <Typography variant="body2" component="span">
            {t('final_grade')}{' '}
          </Typography>
          <Chip
            size="small"
            label={record.finalGrade}
            color={GRADE_COLOR[record.finalGrade]}
            data-testid="review-final-grade"
          />
        </Box>
      </Stack>
      {review.comment && (
        <Typography variant="body2" sx={{ mb: 1, whiteSpace: 'pre-wrap' }}>
          {t('comment')}：{review.comment}
        </Typography>
      )}
      {review.items.length === 0 ? (
        <Typography variant="body2">{t('no_changes')}</Typography>
      ) : (
        <OfficialTable testId="review-items">
          <thead>
            <tr>
              <th>{t('item')}</th>
              <th>{t('self_score')}</th>
              <th>{t('review_score')}</th>
              <th>{t('difference')}</th>
              <th>{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {review.items.map((item, i) => {
              const self = selfScore(record, item);
              return (
                <tr key={`${item.section}-${item.index}-${i}`}>
                  <td>{itemName(record, item)}</td>
                  <td className="num">{self}</td>
                  <td className="num">{new Dec(item.score).toFixed(2)}</td>
                  <td className="num">{signedDifference(item.score, self)}</td>
                  <td style={{ whiteSpace: 'pre-wrap' }}>{item.reason}</td>
                </tr>
              );
            })}
          </tbody>
        </OfficialTable>
      )}
    </Alert>
  );
};
