/** One test server per describe block: started before its tests, closed after them. */
import { afterAll, beforeAll } from 'vitest';
import type { ServerOptions } from '../../../../src-server/buildServer';
import { createTestEnv, type Backend, type TestEnv } from './testEnv';

/** Call inside `describe`; read `.env` inside the tests. */
export function sharedTestEnv(
  backend: Backend,
  options: Partial<ServerOptions> = {},
): { readonly env: TestEnv } {
  let env: TestEnv | undefined;
  beforeAll(async () => {
    env = await createTestEnv(backend, options);
  }, 60_000);
  afterAll(async () => {
    await env?.close();
  });
  return {
    get env(): TestEnv {
      if (!env) throw new Error('the test server is not started yet');
      return env;
    },
  };
}
