import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, saveLocale, type Locale } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('settings.language')}
      value={i18n.language}
      data={LOCALES.map((value) => ({ value, label: t(`locale.${value}`) }))}
      onChange={(value) => {
        const locale = LOCALES.find((l) => l === value) satisfies Locale | undefined;
        if (locale) {
          saveLocale(locale);
          void i18n.changeLanguage(locale);
        }
      }}
    />
  );
}
