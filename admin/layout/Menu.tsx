import { Divider, ListItemIcon, ListItemText, ListSubheader, MenuItem } from '@mui/material';
import {
  Menu,
  usePermissions,
  useResourceDefinitions,
  useSidebarState,
  useTranslate,
} from 'react-admin';
import { canRoleAccess } from '../providers/permissions';
import { MENU_GROUPS, type MenuEntry, type RouteEntry } from './menuConfig';

/** A custom route that is not built yet: visible, greyed out, and not a link. */
const ComingSoonItem = ({ entry }: { entry: RouteEntry }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const Icon = entry.icon;
  return (
    <MenuItem disabled data-testid={entry.testId} aria-label={translate(entry.label)}>
      <ListItemIcon sx={{ minWidth: 40 }}>
        <Icon />
      </ListItemIcon>
      {open && (
        <ListItemText
          primary={translate(entry.label)}
          secondary={translate('app.menu.coming_soon')}
          slotProps={{ secondary: { variant: 'caption' } }}
        />
      )}
    </MenuItem>
  );
};

export const AppMenu = () => {
  const translate = useTranslate();
  const resources = useResourceDefinitions();
  const { permissions: role } = usePermissions<string | undefined>();
  const [open] = useSidebarState();

  const isVisible = (entry: MenuEntry): boolean =>
    entry.kind === 'resource'
      ? resources[entry.resource] !== undefined && canRoleAccess(role, entry.resource, 'list')
      : entry.roles.some((r) => r === role);

  const renderEntry = (entry: MenuEntry) => {
    if (entry.kind === 'resource') {
      return (
        <Menu.ResourceItem
          key={entry.resource}
          name={entry.resource}
          data-testid={`menu-${entry.resource}`}
        />
      );
    }
    if (!entry.ready) return <ComingSoonItem key={entry.path} entry={entry} />;
    const Icon = entry.icon;
    return (
      <Menu.Item
        key={entry.path}
        to={entry.path}
        primaryText={entry.label}
        leftIcon={<Icon />}
        data-testid={entry.testId}
      />
    );
  };

  return (
    <Menu>
      <Menu.DashboardItem data-testid="menu-dashboard" />
      {MENU_GROUPS.flatMap((group) => {
        const items = group.items.filter(isVisible);
        if (items.length === 0) return [];
        // MUI's MenuList takes no Fragment children: a flat, keyed list of header + items.
        const header = open ? (
          <ListSubheader
            key={`group-${group.key}`}
            disableSticky
            sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}
            data-testid={`menu-group-${group.key}`}
          >
            {translate(group.label)}
          </ListSubheader>
        ) : (
          <Divider key={`group-${group.key}`} sx={{ my: 0.5 }} />
        );
        return [header, ...items.map(renderEntry)];
      })}
    </Menu>
  );
};
