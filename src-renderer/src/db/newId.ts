import { uuidv7 } from '../../../src-shared/domain/ids';

/** A fresh UUIDv7 for a row made at `now`. */
export function newId(now: Date): string {
  return uuidv7(now.getTime(), crypto.getRandomValues(new Uint8Array(16)));
}
