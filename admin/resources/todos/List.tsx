import { DataTable, List, NumberInput, SelectInput } from 'react-admin';
import { listSx } from '../../common/OfficialTable';
import { DateTimeField } from '../../common/DateTimeField';
import { DocStatusField } from '../../common/DocStatus';
import { todoPath, type Todo } from './types';

const filters = [
  <SelectInput
    key="resource"
    source="resource"
    alwaysOn
    choices={[
      { id: 'targets', name: '项目绩效目标表' },
      { id: 'unit-targets', name: '整体绩效目标表' },
    ]}
  />,
  <NumberInput key="year" source="year" alwaysOn step={1} sx={{ width: 110 }} />,
];

/** 待办: what waits for the caller's role; a click opens the document. */
const TodoList = () => {
  return (
    <List
      filters={filters}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      <DataTable<Todo>
        bulkActionButtons={false}
        sx={listSx}
        rowClick={(_id, _resource, record) => todoPath(record)}
      >
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="kind" disableSort />
        <DataTable.Col source="orgName" disableSort />
        <DataTable.Col source="year" />
        <DataTable.Col source="status" disableSort field={DocStatusField} />
        <DataTable.Col source="task" disableSort />
        <DataTable.Col source="updatedAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
};

export default TodoList;
