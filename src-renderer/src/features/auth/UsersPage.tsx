import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/useCurrentUser';
import type { UserEntry } from '../../db/userDirectory';
import { formatDateTime } from '../../ui/formatDate';
import { CreateUserDialog } from './CreateUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { IdleLockSetting } from './IdleLockSetting';
import { useUserEntries } from './useUserEntries';

/** 用户管理: the administrator's list of the workstation's users (others see only a notice). */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const entries = useUserEntries();
  const [isAdding, setAdding] = useState(false);
  const [editing, setEditing] = useState<UserEntry | null>(null);
  if (me === undefined || entries === undefined) return null;
  if (!me?.isAdmin) return <Alert color="yellow">{t('auth.users.adminOnly')}</Alert>;
  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={2}>{t('auth.users.title')}</Title>
        <Button onClick={() => setAdding(true)}>{t('auth.users.addTitle')}</Button>
      </Group>
      <Paper withBorder>
        <Table striped aria-label={t('auth.users.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('auth.users.name')}</Table.Th>
              <Table.Th>{t('auth.users.role')}</Table.Th>
              <Table.Th>{t('auth.users.signIn')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm">{user.name}</Text>
                    {user.isAdmin === true ? (
                      <Badge size="sm">{t('auth.users.admin')}</Badge>
                    ) : null}
                    {user.active ? null : (
                      <Badge size="sm" color="gray">
                        {t('auth.users.inactive')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{t(`codes.role.${user.role}`)}</Table.Td>
                <Table.Td>
                  <SignInState user={user} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setEditing(user)}
                    aria-label={t('auth.users.editTitle', { name: user.name })}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <IdleLockSetting />
      {isAdding ? <CreateUserDialog onClose={() => setAdding(false)} /> : null}
      {editing ? <EditUserDialog user={editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function SignInState({ user }: { user: UserEntry }) {
  const { t, i18n } = useTranslation();
  if (!user.hasPassword)
    return (
      <Text size="sm" c="orange">
        {t('auth.users.noPassword')}
      </Text>
    );
  if (user.lockedUntil) {
    return (
      <Text size="sm" c="red">
        {t('auth.users.lockedUntil', { until: formatDateTime(user.lockedUntil, i18n.language) })}
      </Text>
    );
  }
  return (
    <Text size="sm">
      {user.mustChangePassword ? t('auth.users.mustChange') : t('auth.users.passwordSet')}
    </Text>
  );
}
