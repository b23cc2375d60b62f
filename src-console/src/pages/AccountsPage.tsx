/** 账户: province and city admins manage the console accounts of their subtree. */
import { Alert, Badge, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AccountSecretsResponse, UnitTreeNode } from '../../../src-shared/console/consoleApi';
import {
  accountListResponseSchema,
  accountSecretsResponseSchema,
  unitTreeResponseSchema,
} from '../../../src-shared/console/consoleApi';
import { call, fetchJson } from '../api/api';
import { AccountSecretsDialog } from './AccountSecretsDialog';
import { CreateAccountForm } from './CreateAccountForm';
import { useErrorText } from './useErrorText';

type Account = z.infer<typeof accountListResponseSchema>['accounts'][number];

export function AccountsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [units, setUnits] = useState<UnitTreeNode[]>([]);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [secrets, setSecrets] = useState<AccountSecretsResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    Promise.all([
      fetchJson('/units', unitTreeResponseSchema),
      fetchJson('/accounts', accountListResponseSchema),
    ]).then(
      ([tree, list]) => {
        if (!isCurrent) return;
        setUnits(tree.units);
        setAccounts(list.accounts);
      },
      (caught: unknown) => {
        if (isCurrent) setError(errorText(caught));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [version, errorText]);

  const act = async (username: string, action: 'reset-totp' | 'disable') => {
    if (action === 'disable' && !window.confirm(t('accounts.disableConfirm', { username }))) return;
    try {
      const path = `/accounts/${encodeURIComponent(username)}/${action}`;
      if (action === 'reset-totp')
        setSecrets(await fetchJson(path, accountSecretsResponseSchema, { method: 'POST' }));
      else await call(path, null, { method: 'POST' });
      setVersion((v) => v + 1);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const unitName = new Map(units.map((u) => [u.code, u.name]));
  return (
    <Stack>
      <Title order={2}>{t('nav.accounts')}</Title>
      {error === null ? null : <Alert color="red">{error}</Alert>}
      {units.length === 0 ? null : (
        <CreateAccountForm
          units={units}
          onCreated={(created) => {
            setSecrets(created);
            setVersion((v) => v + 1);
          }}
        />
      )}
      <Table striped aria-label={t('nav.accounts')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('accounts.username')}</Table.Th>
            <Table.Th>{t('accounts.role')}</Table.Th>
            <Table.Th>{t('devices.unit')}</Table.Th>
            <Table.Th>{t('devices.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Td>{account.username}</Table.Td>
              <Table.Td>{t(`role.${account.role}`)}</Table.Td>
              <Table.Td>{unitName.get(account.unitCode) ?? account.unitCode}</Table.Td>
              <Table.Td>
                {account.disabled ? (
                  <Badge color="gray">{t('accounts.disabled')}</Badge>
                ) : (
                  <Badge color="green">{t('devices.active')}</Badge>
                )}
              </Table.Td>
              <Table.Td>
                {account.disabled ? null : (
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => void act(account.username, 'reset-totp')}
                    >
                      {t('accounts.resetTotp')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => void act(account.username, 'disable')}
                    >
                      {t('accounts.disable')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {secrets === null ? null : (
        <AccountSecretsDialog secrets={secrets} onClose={() => setSecrets(null)} />
      )}
    </Stack>
  );
}
