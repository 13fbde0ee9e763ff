import { Box, Typography } from '@mui/material';
import { ShowBase, useRecordContext, useTranslate } from 'react-admin';
import { LIKELIHOOD_LABELS, type Likelihood } from '../../../shared/monitoring';
import { parseValue } from '../../../shared/scoring';
import { LightChip } from '../../common/LightChip';
import { OfficialTable } from '../../common/OfficialTable';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { ROW_TINT_SX, tintClass } from '../../performance/rowTint';
import { useSubject } from '../../performance/useSubject';
import { groupSpans } from '../../target-docs/categories';
import { indexFindings } from '../../target-docs/findings';
import { FindingNotes } from '../../target-docs/FindingsPanel';
import { ParsedCaption } from '../../target-docs/ParsedCaption';
import { ReviewableDocPage } from '../../target-docs/ReviewableDocPage';
import type { DocFinding } from '../../target-docs/types';
import { BudgetBlock, MonitoringHeader, MonitoringTitle, RowLight } from './MonitoringSheet';
import { reasonSummary } from './sheet';
import type { MonitoringRecord } from './types';

const likelihoodLabel = (value: string) =>
  value in LIKELIHOOD_LABELS ? LIKELIHOOD_LABELS[value as Likelihood] : '';

/** The indicator part as saved, with the server's lights and the findings beside the rows. */
const ProgressTable = ({
  record,
  findings,
}: {
  record: MonitoringRecord;
  findings: readonly DocFinding[];
}) => {
  const translate = useTranslate();
  const rows = record.indicators ?? [];
  const spans = groupSpans(rows);
  const { rows: byRow } = indexFindings(findings);
  const label = (key: string) => translate(`app.monitoring.columns.${key}`);
  return (
    <OfficialTable
      testId="monitoring-table"
      sx={{ '& td': { verticalAlign: 'top' }, ...ROW_TINT_SX }}
    >
      <thead>
        <tr>
          <th style={{ width: '6em' }}>{label('level1')}</th>
          <th style={{ width: '7em' }}>{label('level2')}</th>
          <th style={{ minWidth: '8em' }}>{label('name')}</th>
          <th style={{ width: '8em' }}>{label('target')}</th>
          <th style={{ width: '7em' }}>
            {translate('app.monitoring.columns.progress', { month: record.month })}
          </th>
          <th style={{ width: '7em' }}>{label('expected')}</th>
          <th style={{ width: '6em' }}>{label('likelihood')}</th>
          <th style={{ width: '14em' }}>{label('reasons')}</th>
          <th style={{ width: '12em' }}>{label('measures')}</th>
          <th style={{ width: '13em' }}>{label('light')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const notes = byRow.get(i) ?? [];
          const worst = notes[0]?.severity;
          const tint = tintClass(worst);
          const light = record.lights?.indicators?.[i];
          return (
            <tr key={i} data-testid={`monitoring-row-${i}`} className={tint}>
              {spans[i].level1 > 0 && (
                <td className="group" rowSpan={spans[i].level1}>
                  {row.level1}
                </td>
              )}
              {spans[i].level2 > 0 && (
                <td className="group" rowSpan={spans[i].level2}>
                  {row.level2}
                </td>
              )}
              <td>{row.name}</td>
              <td>
                {row.target}
                <ParsedCaption parsed={parseValue(row.target)} row={row} />
              </td>
              <td data-testid={`row-${i}-progress`}>{row.progress}</td>
              <td data-testid={`row-${i}-expected`}>{row.expected}</td>
              <td className="center">{likelihoodLabel(row.likelihood)}</td>
              <td style={{ whiteSpace: 'pre-wrap' }} data-testid={`row-${i}-reasons`}>
                {reasonSummary(row.reasons)}
              </td>
              <td style={{ whiteSpace: 'pre-wrap' }} data-testid={`row-${i}-measures`}>
                {row.measures}
              </td>
              <td>
                <RowLight
                  light={light?.light ?? row.light}
                  explanation={light?.explanation ?? ''}
                  index={i}
                />
                <FindingNotes findings={notes} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </OfficialTable>
  );
};

const MonitoringView = () => {
  const translate = useTranslate();
  const record = useRecordContext<MonitoringRecord>();
  const subject = useSubject(record);
  if (!record) return null;
  return (
    <ReviewableDocPage
      resource="monitoring"
      record={record}
      title={`${translate('resources.monitoring.name')}：${record.title}（${record.month} 月）`}
      storedFindings={record.findings ?? []}
      lockedText={translate('app.monitoring.locked')}
      chips={<LightChip light={record.overallLight} size="medium" testId="overall-light" />}
    >
      {(findings) => (
        <>
          <Box>
            <MonitoringTitle record={record} />
            <MonitoringHeader record={record} subject={subject} />
          </Box>
          <Box>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
              {translate('app.monitoring.funds')}
            </Typography>
            <BudgetBlock
              record={record}
              lights={record.lights}
              executed={record.executed}
              expected={record.expectedExecuted ?? ''}
            />
          </Box>
          <Box>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
              {translate('app.targets.indicators')}
            </Typography>
            <ProgressTable record={record} findings={findings} />
          </Box>
        </>
      )}
    </ReviewableDocPage>
  );
};

const MonitoringShow = () => {
  const onError = useLoadErrorHandler();
  return (
    <ShowBase queryOptions={{ onError }}>
      <MonitoringView />
    </ShowBase>
  );
};

export default MonitoringShow;
