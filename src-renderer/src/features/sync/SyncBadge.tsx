import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRecordSyncState, type RecordSyncState } from './useRecordSyncState';

/**
 * "Not yet accepted by the provincial server" on a case (short form in lists), and a link to
 * the conflict inbox when one of its fields waits there.
 */
export function SyncBadge({ entityId, isShort = false }: { entityId: string; isShort?: boolean }) {
  return <SyncStateBadge state={useRecordSyncState(entityId)} isShort={isShort} />;
}

/** The badge for a state read elsewhere (the case list reads the whole screen's at once). */
export function SyncStateBadge({
  state,
  isShort = false,
}: {
  state: RecordSyncState;
  isShort?: boolean;
}) {
  const { t } = useTranslation();
  const size = isShort ? 'sm' : 'md';
  return (
    <>
      {state.isAccepted ? null : (
        <Badge size={size} color="yellow" variant={isShort ? 'dot' : 'light'}>
          {t(isShort ? 'sync.notAcceptedShort' : 'sync.notAccepted')}
        </Badge>
      )}
      {state.hasConflict ? (
        <Badge size={size} color="red" variant="light" component={Link} to="/sync/conflicts">
          {t('syncUi.badge.conflict')}
        </Badge>
      ) : null}
    </>
  );
}
