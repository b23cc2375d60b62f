/**
 * Token → dense term id. Numeric keys (main-block ideographs and their bigrams, below 2^30) live in
 * a Map of small integers, which V8 hashes without allocating; other tokens in a string Map.
 */
import { ensureCapacity } from './growable';
import type { TokenKey } from './tokenize';

/** What a dictionary persists: per term its numeric key or -1, and the string terms in id order. */
export type TermDictionaryState = {
  numKeys: Int32Array;
  /** String terms in term-id order, joined by NUL (tokens never contain one). */
  strKeys: string;
};

const SEPARATOR = '\u0000';

export class TermDictionary {
  private readonly numIds = new Map<number, number>();
  private readonly strIds = new Map<string, number>();
  /** Per term id: its numeric key, or -1 when the term is a string. */
  private numKeys = new Int32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The term id of `key`, or -1 when no document has it. */
  lookup(key: TokenKey): number {
    return (typeof key === 'number' ? this.numIds.get(key) : this.strIds.get(key)) ?? -1;
  }

  internNum(key: number): number {
    const id = this.numIds.get(key);
    if (id !== undefined) return id;
    const created = this.append(key);
    this.numIds.set(key, created);
    return created;
  }

  internStr(key: string): number {
    const id = this.strIds.get(key);
    if (id !== undefined) return id;
    const created = this.append(-1);
    this.strIds.set(key, created);
    return created;
  }

  private append(numKey: number): number {
    this.numKeys = ensureCapacity(this.numKeys, this.count + 1, Int32Array);
    this.numKeys[this.count] = numKey;
    return this.count++;
  }

  /** Terms with id ≥ `from`, in the persisted form (a snapshot when `from` is 0). */
  stateFrom(from: number): TermDictionaryState {
    const strings: string[] = [];
    for (const [key, id] of this.strIds) if (id >= from) strings.push(key);
    return { numKeys: this.numKeys.slice(from, this.count), strKeys: strings.join(SEPARATOR) };
  }

  /** Appends terms persisted by `stateFrom(this.size)`; returns false if they do not fit. */
  appendState(state: TermDictionaryState): boolean {
    const strings = state.strKeys === '' ? [] : state.strKeys.split(SEPARATOR);
    let next = 0;
    for (const numKey of state.numKeys) {
      if (numKey >= 0) {
        if (this.numIds.has(numKey)) return false;
        this.numIds.set(numKey, this.append(numKey));
      } else {
        const key = strings[next++];
        if (key === undefined || this.strIds.has(key)) return false;
        this.strIds.set(key, this.append(-1));
      }
    }
    return next === strings.length;
  }
}
