import { Box, Button, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { LinkBase, useTranslate } from 'react-admin';
import { RankingList } from '../resources/rankings/RankingTable';
import { Panel } from './KpiCards';
import type { OrgRef, RankingLevel } from './types';

/**
 * 排名 of the organisation shown: its project self-evaluations (a row opens the 自评表) and, above
 * a unit, its units (a row drills into the unit) — sortable, searchable, by 等级, exportable.
 */
export const RankingCard = ({ org, year }: { org: OrgRef; year: number }) => {
  const translate = useTranslate();
  const [level, setLevel] = useState<RankingLevel>('project');
  const showUnits = org.type !== 'unit';
  const current = showUnits ? level : 'project';
  const permanent = { year, ...(org.id === null ? {} : { orgId: org.id }) };
  return (
    <Panel
      title={translate('app.dashboard.ranking.title')}
      testId="ranking-card"
      action={
        <Button size="small" component={LinkBase} to="/rankings">
          {translate('app.dashboard.ranking.all')}
        </Button>
      }
    >
      {showUnits && (
        <Tabs
          value={current}
          onChange={(_e, value: RankingLevel) => setLevel(value)}
          sx={{ minHeight: 36, '& .MuiTab-root': { minHeight: 36 } }}
        >
          <Tab
            value="project"
            label={translate('app.rankings.projects')}
            data-testid="ranking-tab-project"
          />
          <Tab
            value="unit"
            label={translate('app.rankings.units')}
            data-testid="ranking-tab-unit"
          />
        </Tabs>
      )}
      {/* width 0 + min-width 100%: a wide table scrolls inside the card, not the page. */}
      <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
        <RankingList
          key={`${current}-${org.id ?? 'all'}-${year}`}
          level={current}
          permanent={permanent}
          year={year}
          embedded
          atUnit={!showUnits}
        />
      </Box>
    </Panel>
  );
};
