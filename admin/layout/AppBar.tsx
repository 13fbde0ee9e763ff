import { Box, Chip, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import BusinessIcon from '@mui/icons-material/Business';
import {
  AppBar as RaAppBar,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { Identity } from '../providers/authProvider';
import { JobsWatcher } from '../resources/jobs/JobsWatcher';
import { NotificationBell } from '../resources/notifications/NotificationBell';

/** Who is signed in: name, role and organisation, always visible on wide screens. */
const CurrentUserBadge = () => {
  const { identity } = useGetIdentity();
  const user = identity as Identity | undefined;
  if (!user) return null;
  return (
    <Box
      data-testid="current-user"
      sx={{ display: { xs: 'none', md: 'flex' }, alignItems: 'center', gap: 1, mr: 1 }}
    >
      <Typography component="span" variant="body2" data-testid="current-user-name">
        {user.fullName}
      </Typography>
      <Chip
        size="small"
        label={user.roleLabel}
        data-testid="current-user-role"
        sx={{ color: 'inherit', borderColor: 'currentColor' }}
        variant="outlined"
      />
      {user.org && (
        <Typography
          component="span"
          variant="body2"
          data-testid="current-user-org"
          sx={{ opacity: 0.85 }}
        >
          {user.org.name}
        </Typography>
      )}
    </Box>
  );
};

/** The organisation line inside the user menu (the only place it shows on phones). */
const OrgMenuLine = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const user = identity as Identity | undefined;
  if (!user) return null;
  return (
    <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
      <ListItemIcon>
        <BusinessIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText
        primary={user.org?.name ?? '—'}
        secondary={`${translate('app.user_menu.role')}：${user.roleLabel}`}
      />
    </MenuItem>
  );
};

const AppUserMenu = () => (
  <UserMenu>
    <OrgMenuLine />
    <Logout data-testid="logout" />
  </UserMenu>
);

/** `alwaysOn` comes from `<Layout appBarAlwaysOn>`: long tables keep the title in view. */
export const AppBar = ({ alwaysOn }: { alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return (
    <RaAppBar userMenu={<AppUserMenu />} alwaysOn={alwaysOn}>
      <Typography
        component="span"
        variant="h6"
        sx={{ display: { xs: 'none', sm: 'block' }, mr: 2, whiteSpace: 'nowrap', fontSize: 18 }}
      >
        {translate('app.title')}
      </Typography>
      {/* Long document titles are cut with an ellipsis rather than run under the user badge. */}
      <TitlePortal
        sx={{
          minWidth: 0,
          mr: 2,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }}
      />
      <CurrentUserBadge />
      {/* 消息通知 and the prompt when a job of the user ends (文件已生成), on every page. */}
      <NotificationBell />
      <JobsWatcher />
    </RaAppBar>
  );
};
