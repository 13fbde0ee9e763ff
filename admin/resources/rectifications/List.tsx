import { Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NumberInput,
  SearchInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { RECTIFICATION_SOURCE_LABELS, RECTIFICATION_SOURCES } from '../../../shared/domain/results';
import { DateTimeField } from '../../common/DateTimeField';
import { listSx } from '../../common/OfficialTable';
import { RECTIFICATION_STATUS_CHOICES, RectificationStatusField } from './StatusChip';
import type { Rectification } from './types';

const Col = DataTable.Col<Rectification>;

export const SOURCE_CHOICES = RECTIFICATION_SOURCES.map((id) => ({
  id,
  name: RECTIFICATION_SOURCE_LABELS[id],
}));

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="文档、整改要求或单位" />,
  <SelectInput key="status" source="status" choices={RECTIFICATION_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="source" source="source" choices={SOURCE_CHOICES} />,
  <NumberInput key="year" source="year" step={1} sx={{ width: 110 }} />,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** 问题整改: the items of the caller's subtree; a row opens its timeline and actions. */
const RectificationList = () => (
  <List
    filters={filters}
    sort={{ field: 'deadline', order: 'ASC' }}
    perPage={25}
    exporter={false}
    actions={<Actions />}
  >
    <DataTable<Rectification> bulkActionButtons={false} sx={listSx} rowClick="show">
      <Col source="title" />
      <Col
        source="source"
        disableSort
        render={(r) => RECTIFICATION_SOURCE_LABELS[r.source] ?? r.source}
      />
      <Col source="orgName" disableSort />
      <Col source="year" />
      <Col
        source="requirement"
        disableSort
        render={(r) => (
          <Typography
            variant="body2"
            sx={{
              maxWidth: 360,
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: 'nowrap',
            }}
            title={r.requirement}
          >
            {r.requirement}
          </Typography>
        )}
      />
      <Col source="deadline" />
      <Col source="status" field={RectificationStatusField} />
      <Col source="updatedAt" field={DateTimeField} />
    </DataTable>
  </List>
);

export default RectificationList;
