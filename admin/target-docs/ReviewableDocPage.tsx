import { Box, Button, Stack, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import type { ReactNode } from 'react';
import {
  DeleteButton,
  LinkBase,
  ListButton,
  Title,
  TopToolbar,
  useCreatePath,
  useTranslate,
} from 'react-admin';
import { DocStatusChip } from '../common/DocStatus';
import { FindingsPanel } from './FindingsPanel';
import { fieldErrorsAsFindings } from './findings';
import { ReviewPanel } from './ReviewPanel';
import { type ActionRefusal, useDocAction } from './useDocAction';
import type { DocFinding, ReviewableRecord, ReviewableResource } from './types';

/**
 * The findings to show beside the rows: a refused action's (as of now, with its field errors),
 * otherwise the stored ones.
 */
export function shownFindings(
  refusal: ActionRefusal | null,
  stored: readonly DocFinding[],
): readonly DocFinding[] {
  if (!refusal || (refusal.findings.length === 0 && Object.keys(refusal.errors).length === 0)) {
    return stored;
  }
  return [...refusal.findings, ...fieldErrorsAsFindings(refusal.errors)].filter(
    (f, i, all) => all.findIndex((g) => g.path === f.path && g.message === f.message) === i,
  );
}

/**
 * The show page of a reviewable document (目标表, 监控表, 自评表): toolbar (编辑, the caller's
 * buttons, 删除 for a draft, 列表), status line, then the document beside the review panel, with
 * the findings under it. `children` renders the document with the findings to show.
 */
export const ReviewableDocPage = ({
  resource,
  record,
  title,
  storedFindings,
  toolbar,
  chips,
  subtitle,
  tabs,
  alternate,
  lockedText,
  panelWidth = 380,
  children,
}: {
  resource: ReviewableResource;
  record: ReviewableRecord & { id: number; version: number; orgName?: string };
  /** Page title (the browser tab and the app bar). */
  title: string;
  storedFindings: readonly DocFinding[];
  /** Buttons after 编辑. */
  toolbar?: ReactNode;
  /** Chips after the status chip. */
  chips?: ReactNode;
  /** The grey text of the status line (default: the unit's name). */
  subtitle?: ReactNode;
  /** Tabs under the status line. */
  tabs?: ReactNode;
  /** Shown instead of the document and the review panel (another tab). */
  alternate?: ReactNode;
  lockedText?: string;
  panelWidth?: number;
  children: (findings: readonly DocFinding[]) => ReactNode;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { run, pending, refusal } = useDocAction(resource, record.id, record.version);
  const actions = record.actions ?? [];
  const findings = shownFindings(refusal, storedFindings);
  return (
    <Box>
      <Title title={title} />
      <TopToolbar>
        {actions.includes('edit') && (
          <Button
            component={LinkBase}
            to={createPath({ resource, id: record.id, type: 'edit' })}
            startIcon={<EditIcon />}
            data-testid="doc-edit"
          >
            {translate('ra.action.edit')}
          </Button>
        )}
        {toolbar}
        {actions.includes('edit') && record.status === 'draft' && (
          <DeleteButton record={record} mutationMode="pessimistic" redirect="list" />
        )}
        <ListButton />
      </TopToolbar>
      <Stack
        direction="row"
        spacing={1}
        alignItems="center"
        sx={{ mb: tabs ? 1 : 2 }}
        flexWrap="wrap"
        useFlexGap
      >
        <DocStatusChip status={record.status} size="medium" />
        {chips}
        <Typography variant="body2" color="text.secondary">
          {subtitle ?? record.orgName}
        </Typography>
      </Stack>
      {tabs}
      {alternate ?? (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', xl: `minmax(0, 1fr) ${panelWidth}px` },
            alignItems: 'start',
          }}
        >
          <Stack spacing={2} sx={{ minWidth: 0 }}>
            {children(findings)}
            <FindingsPanel
              findings={findings}
              title={refusal ? translate('app.findings.refused_title') : undefined}
            />
          </Stack>
          <ReviewPanel
            record={record}
            run={run}
            pending={pending}
            refusal={refusal}
            lockedText={lockedText}
          />
        </Box>
      )}
    </Box>
  );
};
