/**
 * "显示法律依据核对标记": whether the steps show how far each cited provision was verified (DOMAIN's
 * 已核对 / 待核 / 二手来源). Those marks are for a reviewer checking the rules, not for the
 * procurator following them, so they are off unless this device turns them on.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'jianhu.showCitationMarks';
const listeners = new Set<() => void>();

export function readShowCitationMarks(storage: Pick<Storage, 'getItem'> = localStorage): boolean {
  try {
    return storage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function setShowCitationMarks(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } finally {
    listeners.forEach((l) => l());
  }
}

export function useShowCitationMarks(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => readShowCitationMarks(),
  );
}
