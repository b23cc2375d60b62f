import type { TFunction } from 'i18next';
import { formatDateTime } from '../../ui/formatDate';
import type { PasswordCheck } from '../../db/signIn';

/** The sentence for a refused password: how many tries are left, or until when it is locked. */
export function refusalText(
  t: TFunction,
  locale: string,
  refusal: Exclude<PasswordCheck, { ok: true }>,
): string {
  switch (refusal.reason) {
    case 'wrong-password':
      return t('auth.refusal.wrong-password', { count: refusal.attemptsLeft });
    case 'locked':
      return t('auth.refusal.locked', { until: formatDateTime(refusal.until, locale) });
    case 'unknown-user':
    case 'no-credential':
    case 'wrong-key':
      return t(`auth.refusal.${refusal.reason}`);
  }
}
