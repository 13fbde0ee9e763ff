import { lazy } from 'react';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import type { ResourceProps } from 'react-admin';

/** 排名: read-only, a list only (its rows open the self-evaluation or drill into the unit). */
export const rankingsResource: ResourceProps = {
  name: 'rankings',
  icon: LeaderboardIcon,
  list: lazy(() => import('./List')),
};
