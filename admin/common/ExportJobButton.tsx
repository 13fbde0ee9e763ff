import { Button, CircularProgress } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useEffect, useRef, useState } from 'react';
import { useNotify } from 'react-admin';
import { ExportUnavailableError, runExport } from './exportJob';

/**
 * 导出 through the server's export job: `getIds` names the documents (all rows of the current
 * filter, in list order), the button shows the job's progress and saves the file. When the server
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
        (percent) => setProgress(percent),
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
      const message = error instanceof Error ? error.message : String(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Button
      size="small"
      startIcon={
        progress === null ? (
          <DownloadIcon />
        ) : (
          <CircularProgress
            size={16}
            variant={progress > 0 ? 'determinate' : 'indeterminate'}
            value={progress}
          />
        )
      }
      disabled={disabled || progress !== null}
      onClick={() => void run()}
      data-testid={testId}
    >
      {progress === null ? label : `导出中 ${Math.round(progress)}%`}
    </Button>
  );
};
