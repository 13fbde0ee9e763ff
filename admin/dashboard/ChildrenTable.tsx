import { Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { GRADES } from '../../shared/scoring/types';
import { OfficialTable } from '../common/OfficialTable';
import { formatPercent, formatScore, formatWan } from './format';
import type { ChildFigures } from './types';

/**
 * 下级机构: the headline figures of each child organisation; a name drills down into it. The
 * children add up to the node (the server sums the same groups).
 */
export const ChildrenTable = ({
  items,
  onSelect,
}: {
  items: ChildFigures[];
  onSelect: (orgId: number) => void;
}) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.dashboard.children.${key}`);
  if (items.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('none')}
      </Typography>
    );
  }
  return (
    <OfficialTable testId="children-table">
      <thead>
        <tr>
          <th rowSpan={2}>{t('org')}</th>
          <th rowSpan={2}>{t('projects')}</th>
          <th rowSpan={2}>{t('evaluations')}</th>
          <th rowSpan={2}>{t('average')}</th>
          <th colSpan={4}>{t('grades')}</th>
          <th rowSpan={2}>{t('adjusted')}</th>
          <th rowSpan={2}>{t('executed')}</th>
          <th rowSpan={2}>{t('rate')}</th>
          <th rowSpan={2}>{t('red')}</th>
          <th rowSpan={2}>{t('yellow')}</th>
          <th rowSpan={2}>{t('open')}</th>
        </tr>
        <tr>
          {GRADES.map((g) => (
            <th key={g}>{g}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.org.id ?? c.org.name} data-testid={`child-row-${c.org.id}`}>
            <td>
              {c.org.id === null ? (
                c.org.name
              ) : (
                <Link
                  component="button"
                  type="button"
                  onClick={() => onSelect(c.org.id as number)}
                  data-testid={`drill-${c.org.id}`}
                  sx={{ textAlign: 'left', verticalAlign: 'baseline' }}
                >
                  {c.org.name}
                </Link>
              )}
            </td>
            <td className="num">{c.projects}</td>
            <td className="num">{c.evaluations}</td>
            <td className="num">{formatScore(c.average)}</td>
            {GRADES.map((g) => (
              <td key={g} className="num">
                {c.grades[g]}
              </td>
            ))}
            <td className="num">{formatWan(c.budget.adjusted)}</td>
            <td className="num">{formatWan(c.budget.executed)}</td>
            <td className="num">{formatPercent(c.budget.rate)}</td>
            <td className="num">{c.lights.red}</td>
            <td className="num">{c.lights.yellow}</td>
            <td className="num">{c.rectifications.open}</td>
          </tr>
        ))}
      </tbody>
    </OfficialTable>
  );
};
