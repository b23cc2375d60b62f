/**
 * The index's documents, one dense ordinal each, in columns: id, whether this is the case's
 * current version, and the list projection (codes as small integers, dates as epoch ms) that lets
 * the case list filter and sort 100k cases in memory. Append-only: a changed case gets a new
 * ordinal and its old one is marked dead (a tombstone), until a compaction renumbers.
 */
import { ensureCapacity } from './growable';
import type { SearchDoc } from './caseDocument';

/** Filterable code columns. */
export const CodeColumn = {
  /** CaseType. */
  caseType: 'caseType',
  /** FocalPoint. */
  focalPoint: 'focalPoint',
  /** CaseStatus. */
  status: 'status',
  /** Handler (a user id). */
  handlerId: 'handlerId',
} as const;
export type CodeColumn = (typeof CodeColumn)[keyof typeof CodeColumn];
export const CODE_COLUMNS: readonly CodeColumn[] = Object.values(CodeColumn);

export type DocTableState = {
  /** Ids by ordinal, joined by "\n". */
  ids: string;
  alive: Uint8Array;
  deleted: Uint8Array;
  updatedAt: Float64Array;
  receivedAt: Float64Array;
  codes: Record<CodeColumn, Uint16Array>;
  /** Each column's values in code order. */
  values: Record<CodeColumn, string[]>;
  /** Ordinals that died, in order (a delta's tombstones). */
  killed: Uint32Array;
};

/** Column values → small integer codes; append-only so persisted codes stay valid. */
class CodeBook {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

function newCodeColumns(): Record<CodeColumn, Uint16Array> {
  return {
    caseType: new Uint16Array(64),
    focalPoint: new Uint16Array(64),
    status: new Uint16Array(64),
    handlerId: new Uint16Array(64),
  };
}

export class DocTable {
  count = 0;
  ids: string[] = [];
  alive = new Uint8Array(64);
  deleted = new Uint8Array(64);
  updatedAt = new Float64Array(64);
  receivedAt = new Float64Array(64);
  codes = newCodeColumns();
  private readonly books: Record<CodeColumn, CodeBook> = {
    caseType: new CodeBook(),
    focalPoint: new CodeBook(),
    status: new CodeBook(),
    handlerId: new CodeBook(),
  };
  private byId = new Map<string, number>();
  private killed: number[] = [];
  liveCount = 0;

  ordinalOf(id: string): number {
    return this.byId.get(id) ?? -1;
  }

  /** The code of `value` in `column`, or -1 if no document has it. */
  findCode(column: CodeColumn, value: string): number {
    return this.books[column].find(value);
  }

  /** Appends `doc` as a new ordinal and marks its previous version dead. */
  append(doc: SearchDoc): number {
    this.kill(doc.id);
    const ord = this.count;
    this.reserve(ord + 1);
    this.ids[ord] = doc.id;
    this.alive[ord] = 1;
    this.deleted[ord] = doc.deleted;
    this.updatedAt[ord] = Date.parse(doc.updatedAt) || 0;
    this.receivedAt[ord] = Date.parse(doc.receivedAt) || 0;
    for (const column of CODE_COLUMNS)
      this.codes[column][ord] = this.books[column].code(doc[column]);
    this.byId.set(doc.id, ord);
    this.count = ord + 1;
    this.liveCount++;
    return ord;
  }

  /** Marks the current version of `id` dead; false if it is not indexed. */
  kill(id: string): boolean {
    const ord = this.byId.get(id);
    if (ord === undefined) return false;
    this.alive[ord] = 0;
    this.byId.delete(id);
    this.killed.push(ord);
    this.liveCount--;
    return true;
  }

  private reserve(n: number): void {
    this.alive = ensureCapacity(this.alive, n, Uint8Array);
    this.deleted = ensureCapacity(this.deleted, n, Uint8Array);
    this.updatedAt = ensureCapacity(this.updatedAt, n, Float64Array);
    this.receivedAt = ensureCapacity(this.receivedAt, n, Float64Array);
    for (const column of CODE_COLUMNS) {
      this.codes[column] = ensureCapacity(this.codes[column], n, Uint16Array);
    }
  }

  /** Ordinal map for a compaction: live ordinals renumbered densely in order, dead ones -1. */
  compactionMap(): Int32Array {
    const map = new Int32Array(this.count);
    let next = 0;
    for (let ord = 0; ord < this.count; ord++) map[ord] = this.alive[ord] ? next++ : -1;
    return map;
  }

  /** Applies a compaction map made by `compactionMap` (moves rows down in place). */
  renumber(map: Int32Array): void {
    const ids: string[] = [];
    let to = 0;
    for (let ord = 0; ord < this.count; ord++) {
      if ((map[ord] ?? -1) < 0) continue;
      ids.push(this.ids[ord] ?? '');
      this.alive[to] = 1;
      this.deleted[to] = this.deleted[ord] ?? 0;
      this.updatedAt[to] = this.updatedAt[ord] ?? 0;
      this.receivedAt[to] = this.receivedAt[ord] ?? 0;
      for (const column of CODE_COLUMNS) this.codes[column][to] = this.codes[column][ord] ?? 0;
      to++;
    }
    this.alive.fill(0, to);
    this.ids = ids;
    this.count = to;
    this.liveCount = to;
    this.killed = [];
    this.byId = new Map(ids.map((id, ord) => [id, ord]));
  }

  /** Rows from ordinal `from`, code values from each book's `valueCounts`, tombstones from `killedFrom`. */
  stateFrom(
    from: number,
    killedFrom: number,
    valueCounts?: Record<CodeColumn, number>,
  ): DocTableState {
    const pick = <T>(f: (column: CodeColumn) => T): Record<CodeColumn, T> => ({
      caseType: f('caseType'),
      focalPoint: f('focalPoint'),
      status: f('status'),
      handlerId: f('handlerId'),
    });
    return {
      ids: this.ids.slice(from, this.count).join('\n'),
      alive: this.alive.slice(from, this.count),
      deleted: this.deleted.slice(from, this.count),
      updatedAt: this.updatedAt.slice(from, this.count),
      receivedAt: this.receivedAt.slice(from, this.count),
      codes: pick((c) => this.codes[c].slice(from, this.count)),
      values: pick((c) => this.books[c].values.slice(valueCounts?.[c] ?? 0)),
      killed: Uint32Array.from(this.killed.slice(killedFrom)),
    };
  }

  /** How many values each code book holds (a persistence mark). */
  valueCounts(): Record<CodeColumn, number> {
    return {
      caseType: this.books.caseType.values.length,
      focalPoint: this.books.focalPoint.values.length,
      status: this.books.status.values.length,
      handlerId: this.books.handlerId.values.length,
    };
  }

  get killedCount(): number {
    return this.killed.length;
  }

  /** Appends rows persisted by `stateFrom(this.count, …)` and applies their tombstones. */
  appendState(state: DocTableState): void {
    for (const column of CODE_COLUMNS) {
      for (const value of state.values[column]) this.books[column].code(value);
    }
    const ids = state.ids === '' ? [] : state.ids.split('\n');
    const n = ids.length;
    const base = this.count;
    this.reserve(base + n);
    this.alive.set(state.alive, base);
    this.deleted.set(state.deleted, base);
    this.updatedAt.set(state.updatedAt, base);
    this.receivedAt.set(state.receivedAt, base);
    for (const column of CODE_COLUMNS) this.codes[column].set(state.codes[column], base);
    for (let i = 0; i < n; i++) {
      const id = ids[i] ?? '';
      this.ids[base + i] = id;
      if (state.alive[i]) {
        this.byId.set(id, base + i);
        this.liveCount++;
      }
    }
    this.count = base + n;
    for (const ord of state.killed) {
      if (!this.alive[ord]) continue;
      this.alive[ord] = 0;
      this.liveCount--;
      this.killed.push(ord);
      const id = this.ids[ord] ?? '';
      if (this.byId.get(id) === ord) this.byId.delete(id);
    }
  }
}
