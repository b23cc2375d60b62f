/**
 * The OpenAPI document lists every route the server answers — HEAD ones included — and nothing
 * it does not answer.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registeredRoutes } from '../../../src-server/http/routeList';
import { BACKENDS, useTestEnv } from './helpers/testEnv';

const documentSchema = z.object({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/** `/blobs/:sha256` → `/blobs/{sha256}`, as OpenAPI writes path parameters. */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

describe.each(BACKENDS)('OpenAPI document on %s', (backend) => {
  const env = useTestEnv(backend);

  it('lists exactly the registered routes, HEAD /blobs/{sha256} included', async () => {
    const reply = await env().request('/docs/json');
    expect(reply.status).toBe(200);
    const { paths } = documentSchema.parse(reply.body);
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => HTTP_METHODS.has(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const registered = registeredRoutes(env().app)
      .filter((route) => !route.hidden)
      .map((route) => `${route.method} ${openApiPath(route.url)}`);

    expect(registered).toContain('HEAD /api/v1/blobs/{sha256}');
    expect(registered.length).toBeGreaterThan(10);
    expect([...new Set(documented)].sort()).toEqual([...new Set(registered)].sort());
  });

  it('answers no implicit HEAD on a GET route', async () => {
    expect((await env().request('/health', { method: 'HEAD' })).status).toBe(404);
    expect((await env().request('/health')).status).toBe(200);
  });
});
