import { Alert, Box, Button, InputAdornment, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import {
  AutocompleteInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxValue,
  minValue,
  required,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { checkTargets } from '../../../shared/scoring';
import { PROJECT_TYPE_CHOICES, orgOptionText } from '../../common/choices';
import { AMOUNT_PATTERN, checkSum, displayAmount } from '../../common/money';
import { matches } from '../../common/validators';
import { FindingNotes } from '../../target-docs/FindingsPanel';
import type { ProjectRecord } from '../../target-docs/types';

const amount = [required(), matches(AMOUNT_PATTERN, 'app.projects.amount_format')];
const part = [matches(AMOUNT_PATTERN, 'app.projects.amount_format')];
const percent = [matches(/^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/, 'app.projects.percent_format')];

type ProjectValues = Partial<ProjectRecord>;

/** Blank 财政专户管理资金 / 单位资金 cells are 0 (as on paper); amounts are sent trimmed. */
export const normaliseProject = (data: ProjectValues): ProjectValues => ({
  ...data,
  amountTotal: (data.amountTotal ?? '').trim(),
  amountFiscal: (data.amountFiscal ?? '').trim() || '0',
  amountSpecial: (data.amountSpecial ?? '').trim() || '0',
  amountOther: (data.amountOther ?? '').trim() || '0',
  spendPlan: {
    q1: (data.spendPlan?.q1 ?? '').trim(),
    q2: (data.spendPlan?.q2 ?? '').trim(),
    q3: (data.spendPlan?.q3 ?? '').trim(),
    q4: (data.spendPlan?.q4 ?? '').trim(),
  },
});

/** 资金总额 against the sum of its sources, live, with a button to take the sum as the total. */
const AmountsCheck = ({ values }: { values: ProjectValues }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const check = checkSum(values.amountTotal, [
    values.amountFiscal,
    values.amountSpecial,
    values.amountOther,
  ]);
  if (check.matches === null) {
    return (
      <Typography
        variant="body2"
        color="text.secondary"
        data-testid="amounts-check"
        data-state="unknown"
      >
        {translate('app.projects.sum_unknown')}
      </Typography>
    );
  }
  const formula = translate('app.projects.sum_formula', {
    total: displayAmount(values.amountTotal),
    fiscal: displayAmount(values.amountFiscal || '0'),
    special: displayAmount(values.amountSpecial || '0'),
    other: displayAmount(values.amountOther || '0'),
    parts: displayAmount(check.parts),
  });
  if (check.matches) {
    return (
      <Stack
        direction="row"
        spacing={1}
        alignItems="center"
        data-testid="amounts-check"
        data-state="ok"
      >
        <CheckCircleIcon color="success" fontSize="small" />
        <Typography variant="body2" color="success.dark">
          {formula}
        </Typography>
      </Stack>
    );
  }
  return (
    <Stack
      direction="row"
      spacing={1}
      alignItems="center"
      data-testid="amounts-check"
      data-state="mismatch"
    >
      <ErrorIcon color="error" fontSize="small" />
      <Typography variant="body2" color="error">
        {formula}
        {translate('app.projects.sum_difference', {
          difference: (check.difference ?? '').replace(/^-/, ''),
          direction: translate(
            (check.difference ?? '').startsWith('-') ? 'app.projects.less' : 'app.projects.more',
          ),
        })}
      </Typography>
      <Button
        size="small"
        onClick={() =>
          setValue('amountTotal', check.parts ?? '', { shouldDirty: true, shouldValidate: true })
        }
        data-testid="amounts-use-sum"
      >
        {translate('app.projects.use_sum')}
      </Button>
    </Stack>
  );
};

/** 资金支出计划: cumulative, never decreasing, 100% by 12月底 (the checks of shared/scoring). */
const SpendPlanCheck = ({ values }: { values: ProjectValues }) => {
  const findings = checkTargets({
    kind: 'project',
    indicators: [],
    spendPlan: {
      q1: values.spendPlan?.q1 ?? '',
      q2: values.spendPlan?.q2 ?? '',
      q3: values.spendPlan?.q3 ?? '',
      q4: values.spendPlan?.q4 ?? '',
    },
  }).filter((f) => f.path.startsWith('spendPlan'));
  return (
    <Box data-testid="spend-plan-check">
      <FindingNotes findings={findings} />
    </Box>
  );
};

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
};

/** 项目库 entry: the facts that head a 项目绩效目标表. */
export const ProjectForm = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<string | undefined>();
  const year = new Date().getFullYear();
  return (
    <SimpleForm
      defaultValues={{
        year: year + 1,
        type: 'specific',
        amountFiscal: '0',
        amountSpecial: '0',
        amountOther: '0',
        spendPlan: { q1: '', q2: '', q3: '', q4: '100' },
      }}
      sx={{ maxWidth: 1000 }}
    >
      <Section title="app.projects.basic" />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { md: '160px 1fr 1fr' },
          gap: 2,
          width: '100%',
        }}
      >
        <NumberInput
          source="year"
          validate={[required(), minValue(2000), maxValue(2100)]}
          step={1}
          slotProps={{ htmlInput: { 'data-testid': 'project-form-year' } }}
        />
        <TextInput
          source="code"
          validate={[required(), matches(/^[0-9A-Za-z-]+$/, 'app.projects.code_format')]}
          slotProps={{ htmlInput: { 'data-testid': 'project-form-code' } }}
        />
        <SelectInput source="type" choices={PROJECT_TYPE_CHOICES} validate={required()} />
      </Box>
      <TextInput
        source="name"
        validate={required()}
        fullWidth
        slotProps={{ htmlInput: { 'data-testid': 'project-form-name' } }}
      />
      {role !== 'unit' && (
        <ReferenceInput source="orgId" reference="orgs" filter={{ type: 'unit' }}>
          <AutocompleteInput
            optionText={orgOptionText}
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
            fullWidth
          />
        </ReferenceInput>
      )}
      <TextInput source="implementer" fullWidth helperText="app.projects.implementer_helper" />

      <Section title="app.projects.funds" />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { md: 'repeat(4, 1fr)' },
          gap: 2,
          width: '100%',
        }}
      >
        {(['amountTotal', 'amountFiscal', 'amountSpecial', 'amountOther'] as const).map(
          (source) => (
            <TextInput
              key={source}
              source={source}
              validate={source === 'amountTotal' ? amount : part}
              slotProps={{
                input: { endAdornment: <InputAdornment position="end">万元</InputAdornment> },
                htmlInput: { 'data-testid': `project-form-${source}`, inputMode: 'decimal' },
              }}
            />
          ),
        )}
      </Box>
      <FormDataConsumer<ProjectValues>>
        {({ formData }) => <AmountsCheck values={formData} />}
      </FormDataConsumer>
      <TextInput source="purpose" multiline minRows={2} fullWidth sx={{ mt: 2 }} />

      <Section title="app.projects.spend_plan" />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { md: 'repeat(4, 1fr)' },
          gap: 2,
          width: '100%',
        }}
      >
        {(['q1', 'q2', 'q3', 'q4'] as const).map((q) => (
          <TextInput
            key={q}
            source={`spendPlan.${q}`}
            validate={percent}
            slotProps={{
              input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
              htmlInput: { 'data-testid': `project-form-spend-${q}`, inputMode: 'decimal' },
            }}
          />
        ))}
      </Box>
      <FormDataConsumer<ProjectValues>>
        {({ formData }) => <SpendPlanCheck values={formData} />}
      </FormDataConsumer>
      <Alert severity="info" sx={{ mt: 2, width: '100%' }}>
        {translate('app.projects.locked_hint')}
      </Alert>
    </SimpleForm>
  );
};
