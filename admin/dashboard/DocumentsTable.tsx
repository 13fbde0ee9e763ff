import { useTranslate } from 'react-admin';
import { DOC_STATUS_LABELS, DOC_STATUSES } from '../../shared/domain/enums';
import { OfficialTable } from '../common/OfficialTable';
import type { Documents } from './types';

const ROWS: (keyof Documents)[] = ['targets', 'monitoring', 'evaluations'];

/** 填报进度: the documents of the year by review status (绩效目标表, 运行监控表, 自评表). */
export const DocumentsTable = ({ documents }: { documents: Documents }) => {
  const translate = useTranslate();
  return (
    <OfficialTable testId="documents-table">
      <thead>
        <tr>
          <th>{translate('app.dashboard.documents.kind')}</th>
          {DOC_STATUSES.map((s) => (
            <th key={s}>{DOC_STATUS_LABELS[s].replace(/（.*）$/, '')}</th>
          ))}
          <th>{translate('app.dashboard.documents.total')}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row} data-testid={`documents-${row}`}>
            <td>{translate(`app.dashboard.documents.${row}`)}</td>
            {DOC_STATUSES.map((s) => (
              <td key={s} className="num">
                {documents[row][s]}
              </td>
            ))}
            <td className="num">{documents[row].total}</td>
          </tr>
        ))}
      </tbody>
    </OfficialTable>
  );
};
