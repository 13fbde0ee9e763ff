import { DateField, type DateFieldProps } from 'react-admin';

/** 2024/05/01 14:03:22 — the zh-CN date and 24-hour time, whatever the browser's locale. */
const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
};

const DATE_ONLY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

export const DateTimeField = (props: Omit<DateFieldProps, 'locales' | 'options' | 'showTime'>) => (
  <DateField {...props} locales="zh-CN" showTime options={DATE_TIME} />
);

export const DateOnlyField = (props: Omit<DateFieldProps, 'locales' | 'options' | 'showTime'>) => (
  <DateField {...props} locales="zh-CN" options={DATE_ONLY} />
);
