import { Button, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import AutoModeIcon from '@mui/icons-material/AutoMode';
import RuleIcon from '@mui/icons-material/Rule';
import { useState } from 'react';
import {
  Confirm,
  DataTable,
  FilterButton,
  LinkBase,
  List,
  SearchInput,
  SelectInput,
  TopToolbar,
  required,
  useDataProvider,
  useListContext,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { ExportJobButton } from '../../common/ExportJobButton';
import { fetchAll } from '../../common/fetchAll';
import { GRADE_CHOICES, GradeChip } from '../../common/GradeChip';
import { figuresTableSx, TwoLines } from '../../common/TwoLines';
import { apiPost } from '../../common/useApiGet';
import { formatScore, formatWan } from '../../dashboard/format';
import { useDataYears } from '../../dashboard/useYears';
import { canRoleAccess } from '../../providers/permissions';
import { DecideDialog } from './DecideDialog';
import {
  DECISION_CHOICES,
  TREATMENT_CHOICES,
  TREATMENT_COLORS,
  type ResultApplication,
} from './types';

const Col = DataTable.Col<ResultApplication>;

interface GenerateResult {
  year: number;
  budgetYear: number;
  created: number;
  total: number;
}

/** 生成建议: one row per approved project self-evaluation of the year (idempotent). */
const GenerateButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const filterValues = useListContext().filterValues as Record<string, unknown>;
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const year = Number(filterValues.year);
  const generate = async () => {
    setOpen(false);
    setPending(true);
    try {
      const result = await apiPost<GenerateResult>('/result-applications/generate', { year });
      notify('app.results.generated', {
        type: 'success',
        messageArgs: {
          created: result.created,
          total: result.total,
          year: result.year,
          budgetYear: result.budgetYear,
        },
      });
      refresh();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        startIcon={<AutoModeIcon />}
        disabled={!year || pending}
        onClick={() => setOpen(true)}
        data-testid="results-generate"
      >
        {translate('app.results.generate')}
      </Button>
      <Confirm
        isOpen={open}
        title="app.results.generate_title"
        content="app.results.generate_content"
        translateOptions={{ year, budgetYear: year + 1 }}
        onConfirm={() => void generate()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** 导出: the 绩效自评结果汇总表 of the rows' self-evaluations, in list order. */
const ResultsExport = () => {
  const dataProvider = useDataProvider();
  const { sort, total, ...list } = useListContext();
  const filterValues = list.filterValues as Record<string, unknown>;
  return (
    <ExportJobButton
      type="evaluations-summary"
      disabled={!total}
      testId="results-export"
      getIds={async () => {
        const rows = await fetchAll<ResultApplication>(
          dataProvider,
          'result-applications',
          sort,
          filterValues,
        );
        return rows.map((r) => r.evaluationId);
      }}
    />
  );
};

const Actions = ({ role }: { role: string | undefined }) => {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <FilterButton />
      {role === 'finance' && <GenerateButton />}
      {canRoleAccess(role, 'result-rules', 'list') && (
        <Button size="small" startIcon={<RuleIcon />} component={LinkBase} to="/result-rules">
          {translate('app.results.rules')}
        </Button>
      )}
      <ResultsExport />
    </TopToolbar>
  );
};

const TreatmentChip = ({ value, testId }: { value: string | null; testId?: string }) =>
  value ? (
    <Chip
      size="small"
      variant="outlined"
      color={TREATMENT_COLORS[value as keyof typeof TREATMENT_COLORS] ?? 'default'}
      label={value}
      data-testid={testId}
    />
  ) : null;

/** 处理决定 with its comment, who and when; 未处理 until decided. */
const DecisionCell = ({ record }: { record: ResultApplication }) => {
  const translate = useTranslate();
  if (!record.decision) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="decision-none">
        {translate('app.results.undecided')}
      </Typography>
    );
  }
  return (
    <Stack spacing={0.25} data-testid="decision">
      <Stack direction="row" spacing={0.5} alignItems="center">
        <TreatmentChip value={record.decision} testId="decision-chip" />
        {record.decision !== record.suggestion && (
          <Typography variant="caption" color="warning.main">
            {translate('app.results.differs')}
          </Typography>
        )}
      </Stack>
      {record.comment && (
        <Typography variant="caption" sx={{ whiteSpace: 'pre-wrap' }}>
          {record.comment}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        {record.decidedByName}
        {record.decidedAt ? ` · ${new Date(record.decidedAt).toLocaleDateString('zh-CN')}` : ''}
      </Typography>
    </Stack>
  );
};

/** 处理建议（2024 年预算）: the budget the treatment is for follows the evaluated year. */
const SuggestionLabel = () => {
  const translate = useTranslate();
  const year = Number((useListContext().filterValues as Record<string, unknown>).year);
  const label = translate('resources.result-applications.fields.suggestion');
  return <>{year ? `${label}（${year + 1} 年预算）` : label}</>;
};

const ResultTable = ({ canDecide }: { canDecide: boolean }) => {
  const translate = useTranslate();
  const [deciding, setDeciding] = useState<ResultApplication | null>(null);
  return (
    <>
      <DataTable<ResultApplication> bulkActionButtons={false} sx={figuresTableSx} rowClick={false}>
        <Col source="title" sx={{ minWidth: 200 }} />
        <Col source="orgName" disableSort sx={{ minWidth: 160 }} />
        <Col source="total" align="right" render={(r) => formatScore(r.total)} />
        <Col source="grade" align="center" render={(r) => <GradeChip grade={r.grade} />} />
        <Col
          source="budgetAdjusted"
          label={<TwoLines label="全年预算数" unit="（万元）" />}
          align="right"
          render={(r) => formatWan(r.budgetAdjusted)}
        />
        <Col
          source="suggestion"
          label={<SuggestionLabel />}
          render={(r) => <TreatmentChip value={r.suggestion} testId="suggestion-chip" />}
        />
        <Col source="decision" sx={{ minWidth: 180 }} render={(r) => <DecisionCell record={r} />} />
        {canDecide && (
          <Col
            label="app.results.decide.column"
            render={(r) => (
              <Button
                size="small"
                variant={r.decision ? 'text' : 'outlined'}
                onClick={() => setDeciding(r)}
                data-testid={`decide-${r.id}`}
              >
                {translate(r.decision ? 'app.results.decide.change' : 'app.results.decide.button')}
              </Button>
            )}
          />
        )}
      </DataTable>
      {deciding && <DecideDialog record={deciding} onClose={() => setDeciding(null)} />}
    </>
  );
};

/**
 * 结果应用: next year's budget treatment of each approved project self-evaluation — the rule's
 * suggestion from the final grade and the 财政局's decision. Finance generates the rows for a year
 * and decides; departments and leaders read.
 */
const ResultApplicationList = () => {
  const { permissions: role } = usePermissions<string | undefined>();
  const years = useDataYears();
  if (years.isPending) return <LinearProgress sx={{ mt: 2 }} />;
  const filters = [
    <SelectInput
      key="year"
      source="year"
      choices={years.options.map((y) => ({ id: y, name: `${y} 年` }))}
      validate={required()}
      alwaysOn
      sx={{ width: 130 }}
    />,
    <SearchInput key="q" source="q" alwaysOn placeholder="项目或单位名称" />,
    <SelectInput key="grade" source="grade" choices={GRADE_CHOICES} alwaysOn sx={{ width: 110 }} />,
    <SelectInput key="suggestion" source="suggestion" choices={TREATMENT_CHOICES} />,
    <SelectInput key="decision" source="decision" choices={DECISION_CHOICES} />,
    <SelectInput
      key="decided"
      source="decided"
      choices={[
        { id: true, name: '已处理' },
        { id: false, name: '未处理' },
      ]}
    />,
  ];
  return (
    <List
      filters={filters}
      filterDefaultValues={{ year: years.latest }}
      sort={{ field: 'total', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<Actions role={role} />}
    >
      <ResultTable canDecide={canRoleAccess(role, 'result-applications', 'edit')} />
    </List>
  );
};

export default ResultApplicationList;
