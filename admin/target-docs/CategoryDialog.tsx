import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Picks the 一级 / 二级指标 of a new row (or of an existing one): suggestions from the form,
 * the document and the 指标库, any text accepted.
 */
export const CategoryDialog = ({
  open,
  title,
  categories,
  initial,
  onClose,
  onConfirm,
}: {
  open: boolean;
  title: string;
  categories: Map<string, string[]>;
  initial?: { level1: string; level2: string };
  onClose: () => void;
  onConfirm: (level1: string, level2: string) => void;
}) => {
  const translate = useTranslate();
  const listId = useId();
  const [level1, setLevel1] = useState(initial?.level1 ?? '');
  const [level2, setLevel2] = useState(initial?.level2 ?? '');
  const level2Options = categories.get(level1) ?? [];
  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="xs"
      fullWidth
      slotProps={{ paper: { 'data-testid': 'category-dialog' } as object }}
    >
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label={translate('resources.targets.fields.indicators.level1')}
            value={level1}
            autoFocus
            onChange={(e) => setLevel1(e.target.value)}
            slotProps={{ htmlInput: { list: `${listId}-l1`, 'data-testid': 'category-level1' } }}
          />
          <datalist id={`${listId}-l1`}>
            {[...categories.keys()].map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <TextField
            label={translate('resources.targets.fields.indicators.level2')}
            value={level2}
            onChange={(e) => setLevel2(e.target.value)}
            slotProps={{ htmlInput: { list: `${listId}-l2`, 'data-testid': 'category-level2' } }}
          />
          <datalist id={`${listId}-l2`}>
            {level2Options.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={level1.trim() === ''}
          onClick={() => onConfirm(level1.trim(), level2.trim())}
          data-testid="category-confirm"
        >
          {translate('ra.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
