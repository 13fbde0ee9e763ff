import {
  CreateButton,
  FilterButton,
  DataTable,
  List,
  SearchInput,
  SelectInput,
  TextInput,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { listSx } from '../../common/OfficialTable';
import {
  DIRECTION_CHOICES,
  DIRECTION_LABELS,
  SCOPE_CHOICES,
  SCOPE_LABELS,
  type LibraryIndicator,
} from './types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="指标名称或解释" />,
  <TextInput key="level1" source="level1" alwaysOn />,
  <TextInput key="level2" source="level2" />,
  <SelectInput key="direction" source="direction" choices={DIRECTION_CHOICES} alwaysOn />,
  <SelectInput key="scope" source="scope" choices={SCOPE_CHOICES} />,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** 指标库: everyone reads it (to pick indicators), administrators maintain it. */
const IndicatorList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'indicators', action: 'edit' });
  return (
    <List
      filters={filters}
      sort={{ field: 'level1', order: 'ASC' }}
      perPage={50}
      exporter={false}
      actions={<Actions />}
    >
      <DataTable<LibraryIndicator>
        bulkActionButtons={false}
        sx={listSx}
        rowClick={canEdit ? 'edit' : 'show'}
      >
        <DataTable.Col source="level1" />
        <DataTable.Col source="level2" />
        <DataTable.Col source="name" />
        <DataTable.Col source="suggestedTarget" disableSort />
        <DataTable.Col source="unit" disableSort />
        <DataTable.Col
          source="direction"
          render={(r: LibraryIndicator) => DIRECTION_LABELS[r.direction] ?? r.direction}
        />
        <DataTable.Col
          source="scope"
          disableSort
          render={(r: LibraryIndicator) => SCOPE_LABELS[r.scope] ?? r.scope}
        />
        <DataTable.Col source="weight" disableSort align="right" />
      </DataTable>
    </List>
  );
};

export default IndicatorList;
