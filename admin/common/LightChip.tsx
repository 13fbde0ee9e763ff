import { Box, Chip, Tooltip } from '@mui/material';
import { LIGHT_LABELS, LIGHTS, type Light } from '../../shared/monitoring';

/** The colours of the 预警 lights: the same everywhere a light is shown. */
export const LIGHT_COLORS: Record<Light, string> = {
  red: '#d32f2f',
  yellow: '#f2b705',
  blue: '#1976d2',
  green: '#2e7d32',
  none: '#9e9e9e',
};

/** 红灯 / 黄灯 / 蓝灯 / 绿灯 / 未评价: the short name, the long one goes in the tooltip. */
export const LIGHT_SHORT: Record<Light, string> = {
  red: '红灯',
  yellow: '黄灯',
  blue: '蓝灯',
  green: '绿灯',
  none: '未评价',
};

export const isLight = (value: unknown): value is Light =>
  typeof value === 'string' && (LIGHTS as readonly string[]).includes(value);

export const LIGHT_CHOICES = LIGHTS.map((id) => ({ id, name: LIGHT_LABELS[id] }));

/** A round lamp in the light's colour. */
export const LightDot = ({ light, size = 12 }: { light: Light; size?: number }) => (
  <Box
    component="span"
    sx={{
      display: 'inline-block',
      width: size,
      height: size,
      borderRadius: '50%',
      bgcolor: LIGHT_COLORS[light],
      border: light === 'none' ? '1px dashed #757575' : 'none',
      boxShadow: light === 'none' ? 'none' : `0 0 0 2px ${LIGHT_COLORS[light]}33`,
      flexShrink: 0,
    }}
  />
);

/**
 * A warning light as a chip: the lamp and 红灯（严重滞后）… (or the short name with `short`);
 * `explanation` goes in the tooltip (how the light was computed).
 */
export const LightChip = ({
  light,
  short = false,
  explanation,
  testId = 'light',
  size = 'small',
}: {
  light: unknown;
  short?: boolean;
  explanation?: string;
  testId?: string;
  size?: 'small' | 'medium';
}) => {
  const value: Light = isLight(light) ? light : 'none';
  const chip = (
    <Chip
      size={size}
      variant="outlined"
      icon={<LightDot light={value} />}
      label={short ? LIGHT_SHORT[value] : LIGHT_LABELS[value]}
      data-testid={testId}
      data-light={value}
      sx={{
        borderColor: LIGHT_COLORS[value],
        color: value === 'none' ? 'text.secondary' : 'text.primary',
        fontWeight: value === 'red' || value === 'yellow' ? 600 : 400,
        '& .MuiChip-icon': { ml: '8px' },
      }}
    />
  );
  const title = explanation ?? (short ? LIGHT_LABELS[value] : '');
  return title ? (
    <Tooltip title={title} placement="top-start">
      {chip}
    </Tooltip>
  ) : (
    chip
  );
};
