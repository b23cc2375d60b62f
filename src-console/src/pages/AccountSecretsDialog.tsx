/** An account's initial password and TOTP enrolment, shown once: closing forgets them. */
import { Button, Code, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSecretsResponse } from '../../../src-shared/console/consoleApi';

export function AccountSecretsDialog({
  secrets,
  onClose,
}: {
  secrets: AccountSecretsResponse;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('accounts.secretsTitle', { username: secrets.username })}
    >
      <Stack>
        <Text>{t('accounts.shownOnce')}</Text>
        {secrets.password === undefined ? null : (
          <>
            <Text size="sm">{t('accounts.initialPassword')}</Text>
            <Code block data-testid="account-password">
              {secrets.password}
            </Code>
          </>
        )}
        <Text size="sm">{t('accounts.totpSecret')}</Text>
        <Code block data-testid="account-totp-secret">
          {secrets.totpSecret}
        </Code>
        <Text size="sm">{t('accounts.totpUri')}</Text>
        <Code block>{secrets.otpauthUri}</Code>
        <Button onClick={onClose}>{t('common.done')}</Button>
      </Stack>
    </Modal>
  );
}
