import { ShowBase, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { OfficialTitle } from '../../common/OfficialTable';
import { useLoadErrorHandler } from '../../common/useLoadErrorHandler';
import { DocShow } from '../../target-docs/DocShow';
import type { ProjectRecord, TargetRecord } from '../../target-docs/types';
import { ProjectHeader } from '../projects/ProjectHeader';

const TargetView = () => {
  const translate = useTranslate();
  const record = useRecordContext<TargetRecord>();
  // The project as 项目库 has it (with its 主管部门); the embedded copy until it arrives.
  const { data: project } = useGetOne<ProjectRecord>(
    'projects',
    { id: record?.projectId ?? 0 },
    { enabled: Boolean(record?.projectId) },
  );
  if (!record) return null;
  return (
    <DocShow
      resource="targets"
      record={record}
      variant="project"
      title={`${translate('resources.targets.name')}：${record.project.code} ${record.project.name}`}
      tableTitle={
        <OfficialTitle
          title={translate('app.targets.table_title')}
          subtitle={translate('app.targets.year', { year: record.year })}
          unit={translate('app.targets.unit')}
        />
      }
      header={
        <ProjectHeader
          project={project ?? { ...record.project, orgName: record.orgName }}
          goals={record.goals}
        />
      }
    />
  );
};

const TargetShow = () => {
  const onError = useLoadErrorHandler();
  return (
    <ShowBase queryOptions={{ onError }}>
      <TargetView />
    </ShowBase>
  );
};

export default TargetShow;
