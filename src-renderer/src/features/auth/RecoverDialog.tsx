import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserId } from '../../../../src-shared/domain/ids';
import type { UserEntry } from '../../db/userDirectory';
import { issuesByPath, missingRequired } from '../../ui/issues';
import { recoverAdmin } from './commands';
import { NewPasswordFields, isConfirmed, type NewPassword } from './NewPasswordFields';

/** The recovery key printed at the first run sets a new password for an administrator. */
export function RecoverDialog({ admins, onClose }: { admins: UserEntry[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState<string | null>(admins[0]?.id ?? null);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [next, setNext] = useState<NewPassword>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const admin = admins.find((a) => a.id === userId);

  const submit = async () => {
    const missing = missingRequired({ userId, recoveryKey });
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    if (!userId || !isConfirmed(next)) return;
    setBusy(true);
    const result = await recoverAdmin(userId as UserId, recoveryKey, next.password);
    setBusy(false);
    if (result.ok) onClose();
    else setErrors(issuesByPath(result.issues));
  };
  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  return (
    <Modal opened onClose={onClose} title={t('auth.recover.title')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('auth.recover.intro')}</Text>
          <Select
            label={t('auth.recover.admin')}
            data={admins.map((a) => ({ value: a.id, label: a.name }))}
            value={userId}
            onChange={setUserId}
            allowDeselect={false}
            error={err('userId')}
            required
          />
          <TextInput
            label={t('auth.recover.key')}
            placeholder={t('auth.recover.keyPlaceholder')}
            value={recoveryKey}
            onChange={(e) => setRecoveryKey(e.currentTarget.value)}
            error={err('recoveryKey')}
            autoComplete="off"
            required
          />
          <NewPasswordFields
            value={next}
            onChange={setNext}
            context={{ userName: admin?.name ?? '' }}
            error={err('password')}
          />
          {errors[''] ? <Alert color="red">{t(errors[''])}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!isConfirmed(next)}>
              {t('auth.recover.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
