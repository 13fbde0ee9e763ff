import { Box, Paper, Typography } from '@mui/material';
import { useTheme, type Theme } from '@mui/material/styles';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Pie,
  PieChart,
  Tooltip,
  XAxis,
  YAxis,
  type PieLabelRenderProps,
  type TooltipContentProps,
} from 'recharts';
import type { Grade } from '../../../shared/scoring/types';
import { formatPercent, formatWan, gradeEntries, gradeOfBin, plotValue, share } from '../format';
import type { ScoreBin } from '../types';

/**
 * The dashboard's charts (recharts), in a chunk of their own: the dashboard's tables and cards
 * show before it arrives. Styled from the MUI theme (font, text colours, palette); every label is
 * Chinese and every figure comes formatted from the server's decimal strings. Animations are off:
 * a leader's screen and a screenshot show the final picture at once.
 */

export const gradeColor = (theme: Theme, grade: Grade): string =>
  ({
    优: theme.palette.success.main,
    良: theme.palette.primary.main,
    中: theme.palette.warning.main,
    差: theme.palette.error.main,
  })[grade];

const useAxisStyle = () => {
  const theme = useTheme();
  return {
    theme,
    tick: {
      fontFamily: theme.typography.fontFamily,
      fontSize: 12,
      fill: theme.palette.text.secondary,
    },
    label: {
      fontFamily: theme.typography.fontFamily,
      fontSize: 12,
      fill: theme.palette.text.primary,
    },
    grid: theme.palette.divider,
  };
};

/** The box a tooltip shows in: a small MUI paper. */
const TipBox = ({ title, lines }: { title: string; lines: string[] }) => (
  <Paper elevation={3} sx={{ px: 1.5, py: 1, fontSize: 13 }}>
    <Typography variant="subtitle2" component="div" sx={{ mb: 0.5 }}>
      {title}
    </Typography>
    {lines.map((line) => (
      <Box key={line}>{line}</Box>
    ))}
  </Paper>
);

interface GradeDatum {
  name: Grade;
  value: number;
  fill: string;
  label: string;
}

/** 评价等级分布: a donut of 优 / 良 / 中 / 差 with "优 6项" on each slice. */
export const GradeChart = ({ grades, total }: { grades: Record<Grade, number>; total: number }) => {
  const { theme, label } = useAxisStyle();
  const data: GradeDatum[] = gradeEntries(grades)
    .filter(([, count]) => count > 0)
    .map(([grade, count]) => ({
      name: grade,
      value: count,
      fill: gradeColor(theme, grade),
      label: `${grade} ${count}项（${formatPercent(share(count, total))}）`,
    }));
  const renderLabel = (props: PieLabelRenderProps) => {
    const datum = props.payload as GradeDatum | undefined;
    return (
      <text
        x={props.x}
        y={props.y}
        textAnchor={props.textAnchor}
        dominantBaseline="central"
        style={{ ...label, fill: datum?.fill ?? label.fill }}
      >
        {datum?.label}
      </text>
    );
  };
  return (
    <Box data-testid="chart-grades" aria-label="评价等级分布图" role="img">
      <PieChart responsive style={{ width: '100%', height: 240 }}>
        <Pie
          data={data}
          dataKey="value"
          nameKey="name"
          innerRadius="45%"
          outerRadius="70%"
          paddingAngle={data.length > 1 ? 1 : 0}
          label={renderLabel}
          labelLine
          isAnimationActive={false}
        />
        <text
          x="50%"
          y="50%"
          textAnchor="middle"
          dominantBaseline="central"
          style={{ ...label, fontSize: 14 }}
        >
          {`自评 ${total} 份`}
        </text>
      </PieChart>
    </Box>
  );
};

interface BinDatum {
  label: string;
  count: number;
  fill: string;
}

/** 得分分布: the self-evaluation totals in 10-point bins. */
export const ScoreHistogram = ({ bins }: { bins: ScoreBin[] }) => {
  const { theme, tick, label, grid } = useAxisStyle();
  const data: BinDatum[] = bins.map((b) => ({
    label: b.label,
    count: b.count,
    fill: gradeColor(theme, gradeOfBin(b.min)),
  }));
  const tooltip = ({ active, payload }: TooltipContentProps) => {
    const datum = payload?.[0]?.payload as BinDatum | undefined;
    if (!active || !datum) return null;
    return <TipBox title={`${datum.label} 分`} lines={[`项目数：${datum.count} 个`]} />;
  };
  return (
    <Box data-testid="chart-histogram" aria-label="自评得分分布图" role="img">
      <BarChart
        responsive
        data={data}
        style={{ width: '100%', height: 240 }}
        margin={{ top: 20, right: 16, bottom: 16, left: 8 }}
      >
        <CartesianGrid vertical={false} stroke={grid} />
        <XAxis
          dataKey="label"
          tick={tick}
          label={{ value: '自评得分（分）', position: 'insideBottom', offset: -8, style: label }}
        />
        <YAxis
          allowDecimals={false}
          tick={tick}
          width={48}
          label={{ value: '项目数', angle: -90, position: 'insideLeft', style: label }}
        />
        <Tooltip content={tooltip} cursor={{ fill: theme.palette.action.hover }} />
        <Bar dataKey="count" name="项目数" isAnimationActive={false} maxBarSize={56}>
          <LabelList dataKey="count" position="top" style={label} />
        </Bar>
      </BarChart>
    </Box>
  );
};

export interface ExecutionDatum {
  /** org id (drill-down) or evaluation id (a project) */
  id: number | null;
  name: string;
  adjusted: string;
  executed: string;
  rate: string | null;
}

interface ExecutionPlot extends ExecutionDatum {
  value: number;
  text: string;
  fill: string;
}

const NAME_MAX = 16;
const shorten = (name: string): string =>
  name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name;

/**
 * 预算执行率: one horizontal bar per child organisation (or per project at a unit), the rate at
 * its end; a row without self-evaluated budget says so. A click drills down.
 */
export const ExecutionChart = ({
  data,
  onSelect,
  testId = 'chart-execution',
}: {
  data: ExecutionDatum[];
  onSelect?: (datum: ExecutionDatum) => void;
  testId?: string;
}) => {
  const { theme, tick, label, grid } = useAxisStyle();
  const rows: ExecutionPlot[] = data.map((d) => ({
    ...d,
    value: plotValue(d.rate),
    text: d.rate === null ? '无自评预算' : formatPercent(d.rate),
    fill: theme.palette.primary.main,
  }));
  const top = Math.max(100, ...rows.map((r) => Math.ceil(r.value / 10) * 10));
  const tooltip = ({ active, payload }: TooltipContentProps) => {
    const datum = payload?.[0]?.payload as ExecutionPlot | undefined;
    if (!active || !datum) return null;
    return (
      <TipBox
        title={datum.name}
        lines={[
          `全年预算数：${formatWan(datum.adjusted)} 万元`,
          `全年执行数：${formatWan(datum.executed)} 万元`,
          `预算执行率：${datum.text}`,
        ]}
      />
    );
  };
  return (
    <Box data-testid={testId} aria-label="预算执行率图" role="img">
      <BarChart
        responsive
        layout="vertical"
        data={rows}
        style={{ width: '100%', height: Math.max(140, rows.length * 44 + 56) }}
        margin={{ top: 8, right: 72, bottom: 24, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke={grid} />
        <XAxis
          type="number"
          domain={[0, top]}
          tick={tick}
          tickFormatter={(v: number) => `${v}%`}
          label={{ value: '预算执行率（%）', position: 'insideBottom', offset: -12, style: label }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={Math.min(240, 14 * NAME_MAX)}
          tick={tick}
          tickFormatter={shorten}
        />
        <Tooltip content={tooltip} cursor={{ fill: theme.palette.action.hover }} />
        <Bar
          dataKey="value"
          name="预算执行率"
          isAnimationActive={false}
          maxBarSize={26}
          // A row without budget still gets its label ("无自评预算") at the axis.
          minPointSize={1}
          style={{ cursor: onSelect ? 'pointer' : undefined }}
          onClick={(entry) => {
            const datum = entry.payload as ExecutionPlot | undefined;
            if (datum && onSelect) onSelect(datum);
          }}
        >
          <LabelList dataKey="text" position="right" style={label} />
        </Bar>
      </BarChart>
    </Box>
  );
};
