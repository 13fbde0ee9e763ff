import { Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  DataTable,
  List,
  SearchInput,
  SelectInput,
  TopToolbar,
  useDataProvider,
  useListContext,
  type SortPayload,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { GRADE_CHOICES, GradeChip } from '../../common/GradeChip';
import { ExportJobButton } from '../../common/ExportJobButton';
import { fetchAll } from '../../common/fetchAll';
import { figuresTableSx, TwoLines } from '../../common/TwoLines';
import { useDocLinks } from '../../common/useDocLinks';
import { formatPercent, formatScore, formatWan, gradeEntries } from '../../dashboard/format';
import { dashboardPath } from '../../dashboard/params';
import type { ProjectRanking, RankingLevel, UnitRanking } from '../../dashboard/types';

const ProjectCol = DataTable.Col<ProjectRanking>;
const UnitCol = DataTable.Col<UnitRanking>;

export const DEFAULT_SORT: Record<RankingLevel, SortPayload> = {
  project: { field: 'total', order: 'DESC' },
  unit: { field: 'average', order: 'DESC' },
};

/** The export job takes at most this many documents in one list (server MAX_LIST). */
const MAX_EXPORT = 10000;

const Num = ({ children, testId }: { children: string; testId?: string }) => (
  <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={testId}>
    {children}
  </span>
);

/** A unit's name with its 主管部门 under it, in small print. */
const OrgName = ({ name, department }: { name: string; department: string | null }) => (
  <>
    {name}
    {department && (
      <Typography variant="caption" color="text.secondary" component="div">
        {department}
      </Typography>
    )}
  </>
);

/** 名次 · 项目 · 单位 · 预算 · 执行 · 执行率 · 自评得分 · 复核得分 · 等级 */
export const ProjectRankingTable = ({
  showDepartment = true,
  showOrg = true,
}: {
  showDepartment?: boolean;
  showOrg?: boolean;
}) => {
  const links = useDocLinks();
  return (
    <DataTable<ProjectRanking>
      bulkActionButtons={false}
      sx={figuresTableSx}
      rowClick={(_id, _resource, record) => links.evaluation(record) ?? false}
      data-testid="ranking-projects"
    >
      <ProjectCol source="rank" disableSort render={(r) => <Num>{String(r.rank)}</Num>} />
      <ProjectCol
        source="title"
        sx={{ minWidth: 220 }}
        render={(r) => (
          <span data-testid="ranking-project" data-id={r.evaluationId}>
            {r.title}
          </span>
        )}
      />
      {showOrg && (
        <ProjectCol
          source="orgName"
          sx={{ minWidth: 180 }}
          render={(r) => (
            <OrgName name={r.orgName} department={showDepartment ? r.departmentName : null} />
          )}
        />
      )}
      <ProjectCol
        source="budgetAdjusted"
        label={<TwoLines label="全年预算数" unit="（万元）" />}
        align="right"
        render={(r) => <Num>{formatWan(r.budgetAdjusted)}</Num>}
      />
      <ProjectCol
        source="budgetExecuted"
        label={<TwoLines label="全年执行数" unit="（万元）" />}
        align="right"
        render={(r) => <Num>{formatWan(r.budgetExecuted)}</Num>}
      />
      <ProjectCol
        source="executionRate"
        align="right"
        render={(r) => <Num>{formatPercent(r.executionRate)}</Num>}
      />
      <ProjectCol source="total" align="right" render={(r) => <Num>{formatScore(r.total)}</Num>} />
      <ProjectCol
        source="reviewTotal"
        align="right"
        render={(r) => <Num>{r.reviewTotal === null ? '' : formatScore(r.reviewTotal)}</Num>}
      />
      <ProjectCol source="grade" align="center" render={(r) => <GradeChip grade={r.grade} />} />
    </DataTable>
  );
};

/** 名次 · 单位（主管部门）· 自评数 · 平均分 · 等级分布 · 预算 · 执行 · 执行率; a click drills down. */
export const UnitRankingTable = ({ year }: { year: number | undefined }) => {
  const navigate = useNavigate();
  return (
    <DataTable<UnitRanking>
      bulkActionButtons={false}
      sx={figuresTableSx}
      rowClick={(_id, _resource, record) => {
        void navigate(dashboardPath(year, record.orgId));
        return false;
      }}
      data-testid="ranking-units"
    >
      <UnitCol source="rank" disableSort render={(r) => <Num>{String(r.rank)}</Num>} />
      <UnitCol
        source="orgName"
        sx={{ minWidth: 220 }}
        render={(r) => (
          <span data-testid="ranking-unit" data-id={r.orgId}>
            <OrgName name={r.orgName} department={r.departmentName} />
          </span>
        )}
      />
      <UnitCol source="evaluations" align="right" />
      <UnitCol source="average" align="right" render={(r) => <Num>{formatScore(r.average)}</Num>} />
      <UnitCol
        source="excellent"
        render={(r) => (
          <Stack direction="row" spacing={1} sx={{ whiteSpace: 'nowrap' }}>
            {gradeEntries(r.grades).map(([g, n]) => (
              <Typography key={g} variant="body2" component="span">
                {g} {n}
              </Typography>
            ))}
          </Stack>
        )}
      />
      <UnitCol
        source="budgetAdjusted"
        label={<TwoLines label="全年预算数" unit="（万元）" />}
        align="right"
        render={(r) => <Num>{formatWan(r.budgetAdjusted)}</Num>}
      />
      <UnitCol
        source="budgetExecuted"
        label={<TwoLines label="全年执行数" unit="（万元）" />}
        align="right"
        render={(r) => <Num>{formatWan(r.budgetExecuted)}</Num>}
      />
      <UnitCol
        source="executionRate"
        align="right"
        render={(r) => <Num>{formatPercent(r.executionRate)}</Num>}
      />
    </DataTable>
  );
};

/**
 * 导出: the 绩效自评结果汇总表 of the self-evaluations behind the ranking, in ranking order (the
 * export job's list type). A unit ranking exports its units' project evaluations, unit by unit.
 */
const RankingExport = ({
  level,
  permanent,
}: {
  level: RankingLevel;
  permanent: Record<string, unknown>;
}) => {
  const dataProvider = useDataProvider();
  const { sort, total, ...list } = useListContext();
  const filterValues = list.filterValues as Record<string, unknown>;
  const getIds = async (): Promise<number[]> => {
    const filter = { ...filterValues, ...permanent, level };
    if (level === 'project') {
      const rows = await fetchAll<ProjectRanking>(
        dataProvider,
        'rankings',
        sort,
        filter,
        MAX_EXPORT,
      );
      return rows.map((r) => r.evaluationId);
    }
    const [units, projects] = await Promise.all([
      fetchAll<UnitRanking>(dataProvider, 'rankings', sort, filter, MAX_EXPORT),
      fetchAll<ProjectRanking>(
        dataProvider,
        'rankings',
        DEFAULT_SORT.project,
        { ...filter, q: undefined, level: 'project' },
        MAX_EXPORT,
      ),
    ]);
    return units.flatMap((u) =>
      projects.filter((p) => p.orgId === u.orgId).map((p) => p.evaluationId),
    );
  };
  return (
    <ExportJobButton
      type="evaluations-summary"
      getIds={getIds}
      disabled={!total}
      testId={`ranking-export-${level}`}
    />
  );
};

const filtersOf = (level: RankingLevel, extra: ReactElement[]) => [
  <SearchInput
    key="q"
    source="q"
    alwaysOn
    placeholder={level === 'project' ? '项目或单位名称' : '单位编码或名称'}
  />,
  <SelectInput key="grade" source="grade" choices={GRADE_CHOICES} alwaysOn sx={{ width: 120 }} />,
  ...extra,
];

/**
 * 排名 of one level as a react-admin list: sortable columns (the server's sort fields), search,
 * 等级 filter and 导出. `permanent` holds what the page fixes (year, organisation, level).
 */
export const RankingList = ({
  level,
  permanent,
  filterDefaultValues,
  extraFilters = [],
  embedded = false,
  atUnit = false,
  year,
}: {
  level: RankingLevel;
  permanent: Record<string, unknown>;
  filterDefaultValues?: Record<string, unknown>;
  extraFilters?: ReactElement[];
  embedded?: boolean;
  /** the list is one unit's: its name is not repeated on every row */
  atUnit?: boolean;
  year: number | undefined;
}) => (
  <List
    resource="rankings"
    title={false}
    filter={{ ...permanent, level }}
    filters={filtersOf(level, extraFilters)}
    filterDefaultValues={filterDefaultValues}
    sort={DEFAULT_SORT[level]}
    perPage={embedded ? 10 : 25}
    // Both levels share the page: their sorts differ, so neither is kept in the URL.
    disableSyncWithLocation
    storeKey={embedded ? false : `rankings.${level}`}
    exporter={false}
    empty={false}
    actions={
      <TopToolbar>
        <RankingExport level={level} permanent={{ ...permanent, level }} />
      </TopToolbar>
    }
    sx={embedded ? { '& .RaList-main': { boxShadow: 'none' } } : undefined}
    component={embedded ? 'div' : undefined}
  >
    {level === 'project' ? (
      <ProjectRankingTable showDepartment={!embedded} showOrg={!atUnit} />
    ) : (
      <UnitRankingTable year={year} />
    )}
  </List>
);
