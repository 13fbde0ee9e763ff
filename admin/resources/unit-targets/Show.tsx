import { ShowBase, useRecordContext, useTranslate } from 'react-admin';
import { OfficialTitle } from '../../common/OfficialTable';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { DocShow } from '../../target-docs/DocShow';
import type { UnitTargetRecord } from '../../target-docs/types';
import { UnitTargetHeader } from './UnitTargetHeader';

const UnitTargetView = () => {
  const translate = useTranslate();
  const record = useRecordContext<UnitTargetRecord>();
  if (!record) return null;
  return (
    <DocShow
      resource="unit-targets"
      record={record}
      variant="department"
      title={`${translate('resources.unit-targets.name')}：${record.orgName}（${record.year} 年度）`}
      tableTitle={
        <OfficialTitle
          title={translate('app.unit_targets.table_title')}
          subtitle={translate('app.targets.year', { year: record.year })}
          unit={translate('app.targets.unit')}
        />
      }
      header={<UnitTargetHeader record={record} />}
    />
  );
};

const UnitTargetShow = () => {
  const onError = useLoadErrorHandler();
  return (
    <ShowBase queryOptions={{ onError }}>
      <UnitTargetView />
    </ShowBase>
  );
};

export default UnitTargetShow;
