import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CurrentUser } from '../../app/useCurrentUser';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { lockSession, signOut } from './commands';

/** The signed-in user's menu: change password, lock, switch user (sign out), users (admins). */
export function UserMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isChanging, setChanging] = useState(false);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="xs" variant="default">
            {t('auth.menu.label')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {user.isAdmin ? (
            <Menu.Item onClick={() => void navigate('/settings/users')}>
              {t('auth.menu.users')}
            </Menu.Item>
          ) : null}
          <Menu.Item onClick={() => setChanging(true)}>{t('auth.menu.changePassword')}</Menu.Item>
          <Menu.Item onClick={() => void lockSession()}>{t('auth.menu.lock')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void signOut()}>{t('auth.menu.signOut')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {isChanging ? (
        <ChangePasswordDialog
          userName={user.name}
          isForced={false}
          onClose={() => setChanging(false)}
        />
      ) : null}
    </>
  );
}
