import {
  Box,
  Button,
  IconButton,
  InputAdornment,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { useInput, useTranslate } from 'react-admin';
import { displayAmount, sumAmounts } from '../../common/money';
import { OfficialTable } from '../../common/OfficialTable';
import type { UnitTask } from '../../target-docs/types';

const EMPTY_TASK: UnitTask = { name: '', content: '', amount: '', amountFiscal: '' };

/** 年度主要任务: task name, content, 预算资金合计 and 其中：财政资金, with live totals. */
export const TasksInput = () => {
  const translate = useTranslate();
  const { field } = useInput<UnitTask[]>({ source: 'tasks', defaultValue: [] });
  const value: unknown = field.value;
  const tasks = Array.isArray(value) ? (value as UnitTask[]) : [];
  const set = (next: UnitTask[]) => field.onChange(next);
  const update = (i: number, patch: Partial<UnitTask>) =>
    set(tasks.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  const f = (name: string) => translate(`resources.unit-targets.fields.tasks.${name}`);
  const total = sumAmounts(tasks.map((t) => t.amount));
  const fiscal = sumAmounts(tasks.map((t) => t.amountFiscal));
  const money = (i: number, key: 'amount' | 'amountFiscal') => (
    <TextField
      variant="standard"
      size="small"
      fullWidth
      value={tasks[i][key] ?? ''}
      onChange={(e) => update(i, { [key]: e.target.value })}
      error={tasks[i][key] !== '' && sumAmounts([tasks[i][key]]) === null}
      slotProps={{
        input: { endAdornment: <InputAdornment position="end">万元</InputAdornment> },
        htmlInput: {
          inputMode: 'decimal',
          'data-testid': `task-${i}-${key}`,
          'aria-label': `${f(key)} ${i + 1}`,
        },
      }}
    />
  );
  return (
    <Box sx={{ width: '100%' }} data-testid="tasks-input">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('resources.unit-targets.fields.tasks')}
      </Typography>
      {tasks.length > 0 && (
        <OfficialTable sx={{ '& td': { verticalAlign: 'top' } }}>
          <thead>
            <tr>
              <th style={{ width: '16em' }}>{f('name')}</th>
              <th>{f('content')}</th>
              <th style={{ width: '11em' }}>{f('amount')}</th>
              <th style={{ width: '11em' }}>{f('amountFiscal')}</th>
              <th style={{ width: '3em' }} />
            </tr>
          </thead>
          <tbody>
            {tasks.map((t, i) => (
              <tr key={i}>
                <td>
                  <TextField
                    variant="standard"
                    size="small"
                    fullWidth
                    value={t.name}
                    onChange={(e) => update(i, { name: e.target.value })}
                    slotProps={{
                      htmlInput: {
                        'data-testid': `task-${i}-name`,
                        'aria-label': `${f('name')} ${i + 1}`,
                      },
                    }}
                  />
                </td>
                <td>
                  <TextField
                    variant="standard"
                    size="small"
                    fullWidth
                    multiline
                    maxRows={6}
                    value={t.content}
                    onChange={(e) => update(i, { content: e.target.value })}
                    slotProps={{ htmlInput: { 'aria-label': `${f('content')} ${i + 1}` } }}
                  />
                </td>
                <td>{money(i, 'amount')}</td>
                <td>{money(i, 'amountFiscal')}</td>
                <td className="center">
                  <Tooltip title={translate('ra.action.remove')}>
                    <IconButton
                      size="small"
                      onClick={() => set(tasks.filter((_, j) => j !== i))}
                      aria-label={translate('ra.action.remove')}
                    >
                      <DeleteOutlineIcon fontSize="inherit" />
                    </IconButton>
                  </Tooltip>
                </td>
              </tr>
            ))}
            <tr>
              <th colSpan={2}>{translate('app.unit_targets.tasks_total')}</th>
              <td className="num" data-testid="tasks-total">
                {total === null ? '—' : displayAmount(total)}
              </td>
              <td className="num">{fiscal === null ? '—' : displayAmount(fiscal)}</td>
              <td />
            </tr>
          </tbody>
        </OfficialTable>
      )}
      <Button
        size="small"
        startIcon={<AddIcon />}
        sx={{ mt: 1 }}
        onClick={() => set([...tasks, { ...EMPTY_TASK }])}
        data-testid="task-add"
      >
        {translate('app.unit_targets.add_task')}
      </Button>
    </Box>
  );
};
