/**
 * The random draw of hearing officers from the pool, made reproducible: the seed is recorded with
 * the candidates, so anyone (the engine, the server, a reviewer) can redo the draw and get the
 * same officers. The seed comes from the device's random source; nothing here is random itself.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** A number in [0, bound) from the seed and a counter (SHA-256, first 6 bytes). */
function pick(seed: string, round: number, bound: number): number {
  const digest = sha256(utf8ToBytes(`${seed}:${String(round)}`));
  let value = 0;
  for (let i = 0; i < 6; i++) value = value * 256 + (digest[i] ?? 0);
  return value % bound;
}

/** `count` candidates in drawn order (Fisher–Yates driven by the seed); all when fewer. */
export function drawFromPool(seed: string, candidates: readonly string[], count: number): string[] {
  const pool = [...candidates];
  const drawn: string[] = [];
  for (let round = 0; round < count && pool.length > 0; round++) {
    const [chosen] = pool.splice(pick(seed, round, pool.length), 1);
    if (chosen !== undefined) drawn.push(chosen);
  }
  return drawn;
}
