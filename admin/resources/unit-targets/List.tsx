import { DataTable } from 'react-admin';
import { displayAmount } from '../../common/money';
import { TargetDocActions, TargetDocList } from '../../target-docs/TargetDocList';
import type { UnitTargetRecord } from '../../target-docs/types';

/** 部门（单位）整体绩效目标表: one per unit and year, plus adjustments. */
const UnitTargetList = () => (
  <TargetDocList<UnitTargetRecord>
    search="单位名称或编码"
    searchForUnits={false}
    actions={<TargetDocActions type="unit-targets" />}
  >
    <DataTable.Col source="year" />
    <DataTable.Col source="orgId" render={(r: UnitTargetRecord) => r.orgName} />
    <DataTable.Col
      source="budget.total"
      disableSort
      align="right"
      render={(r: UnitTargetRecord) => displayAmount(r.budget?.total)}
    />
  </TargetDocList>
);

export default UnitTargetList;
