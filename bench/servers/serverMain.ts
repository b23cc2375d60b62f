/** What every bench server child shares: announce where it listens, stop cleanly on SIGTERM. */

/** Prints the one JSON line the driver waits for (see lib/childServer.ts). */
export function announce(info: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(info)}\n`);
}

/** Runs `close` once on SIGTERM/SIGINT, then exits. */
export function onStop(close: () => Promise<void>): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    close()
      .catch((error: unknown) => {
        console.error(error);
      })
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

export function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}
