import { defaultTheme, type RaThemeOptions } from 'react-admin';

const FONT_FAMILY = [
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"WenQuanYi Micro Hei"',
  'Roboto',
  'sans-serif',
].join(',');

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1f5fa8' },
    secondary: { main: '#16457a' },
  },
  typography: { ...defaultTheme.typography, fontFamily: FONT_FAMILY },
};
