import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'placeholder'> & {
  /** 'YYYY-MM-DD', or '' for none: the format the schemas store. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * A date typed as YYYY-MM-DD or picked from a calendar in the interface language, kept as the
 * same 'YYYY-MM-DD' string. Chromium's own date input shows mm/dd/yyyy in English whatever the
 * interface language is.
 */
export function DateField({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <DateInput
      {...rest}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      valueFormat="YYYY-MM-DD"
      placeholder={t('common.datePlaceholder')}
      // The calendar's arrows are icons only: named for screen readers, in the interface language.
      ariaLabels={{
        previousMonth: t('common.calendar.previousMonth'),
        nextMonth: t('common.calendar.nextMonth'),
        previousYear: t('common.calendar.previousYear'),
        nextYear: t('common.calendar.nextYear'),
        previousDecade: t('common.calendar.previousDecade'),
        nextDecade: t('common.calendar.nextDecade'),
        monthLevelControl: t('common.calendar.chooseMonth'),
        yearLevelControl: t('common.calendar.chooseYear'),
      }}
      clearable
      popoverProps={{ withinPortal: true }}
    />
  );
}
