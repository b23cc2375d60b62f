/** A new account in the admin's subtree; the role's list follows the unit's level. */
import { Alert, Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AccountSecretsResponse,
  ConsoleRole,
  UnitTreeNode,
} from '../../../src-shared/console/consoleApi';
import { accountSecretsResponseSchema } from '../../../src-shared/console/consoleApi';
import { fetchJson } from '../api/api';
import { useErrorText } from './useErrorText';

const ROLE_FOR_LEVEL: Readonly<Record<UnitTreeNode['level'], ConsoleRole>> = {
  province: 'province-admin',
  city: 'city-admin',
  county: 'county-admin',
};

export function CreateAccountForm({
  units,
  onCreated,
}: {
  units: readonly UnitTreeNode[];
  onCreated: (secrets: AccountSecretsResponse) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [unitCode, setUnitCode] = useState<string | null>(units[0]?.code ?? null);
  const [isViewer, setViewer] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unit = units.find((u) => u.code === unitCode);
  const role: ConsoleRole | null =
    unit === undefined ? null : isViewer ? 'viewer' : ROLE_FOR_LEVEL[unit.level];

  const create = async () => {
    if (role === null || unitCode === null) return;
    setError(null);
    try {
      onCreated(
        await fetchJson('/accounts', accountSecretsResponseSchema, {
          method: 'POST',
          body: { username, role, unitCode },
        }),
      );
      setUsername('');
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <>
      <Group align="end">
        <TextInput
          label={t('accounts.username')}
          description={t('accounts.usernameHint')}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
        />
        <Select
          label={t('devices.unit')}
          data={units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
          value={unitCode}
          onChange={setUnitCode}
          allowDeselect={false}
        />
        <Select
          label={t('accounts.role')}
          data={[
            {
              value: 'admin',
              label: unit === undefined ? '' : t(`role.${ROLE_FOR_LEVEL[unit.level]}`),
            },
            { value: 'viewer', label: t('role.viewer') },
          ]}
          value={isViewer ? 'viewer' : 'admin'}
          onChange={(value) => setViewer(value === 'viewer')}
          allowDeselect={false}
        />
        <Button onClick={() => void create()} disabled={username.trim() === '' || role === null}>
          {t('accounts.create')}
        </Button>
      </Group>
      {error === null ? null : <Alert color="red">{error}</Alert>}
    </>
  );
}
