import { Button, Group, Menu, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Role, codeValues } from '../../../../../src-shared/domain/codes';
import { useSession } from '../../../app/sessionStore';
import { issuesByPath } from '../../../ui/issues';
import { addColleagueAndSwitch } from '../commands';
import { useDeviceUsers } from '../useDeviceUsers';

/**
 * Who works at the desk now. Steps are taken in the role a rule names (the chief procurator
 * decides, approves a hearing), so colleagues can be added and the desk handed over. Local
 * sign-in with passwords replaces the plain switch in a later issue.
 */
export function SwitchUserMenu() {
  const { t } = useTranslation();
  const users = useDeviceUsers().filter((u) => u.active);
  const setUser = useSession((s) => s.setUser);
  const [isAdding, setAdding] = useState(false);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="xs" variant="default">
            {t('workflowsUi.session.switch')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {users.map((u) => (
            <Menu.Item key={u.id} onClick={() => setUser(u.id)}>
              {t('workflowsUi.session.user', { name: u.name, role: t(`codes.role.${u.role}`) })}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={() => setAdding(true)}>{t('workflowsUi.session.add')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {isAdding ? <AddColleagueDialog onClose={() => setAdding(false)} /> : null}
    </>
  );
}

function AddColleagueDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    const result = await addColleagueAndSwitch(name, role ?? '');
    if (result.ok) onClose();
    else setErrors(issuesByPath(result.issues));
  };
  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  return (
    <Modal opened onClose={onClose} title={t('workflowsUi.session.addTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('workflowsUi.session.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
            required
          />
          <Select
            label={t('workflowsUi.session.role')}
            data={codeValues(Role).map((value) => ({ value, label: t(`codes.role.${value}`) }))}
            value={role}
            onChange={setRole}
            error={err('role')}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('workflowsUi.session.addSubmit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
