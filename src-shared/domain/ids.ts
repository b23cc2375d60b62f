/** Branded ids: a case id cannot be passed where a device id belongs. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type CaseId = Brand<string, 'CaseId'>;
export type UserId = Brand<string, 'UserId'>;
export type DeviceId = Brand<string, 'DeviceId'>;
export type ChangeId = Brand<string, 'ChangeId'>;
export type PartyId = Brand<string, 'PartyId'>;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Pure: the caller passes the
 * time and 16 random bytes (crypto.getRandomValues on every runtime), so tests are repeatable.
 */
export function uuidv7(nowMs: number, random: Uint8Array): string {
  if (random.length < 16) throw new Error('uuidv7 needs 16 random bytes');
  const b = Uint8Array.from(random.subarray(0, 16));
  let ms = Math.floor(nowMs);
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = 0x70 | ((b[6] ?? 0) & 0x0f);
  b[8] = 0x80 | ((b[8] ?? 0) & 0x3f);
  // A plain loop: this runs once per record and per demo party, 100,000s of times in benchmarks.
  let out = '';
  for (let i = 0; i < 16; i++) {
    out += HEX[b[i] ?? 0] ?? '00';
    if (i === 3 || i === 5 || i === 7 || i === 9) out += '-';
  }
  return out;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
