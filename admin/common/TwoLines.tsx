/** 全年预算数 over （万元）: an amount column's header on two lines keeps the column narrow. */
export const TwoLines = ({ label, unit }: { label: string; unit: string }) => (
  <span style={{ display: 'inline-block', textAlign: 'right' }}>
    {label}
    <br />
    {unit}
  </span>
);

/** Lists of figures: headers and figures on one line (amount headers use TwoLines). */
export const figuresTableSx = {
  '& .MuiTableCell-head': { lineHeight: 1.3, verticalAlign: 'bottom', whiteSpace: 'nowrap' },
  '& .MuiTableCell-alignRight': { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
};
