import { lazy } from 'react';
import BalanceIcon from '@mui/icons-material/Balance';
import RuleIcon from '@mui/icons-material/Rule';
import type { ResourceProps } from 'react-admin';

/** 结果应用: a list with the decision dialog; the rows come from 生成建议. */
export const resultApplicationsResource: ResourceProps = {
  name: 'result-applications',
  icon: BalanceIcon,
  list: lazy(() => import('./List')),
  recordRepresentation: 'title',
};

/** 结果应用规则: one per region, grade → suggested treatment. */
export const resultRulesResource: ResourceProps = {
  name: 'result-rules',
  icon: RuleIcon,
  list: lazy(() => import('./rules/List')),
  edit: lazy(() => import('./rules/Edit')),
  recordRepresentation: 'orgName',
};
