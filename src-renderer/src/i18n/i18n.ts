import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { mergeLocaleTrees, type LocaleTree } from '../../../src-shared/localeTrees';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'jianhu.locale';

/**
 * Every locale file of the app, gathered at build time: the UI's own (`zh-CN.json`), the code
 * lists', each feature's (`<feature>.zh-CN.json`) and the shared modules' (`src-shared/<x>/i18n`).
 */
const localeFiles = import.meta.glob<LocaleTree>(
  ['./*.json', '../features/**/*.json', '../../../src-shared/**/i18n/*.json'],
  { eager: true, import: 'default' },
);

function treesFor(locale: Locale): LocaleTree[] {
  const suffix = `${locale}.json`;
  return Object.entries(localeFiles)
    .filter(([path]) => path.endsWith(`/${suffix}`) || path.endsWith(`.${suffix}`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, tree]) => tree);
}

/** Locale resources: UI strings, code-list labels, workflow and document texts in one namespace. */
export const resources = {
  'zh-CN': { translation: mergeLocaleTrees(...treesFor('zh-CN')) },
  en: { translation: mergeLocaleTrees(...treesFor('en')) },
};

export function readLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LOCALES.find((l) => l === stored) ?? 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Without storage the choice lasts until reload.
  }
}

function applyDocumentLocale(locale: string): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function initI18n(locale: Locale = 'zh-CN'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  applyDocumentLocale(locale);
  i18next.on('languageChanged', applyDocumentLocale);
  return i18next;
}
