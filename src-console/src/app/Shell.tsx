/** Header (who, language, sign out) and the navigation: 单位与设备 / 线索 / 统计. */
import { AppShell, Button, Group, NavLink, SegmentedControl, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { readLocale, setLocale } from '../i18n/i18n';
import { useSession } from './session';

const NAV = [
  { path: '/units', label: 'nav.units' },
  { path: '/leads', label: 'nav.leads' },
  { path: '/statistics', label: 'nav.statistics' },
] as const;
/** Shown to the roles that may manage accounts (the server refuses the others anyway). */
const ACCOUNTS_NAV = { path: '/accounts', label: 'nav.accounts' } as const;

export function Shell() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const location = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={4}>{t('app.title')}</Title>
          <Group gap="sm">
            <Text size="sm" data-testid="signed-in-as">
              {t('shell.signedInAs', {
                username: session.account.username,
                unit: session.account.unit.name,
                role: t(`role.${session.account.role}`),
              })}
            </Text>
            <SegmentedControl
              size="xs"
              value={readLocale()}
              onChange={setLocale}
              data={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'EN' },
              ]}
            />
            <Button size="xs" variant="default" onClick={() => void signOut()}>
              {t('shell.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        {[
          ...NAV,
          ...(session.account.role === 'province-admin' || session.account.role === 'city-admin'
            ? [ACCOUNTS_NAV]
            : []),
        ].map((item) => (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={t(item.label)}
            active={location.pathname.startsWith(item.path)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
