import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { LinkBase, useGetList, useTranslate } from 'react-admin';
import { DocStatusChip } from '../../common/DocStatus';
import { OfficialTable } from '../../common/OfficialTable';
import { formatDateTime } from '../../target-docs/ReviewPanel';
import { todoPath, type Todo } from './types';

/** The 待办 card of the home page: the first documents waiting for this role, each a link. */
export const TodoCard = ({ max = 10 }: { max?: number }) => {
  const translate = useTranslate();
  const {
    data = [],
    total,
    isPending,
    error,
  } = useGetList<Todo>('todos', {
    pagination: { page: 1, perPage: max },
    sort: { field: 'updatedAt', order: 'DESC' },
  });
  return (
    <Card data-testid="todo-card">
      <CardContent>
        <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2">
            {translate('resources.todos.name')}
          </Typography>
          {total !== undefined && (
            <Typography variant="body2" color="text.secondary" data-testid="todo-count">
              {translate('app.todos.count', { count: total })}
            </Typography>
          )}
          <Box sx={{ flex: 1 }} />
          <Button size="small" component={LinkBase} to="/todos">
            {translate('app.todos.all')}
          </Button>
        </Stack>
        {isPending && <LinearProgress />}
        {error ? <Alert severity="error">{error.message}</Alert> : null}
        {!isPending && data.length === 0 && (
          <Alert severity="success" data-testid="todo-empty">
            {translate('app.todos.empty')}
          </Alert>
        )}
        {data.length > 0 && (
          <OfficialTable testId="todo-table">
            <thead>
              <tr>
                <th>{translate('resources.todos.fields.title')}</th>
                <th>{translate('resources.todos.fields.kind')}</th>
                <th>{translate('resources.todos.fields.orgName')}</th>
                <th>{translate('resources.todos.fields.status')}</th>
                <th>{translate('resources.todos.fields.task')}</th>
                <th>{translate('resources.todos.fields.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((todo) => (
                <tr key={todo.id} data-testid="todo-row">
                  <td>
                    <LinkBase to={todoPath(todo)} data-testid={`todo-link-${todo.id}`}>
                      {todo.title}
                    </LinkBase>
                  </td>
                  <td>{todo.kind}</td>
                  <td>{todo.orgName}</td>
                  <td>
                    <DocStatusChip status={todo.status} />
                  </td>
                  <td>{todo.task}</td>
                  <td>{formatDateTime(todo.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </OfficialTable>
        )}
      </CardContent>
    </Card>
  );
};
