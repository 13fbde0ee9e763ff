import { Box, LinearProgress, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  Title,
  required,
  useTranslate,
} from 'react-admin';
import { orgOptionText } from '../../common/choices';
import type { RankingLevel } from '../../dashboard/types';
import { useDataYears } from '../../dashboard/useYears';
import { RankingList } from './RankingTable';

/**
 * 排名: the handed-in project self-evaluations of the caller's subtree, or its units by average
 * score, for a year (the latest with data by default) and optionally one organisation.
 */
const RankingPage = () => {
  const translate = useTranslate();
  const years = useDataYears();
  const [level, setLevel] = useState<RankingLevel>('project');
  const yearChoices = years.options.map((y) => ({ id: y, name: `${y} 年` }));
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('resources.rankings.name')} />
      <Tabs value={level} onChange={(_e, value: RankingLevel) => setLevel(value)} sx={{ mb: 1 }}>
        <Tab value="project" label={translate('app.rankings.projects')} data-testid="tab-project" />
        <Tab value="unit" label={translate('app.rankings.units')} data-testid="tab-unit" />
      </Tabs>
      {years.isPending ? (
        <LinearProgress />
      ) : (
        <RankingList
          key={level}
          level={level}
          permanent={{}}
          year={undefined}
          filterDefaultValues={{ year: years.latest }}
          extraFilters={[
            <SelectInput
              key="year"
              source="year"
              choices={yearChoices}
              validate={required()}
              alwaysOn
              sx={{ width: 120 }}
            />,
            <ReferenceInput key="orgId" source="orgId" reference="orgs" alwaysOn>
              <AutocompleteInput
                optionText={orgOptionText}
                filterToQuery={(q: string) => ({ q })}
                sx={{ minWidth: 280 }}
              />
            </ReferenceInput>,
          ]}
        />
      )}
    </Box>
  );
};

export default RankingPage;
