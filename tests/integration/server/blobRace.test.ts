/**
 * Two devices of one unit sending the first chunk of the same new blob at the same moment: one
 * wins, the other is told where to resume (409 `conflict` with Upload-Offset) or finds the blob
 * complete — never a 5xx (PostgreSQL once answered `500 internal` on the blobs primary key).
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply, TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv } from './helpers/testEnv';

const TRIALS = 50;
const OCTETS = { 'content-type': 'application/octet-stream' };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(BACKENDS)('concurrent first chunks of one blob on %s', (backend) => {
  let env: TestEnv;
  let tokens: [string, string];
  beforeAll(async () => {
    env = await createTestEnv(backend);
    tokens = [(await env.enroll(UNITS.yaohai)).token, (await env.enroll(UNITS.yaohai)).token];
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  const put = (token: string, hash: string, query: string, body: Uint8Array) =>
    env.request(`/blobs/${hash}${query}`, { method: 'PUT', token, body, headers: OCTETS });

  it(`${TRIALS} races: one chunk stored, the other told the offset, the blob completes`, async () => {
    const statuses: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const bytes = randomBytes(4096 + trial);
      const hash = sha256(bytes);
      // Odd trials race with the whole blob in one chunk, even ones with its first half.
      const firstLength = trial % 2 === 1 ? bytes.length : 2048;
      const first = bytes.subarray(0, firstLength);
      const replies: Reply[] = await Promise.all(
        tokens.map((token) => put(token, hash, `?offset=0&size=${bytes.length}`, first)),
      );
      statuses.push(...replies.map((r) => r.status));
      const winners = replies.filter((r) => r.status === 200);
      const losers = replies.filter((r) => r.status !== 200);
      if (firstLength === bytes.length) {
        // The loser of a whole-blob race finds it complete: the same answer as a resend.
        expect(replies.map((r) => r.body)).toEqual([
          { sha256: hash, size: bytes.length, received: bytes.length, complete: true },
          { sha256: hash, size: bytes.length, received: bytes.length, complete: true },
        ]);
      } else {
        expect(winners).toHaveLength(1);
        expect(losers[0]).toMatchObject({ status: 409, body: { code: 'conflict' } });
        const offset = Number(losers[0]?.headers.get('upload-offset'));
        expect(offset).toBe(firstLength);
        // The loser resumes where the server says, with the other device's token.
        const rest = await put(tokens[1], hash, `?offset=${offset}`, bytes.subarray(offset));
        expect(rest).toMatchObject({ status: 200, body: { complete: true } });
      }
      const download = await fetch(`${env.url}/blobs/${hash}`, {
        headers: { authorization: `Bearer ${tokens[0]}` },
      });
      expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
      expect(
        await env.count(
          'select coalesce(sum(length(data)), 0)::int as n from blob_chunks where sha256 = $1',
          [hash],
        ),
      ).toBe(bytes.length);
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses).toHaveLength(2 * TRIALS);
  }, 80_000);
});
