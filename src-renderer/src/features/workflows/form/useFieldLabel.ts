import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabelKeys } from './fieldLabels';

/** A field name → its label in the current language (the first candidate key that exists). */
export function useFieldLabel(): (name: string, parent?: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (name: string, parent?: string) => {
      const keys = fieldLabelKeys(name, parent);
      return t(keys.find((k) => i18n.exists(k)) ?? keys[0] ?? name);
    },
    [t, i18n],
  );
}
