import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { checkSum, displayAmount } from '../../common/money';
import { OfficialTable } from '../../common/OfficialTable';
import type { UnitTargetRecord } from '../../target-docs/types';
import { NumberedGoals } from '../projects/ProjectHeader';

/** A note under a figure that does not add up. */
const Mismatch = ({ show, text }: { show: boolean; text: string }) =>
  show ? (
    <Typography variant="caption" component="div" color="error" data-testid="budget-mismatch">
      {text}
    </Typography>
  ) : null;

/**
 * The head of a 部门（单位）整体绩效目标表 (seed 004 form): 部门名称, 年度履职目标, 年度主要任务
 * with their budgets, and 预算情况 (部门预算总额, 资金来源, 资金结构).
 */
export const UnitTargetHeader = ({ record }: { record: UnitTargetRecord }) => {
  const translate = useTranslate();
  const f = (field: string) => translate(`resources.unit-targets.fields.${field}`);
  const b = record.budget ?? {
    total: '',
    fiscal: '',
    special: '',
    other: '',
    basic: '',
    project: '',
  };
  const sources = checkSum(b.total, [b.fiscal, b.special, b.other]);
  const structure = checkSum(b.total, [b.basic, b.project]);
  const tasks = record.tasks ?? [];
  return (
    <OfficialTable testId="unit-target-header">
      <colgroup>
        <col style={{ width: '14%' }} />
        <col style={{ width: '18%' }} />
        <col style={{ width: '36%' }} />
        <col style={{ width: '16%' }} />
        <col style={{ width: '16%' }} />
      </colgroup>
      <tbody>
        <tr>
          <th>{f('orgId')}</th>
          <td colSpan={4}>{record.orgName}</td>
        </tr>
        <tr>
          <th>{f('goals')}</th>
          <td colSpan={4} data-testid="goals">
            <NumberedGoals goals={record.goals ?? []} />
          </td>
        </tr>
        <tr>
          <th rowSpan={Math.max(tasks.length, 1) + 1}>{f('tasks')}</th>
          <th>{f('tasks.name')}</th>
          <th>{f('tasks.content')}</th>
          <th>{f('tasks.amount')}</th>
          <th>{f('tasks.amountFiscal')}</th>
        </tr>
        {tasks.length === 0 ? (
          <tr>
            <td colSpan={4} style={{ color: '#999' }}>
              —
            </td>
          </tr>
        ) : (
          tasks.map((t, i) => (
            <tr key={i}>
              <td>{t.name}</td>
              <td style={{ whiteSpace: 'pre-wrap' }}>{t.content}</td>
              <td className="num">{displayAmount(t.amount)}</td>
              <td className="num">{displayAmount(t.amountFiscal)}</td>
            </tr>
          ))
        )}
        <tr>
          <th rowSpan={3}>{f('budget')}</th>
          <th>{f('budget.total')}</th>
          <td colSpan={3} className="num" data-testid="budget-total">
            {displayAmount(b.total)}
          </td>
        </tr>
        <tr>
          <th>{translate('app.unit_targets.sources')}</th>
          <td>
            {translate('app.unit_targets.fiscal')} <b>{displayAmount(b.fiscal)}</b>
          </td>
          <td>
            {translate('app.unit_targets.special')} <b>{displayAmount(b.special)}</b>
          </td>
          <td>
            {translate('app.unit_targets.other')} <b>{displayAmount(b.other)}</b>
            <Mismatch
              show={sources.matches === false}
              text={translate('app.unit_targets.sources_mismatch', {
                parts: displayAmount(sources.parts),
              })}
            />
          </td>
        </tr>
        <tr>
          <th>{translate('app.unit_targets.structure')}</th>
          <td>
            {translate('app.unit_targets.basic')} <b>{displayAmount(b.basic)}</b>
          </td>
          <td colSpan={2}>
            {translate('app.unit_targets.project')} <b>{displayAmount(b.project)}</b>
            <Mismatch
              show={structure.matches === false}
              text={translate('app.unit_targets.structure_mismatch', {
                parts: displayAmount(structure.parts),
              })}
            />
          </td>
        </tr>
      </tbody>
    </OfficialTable>
  );
};
