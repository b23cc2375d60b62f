import { SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArchiveSecret } from '../../db/backup';
// Not through '../auth' (index.ts): that would pull its lazily loaded pages into the first chunk.
import { PasswordField } from '../auth/PasswordField';

/** Someone who may open an archive (from its header, or from a damaged database). */
export type SecretUser = { userId: string; name: string; role: string; isAdmin: boolean };

export type SecretInput = {
  userId: string | null;
  method: ArchiveSecret['kind'];
  value: string;
};

export const EMPTY_SECRET: SecretInput = { userId: null, method: 'password', value: '' };

/** The secret as the db layer takes it, once a user is chosen and something typed. */
export function toArchiveSecret(input: SecretInput): ArchiveSecret | null {
  if (input.userId === null || input.value === '') return null;
  return input.method === 'password'
    ? { kind: 'password', userId: input.userId, password: input.value }
    : { kind: 'recoveryKey', userId: input.userId, recoveryKey: input.value };
}

/** Who opens the archive and how: a listed user's password, or an administrator's recovery key. */
export function SecretFields({
  users,
  value,
  onChange,
  error,
}: {
  users: readonly SecretUser[];
  value: SecretInput;
  onChange: (next: SecretInput) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const user = users.find((u) => u.userId === value.userId);
  return (
    <Stack>
      <Select
        label={t('backup.restore.user')}
        data={users.map((u) => ({
          value: u.userId,
          label: t('backup.restore.userLabel', { name: u.name, role: t(`codes.role.${u.role}`) }),
        }))}
        value={value.userId}
        onChange={(userId) => onChange({ ...value, userId, method: 'password', value: '' })}
        allowDeselect={false}
        required
      />
      {user?.isAdmin ? (
        <SegmentedControl
          aria-label={t('backup.restore.method')}
          data={[
            { value: 'password', label: t('backup.restore.password') },
            { value: 'recoveryKey', label: t('backup.restore.recoveryKey') },
          ]}
          value={value.method}
          onChange={(method) =>
            onChange({
              ...value,
              method: method === 'recoveryKey' ? method : 'password',
              value: '',
            })
          }
        />
      ) : null}
      {value.method === 'password' ? (
        <PasswordField
          label={t('backup.restore.password')}
          description={t('backup.restore.passwordHint')}
          value={value.value}
          onChange={(e) => onChange({ ...value, value: e.currentTarget.value })}
          error={error}
          autoComplete="off"
          required
        />
      ) : (
        <TextInput
          label={t('backup.restore.recoveryKey')}
          description={t('backup.restore.recoveryKeyHint')}
          value={value.value}
          onChange={(e) => onChange({ ...value, value: e.currentTarget.value })}
          error={error}
          autoComplete="off"
          required
        />
      )}
    </Stack>
  );
}
