import { Button, Chip, Stack } from '@mui/material';
import CasinoIcon from '@mui/icons-material/Casino';
import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  DataTable,
  FilterButton,
  LinkBase,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useDataProvider,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { orgOptionText } from '../../common/choices';
import { ExportJobButton } from '../../common/ExportJobButton';
import { fetchAll } from '../../common/fetchAll';
import { ImportJobButton } from '../../common/ImportJobButton';
import { DateTimeField } from '../../common/DateTimeField';
import { GRADE_CHOICES, GradeChip } from '../../common/GradeChip';
import { DOC_STATUS_CHOICES, DocStatusField } from '../../common/DocStatus';
import { listSx } from '../../common/OfficialTable';
import type { EvaluationRecord } from './types';

const filters = (role: string | undefined) => [
  <SearchInput key="q" source="q" alwaysOn placeholder="项目或单位名称" />,
  <NumberInput key="year" source="year" alwaysOn step={1} sx={{ width: 110 }} />,
  <SelectInput key="status" source="status" choices={DOC_STATUS_CHOICES} alwaysOn />,
  <SelectInput
    key="kind"
    source="kind"
    choices={[
      { id: 'project', name: '项目支出' },
      { id: 'department', name: '部门整体' },
    ]}
  />,
  <SelectInput key="finalGrade" source="finalGrade" choices={GRADE_CHOICES} />,
  <SelectInput key="grade" source="grade" choices={GRADE_CHOICES} />,
  <BooleanInput key="sampled" source="sampled" />,
  ...(role === 'unit'
    ? []
    : [
        <ReferenceInput key="orgId" source="orgId" reference="orgs" filter={{ type: 'unit' }}>
          <AutocompleteInput optionText={orgOptionText} filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>,
      ]),
];

/** The server's limit of documents in one workbook (one sheet each); lists go to the 汇总表. */
const MAX_SHEETS = 200;

/**
 * 导出 of every self-evaluation of the current filter, in list order: the 项目单位自评表 /
 * 部门整体自评表 themselves (one sheet each), or the 绩效自评结果汇总表 (one row each).
 */
const ExportButtons = () => {
  const dataProvider = useDataProvider();
  const { sort, total, ...list } = useListContext<EvaluationRecord>();
  const filterValues = list.filterValues as Record<string, unknown>;
  const ids = async (max: number) =>
    (await fetchAll<EvaluationRecord>(dataProvider, 'evaluations', sort, filterValues, max)).map(
      (r) => Number(r.id),
    );
  return (
    <>
      <ExportJobButton
        type="evaluations"
        label="导出自评表"
        testId="evaluations-export"
        disabled={!total}
        getIds={async () => {
          if ((total ?? 0) > MAX_SHEETS)
            throw new Error(
              `一次最多导出 ${MAX_SHEETS} 份自评表（当前 ${total} 份）：请缩小筛选范围，或导出汇总表`,
            );
          return ids(MAX_SHEETS);
        }}
      />
      <ExportJobButton
        type="evaluations-summary"
        label="导出汇总表"
        testId="evaluations-export-summary"
        disabled={!total}
        getIds={() => ids(10000)}
      />
    </>
  );
};

const Actions = () => {
  const translate = useTranslate();
  const { canAccess: canSample } = useCanAccess({ resource: 'evaluations', action: 'sample' });
  return (
    <TopToolbar>
      <FilterButton />
      <ExportButtons />
      <ImportJobButton type="evaluations" testId="evaluations-import" />
      {canSample && (
        <Button
          component={LinkBase}
          to="/evaluations/sample"
          startIcon={<CasinoIcon />}
          data-testid="open-sample"
        >
          {translate('app.evaluations.sample.title')}
        </Button>
      )}
      <CreateButton />
    </TopToolbar>
  );
};

/** 绩效自评: scores, the grade that counts (复核 first), and the 抽评 badge. */
const EvaluationList = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<string | undefined>();
  return (
    <List
      filters={filters(role)}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions />}
    >
      <DataTable<EvaluationRecord> bulkActionButtons={false} sx={listSx} rowClick="show">
        <DataTable.Col source="year" />
        <DataTable.Col
          source="title"
          sx={{ minWidth: '14em' }}
          render={(r: EvaluationRecord) => (
            <Stack direction="row" spacing={1} alignItems="center">
              <span>{r.title}</span>
              {r.sampled && (
                <Chip
                  size="small"
                  color="secondary"
                  label={translate('app.evaluations.sampled')}
                  data-testid="list-sampled"
                />
              )}
            </Stack>
          )}
        />
        {role !== 'unit' && (
          <DataTable.Col source="orgName" disableSort sx={{ minWidth: '12em' }} />
        )}
        <DataTable.Col
          source="kind"
          disableSort
          sx={{ whiteSpace: 'nowrap' }}
          render={(r: EvaluationRecord) => translate(`app.evaluations.kinds.${r.kind}`)}
        />
        <DataTable.Col
          source="executionRate"
          align="right"
          render={(r: EvaluationRecord) => (r.executionRate === null ? '—' : `${r.executionRate}%`)}
        />
        <DataTable.Col source="total" align="right" />
        <DataTable.Col
          source="grade"
          disableSort
          render={(r: EvaluationRecord) => <GradeChip grade={r.grade} testId="list-grade" />}
        />
        <DataTable.Col
          source="reviewTotal"
          align="right"
          render={(r: EvaluationRecord) => r.reviewTotal ?? ''}
        />
        <DataTable.Col
          source="finalGrade"
          render={(r: EvaluationRecord) => (
            <GradeChip grade={r.finalGrade} testId="list-final-grade" />
          )}
        />
        <DataTable.Col source="status" field={DocStatusField} />
        <DataTable.Col source="updatedAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
};

export default EvaluationList;
