import { DataTable } from 'react-admin';
import { displayAmount } from '../../common/money';
import { TargetDocActions, TargetDocList } from '../../target-docs/TargetDocList';
import type { TargetRecord } from '../../target-docs/types';

/** 项目绩效目标表: one row per revision, newest first. */
const TargetList = () => (
  <TargetDocList<TargetRecord>
    search="项目编码或名称"
    searchForUnits
    actions={<TargetDocActions type="targets" />}
  >
    <DataTable.Col source="year" />
    <DataTable.Col source="projectCode" render={(r: TargetRecord) => r.project?.code ?? ''} />
    <DataTable.Col source="projectName" render={(r: TargetRecord) => r.project?.name ?? ''} />
    <DataTable.Col source="orgName" disableSort />
    <DataTable.Col
      source="amountTotal"
      disableSort
      align="right"
      render={(r: TargetRecord) => displayAmount(r.project?.amountTotal)}
    />
  </TargetDocList>
);

export default TargetList;
