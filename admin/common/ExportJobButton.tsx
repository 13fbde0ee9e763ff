import { Box, Button, LinearProgress, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useEffect, useRef, useState } from 'react';
import { useNotify } from 'react-admin';
import { ExportUnavailableError, runExport } from './exportJob';

/**
 * 导出 through the server's export job: `getIds` names the documents (all rows of the current
 * filter, in list order), the button shows the job's progress as a bar with its percentage and
 * saves the file. Leaving the page does not lose the file: the job runs on, it is listed under
 * 后台任务, and the app bar's jobs watcher offers the file when it is ready. When the server
 * answers 404 (no export module), the button disappears for the rest of the visit.
 */
let exportsUnavailable = false;

export const ExportJobButton = ({
  type,
  getIds,
  label = '导出',
  testId = 'export-button',
  disabled,
}: {
  type: string;
  getIds: () => Promise<number[]>;
  label?: string;
  testId?: string;
  disabled?: boolean;
}) => {
  const notify = useNotify();
  const [hidden, setHidden] = useState(exportsUnavailable);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  if (hidden) return null;

  const run = async () => {
    controller.current = new AbortController();
    setProgress(0);
    try {
      const ids = await getIds();
      if (ids.length === 0) {
        notify('没有可导出的记录', { type: 'warning' });
        return;
      }
      const { filename } = await runExport(
        type,
        ids,
        (percent, text) => {
          setProgress(percent);
          setMessage(text);
        },
        controller.current.signal,
      );
      notify(`已导出「${filename}」`, { type: 'success' });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      if (error instanceof ExportUnavailableError) {
        exportsUnavailable = true;
        setHidden(true);
        notify('服务器暂不支持导出', { type: 'warning' });
        return;
      }
      const text = error instanceof Error ? error.message : String(error);
      notify(text, { type: 'error', messageArgs: { _: text } });
    } finally {
      setProgress(null);
      setMessage(null);
    }
  };

  if (progress === null)
    return (
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        disabled={disabled}
        onClick={() => void run()}
        data-testid={testId}
      >
        {label}
      </Button>
    );

  // While the job runs the button gives way to its progress: a bar with the percentage.
  const percent = Math.round(progress);
  return (
    <Box
      role="status"
      data-testid={testId}
      title={`${message ?? ''}${message ? '。' : ''}可离开本页：文件生成后会提示下载，也可在“后台任务”中下载`}
      sx={{
        display: 'inline-flex',
        flexDirection: 'column',
        justifyContent: 'center',
        minWidth: 150,
        px: 1,
      }}
    >
      <Typography variant="caption" color="primary" sx={{ fontWeight: 600, lineHeight: 1.6 }}>
        导出中 {percent}%
      </Typography>
      <LinearProgress
        variant={percent > 0 ? 'determinate' : 'indeterminate'}
        value={percent}
        aria-label={`导出进度 ${percent}%`}
        data-testid={`${testId}-progress`}
        sx={{ height: 6, borderRadius: 3 }}
      />
    </Box>
  );
};
