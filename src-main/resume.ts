import { IpcEvent } from '../src-shared/ipc';

/** The part of Electron's powerMonitor used here. */
export type PowerEvents = {
  on(event: 'resume', listener: () => void): unknown;
  removeListener(event: 'resume', listener: () => void): unknown;
};

/** The part of a WebContents that receives events. */
export type EventTarget = {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string): void;
};

/**
 * Tells the app's pages the machine woke up (`app:resumed`), so the sync engine retries at once
 * instead of waiting for its next timer. Pages not on the app's origin hear nothing.
 * Returns the function that stops forwarding.
 */
export function forwardResumeEvents(
  power: PowerEvents,
  targets: () => readonly EventTarget[],
  isTrustedUrl: (url: string) => boolean,
): () => void {
  const onResume = () => {
    for (const target of targets()) {
      if (!target.isDestroyed() && isTrustedUrl(target.getURL())) target.send(IpcEvent.appResumed);
    }
  };
  power.on('resume', onResume);
  return () => {
    power.removeListener('resume', onResume);
  };
}
