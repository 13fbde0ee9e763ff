import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { ORG_TYPE_LABELS, type OrgType } from '../../../shared/domain/enums';

const COLORS: Record<OrgType, 'primary' | 'secondary' | 'default'> = {
  region: 'primary',
  department: 'secondary',
  unit: 'default',
};

/** 财政（区域） / 主管部门 / 预算单位 as a small chip. */
export const OrgTypeField = () => {
  const record = useRecordContext<{ type?: OrgType }>();
  if (!record?.type) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLORS[record.type] ?? 'default'}
      label={ORG_TYPE_LABELS[record.type] ?? record.type}
    />
  );
};

/** Tree depth of an organisation type: the list indents names by it. */
export const ORG_DEPTH: Record<OrgType, number> = { region: 0, department: 1, unit: 2 };
