/** A test server for the enclosing `describe`: started before its tests, closed after them. */
import { afterAll, beforeAll } from 'vitest';
import type { ServerOptions } from '../../../../src-server/buildServer';
import type { Backend, TestEnv } from './testEnv';
import { createTestEnv } from './testEnv';

/** Returns a getter: the server exists only once `beforeAll` has run. */
export function useTestEnv(backend: Backend, options: Partial<ServerOptions> = {}): () => TestEnv {
  let env: TestEnv | undefined;
  beforeAll(async () => {
    env = await createTestEnv(backend, options);
  }, 60_000);
  afterAll(async () => {
    await env?.close();
  });
  return () => {
    if (env === undefined) throw new Error('the test server is not started yet');
    return env;
  };
}
