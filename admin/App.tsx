import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { LoginPage } from './layout/LoginPage';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { auditLogsResource } from './resources/audit-logs';
import {
  evaluationsResource,
  PrintPage as EvaluationPrintPage,
  RecheckPage,
  SamplePage,
} from './resources/evaluations';
import { indicatorsResource } from './resources/indicators';
import { jobsResource } from './resources/jobs';
import { monitoringResource } from './resources/monitoring';
import { notificationsResource } from './resources/notifications';
import { orgsResource } from './resources/orgs';
import { projectsResource } from './resources/projects';
import { rankingsResource } from './resources/rankings';
import { rectificationsResource } from './resources/rectifications';
import { resultApplicationsResource, resultRulesResource } from './resources/result-applications';
import { targetsResource } from './resources/targets';
import { todosResource } from './resources/todos';
import { unitTargetsResource } from './resources/unit-targets';
import { usersResource } from './resources/users';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));
// 评分试算 carries the scoring engine (and decimal.js): loaded only when opened.
const ScoringPage = lazy(() => import('./scoring/ScoringPage'));

/**
 * Every resource is registered for every role: what a role may see is decided by
 * authProvider.canAccess (providers/permissions.ts), which hides menu items, buttons and routes.
 * The server authorises each call again.
 */
export const App = () => (
  <Admin
    title="预算绩效管理平台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    <Resource {...todosResource} />
    <Resource {...projectsResource} />
    <Resource {...targetsResource} />
    <Resource {...unitTargetsResource} />
    <Resource {...monitoringResource} />
    <Resource {...evaluationsResource} />
    <Resource {...rankingsResource} />
    <Resource {...resultApplicationsResource} />
    <Resource {...resultRulesResource} />
    <Resource {...rectificationsResource} />
    <Resource {...indicatorsResource} />
    <Resource {...orgsResource} />
    <Resource {...usersResource} />
    <Resource {...auditLogsResource} />
    <Resource {...notificationsResource} />
    <Resource {...jobsResource} />
    <CustomRoutes>
      <Route path="/scoring" element={<ScoringPage />} />
      {/* 抽评 and 复核 (财政局); static segments win over the resource's /evaluations/:id. */}
      <Route path="/evaluations/sample" element={<SamplePage />} />
      <Route path="/evaluations/:id/recheck" element={<RecheckPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/evaluations/:id/print" element={<EvaluationPrintPage />} />
    </CustomRoutes>
  </Admin>
);
