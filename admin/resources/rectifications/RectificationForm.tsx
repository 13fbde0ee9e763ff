import { Alert } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  DateInput,
  RadioButtonGroupInput,
  ReferenceInput,
  TextInput,
  maxLength,
  required,
  useTranslate,
} from 'react-admin';
import { DOC_STATUS_LABELS, type DocStatus } from '../../../shared/domain/enums';
import { SOURCE_CHOICES } from './List';

interface EvaluationOption {
  id: number;
  kind: 'project' | 'department';
  title: string;
  orgName?: string;
  year: number;
  status: DocStatus;
  finalGrade?: string | null;
}

interface MonitoringOption {
  id: number;
  title: string;
  orgName?: string;
  year: number;
  month: number;
  status: DocStatus;
  overallLight?: string;
}

const LIGHTS: Record<string, string> = {
  red: '红灯',
  yellow: '黄灯',
  blue: '蓝灯',
  green: '绿灯',
  none: '未评价',
};

const evaluationText = (r: EvaluationOption | undefined): string =>
  r
    ? `${r.title}（${r.orgName ?? ''}，${r.year} 年${r.kind === 'department' ? '，部门整体' : ''}${
        r.finalGrade ? `，${r.finalGrade}` : ''
      }，${DOC_STATUS_LABELS[r.status] ?? r.status}）`
    : '';

const monitoringText = (r: MonitoringOption | undefined): string =>
  r
    ? `${r.title}（${r.orgName ?? ''}，${r.year} 年 ${r.month} 月，${
        LIGHTS[r.overallLight ?? 'none'] ?? ''
      }，${DOC_STATUS_LABELS[r.status] ?? r.status}）`
    : '';

/** YYYY-MM-DD (DateInput's value). */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: unknown) =>
  typeof value === 'string' && !DATE.test(value) ? '格式应为 YYYY-MM-DD' : undefined;

/**
 * 问题来源 and the document: a 绩效自评表 or a 运行监控表 of the region, searched by title or unit.
 * Changing the source clears the document.
 */
const DocumentPicker = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const source = useWatch({ name: 'source' }) as unknown;
  return (
    <>
      <RadioButtonGroupInput
        source="source"
        choices={SOURCE_CHOICES}
        validate={required()}
        onChange={() => setValue('documentId', null, { shouldDirty: true })}
      />
      {source === 'evaluations' || source === 'monitoring' ? (
        <ReferenceInput
          key={source}
          source="documentId"
          reference={source}
          sort={{ field: 'updatedAt', order: 'DESC' }}
          perPage={20}
        >
          <AutocompleteInput
            label="resources.rectifications.fields.documentId"
            optionText={
              (source === 'evaluations' ? evaluationText : monitoringText) as (r: unknown) => string
            }
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
            fullWidth
            helperText="app.rectifications.document_helper"
            data-testid="rectification-document-input"
          />
        </ReferenceInput>
      ) : (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.rectifications.pick_source')}
        </Alert>
      )}
    </>
  );
};

/** The fields of 下达整改要求 (create) and of its correction while open (edit). */
export const RectificationFields = ({ create }: { create: boolean }) => (
  <>
    {create && <DocumentPicker />}
    <TextInput
      source="requirement"
      multiline
      minRows={4}
      fullWidth
      validate={[required(), maxLength(4000)]}
      helperText="app.rectifications.requirement_helper"
    />
    <DateInput source="deadline" validate={[required(), isDate]} />
  </>
);
