import { Box } from '@mui/material';
import SubdirectoryArrowRightIcon from '@mui/icons-material/SubdirectoryArrowRight';
import {
  AutocompleteInput,
  Button,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { OrgType } from '../../../shared/domain/enums';
import { ORG_TYPE_CHOICES, orgOptionText } from '../../common/choices';
import { ORG_DEPTH, OrgTypeField } from './OrgTypeField';

interface Org {
  id: number | string;
  code: string;
  name: string;
  type: OrgType;
  parentId: number | string | null;
}

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="机构编码或名称" />,
  <SelectInput key="type" source="type" choices={ORG_TYPE_CHOICES} alwaysOn />,
  <ReferenceInput key="parentId" source="parentId" reference="orgs" alwaysOn>
    <AutocompleteInput optionText={orgOptionText} filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

/** The name, indented by its level in the tree (区域 → 主管部门 → 预算单位). */
const IndentedName = () => {
  const record = useRecordContext<Org>();
  if (!record) return null;
  const depth = ORG_DEPTH[record.type] ?? 0;
  return (
    <Box component="span" sx={{ pl: depth * 2, display: 'inline-flex', alignItems: 'center' }}>
      {depth > 0 && (
        <SubdirectoryArrowRightIcon fontSize="inherit" sx={{ mr: 0.5, color: 'text.disabled' }} />
      )}
      {record.name}
    </Box>
  );
};

/** Opens the list filtered on this organisation's children (not for 预算单位: leaves). */
const ChildrenButton = () => {
  const record = useRecordContext<Org>();
  const translate = useTranslate();
  if (!record || record.type === 'unit') return null;
  return (
    <Button
      label={translate('app.orgs.children')}
      to={{
        pathname: '/orgs',
        search: `filter=${encodeURIComponent(JSON.stringify({ parentId: record.id }))}`,
      }}
      onClick={(event) => event.stopPropagation()}
      data-testid="org-children"
    />
  );
};

const OrgList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name">
        <IndentedName />
      </DataTable.Col>
      <DataTable.Col source="type">
        <OrgTypeField />
      </DataTable.Col>
      <DataTable.Col source="parentId">
        <ReferenceField source="parentId" reference="orgs" link="show" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label="app.orgs.children" disableSort>
        <ChildrenButton />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default OrgList;
