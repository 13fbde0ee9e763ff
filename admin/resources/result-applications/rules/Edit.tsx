import { Alert, Button } from '@mui/material';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { useFormContext } from 'react-hook-form';
import {
  Edit,
  SaveButton,
  SelectInput,
  SimpleForm,
  Toolbar,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { GRADES } from '../../../../shared/scoring/types';
import { useLoadErrorHandler } from '../../../common/useLoadErrorHandler';
import { TREATMENT_CHOICES, type ResultRuleRecord } from '../types';

/** 恢复默认: puts the default treatments back in the form (saved with 保存). */
const ResetButton = () => {
  const translate = useTranslate();
  const record = useRecordContext<ResultRuleRecord>();
  const { setValue } = useFormContext();
  if (!record) return null;
  return (
    <Button
      startIcon={<RestartAltIcon />}
      onClick={() => {
        for (const g of GRADES) setValue(`rules.${g}`, record.defaults[g], { shouldDirty: true });
      }}
      sx={{ ml: 1 }}
    >
      {translate('app.results.reset_rule')}
    </Button>
  );
};

const RuleToolbar = () => (
  <Toolbar>
    <SaveButton />
    <ResetButton />
  </Toolbar>
);

const Note = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('app.results.rule_note')}
    </Alert>
  );
};

const RuleTitle = () => {
  const translate = useTranslate();
  const record = useRecordContext<ResultRuleRecord>();
  return (
    <span>
      {translate('resources.result-rules.name')}
      {record ? `：${record.orgName}` : ''}
    </span>
  );
};

/** The region's rule: a treatment per grade; generation uses the rule in force at that moment. */
const ResultRuleEdit = () => {
  const onError = useLoadErrorHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="list"
      queryOptions={{ onError }}
      title={<RuleTitle />}
    >
      <SimpleForm toolbar={<RuleToolbar />}>
        <Note />
        {GRADES.map((g) => (
          <SelectInput
            key={g}
            source={`rules.${g}`}
            label={`评价等级「${g}」的处理建议`}
            choices={TREATMENT_CHOICES}
            validate={required()}
            sx={{ minWidth: 260 }}
          />
        ))}
      </SimpleForm>
    </Edit>
  );
};

export default ResultRuleEdit;
