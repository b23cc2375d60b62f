import { AppShell, Badge, Center, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { ApprovalsNavLink } from '../features/approvals/ApprovalsNavLink';
import { UserMenu } from '../features/auth/UserMenu';
import { AutoBackupScheduler } from '../features/backup';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { LanguageSwitch } from './LanguageSwitch';
import type { CurrentUser } from './useCurrentUser';

const NAV = [
  { to: '/cases', key: 'nav.cases' },
  { to: '/cases/new', key: 'nav.newCase' },
  { to: '/cases/import', key: 'ledgerImport.nav' },
  { to: '/dashboard', key: 'dashboard.nav' },
  { to: '/leads', key: 'leads.nav' },
  { to: '/deleted', key: 'nav.deleted' },
  { to: '/settings', key: 'nav.settings' },
  { to: '/settings/device', key: 'syncUi.nav.device' },
  { to: '/sync/conflicts', key: 'syncUi.nav.conflicts' },
] as const;

export function AppLayout({ unitName, user }: { unitName: string; user: CurrentUser }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'xs' }} padding="md">
      {/* Only while someone is signed in: the archive key needs their unlocked data key. */}
      <AutoBackupScheduler />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={3}>{t('app.name')}</Title>
            <Text size="sm" c="dimmed">
              {unitName}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SyncIndicator />
            <Text size="sm">{user.name}</Text>
            <Badge variant="light">{t(`codes.role.${user.role}`)}</Badge>
            <UserMenu user={user} />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {NAV.map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            label={t(item.key)}
            active={pathname === item.to}
          />
        ))}
        <ApprovalsNavLink />
      </AppShell.Navbar>
      <AppShell.Main>
        {/* Pages other than the case list load on first visit (lazyPages.ts). */}
        <Suspense
          fallback={
            <Center h={200}>
              <Loader />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
