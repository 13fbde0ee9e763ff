import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { Light, MonitoringLights } from '../../../shared/monitoring';
import { LightChip } from '../../common/LightChip';
import { displayAmount, displayPercent } from '../../common/money';
import { OfficialTable, OfficialTitle } from '../../common/OfficialTable';
import type { Subject } from '../../performance/useSubject';
import { NumberedGoals } from '../projects/ProjectHeader';
import { cutOff, percentOf, timeProgress } from './sheet';
import type { MonitoringRecord } from './types';

/** "项目支出绩效目标执行监控表（2023 年度 · 截至 6月30日）", 单位：万元. */
export const MonitoringTitle = ({ record }: { record: MonitoringRecord }) => {
  const translate = useTranslate();
  return (
    <OfficialTitle
      title={translate(
        record.kind === 'project'
          ? 'app.monitoring.table_title'
          : 'app.monitoring.table_title_department',
      )}
      subtitle={translate('app.monitoring.subtitle', {
        year: record.year,
        date: cutOff(record.year, record.month),
      })}
      unit={translate('app.targets.unit')}
    />
  );
};

/** 项目名称 / 主管部门 / 实施单位 / 年度绩效目标, as the head of the paper table. */
export const MonitoringHeader = ({
  record,
  subject,
}: {
  record: MonitoringRecord;
  subject: Subject;
}) => {
  const translate = useTranslate();
  const project = record.kind === 'project';
  return (
    <OfficialTable testId="monitoring-header">
      <colgroup>
        <col style={{ width: '14%' }} />
        <col style={{ width: '36%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '36%' }} />
      </colgroup>
      <tbody>
        <tr>
          <th>{translate(project ? 'app.sheet.project_name' : 'app.sheet.org_name')}</th>
          <td colSpan={project ? 1 : 3} data-testid="subject-name">
            {subject.name}
          </td>
          {project && (
            <>
              <th>{translate('app.sheet.project_code')}</th>
              <td>{subject.code}</td>
            </>
          )}
        </tr>
        {project && (
          <tr>
            <th>{translate('app.sheet.department')}</th>
            <td>{subject.departmentName}</td>
            <th>{translate('app.sheet.implementer')}</th>
            <td>{subject.implementer}</td>
          </tr>
        )}
        <tr>
          <th>{translate(project ? 'resources.targets.fields.goals' : 'app.sheet.duty_goals')}</th>
          <td colSpan={3}>
            <NumberedGoals goals={subject.goals} />
          </td>
        </tr>
      </tbody>
    </OfficialTable>
  );
};

/** A ratio and its light: "完成序时进度的 100.00%  ● 绿灯". */
const RatioLight = ({
  label,
  ratio,
  light,
  explanation,
  testId,
}: {
  label: string;
  ratio: string | null;
  light: Light;
  explanation: string;
  testId: string;
}) => (
  <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
    <Typography variant="body2" component="span" data-testid={`${testId}-ratio`}>
      {label} {ratio === null ? '—' : `${ratio}%`}
    </Typography>
    <LightChip light={light} short explanation={explanation} testId={testId} />
  </Stack>
);

/**
 * 项目资金: 全年预算数, 截至 M 月执行数, 执行率 against 序时进度 and against the 资金支出计划
 * (each with its light), 全年预计执行数. `executedInput` / `expectedInput` replace the figures
 * with inputs on the form.
 */
export const BudgetBlock = ({
  record,
  lights,
  executed,
  expected,
  executedInput,
  expectedInput,
}: {
  record: MonitoringRecord;
  lights: MonitoringLights;
  executed: string;
  expected: string;
  executedInput?: ReactNode;
  expectedInput?: ReactNode;
}) => {
  const translate = useTranslate();
  const e = lights.execution;
  const quarter = Math.floor(record.month / 3);
  const expectedRate = percentOf(expected, record.budget);
  return (
    <OfficialTable testId="monitoring-budget">
      <thead>
        <tr>
          <th>{translate('app.monitoring.budget')}</th>
          <th>{translate('app.monitoring.executed', { month: record.month })}</th>
          <th>{translate('app.monitoring.rate')}</th>
          <th>{translate('app.monitoring.time_progress')}</th>
          <th>
            {quarter >= 1
              ? translate('app.monitoring.plan_at', { month: quarter * 3 })
              : translate('app.monitoring.plan')}
          </th>
          <th>{translate('app.monitoring.expected_executed')}</th>
          <th>{translate('app.monitoring.expected_rate')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td className="num" data-testid="monitoring-budget-total">
            {displayAmount(record.budget)}
          </td>
          <td className="num" style={{ minWidth: '8em' }}>
            {executedInput ?? (
              <span data-testid="monitoring-executed">{displayAmount(executed)}</span>
            )}
          </td>
          <td className="num" data-testid="execution-rate">
            {e.rate === null ? '—' : `${e.rate}%`}
          </td>
          <td>
            <Typography variant="body2" component="div">
              {translate('app.monitoring.time_progress_value', {
                value: timeProgress(record.month),
              })}
            </Typography>
            <RatioLight
              label={translate('app.monitoring.of_time')}
              ratio={e.timeRatio}
              light={e.timeLight}
              explanation={e.explanation}
              testId="time-light"
            />
          </td>
          <td>
            {e.plan === null ? (
              <Typography variant="body2" color="text.secondary" data-testid="plan-missing">
                {translate('app.monitoring.no_plan')}
              </Typography>
            ) : (
              <>
                <Typography variant="body2" component="div">
                  {translate('app.monitoring.plan_value', { value: displayPercent(e.plan) })}
                </Typography>
                <RatioLight
                  label={translate('app.monitoring.of_plan')}
                  ratio={e.planRatio}
                  light={e.planLight}
                  explanation={e.explanation}
                  testId="plan-light"
                />
              </>
            )}
          </td>
          <td className="num" style={{ minWidth: '8em' }}>
            {expectedInput ?? displayAmount(expected)}
          </td>
          <td className="num" data-testid="expected-rate">
            {expectedRate === null ? '—' : `${expectedRate}%`}
          </td>
        </tr>
        <tr>
          <th>{translate('app.monitoring.execution_light')}</th>
          <td colSpan={6}>
            <Stack direction="row" spacing={1.5} alignItems="center">
              <LightChip light={e.light} testId="execution-light" />
              <Typography
                variant="body2"
                color="text.secondary"
                data-testid="execution-explanation"
              >
                {e.explanation}
              </Typography>
            </Stack>
          </td>
        </tr>
      </tbody>
    </OfficialTable>
  );
};

/** The light of a row with how it was computed under it. */
export const RowLight = ({
  light,
  explanation,
  index,
  saved,
}: {
  light: Light;
  explanation: string;
  index: number;
  /** The server's light at the last save, shown when the live one differs. */
  saved?: Light;
}) => {
  const translate = useTranslate();
  return (
    <Box data-testid={`row-${index}-light-cell`}>
      <LightChip light={light} short explanation={explanation} testId={`row-${index}-light`} />
      <Typography
        variant="caption"
        component="div"
        color="text.secondary"
        sx={{ lineHeight: 1.35, mt: 0.5 }}
        data-testid={`row-${index}-light-explanation`}
      >
        {explanation}
      </Typography>
      {saved !== undefined && saved !== light && (
        <Typography
          variant="caption"
          component="div"
          color="warning.dark"
          data-testid={`row-${index}-saved-light`}
        >
          {translate('app.monitoring.saved_light', {
            light: translate(`app.lights.short.${saved}`),
          })}
        </Typography>
      )}
    </Box>
  );
};
