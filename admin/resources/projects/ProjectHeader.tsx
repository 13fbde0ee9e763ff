import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { projectTypeLabel } from '../../common/choices';
import { checkSum, displayAmount, displayPercent } from '../../common/money';
import { OfficialTable } from '../../common/OfficialTable';
import type { ProjectRecord } from '../../target-docs/types';

const QUARTERS = ['q1', 'q2', 'q3', 'q4'] as const;

/** 1、…  2、… as the tables print several goals in one cell. */
export const NumberedGoals = ({ goals }: { goals: readonly string[] }) => {
  if (goals.length === 0) return <Box sx={{ color: 'text.disabled' }}>—</Box>;
  if (goals.length === 1) return <Box sx={{ whiteSpace: 'pre-wrap' }}>{goals[0]}</Box>;
  return (
    <Box>
      {goals.map((g, i) => (
        <Box key={i} sx={{ whiteSpace: 'pre-wrap' }}>
          {i + 1}、{g}
        </Box>
      ))}
    </Box>
  );
};

/**
 * The head of a 项目（政策）绩效目标表 (seed 003 full form): name and code, 主管部门, 实施单位,
 * type, 资金总额 = 财政资金 + 财政专户管理资金 + 单位资金, 资金用途, 资金支出计划 by 3月底 /
 * 6月底 / 9月底 / 12月底, and — on a target table — 年度绩效目标.
 */
export const ProjectHeader = ({
  project,
  goals,
}: {
  project: ProjectRecord;
  goals?: readonly string[];
}) => {
  const translate = useTranslate();
  const f = (field: string) => translate(`resources.projects.fields.${field}`);
  const sum = checkSum(project.amountTotal, [
    project.amountFiscal,
    project.amountSpecial,
    project.amountOther,
  ]);
  return (
    <OfficialTable testId="project-header">
      <colgroup>
        <col style={{ width: '14%' }} />
        <col style={{ width: '21.5%' }} />
        <col style={{ width: '21.5%' }} />
        <col style={{ width: '21.5%' }} />
        <col style={{ width: '21.5%' }} />
      </colgroup>
      <tbody>
        <tr>
          <th>{f('name')}</th>
          <td colSpan={4} data-testid="project-name">
            {project.name}
          </td>
        </tr>
        <tr>
          <th>{f('code')}</th>
          <td data-testid="project-code">{project.code}</td>
          <th>{f('type')}</th>
          <td colSpan={2}>{projectTypeLabel(project.type)}</td>
        </tr>
        <tr>
          <th>{f('departmentName')}</th>
          <td colSpan={4}>{project.departmentName ?? ''}</td>
        </tr>
        <tr>
          <th>{f('implementer')}</th>
          <td colSpan={4}>{project.implementer || project.orgName}</td>
        </tr>
        <tr>
          <th rowSpan={2}>{translate('app.projects.funds')}</th>
          <th>{f('amountTotal')}</th>
          <th>{translate('app.projects.of_which_fiscal')}</th>
          <th>{f('amountSpecial')}</th>
          <th>{f('amountOther')}</th>
        </tr>
        <tr>
          <td className="num" data-testid="amount-total">
            {displayAmount(project.amountTotal)}
            {sum.matches === false && (
              <Typography variant="caption" component="div" color="error">
                {translate('app.projects.sum_mismatch', { parts: displayAmount(sum.parts) })}
              </Typography>
            )}
          </td>
          <td className="num">{displayAmount(project.amountFiscal)}</td>
          <td className="num">{displayAmount(project.amountSpecial)}</td>
          <td className="num">{displayAmount(project.amountOther)}</td>
        </tr>
        <tr>
          <th>{f('purpose')}</th>
          <td colSpan={4} style={{ whiteSpace: 'pre-wrap' }}>
            {project.purpose}
          </td>
        </tr>
        <tr>
          <th rowSpan={2}>{translate('app.projects.spend_plan')}</th>
          {QUARTERS.map((q) => (
            <th key={q}>{f(`spendPlan.${q}`)}</th>
          ))}
        </tr>
        <tr>
          {QUARTERS.map((q) => (
            <td key={q} className="center" style={{ height: '2.2em' }} data-testid={`spend-${q}`}>
              {displayPercent(project.spendPlan?.[q])}
            </td>
          ))}
        </tr>
        {goals && (
          <tr>
            <th>{translate('resources.targets.fields.goals')}</th>
            <td colSpan={4} data-testid="goals">
              <NumberedGoals goals={goals} />
            </td>
          </tr>
        )}
      </tbody>
    </OfficialTable>
  );
};
