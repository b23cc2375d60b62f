import { useState } from 'react';
import type { BackupRefusal, OpenedArchive } from '../../db/backup';
import type { ArchiveChoice } from './commands';

/** An archive being chosen: the opened one (for the restore dialog) or why it was refused. */
export function useArchiveChoice() {
  const [opened, setOpened] = useState<OpenedArchive | null>(null);
  const [refusal, setRefusal] = useState<BackupRefusal | null>(null);
  const [isBusy, setBusy] = useState(false);
  const choose = async (read: () => Promise<ArchiveChoice>) => {
    setRefusal(null);
    setBusy(true);
    try {
      const choice = await read();
      if (choice === null) return;
      if (choice.ok) setOpened(choice);
      else setRefusal(choice.reason);
    } catch {
      setRefusal('not-an-archive');
    } finally {
      setBusy(false);
    }
  };
  return { opened, refusal, isBusy, choose, close: () => setOpened(null) };
}
