import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRecordSyncState } from './useRecordSyncState';

/**
 * "Not yet accepted by the provincial server" on a case (short form in lists), and a link to
 * the conflict inbox when one of its fields waits there.
 */
export function SyncBadge({ entityId, isShort = false }: { entityId: string; isShort?: boolean }) {
  const { t } = useTranslation();
  const { isAccepted, hasConflict } = useRecordSyncState(entityId);
  const size = isShort ? 'sm' : 'md';
  return (
    <>
      {isAccepted ? null : (
        <Badge size={size} color="yellow" variant={isShort ? 'dot' : 'light'}>
          {t(isShort ? 'sync.notAcceptedShort' : 'sync.notAccepted')}
        </Badge>
      )}
      {hasConflict ? (
        <Badge size={size} color="red" variant="light" component={Link} to="/sync/conflicts">
          {t('syncUi.badge.conflict')}
        </Badge>
      ) : null}
    </>
  );
}
