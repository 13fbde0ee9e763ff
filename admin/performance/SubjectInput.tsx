import { Alert, Typography } from '@mui/material';
import {
  AutocompleteInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  useTranslate,
} from 'react-admin';
import type { TargetRecord, UnitTargetRecord } from '../target-docs/types';

export type SubjectKind = 'project' | 'department';

export interface SubjectValues {
  kind?: SubjectKind;
  targetId?: number | null;
  unitTargetId?: number | null;
}

const targetText = (t: TargetRecord | undefined) =>
  t ? `${t.project?.code ?? ''} ${t.project?.name ?? ''}（${t.year} 年度）` : '';

const unitTargetText = (t: UnitTargetRecord | undefined) =>
  t ? `${t.orgName}（${t.year} 年度整体绩效目标）` : '';

/** Only approved target tables in force can be monitored or self-evaluated (the server checks). */
const APPROVED = { status: 'approved', current: true };

/**
 * Which approved target table a monitoring report or a self-evaluation is about: a 项目绩效目标表
 * or the unit's 整体绩效目标表.
 */
export const SubjectInput = ({ hint }: { hint: string }) => {
  const translate = useTranslate();
  return (
    <>
      <RadioButtonGroupInput
        source="kind"
        label={translate('app.sheet.kind')}
        choices={[
          { id: 'project', name: translate('app.sheet.kinds.project') },
          { id: 'department', name: translate('app.sheet.kinds.department') },
        ]}
        defaultValue="project"
      />
      <FormDataConsumer<SubjectValues>>
        {({ formData }) =>
          formData.kind === 'department' ? (
            <ReferenceInput
              source="unitTargetId"
              reference="unit-targets"
              filter={APPROVED}
              sort={{ field: 'year', order: 'DESC' }}
            >
              <AutocompleteInput
                label={translate('app.sheet.unit_target')}
                optionText={unitTargetText}
                filterToQuery={(q: string) => ({ q })}
                validate={required()}
                sx={{ minWidth: 520, maxWidth: 760 }}
              />
            </ReferenceInput>
          ) : (
            <ReferenceInput
              source="targetId"
              reference="targets"
              filter={APPROVED}
              sort={{ field: 'updatedAt', order: 'DESC' }}
              perPage={50}
            >
              <AutocompleteInput
                label={translate('app.sheet.target')}
                optionText={targetText}
                filterToQuery={(q: string) => ({ q })}
                validate={required()}
                sx={{ minWidth: 520, maxWidth: 760 }}
              />
            </ReferenceInput>
          )
        }
      </FormDataConsumer>
      <Alert severity="info" sx={{ maxWidth: 720 }}>
        <Typography variant="body2">{hint}</Typography>
      </Alert>
    </>
  );
};

/** `{ targetId }` or `{ unitTargetId }`, whichever the kind says. */
export const subjectBody = (data: SubjectValues) =>
  data.kind === 'department'
    ? { unitTargetId: data.unitTargetId ?? undefined }
    : { targetId: data.targetId ?? undefined };
