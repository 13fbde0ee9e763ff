import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import {
  delta,
  formatPercent,
  formatScore,
  formatWan,
  gradeEntries,
  hasData,
  type Delta,
  type DeltaKind,
} from './format';
import type { DashboardView } from './types';

/** Which way is better: up (平均分, 执行率), down (红灯, 待整改) or neither (counts, amounts). */
type Better = 'up' | 'down' | 'none';

interface Kpi {
  key: string;
  label: string;
  value: string;
  unit?: string;
  note?: ReactNode;
  delta?: Delta | null;
  better?: Better;
  color?: string;
}

const deltaColor = (d: Delta, better: Better): string => {
  if (d.sign === 0 || better === 'none') return 'text.secondary';
  const good = d.sign > 0 === (better === 'up');
  return good ? 'success.main' : 'error.main';
};

const KpiCard = ({ kpi, previousYear }: { kpi: Kpi; previousYear: number }) => (
  <Card variant="outlined" data-testid={`kpi-${kpi.key}`} sx={{ height: '100%' }}>
    <CardContent sx={{ pb: '12px !important' }}>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {kpi.label}
      </Typography>
      <Typography
        variant="h5"
        component="div"
        data-testid={`kpi-${kpi.key}-value`}
        sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600, color: kpi.color }}
      >
        {kpi.value}
        {kpi.unit && (
          <Box component="span" sx={{ fontSize: 14, fontWeight: 400, ml: 0.5 }}>
            {kpi.unit}
          </Box>
        )}
      </Typography>
      {kpi.note && (
        <Typography variant="caption" color="text.secondary" component="div">
          {kpi.note}
        </Typography>
      )}
      {kpi.delta && (
        <Typography
          variant="caption"
          component="div"
          data-testid={`kpi-${kpi.key}-delta`}
          sx={{ color: deltaColor(kpi.delta, kpi.better ?? 'none') }}
        >
          {`较 ${previousYear} 年 ${kpi.delta.text}`}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/**
 * The headline figures: 项目数, 自评数 (with its grades), 平均分, 全年预算数 / 全年执行数 (万元),
 * 预算执行率, 红灯 / 黄灯 and 待整改; each with its change on last year when last year has data.
 */
export const KpiCards = ({ view }: { view: DashboardView }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.dashboard.kpi.${key}`);
  const prev = view.previousYear;
  const compare = hasData(prev);
  const d = (
    current: string | number | null,
    previous: string | number | null,
    kind: DeltaKind,
  ): Delta | null => (compare ? delta(current, previous, kind) : null);
  const kpis: Kpi[] = [
    {
      key: 'projects',
      label: t('projects'),
      value: String(view.projects),
      unit: '个',
      delta: d(view.projects, prev.projects, 'count'),
    },
    {
      key: 'evaluations',
      label: t('evaluations'),
      value: String(view.evaluations),
      unit: '份',
      note: (
        <span data-testid="kpi-grades">
          {gradeEntries(view.grades)
            .map(([g, n]) => `${g} ${n}`)
            .join(' · ')}
        </span>
      ),
      delta: d(view.evaluations, prev.evaluations, 'count'),
    },
    {
      key: 'average',
      label: t('average'),
      value: formatScore(view.average),
      unit: view.average === null ? undefined : '分',
      delta: d(view.average, prev.average, 'score'),
      better: 'up',
    },
    {
      key: 'adjusted',
      label: t('adjusted'),
      value: formatWan(view.budget.adjusted),
      unit: '万元',
      delta: d(view.budget.adjusted, prev.budget.adjusted, 'amount'),
    },
    {
      key: 'executed',
      label: t('executed'),
      value: formatWan(view.budget.executed),
      unit: '万元',
      delta: d(view.budget.executed, prev.budget.executed, 'amount'),
    },
    {
      key: 'rate',
      label: t('rate'),
      value: formatPercent(view.budget.rate),
      delta: d(view.budget.rate, prev.budget.rate, 'rate'),
      better: 'up',
    },
    {
      key: 'lights',
      label: t('lights'),
      value: `${view.lights.red} / ${view.lights.yellow}`,
      note: t('lights_note'),
      color: view.lights.red > 0 ? 'error.main' : undefined,
      delta: d(view.lights.red, prev.lights.red, 'count'),
      better: 'down',
    },
    {
      key: 'rectifications',
      label: t('rectifications'),
      value: String(view.rectifications.open),
      unit: '项',
      color: view.rectifications.overdue > 0 ? 'error.main' : undefined,
      note: translate('app.dashboard.kpi.rectifications_note', {
        answered: view.rectifications.answered,
        overdue: view.rectifications.overdue,
      }),
    },
  ];
  return (
    <Box
      data-testid="kpi-cards"
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: {
          xs: 'repeat(2, minmax(0, 1fr))',
          md: 'repeat(4, minmax(0, 1fr))',
          xl: 'repeat(8, minmax(0, 1fr))',
        },
      }}
    >
      {kpis.map((kpi) => (
        <KpiCard key={kpi.key} kpi={kpi} previousYear={prev.year} />
      ))}
    </Box>
  );
};

/** A titled card of the dashboard. */
export const Panel = ({
  title,
  action,
  children,
  testId,
}: {
  title: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}) => (
  <Card data-testid={testId} sx={{ height: '100%' }}>
    <CardContent>
      <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1, minHeight: 32 }}>
        <Typography variant="h6" component="h2" sx={{ fontSize: 17 }}>
          {title}
        </Typography>
        <Box sx={{ flex: 1 }} />
        {action}
      </Stack>
      {children}
    </CardContent>
  </Card>
);
