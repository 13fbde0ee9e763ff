import { Alert, Box, Button, Grid, LinearProgress, Skeleton, Typography } from '@mui/material';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { LinkBase, Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { Role } from '../../shared/domain/enums';
import { useApiGet } from '../common/useApiGet';
import { useDocLinks } from '../common/useDocLinks';
import type { Identity } from '../providers/authProvider';
import { canRoleAccess } from '../providers/permissions';
import { TodoCard } from '../resources/todos/TodoTable';
import { ChildrenTable } from './ChildrenTable';
import { DashboardHeader } from './DashboardHeader';
import { DocumentsTable } from './DocumentsTable';
import { KpiCards, Panel } from './KpiCards';
import { RankingCard } from './RankingCard';
import { RectificationCard } from './RectificationCard';
import { useDashboardParams } from './state';
import type { DashboardView, ProjectRanking } from './types';
import { useDataYears } from './useYears';
import { FindingsCard, LaggingCard } from './WarningsCard';

// recharts is the largest part of the dashboard: its own chunk, loaded after the figures.
const loadCharts = () => import('./charts');
const GradeChart = lazy(() => loadCharts().then((m) => ({ default: m.GradeChart })));
const ScoreHistogram = lazy(() => loadCharts().then((m) => ({ default: m.ScoreHistogram })));
const ExecutionChart = lazy(() => loadCharts().then((m) => ({ default: m.ExecutionChart })));

const ChartSlot = ({ children, height = 240 }: { children: ReactNode; height?: number }) => (
  <Suspense fallback={<Skeleton variant="rounded" height={height} />}>{children}</Suspense>
);

/** In place of a chart when the year has no handed-in project self-evaluation. */
const NoEvaluations = () => {
  const translate = useTranslate();
  return (
    <Box
      sx={{ height: 240, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
      data-testid="no-evaluations"
    >
      <Typography color="text.secondary">
        {translate('app.dashboard.charts.no_evaluations')}
      </Typography>
    </Box>
  );
};

/** The roles whose home page is the full 管理驾驶舱; units and departments get a smaller one. */
const COCKPIT_ROLES: readonly Role[] = ['manager', 'finance', 'admin'];

/** 预算执行率 by project at a unit (no children to compare): the unit's project evaluations. */
const UnitExecutionChart = ({ orgId, year }: { orgId: number; year: number }) => {
  const links = useDocLinks();
  const navigate = useNavigate();
  const { data = [] } = useGetList<ProjectRanking>('rankings', {
    pagination: { page: 1, perPage: 30 },
    sort: { field: 'executionRate', order: 'ASC' },
    filter: { year, orgId, level: 'project' },
  });
  return (
    <ChartSlot height={180}>
      <ExecutionChart
        testId="chart-execution-projects"
        data={data.map((r) => ({
          id: r.evaluationId,
          name: r.title,
          adjusted: r.budgetAdjusted,
          executed: r.budgetExecuted,
          rate: r.executionRate,
        }))}
        onSelect={(d) => {
          const row = data.find((r) => r.evaluationId === d.id);
          const link = row ? links.evaluation(row) : null;
          if (link) void navigate(link);
        }}
      />
    </ChartSlot>
  );
};

const Cockpit = ({
  view,
  role,
  drill,
}: {
  view: DashboardView;
  role: Role;
  drill: (orgId: number) => void;
}) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.dashboard.${key}`);
  const atUnit = view.org.type === 'unit';
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Panel title={t('charts.grades')} testId="grades-card">
          {view.evaluations === 0 ? (
            <NoEvaluations />
          ) : (
            <ChartSlot>
              <GradeChart grades={view.grades} total={view.evaluations} />
            </ChartSlot>
          )}
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Panel title={t('charts.histogram')} testId="histogram-card">
          {view.evaluations === 0 ? (
            <NoEvaluations />
          ) : (
            <ChartSlot>
              <ScoreHistogram bins={view.distribution} />
            </ChartSlot>
          )}
        </Panel>
      </Grid>
      <Grid size={12}>
        <Panel
          title={atUnit ? t('charts.execution_projects') : t('charts.execution')}
          testId="execution-card"
        >
          {atUnit && view.org.id !== null ? (
            <UnitExecutionChart orgId={view.org.id} year={view.year} />
          ) : (
            <>
              <ChartSlot height={180}>
                <ExecutionChart
                  data={view.children.map((c) => ({
                    id: c.org.id,
                    name: c.org.name,
                    adjusted: c.budget.adjusted,
                    executed: c.budget.executed,
                    rate: c.budget.rate,
                  }))}
                  onSelect={(d) => d.id !== null && drill(d.id)}
                />
              </ChartSlot>
              <Box sx={{ mt: 2 }}>
                <ChildrenTable items={view.children} onSelect={drill} />
              </Box>
            </>
          )}
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, lg: 7 }}>
        <LaggingCard items={view.lagging} canRectify={role === 'finance'} />
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }}>
        <FindingsCard items={view.findings} />
      </Grid>
      <Grid size={{ xs: 12, lg: 7 }}>
        <Panel title={t('documents.title')} testId="documents-card">
          <DocumentsTable documents={view.documents} />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }}>
        <RectificationCard role={role} year={view.year} />
      </Grid>
      <Grid size={12}>
        <RankingCard org={view.org} year={view.year} />
      </Grid>
    </Grid>
  );
};

/** A unit's or a department's home: its own figures, its 待办 and 待整改, its units and projects. */
const Home = ({
  view,
  role,
  drill,
}: {
  view: DashboardView;
  role: Role;
  drill: (orgId: number) => void;
}) => {
  const translate = useTranslate();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 7 }}>
        <TodoCard />
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }}>
        <RectificationCard role={role} year={view.year} />
      </Grid>
      {view.children.length > 0 && (
        <Grid size={12}>
          <Panel title={translate('app.dashboard.children.title')} testId="children-card">
            <ChildrenTable items={view.children} onSelect={drill} />
          </Panel>
        </Grid>
      )}
      {view.lagging.length > 0 && (
        <Grid size={12}>
          <LaggingCard items={view.lagging} canRectify={false} />
        </Grid>
      )}
      <Grid size={12}>
        <RankingCard org={view.org} year={view.year} />
      </Grid>
    </Grid>
  );
};

const DashboardPage = ({ user }: { user: Identity }) => {
  const translate = useTranslate();
  const years = useDataYears();
  const { year, orgId, go } = useDashboardParams(years.isPending ? undefined : years.latest);
  const path =
    year === undefined ? null : `/dashboard?year=${year}${orgId ? `&orgId=${orgId}` : ''}`;
  const { data, error, loading } = useApiGet<DashboardView>(path);
  // While the next organisation or year loads, the last figures stay (dimmed) instead of a blank.
  const [last, setLast] = useState<DashboardView | undefined>(undefined);
  if (data && data !== last) setLast(data);
  const view = data ?? (error ? undefined : last);
  const cockpit = COCKPIT_ROLES.includes(user.role);
  const title = translate(cockpit ? 'app.dashboard.cockpit' : 'ra.page.dashboard');
  const drill = (id: number) => go({ orgId: id });

  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="dashboard">
      <Title title={title} />
      {view && year !== undefined ? (
        <DashboardHeader
          title={title}
          user={user}
          org={view.org}
          year={year}
          years={years.options}
          onYear={(y) => go({ year: y })}
        />
      ) : null}
      {loading && <LinearProgress sx={{ mb: 1 }} data-testid="dashboard-loading" />}
      {error && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button component={LinkBase} to="/" color="inherit" size="small">
              {translate('app.dashboard.back_home')}
            </Button>
          }
        >
          {error.message}
        </Alert>
      )}
      {view && (
        <Box
          data-testid="dashboard-body"
          data-org={view.org.id ?? 'all'}
          data-year={view.year}
          sx={{ opacity: loading ? 0.6 : 1, transition: 'opacity 120ms' }}
        >
          {cockpit && canRoleAccess(user.role, 'todos', 'list') && (
            <Box sx={{ mb: 2 }}>
              <TodoCard />
            </Box>
          )}
          <KpiCards view={view} />
          <Box sx={{ mt: 2 }}>
            {cockpit ? (
              <Cockpit view={view} role={user.role} drill={drill} />
            ) : (
              <Home view={view} role={user.role} drill={drill} />
            )}
          </Box>
        </Box>
      )}
    </Box>
  );
};

/**
 * The home page. 领导, 财政局 and administrators get the 管理驾驶舱 of their subtree: KPI cards,
 * grade and score charts, execution by organisation, warnings, findings, documents and rankings,
 * with drill-down (region → department → unit → project) kept in the URL. Units and departments
 * get their own figures with their 待办 and 待整改.
 */
const Dashboard = () => {
  const { identity, isPending } = useGetIdentity();
  const user = identity as Identity | undefined;
  if (isPending || !user) return null;
  return <DashboardPage user={user} />;
};

export default Dashboard;
