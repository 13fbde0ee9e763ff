import { Alert, Box, Button, Chip, Typography } from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import { FINDING_CODES } from '../../shared/scoring/findings';
import { LIGHT_COLORS, LIGHT_SHORT } from '../common/LightChip';
import { OfficialTable } from '../common/OfficialTable';
import { useDocLinks } from '../common/useDocLinks';
import { formatPercent, formatWan, monthLabel } from './format';
import { Panel } from './KpiCards';
import type { FindingCount, LaggingProject } from './types';

/** `/rectifications/create?source={…}`: react-admin's prefilled create form. */
const rectifyPath = (source: 'evaluations' | 'monitoring', documentId: number) =>
  `/rectifications/create?source=${encodeURIComponent(JSON.stringify({ source, documentId }))}`;

/**
 * 预警: the projects whose latest monitoring report shows a red or yellow light (red first), each
 * leading to its report; the finance bureau can open a rectification item on it.
 */
export const LaggingCard = ({
  items,
  canRectify,
}: {
  items: LaggingProject[];
  canRectify: boolean;
}) => {
  const translate = useTranslate();
  const links = useDocLinks();
  const t = (key: string) => translate(`app.dashboard.lagging.${key}`);
  return (
    <Panel title={t('title')} testId="lagging-card">
      {items.length === 0 ? (
        <Alert severity="success" data-testid="lagging-empty">
          {t('none')}
        </Alert>
      ) : (
        <OfficialTable testId="lagging-table" sx={{ '& thead th': { whiteSpace: 'nowrap' } }}>
          <thead>
            <tr>
              <th>{t('light')}</th>
              <th style={{ minWidth: 160 }}>{t('project')}</th>
              <th>{t('org')}</th>
              <th>{t('month')}</th>
              <th>{t('budget')}</th>
              <th>{t('executed')}</th>
              <th>{t('rate')}</th>
              {canRectify && <th>{t('actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const link = links.monitoring(item.reportId);
              return (
                <tr key={item.reportId} data-testid="lagging-row" data-light={item.light}>
                  <td className="center">
                    <Chip
                      size="small"
                      label={LIGHT_SHORT[item.light]}
                      sx={{
                        bgcolor: LIGHT_COLORS[item.light],
                        // dark text on the yellow lamp, white on the red one (contrast)
                        color: item.light === 'yellow' ? 'rgba(0, 0, 0, 0.87)' : '#fff',
                      }}
                    />
                  </td>
                  <td>
                    {link ? (
                      <LinkBase to={link} data-testid={`lagging-link-${item.reportId}`}>
                        {item.title}
                      </LinkBase>
                    ) : (
                      item.title
                    )}
                  </td>
                  <td>{item.orgName}</td>
                  <td className="center">{monthLabel(item.month)}</td>
                  <td className="num">{formatWan(item.budget)}</td>
                  <td className="num">{formatWan(item.executed)}</td>
                  <td className="num">{formatPercent(item.executionRate)}</td>
                  {canRectify && (
                    <td className="center">
                      <Button
                        size="small"
                        component={LinkBase}
                        to={rectifyPath('monitoring', item.reportId)}
                      >
                        {t('rectify')}
                      </Button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </OfficialTable>
      )}
      {items.length > 0 && (
        <Typography variant="caption" color="text.secondary" sx={{ mt: 1, display: 'block' }}>
          {t('note')}
        </Typography>
      )}
    </Panel>
  );
};

const findingLabel = (code: string): string =>
  Object.prototype.hasOwnProperty.call(FINDING_CODES, code)
    ? FINDING_CODES[code as keyof typeof FINDING_CODES]
    : code;

/** 审核发现: the most frequent finding codes of the handed-in self-evaluations, in Chinese. */
export const FindingsCard = ({ items }: { items: FindingCount[] }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.dashboard.findings.${key}`);
  return (
    <Panel title={t('title')} testId="findings-card">
      {items.length === 0 ? (
        <Alert severity="success">{t('none')}</Alert>
      ) : (
        <OfficialTable testId="findings-table" sx={{ '& thead th': { whiteSpace: 'nowrap' } }}>
          <thead>
            <tr>
              <th>{t('finding')}</th>
              <th>{t('count')}</th>
              <th>{t('documents')}</th>
              <th>{t('severity')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((f) => (
              <tr key={f.code} data-testid="finding-row" data-code={f.code}>
                <td>
                  <Box component="span" title={f.code}>
                    {findingLabel(f.code)}
                  </Box>
                </td>
                <td className="num">{f.count}</td>
                <td className="num">{f.documents}</td>
                <td className="center">
                  {f.errors > 0 && (
                    <Chip
                      size="small"
                      color="error"
                      label={`${t('errors')} ${f.errors}`}
                      sx={{ mr: 0.5 }}
                    />
                  )}
                  {f.warnings > 0 && (
                    <Chip
                      size="small"
                      color="warning"
                      label={`${t('warnings')} ${f.warnings}`}
                      sx={{ mr: 0.5 }}
                    />
                  )}
                  {f.count - f.errors - f.warnings > 0 && (
                    <Chip
                      size="small"
                      variant="outlined"
                      label={`${t('infos')} ${f.count - f.errors - f.warnings}`}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </OfficialTable>
      )}
    </Panel>
  );
};
