import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import {
  LinkBase,
  Title,
  useCreatePath,
  useGetIdentity,
  useGetResourceLabel,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { ORG_TYPE_LABELS } from '../../shared/domain/enums';
import type { Identity } from '../providers/authProvider';
import { canRoleAccess } from '../providers/permissions';
import { TodoCard } from '../resources/todos/TodoTable';
import { ROLE_DUTIES } from './roleIntro';

/** Links to the registered resources this role may list. */
const Shortcuts = ({ role }: { role: string }) => {
  const resources = useResourceDefinitions();
  const getResourceLabel = useGetResourceLabel();
  const createPath = useCreatePath();
  const names = Object.keys(resources).filter((name) => canRoleAccess(role, name, 'list'));
  if (names.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {names.map((name) => (
        <Button
          key={name}
          variant="outlined"
          size="small"
          component={LinkBase}
          to={createPath({ resource: name, type: 'list' })}
        >
          {getResourceLabel(name, 2)}
        </Button>
      ))}
    </Stack>
  );
};

/** Home page placeholder: who you are, where you sit in the org tree, what your role does. */
const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const user = identity as Identity | undefined;
  if (isPending || !user) return null;
  return (
    <Box sx={{ mt: 2, maxWidth: 1200 }}>
      <Title title={translate('ra.page.dashboard')} />
      {canRoleAccess(user.role, 'todos', 'list') && (
        <Box sx={{ mb: 2 }}>
          <TodoCard />
        </Box>
      )}
      <Card data-testid="welcome-card">
        <CardContent>
          <Typography variant="h5" component="h2" gutterBottom>
            {translate('app.dashboard.welcome', { name: user.fullName })}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
            <Chip
              color="primary"
              label={`${translate('app.dashboard.role')}：${user.roleLabel}`}
              data-testid="welcome-role"
            />
            {user.org && (
              <Chip
                variant="outlined"
                label={`${translate('app.dashboard.org')}：${user.org.name}（${
                  ORG_TYPE_LABELS[user.org.type] ?? user.org.type
                }）`}
                data-testid="welcome-org"
              />
            )}
          </Stack>
          <Typography variant="subtitle1" component="h3">
            {translate('app.dashboard.duties')}
          </Typography>
          <List dense disablePadding>
            {(ROLE_DUTIES[user.role] ?? []).map((line) => (
              <ListItem key={line} disableGutters>
                <ListItemText primary={line} />
              </ListItem>
            ))}
          </List>
          <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 1 }}>
            {translate('app.dashboard.shortcuts')}
          </Typography>
          <Shortcuts role={user.role} />
        </CardContent>
      </Card>
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate('app.dashboard.placeholder')}
      </Alert>
    </Box>
  );
};

export default Dashboard;
