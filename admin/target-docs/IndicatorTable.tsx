import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { parseValue } from '../../shared/scoring';
import { OfficialTable } from '../common/OfficialTable';
import { groupSpans } from './categories';
import { indexFindings } from './findings';
import { FindingNotes } from './FindingsPanel';
import { ParsedCaption } from './ParsedCaption';
import type { DocFinding, IndicatorRow } from './types';

export type TableVariant = 'project' | 'department';

const ROW_TINT = { error: 'rgba(211, 47, 47, 0.06)', warning: 'rgba(237, 108, 2, 0.07)' };

/**
 * The indicator part of a 绩效目标表 as on paper: 一级 / 二级 cells merged over their rows, each
 * 指标值 with the system's reading under it, and the review findings beside the row they concern.
 */
export const IndicatorTable = ({
  rows,
  findings = [],
  variant,
}: {
  rows: readonly IndicatorRow[];
  findings?: readonly DocFinding[];
  variant: TableVariant;
}) => {
  const translate = useTranslate();
  const spans = groupSpans(rows);
  const { rows: byRow } = indexFindings(findings);
  const showWeight = rows.some((r) => r.weight !== null && r.weight !== '');
  const label = (field: string) => translate(`resources.targets.fields.indicators.${field}`);
  const descriptionLabel =
    variant === 'project' ? label('description') : translate('app.targets.description_department');
  if (rows.length === 0) {
    return (
      <Box sx={{ color: 'text.secondary', py: 2 }} data-testid="indicator-table-empty">
        {translate('app.targets.no_indicators')}
      </Box>
    );
  }
  return (
    <OfficialTable testId="indicator-table">
      <thead>
        <tr>
          <th style={{ width: '8em' }}>{label('level1')}</th>
          <th style={{ width: '9em' }}>{label('level2')}</th>
          <th>{label('name')}</th>
          {variant === 'project' && <th>{descriptionLabel}</th>}
          <th style={{ width: '11em' }}>{label('target')}</th>
          <th>{variant === 'project' ? label('basis') : descriptionLabel}</th>
          {showWeight && <th style={{ width: '4em' }}>{label('weight')}</th>}
          <th style={{ width: '16em' }}>{translate('app.findings.column')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const notes = byRow.get(i) ?? [];
          const worst = notes[0]?.severity;
          const tint = worst === 'error' || worst === 'warning' ? ROW_TINT[worst] : undefined;
          return (
            <tr key={i} data-testid={`indicator-row-${i}`} style={{ background: tint }}>
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
              {variant === 'project' && <td>{row.description}</td>}
              <td data-testid={`indicator-target-${i}`}>
                {row.target}
                <ParsedCaption
                  parsed={row.parsed ?? parseValue(row.target)}
                  row={row}
                  testId={`indicator-parsed-${i}`}
                />
              </td>
              <td>{variant === 'project' ? row.basis : row.description || row.basis}</td>
              {showWeight && <td className="num">{row.weight ?? ''}</td>}
              <td>
                <FindingNotes findings={notes} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </OfficialTable>
  );
};
