import { Button, Checkbox, Group, Modal, Select, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Role, codeValues } from '../../../../src-shared/domain/codes';
import type { UserEntry } from '../../db/userDirectory';
import { issuesByPath } from '../../ui/issues';
import { changeUser, setInitialPassword } from './commands';
import { NewPasswordFields, isConfirmed, type NewPassword } from './NewPasswordFields';

/** An administrator changes a user's role, rights or status, or sets a new initial password. */
export function EditUserDialog({ user, onClose }: { user: UserEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<string>(user.role);
  const [isAdmin, setAdmin] = useState(user.isAdmin === true);
  const [isActive, setActive] = useState(user.active);
  const [password, setPassword] = useState<NewPassword>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const run = async (
    write: () => Promise<{
      ok: boolean;
      issues?: { path: (string | number)[]; message: string }[];
    }>,
  ) => {
    setBusy(true);
    const result = await write();
    setBusy(false);
    if (result.ok) onClose();
    else setErrors(issuesByPath(result.issues ?? []));
  };
  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('auth.users.editTitle', { name: user.name })}
      size="lg"
    >
      <Tabs defaultValue="role">
        <Tabs.List>
          <Tabs.Tab value="role">{t('auth.users.roleTab')}</Tabs.Tab>
          <Tabs.Tab value="password">{t('auth.users.passwordTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="role" pt="md">
          <Stack>
            <Select
              label={t('auth.users.role')}
              data={codeValues(Role).map((value) => ({ value, label: t(`codes.role.${value}`) }))}
              value={role}
              onChange={(v) => setRole(v ?? user.role)}
              error={err('role')}
              allowDeselect={false}
            />
            <Checkbox
              label={t('auth.users.isAdmin')}
              checked={isAdmin}
              onChange={(e) => setAdmin(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('auth.users.isActive')}
              checked={isActive}
              onChange={(e) => setActive(e.currentTarget.checked)}
            />
            {errors[''] ? <Text c="red">{t(errors[''])}</Text> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                loading={busy}
                onClick={() =>
                  void run(() => changeUser(user.id, { role, isAdmin, active: isActive }))
                }
              >
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="password" pt="md">
          <Stack>
            <Text size="sm" c="dimmed">
              {t('auth.users.resetHint')}
            </Text>
            <NewPasswordFields
              value={password}
              onChange={setPassword}
              context={{ userName: user.name }}
              error={err('password')}
              label={t('auth.users.initialPassword')}
            />
            <Group justify="flex-end">
              <Button
                loading={busy}
                disabled={!isConfirmed(password)}
                onClick={() => void run(() => setInitialPassword(user.id, password.password))}
              >
                {t('auth.users.setPassword')}
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
