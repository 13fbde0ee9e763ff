import { Alert, Box, Button, Card, CardContent, Stack, Tooltip, Typography } from '@mui/material';
import AssignmentIcon from '@mui/icons-material/Assignment';
import EditIcon from '@mui/icons-material/Edit';
import {
  LinkBase,
  ListButton,
  ShowBase,
  Title,
  TopToolbar,
  useCanAccess,
  useCreatePath,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DocStatusChip, revisionLabel } from '../../common/DocStatus';
import { OfficialTable } from '../../common/OfficialTable';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { formatDateTime } from '../../target-docs/ReviewPanel';
import type { ProjectRecord, TargetRecord } from '../../target-docs/types';
import { ProjectHeader } from './ProjectHeader';

const LOCKING = ['submitted', 'dept_approved', 'approved'];

/** The project's 绩效目标表 (every revision), and the way to declare one. */
const ProjectTargets = ({ project }: { project: ProjectRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess: canCreate } = useCanAccess({ resource: 'targets', action: 'create' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'projects', action: 'edit' });
  const { data: targets = [], isPending } = useGetList<TargetRecord>('targets', {
    filter: { projectId: project.id },
    sort: { field: 'revision', order: 'DESC' },
    pagination: { page: 1, perPage: 50 },
  });
  const latest = targets[0];
  const locked = latest !== undefined && LOCKING.includes(latest.status);
  return (
    <>
      <TopToolbar>
        {canEdit && (
          <Tooltip title={locked ? translate('app.projects.locked') : ''}>
            <span>
              <Button
                component={LinkBase}
                to={createPath({ resource: 'projects', id: project.id, type: 'edit' })}
                startIcon={<EditIcon />}
                disabled={locked}
                data-testid="project-edit"
              >
                {translate('ra.action.edit')}
              </Button>
            </span>
          </Tooltip>
        )}
        <ListButton />
      </TopToolbar>
      <Card variant="outlined" sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="h6" component="h3" gutterBottom>
            {translate('resources.targets.name')}
          </Typography>
          {!isPending && targets.length === 0 && (
            <Stack direction="row" spacing={2} alignItems="center">
              <Alert severity="info" sx={{ flex: 1 }}>
                {translate('app.projects.no_target')}
              </Alert>
              {canCreate && (
                <Button
                  variant="contained"
                  startIcon={<AssignmentIcon />}
                  component={LinkBase}
                  to={{
                    pathname: createPath({ resource: 'targets', type: 'create' }),
                    search: `?source=${encodeURIComponent(JSON.stringify({ projectId: project.id }))}`,
                  }}
                  data-testid="declare-target"
                >
                  {translate('app.projects.declare')}
                </Button>
              )}
            </Stack>
          )}
          {targets.length > 0 && (
            <OfficialTable testId="project-targets">
              <thead>
                <tr>
                  <th>{translate('resources.targets.fields.revision')}</th>
                  <th>{translate('resources.targets.fields.status')}</th>
                  <th>{translate('resources.targets.fields.updatedAt')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {targets.map((t) => (
                  <tr key={t.id}>
                    <td>
                      {revisionLabel(t.revision)}
                      {t.current ? '（现行）' : ''}
                    </td>
                    <td>
                      <DocStatusChip status={t.status} />
                    </td>
                    <td>{formatDateTime(t.updatedAt)}</td>
                    <td>
                      <Button
                        size="small"
                        component={LinkBase}
                        to={createPath({ resource: 'targets', id: t.id, type: 'show' })}
                        data-testid={`open-target-${t.revision}`}
                      >
                        {translate('ra.action.show')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </OfficialTable>
          )}
        </CardContent>
      </Card>
    </>
  );
};

const ProjectView = () => {
  const translate = useTranslate();
  const record = useRecordContext<ProjectRecord>();
  if (!record) return null;
  return (
    <Box sx={{ maxWidth: 1100 }}>
      <Title title={`${translate('resources.projects.name')}：${record.name}`} />
      <ProjectTargets project={record} />
      <Box sx={{ mt: 2 }}>
        <ProjectHeader project={record} />
      </Box>
    </Box>
  );
};

const ProjectShow = () => {
  const onError = useLoadErrorHandler();
  return (
    <ShowBase queryOptions={{ onError }}>
      <ProjectView />
    </ShowBase>
  );
};

export default ProjectShow;
