import { Alert, Button, LinearProgress } from '@mui/material';
import { LinkBase, useGetList, useTranslate } from 'react-admin';
import { RECTIFICATION_SOURCE_LABELS } from '../../shared/domain/results';
import { OfficialTable } from '../common/OfficialTable';
import { RectificationStatusChip } from '../resources/rectifications/StatusChip';
import type { Rectification } from '../resources/rectifications/types';
import { Panel } from './KpiCards';

/**
 * 待整改: the rectification items waiting for this role — the unit's open ones (to answer), the
 * finance bureau's answered ones (to close or reopen), everyone else's open ones — soonest first.
 */
export const RectificationCard = ({ role, year }: { role: string; year: number }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.dashboard.rectifications.${key}`);
  const status = role === 'finance' ? 'answered' : 'open';
  const {
    data = [],
    total,
    isPending,
    error,
  } = useGetList<Rectification>('rectifications', {
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'deadline', order: 'ASC' },
    filter: { status, year },
  });
  const all = `/rectifications?filter=${encodeURIComponent(JSON.stringify({ status, year }))}`;
  return (
    <Panel
      title={`${t(role === 'finance' ? 'title_finance' : 'title')}${total ? `（${total}）` : ''}`}
      testId="rectification-card"
      action={
        <Button size="small" component={LinkBase} to={all}>
          {t('all')}
        </Button>
      }
    >
      {isPending && <LinearProgress />}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {!isPending && data.length === 0 && (
        <Alert severity="success" data-testid="rectification-empty">
          {t('none')}
        </Alert>
      )}
      {data.length > 0 && (
        <OfficialTable testId="rectification-table">
          <thead>
            <tr>
              <th>{t('document')}</th>
              <th>{t('org')}</th>
              <th>{t('deadline')}</th>
              <th>{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((item) => (
              <tr key={item.id} data-testid="rectification-row">
                <td>
                  <LinkBase to={`/rectifications/${item.id}/show`}>
                    {`${RECTIFICATION_SOURCE_LABELS[item.source] ?? ''}：${item.title}`}
                  </LinkBase>
                </td>
                <td>{item.orgName}</td>
                <td className="center" style={{ whiteSpace: 'nowrap' }}>
                  {item.deadline}
                </td>
                <td className="center">
                  <RectificationStatusChip status={item.status} overdue={item.overdue} />
                </td>
              </tr>
            ))}
          </tbody>
        </OfficialTable>
      )}
    </Panel>
  );
};
