/** A refusal from the console API as a translated sentence. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api';

export function useErrorText(): (caught: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (caught: unknown) => {
      if (!(caught instanceof ApiError)) return t('error.network');
      switch (caught.code) {
        case 'forbidden':
          return t('error.forbidden');
        case 'not-found':
          return t('error.notFound');
        case 'unauthenticated':
          return t('error.unauthenticated');
        case 'csrf-invalid':
          return t('error.csrf');
        case 'rate-limited':
          return t('error.rateLimited');
        default:
          return t('error.unknown');
      }
    },
    [t],
  );
}
