import { Center, Paper } from '@mantine/core';
import { useSession } from '../../app/sessionStore';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';

/** The recovery key once, right after the first run (or after securing an older device). */
export function RecoveryKeyPage({ recoveryKey }: { recoveryKey: string }) {
  const kept = useSession((s) => s.recoveryKeyKept);
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={560}>
        <RecoveryKeyPanel recoveryKey={recoveryKey} onDone={kept} />
      </Paper>
    </Center>
  );
}
