import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../../src-shared/assertNever';
import type { LeadStatus } from '../../../../src-shared/domain/leadStatus';

function colorOf(status: LeadStatus): string {
  switch (status) {
    case 'new':
      return 'blue';
    case 'verifying':
      return 'yellow';
    case 'becameCase':
      return 'green';
    case 'dismissed':
      return 'gray';
    default:
      return assertNever(status);
  }
}

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colorOf(status)}>
      {t(`leads.status.${status}`)}
    </Badge>
  );
}
