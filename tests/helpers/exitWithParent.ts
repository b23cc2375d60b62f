/** A server child process that never outlives the test process that started it. */
import type { ChildProcess } from 'node:child_process';

/**
 * Kills `child` if the test process exits first (a test dying without its afterAll must not leave
 * a server holding a port or a data folder); resolves when the child has exited.
 */
export function exitWithParent(child: ChildProcess): Promise<void> {
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  return new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', killOnExit);
      resolve();
    }),
  );
}
