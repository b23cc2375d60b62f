import { useMemo, type ReactNode } from 'react';
import {
  CloseButton,
  MantineProvider,
  mergeThemeOverrides,
  type CloseButtonProps,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { readableColorsResolver } from '../ui/contrastColors';
import { theme } from '../ui/theme';

export function AppProviders({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  // Icon-only close buttons (dialogs, alerts, notifications) are named in the interface language.
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          CloseButton: CloseButton.extend({
            // CloseButtonProps leaves out the element's own attributes, which it passes through.
            defaultProps: { 'aria-label': t('common.close') } as Partial<CloseButtonProps>,
          }),
        },
      }),
    // The language is the dependency: `t` keeps its identity across a language change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
  return (
    <MantineProvider theme={localized} cssVariablesResolver={readableColorsResolver}>
      {/* Calendars in the interface language (dayjs's zh-cn locale is loaded by i18n.ts). */}
      <DatesProvider settings={{ locale: i18n.language === 'zh-CN' ? 'zh-cn' : 'en' }}>
        <Notifications position="bottom-right" />
        {children}
      </DatesProvider>
    </MantineProvider>
  );
}
