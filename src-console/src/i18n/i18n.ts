/**
 * i18next for the console. Every `*.zh-CN.json` / `*.en.json` under src/ is merged, so a page
 * brings its own texts without editing a shared file.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
// The 台账 reader's file refusals (empty, too large, merged header) are the lead sheet's too.
import ledgerEn from '../../../src-shared/ledger/i18n/ledger.en.json';
import ledgerZh from '../../../src-shared/ledger/i18n/ledger.zh-CN.json';

export type ConsoleLocale = 'zh-CN' | 'en';
const LOCALE_KEY = 'jianhu-console-locale';

type Texts = Record<string, unknown>;
const zh = import.meta.glob<Texts>('../**/*.zh-CN.json', { eager: true, import: 'default' });
const en = import.meta.glob<Texts>('../**/*.en.json', { eager: true, import: 'default' });

function merged(files: Record<string, Texts>, shared: Texts): Texts {
  return Object.assign({}, shared, ...Object.values(files)) as Texts;
}

export function readLocale(): ConsoleLocale {
  return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function setLocale(locale: ConsoleLocale): void {
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
  void i18next.changeLanguage(locale);
}

export function initI18n(locale: ConsoleLocale): void {
  document.documentElement.lang = locale;
  void i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { translation: merged(zh, ledgerZh) },
      en: { translation: merged(en, ledgerEn) },
    },
    interpolation: { escapeValue: false },
  });
}
