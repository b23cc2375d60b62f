/**
 * Serves the built bench page under /bench/ from a server under test, so the page talks to its
 * own origin (the servers send no CORS headers).
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { BENCH_OUT, contentType, fileFor } from '../lib/staticFiles';

export function serveBenchPage(app: FastifyInstance): void {
  app.get('/bench/*', (request, reply) => {
    const file = fileFor(BENCH_OUT, request.url.slice('/bench'.length));
    if (!file) return reply.code(404).send();
    return reply
      .type(contentType(file))
      .header('cache-control', 'no-store')
      .send(readFileSync(file));
  });
}
