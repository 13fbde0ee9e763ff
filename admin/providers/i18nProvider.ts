import polyglotI18nProvider from 'ra-i18n-polyglot';
import zhMessages from '../i18n/zh';

/** `ra.page.list`, `resources.audit-logs.fields.at`: what a translation key looks like. */
const TRANSLATION_KEY = /^[A-Za-z_][\w-]*(\.[\w-]+)+$/;

/**
 * One language: 简体中文 (Polyglot uses no plural forms for zh). Notifications also pass the
 * server's own Chinese messages through `translate`: those are shown as they are, and only a
 * missing dotted key is reported as a missing translation.
 */
export const i18nProvider = polyglotI18nProvider(
  () => zhMessages,
  'zh-CN',
  [{ locale: 'zh-CN', name: '简体中文' }],
  {
    onMissingKey: (key: string) => {
      if (import.meta.env.DEV && TRANSLATION_KEY.test(key)) {
        console.warn(`Missing translation for key: "${key}"`);
      }
      return key;
    },
  },
);
