import { useTranslate } from 'react-admin';
import type { SheetKind } from '../../../shared/scoring';
import { OfficialTitle } from '../../common/OfficialTable';

/** "项目单位自评表（2023 年度）" or "部门整体自评表", as the seed-002 tables head them. */
export const EvaluationTitle = ({ kind, year }: { kind: SheetKind; year: number }) => {
  const translate = useTranslate();
  return (
    <OfficialTitle
      title={translate(
        kind === 'project'
          ? 'app.evaluations.table_title'
          : 'app.evaluations.table_title_department',
      )}
      subtitle={translate('app.targets.year', { year })}
    />
  );
};
