import { Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Role, codeValues } from '../../../../src-shared/domain/codes';
import { issuesByPath, missingRequired } from '../../ui/issues';
import { addUser } from './commands';
import { NewPasswordFields, isConfirmed, type NewPassword } from './NewPasswordFields';

/** An administrator adds a colleague with a role and an initial password (changed at first sign-in). */
export function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [isAdmin, setAdmin] = useState(false);
  const [password, setPassword] = useState<NewPassword>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!isConfirmed(password)) return;
    const missing = missingRequired({ name, role });
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    setBusy(true);
    const result = await addUser({ name, role: role ?? '', password: password.password, isAdmin });
    setBusy(false);
    if (result.ok) onClose();
    else setErrors(issuesByPath(result.issues));
  };
  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  return (
    <Modal opened onClose={onClose} title={t('auth.users.addTitle')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('auth.users.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
            required
          />
          <Select
            label={t('auth.users.role')}
            data={codeValues(Role).map((value) => ({ value, label: t(`codes.role.${value}`) }))}
            value={role}
            onChange={setRole}
            error={err('role')}
            required
          />
          <Checkbox
            label={t('auth.users.isAdmin')}
            checked={isAdmin}
            onChange={(e) => setAdmin(e.currentTarget.checked)}
          />
          <Text size="sm" c="dimmed">
            {t('auth.users.initialHint')}
          </Text>
          <NewPasswordFields
            value={password}
            onChange={setPassword}
            context={{ userName: name }}
            error={err('password')}
            label={t('auth.users.initialPassword')}
          />
          {errors[''] ? <Text c="red">{t(errors[''])}</Text> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!isConfirmed(password)}>
              {t('auth.users.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
