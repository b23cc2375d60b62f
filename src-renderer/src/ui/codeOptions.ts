import type { TFunction } from 'i18next';
import { codeValues } from '../../../src-shared/domain/codes';

/** Select options for a code list, labelled through i18n (`codes.<listKey>.<value>`). */
export function codeOptions(
  list: Record<string, string>,
  listKey: string,
  t: TFunction,
): { value: string; label: string }[] {
  return codeValues(list).map((value) => ({ value, label: t(`codes.${listKey}.${value}`) }));
}
