import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { HttpError, LinkBase, useCanAccess, useRefresh, useTranslate } from 'react-admin';
import { API_URL, httpClient } from '../providers/http';
import { followJob, jobActivity, pollJob } from './exportJob';
import {
  fileProblem,
  fileRules,
  formatSize,
  IMPORT_ACCEPT,
  importOutcome,
  type ImportLimits,
  type ImportOutcome,
  type ImportType,
} from './importJob';
import { useApiGet } from './useApiGet';

/** Thrown when the server has no import route (404): the button disappears for the visit. */
class ImportUnavailableError extends Error {}
let importsUnavailable = false;

/**
 * `POST /api/imports` (multipart `file` + `type`) → the job id. A refused upload (400 not .xlsx
 * or corrupt, 413 too big) rejects with the server's message for the field `file`.
 */
async function startImport(type: ImportType, file: File): Promise<string> {
  const form = new FormData();
  form.set('type', type);
  form.set('file', file, file.name);
  try {
    const started = await httpClient(`${API_URL}/imports`, { method: 'POST', body: form });
    return (started.json as { jobId: string }).jobId;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) throw new ImportUnavailableError();
    if (error instanceof HttpError) {
      const fields = (error.body as { errors?: Record<string, unknown> } | undefined)?.errors;
      const field = fields?.file;
      if (typeof field === 'string') throw new Error(field);
    }
    throw error;
  }
}

type Step =
  | { kind: 'choose' }
  | { kind: 'uploading' }
  | { kind: 'running'; percent: number; message: string | null }
  | { kind: 'finished'; outcome: ImportOutcome };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * 导入 of a filled-in Excel workbook in the layout that 导出 produces, for the roles that may
 * import into the list's resource (permission `import`): a dialog says what the file
 * must be, takes it, uploads it and follows the import job with a progress bar. A completed job
 * lists each sheet with 新建草稿 / 更新草稿 / 发起调整 and a link to the document, and the list
 * refreshes; a refused one lists every problem (工作表 / 行 / 列 / 问题) — nothing was imported.
 * Closing the dialog or leaving the page does not lose the job: it runs on, it is listed under
 * 后台任务, and the app bar tells its outcome when it ends.
 */
export const ImportJobButton = ({
  type,
  testId = 'import-button',
  disabled,
}: {
  type: ImportType;
  testId?: string;
  disabled?: boolean;
}) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [hidden, setHidden] = useState(importsUnavailable);
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const { data: limits } = useApiGet<ImportLimits>(open ? '/imports/limits' : null);
  // The layout's resource has the same name as its list (POST /api/imports: the unit's clerk).
  const { canAccess } = useCanAccess({ resource: type, action: 'import' });
  if (hidden || !canAccess) return null;

  const layout = translate(`app.imports.layouts.${type}`);
  const busy = step.kind === 'uploading' || step.kind === 'running';

  const reset = () => {
    setStep({ kind: 'choose' });
    setFile(null);
    setFileError(null);
    if (input.current) input.current.value = '';
  };

  const close = () => {
    // A running job is left to the app bar's watcher and to 后台任务.
    controller.current?.abort();
    controller.current = null;
    setOpen(false);
    reset();
  };

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0] ?? null;
    setFile(picked);
    setFileError(picked ? fileProblem(picked, limits) : null);
  };

  const upload = async () => {
    if (!file) return;
    const problem = fileProblem(file, limits);
    if (problem) {
      setFileError(problem);
      return;
    }
    const current = new AbortController();
    controller.current = current;
    setStep({ kind: 'uploading' });
    let jobId: string;
    try {
      // Not aborted with the dialog: once sent, the file is the user's request.
      jobId = await startImport(type, file);
    } catch (error) {
      if (error instanceof ImportUnavailableError) {
        importsUnavailable = true;
        setHidden(true);
        return;
      }
      setStep({ kind: 'choose' });
      setFileError(error instanceof Error ? error.message : String(error));
      return;
    }
    if (current.signal.aborted) {
      // Closed while uploading: nobody here waits for the job; the watcher reports its outcome.
      jobActivity.started(jobId, false);
      return;
    }
    setStep({ kind: 'running', percent: 0, message: null });
    try {
      const job = await followJob(jobId, () =>
        pollJob(
          jobId,
          (percent, message) => setStep({ kind: 'running', percent, message }),
          current.signal,
        ),
      );
      const outcome = importOutcome(job);
      setStep({ kind: 'finished', outcome });
      if (outcome.kind === 'imported') refresh();
    } catch (error) {
      if (isAbort(error)) return;
      const message = error instanceof Error ? error.message : String(error);
      setStep({ kind: 'finished', outcome: { kind: 'failed', summary: message } });
    }
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<UploadFileIcon />}
        disabled={disabled}
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        {translate('app.imports.button')}
      </Button>
      <Dialog
        open={open}
        onClose={(_event, reason) => {
          // A click beside the dialog must not close a result the user is reading.
          if (reason !== 'backdropClick') close();
        }}
        maxWidth={step.kind === 'finished' ? 'md' : 'sm'}
        fullWidth
        aria-labelledby={`${testId}-title`}
        slotProps={{ paper: { 'data-testid': 'import-dialog', 'data-step': step.kind } as object }}
      >
        <DialogTitle id={`${testId}-title`}>
          {translate('app.imports.title', { layout })}
        </DialogTitle>
        <DialogContent dividers>
          {step.kind === 'choose' && (
            <Stack spacing={2}>
              <Box data-testid="import-rules">
                <Typography variant="subtitle2" gutterBottom>
                  {translate('app.imports.rules_title')}
                </Typography>
                <Box component="ul" sx={{ m: 0, pl: 2.5, '& li': { mb: 0.5 } }}>
                  {fileRules(type, limits).map((rule) => (
                    <Typography component="li" variant="body2" key={rule}>
                      {rule}
                    </Typography>
                  ))}
                </Box>
              </Box>
              <Alert severity="info" data-testid="import-effect">
                {translate(`app.imports.effects.${type}`)}
              </Alert>
              <Stack direction="row" spacing={2} alignItems="center">
                <Button variant="outlined" component="label" startIcon={<UploadFileIcon />}>
                  {translate(file ? 'app.imports.choose_again' : 'app.imports.choose')}
                  <input
                    ref={input}
                    type="file"
                    accept={IMPORT_ACCEPT}
                    hidden
                    onChange={pick}
                    // The same file again, corrected in Excel, must count as a new pick.
                    onClick={(event) => {
                      event.currentTarget.value = '';
                    }}
                    data-testid="import-file"
                  />
                </Button>
                <Typography
                  variant="body2"
                  color={file ? 'text.primary' : 'text.secondary'}
                  data-testid="import-file-name"
                  sx={{ wordBreak: 'break-all' }}
                >
                  {file
                    ? `${file.name}（${formatSize(file.size)}）`
                    : translate('app.imports.no_file')}
                </Typography>
              </Stack>
              {fileError && (
                <Alert severity="error" data-testid="import-file-error">
                  {fileError}
                </Alert>
              )}
            </Stack>
          )}
          {busy && (
            <Stack spacing={1.5} role="status" data-testid="import-running">
              <Typography variant="subtitle2" color="primary">
                {step.kind === 'uploading'
                  ? translate('app.imports.uploading')
                  : step.percent > 0
                    ? translate('app.imports.running', { percent: Math.round(step.percent) })
                    : translate('app.imports.queued')}
              </Typography>
              {file && (
                <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
                  {translate('app.imports.file', { name: file.name })}
                </Typography>
              )}
              <LinearProgress
                variant={
                  step.kind === 'running' && step.percent > 0 ? 'determinate' : 'indeterminate'
                }
                value={step.kind === 'running' ? Math.round(step.percent) : 0}
                aria-label={translate('app.imports.progress', {
                  percent: step.kind === 'running' ? Math.round(step.percent) : 0,
                })}
                data-testid="import-progress"
                sx={{ height: 8, borderRadius: 4 }}
              />
              {step.kind === 'running' && step.message && (
                <Typography variant="body2" data-testid="import-message">
                  {step.message}
                </Typography>
              )}
              <Typography variant="body2" color="text.secondary">
                {translate('app.imports.background')}
              </Typography>
            </Stack>
          )}
          {step.kind === 'finished' && <ImportResult outcome={step.outcome} onOpen={close} />}
        </DialogContent>
        <DialogActions>
          {step.kind === 'choose' && (
            <>
              <Button onClick={close}>{translate('ra.action.cancel')}</Button>
              <Button
                variant="contained"
                disabled={!file || fileError !== null}
                onClick={() => void upload()}
                data-testid="import-upload"
              >
                {translate('app.imports.upload')}
              </Button>
            </>
          )}
          {busy && (
            <Button onClick={close} data-testid="import-close">
              {translate('app.imports.close')}
            </Button>
          )}
          {step.kind === 'finished' && (
            <>
              <Button onClick={reset} data-testid="import-again">
                {translate(
                  step.outcome.kind === 'imported'
                    ? 'app.imports.again'
                    : 'app.imports.choose_again',
                )}
              </Button>
              <Button variant="contained" onClick={close} data-testid="import-close">
                {translate(
                  step.outcome.kind === 'imported' ? 'app.imports.done' : 'app.imports.close',
                )}
              </Button>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};

/** What a finished import did: the documents written, or every problem of the refused file. */
const ImportResult = ({ outcome, onOpen }: { outcome: ImportOutcome; onOpen: () => void }) => {
  const translate = useTranslate();
  const head = (key: string) => translate(`app.imports.columns.${key}`);
  if (outcome.kind === 'failed')
    return (
      <Alert severity="error" data-testid="import-failed">
        {outcome.summary}
      </Alert>
    );
  if (outcome.kind === 'refused')
    return (
      <Stack spacing={2}>
        <Alert severity="error" data-testid="import-refused">
          {outcome.summary}
        </Alert>
        <TableContainer sx={{ maxHeight: 420 }}>
          <Table size="small" stickyHeader data-testid="import-problems">
            <TableHead>
              <TableRow>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{head('sheet')}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {head('row')}
                </TableCell>
                <TableCell align="center" sx={{ whiteSpace: 'nowrap' }}>
                  {head('column')}
                </TableCell>
                <TableCell>{head('message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {outcome.problems.map((p, i) => (
                <TableRow key={i} data-testid="import-problem">
                  <TableCell data-testid="import-problem-sheet" sx={{ minWidth: '8em' }}>
                    {p.sheet}
                  </TableCell>
                  <TableCell align="right" data-testid="import-problem-row">
                    {p.row}
                  </TableCell>
                  <TableCell align="center" data-testid="import-problem-column">
                    {p.column}
                  </TableCell>
                  <TableCell data-testid="import-problem-message">{p.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </Stack>
    );
  return (
    <Stack spacing={2}>
      <Alert severity="success" data-testid="import-summary">
        {outcome.summary}
      </Alert>
      {outcome.items.length > 0 && (
        <Table size="small" data-testid="import-imported">
          <TableHead>
            <TableRow>
              <TableCell>{head('sheet')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{head('action')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{head('document')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {outcome.items.map((item) => (
              <TableRow key={`${item.resource}:${item.id}:${item.sheet}`} data-testid="import-item">
                <TableCell>{item.sheet}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="import-item-action">
                  {item.label}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Link
                    component={LinkBase}
                    to={item.path}
                    onClick={onOpen}
                    data-testid="import-item-open"
                  >
                    {translate('app.imports.open')}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
};
