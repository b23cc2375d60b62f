import { Badge, NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { useApprovalInbox } from './useApprovalInbox';

/** The navigation entry to 待审批, with how many requests wait for the signed-in user. */
export function ApprovalsNavLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const count = useApprovalInbox()?.length ?? 0;
  return (
    <NavLink
      component={RouterLink}
      to="/approvals"
      label={t('approvals.nav')}
      active={pathname === '/approvals'}
      rightSection={
        count > 0 ? (
          <Badge size="sm" color="red" aria-label={t('approvals.waiting', { count })}>
            {count}
          </Badge>
        ) : null
      }
    />
  );
}
