/**
 * The case list's engine: an inverted index over title, numbers, party names and facts, a hidden
 * field of ID-number and phone hashes (lookupMatch.ts), plus the list projection, so one call
 * filters, searches and sorts every case in memory. Pure and synchronous; the search worker owns
 * one and feeds it changes in sequence order.
 */
import type { SearchDoc } from './caseDocument';
import { DocTable, type CodeColumn } from './docTable';
import { indexLookups, matchLookups, orderWithLookups } from './lookupMatch';
import { Matcher } from './matcher';
import { normalizeText } from './normalize';
import { PostingStore, MAX_ORDINALS } from './postingStore';
import { parseQuery } from './queryPlan';
import { orderResults } from './orderResults';
import { SortOrder } from './sortOrders';
import { TermDictionary } from './termDictionary';
import { SearchField, scanTokens, type TokenSink } from './tokenize';

export type CaseFilters = {
  /** null, '' or absent = any. */
  caseType?: string | null;
  focalPoint?: string | null;
  status?: string | null;
  handlerId?: string | null;
  /** 0 (default) = the register, 1 = the deleted-cases view, null = both. */
  deleted?: 0 | 1 | null;
  /**
   * Only these cases (null or absent = any): what the index does not hold decides, e.g. the
   * cases with a step overdue, read from the workflows.
   */
  ids?: readonly string[] | null;
};
export type CaseSort = 'relevance' | 'updatedAt' | 'receivedAt';

export type CaseQuery = {
  text?: string;
  /**
   * Keyed hashes of the ID numbers / phones the person may have typed (made on the main thread,
   * which has the key). Cases having any of them match, OR-ed with the text's matches and ranked
   * above them. Present (even empty) = a search, not the plain list.
   */
  lookups?: readonly string[];
  filters?: CaseFilters;
  /** Default: relevance when there is text, else updatedAt. Relevance ties go to the most recently updated. */
  sort?: CaseSort;
  /** For the date sorts; default 'desc' (newest first). */
  direction?: 'asc' | 'desc';
  /** At most this many ordinals/ids in the result (`total` still counts all). */
  limit?: number;
};

export type OrdinalResult = {
  /** Matching ordinals, in result order. */
  ords: Uint32Array;
  total: number;
  /** What to highlight: normalised pieces of the query. */
  terms: string[];
};

export type CaseQueryResult = { ids: string[]; total: number; terms: string[] };

/** Parts a serialised index is rebuilt from. */
export type CaseIndexParts = { docs: DocTable; dict: TermDictionary; postings: PostingStore };

/** Compact (renumber) when this share of ordinals are dead versions. */
const DEAD_SHARE_TO_COMPACT = 0.25;
const FILTER_COLUMNS = [
  'caseType',
  'focalPoint',
  'status',
  'handlerId',
] as const satisfies readonly CodeColumn[];

export class CaseIndex {
  readonly docs: DocTable;
  readonly dict: TermDictionary;
  readonly postings: PostingStore;
  /** Changes whenever ordinals are renumbered: anything holding ordinals must drop them. */
  epoch = 0;
  private readonly matcher: Matcher;
  private readonly orders = {
    updatedAt: new SortOrder('updatedAt'),
    receivedAt: new SortOrder('receivedAt'),
  };
  private termSeen = new Int32Array(0);
  private termMask = new Uint8Array(0);
  private docTerms: number[] = [];
  private currentOrd = 0;
  private currentField: SearchField = SearchField.title;
  private readonly sink: TokenSink;

  constructor(parts?: CaseIndexParts) {
    this.docs = parts?.docs ?? new DocTable();
    this.dict = parts?.dict ?? new TermDictionary();
    this.postings = parts?.postings ?? new PostingStore();
    this.matcher = new Matcher(this.dict, this.postings);
    this.sink = {
      num: (key) => {
        this.touch(this.dict.internNum(key));
      },
      str: (token) => {
        this.touch(this.dict.internStr(token));
      },
    };
  }

  /** Cases currently indexed (current versions, deleted ones included). */
  get size(): number {
    return this.docs.liveCount;
  }

  has(id: string): boolean {
    return this.docs.ordinalOf(id) >= 0;
  }

  idAt(ord: number): string {
    return this.docs.ids[ord] ?? '';
  }

  /** Adds a case or replaces its previous version. */
  upsert(doc: SearchDoc): void {
    if (this.docs.count >= MAX_ORDINALS - 1) this.compact();
    const ord = this.docs.append(doc);
    this.currentOrd = ord;
    this.docTerms.length = 0;
    this.scan(doc.title, SearchField.title);
    for (const n of doc.numbers) this.scan(n, SearchField.numbers);
    for (const p of doc.parties) this.scan(p, SearchField.parties);
    this.scan(doc.facts, SearchField.facts);
    for (const term of this.docTerms) this.postings.add(term, ord, this.termMask[term] ?? 0);
    indexLookups(this.dict, this.postings, ord, doc.lookups ?? []);
    this.maintain();
  }

  /** Forgets a case entirely (a purge; a soft delete is an upsert with deleted = 1). */
  remove(id: string): boolean {
    return this.docs.kill(id);
  }

  private scan(text: string, field: SearchField): void {
    if (!text) return;
    this.currentField = field;
    scanTokens(normalizeText(text), field, this.sink);
  }

  private touch(term: number): void {
    if (term >= this.termSeen.length) {
      const grown = new Int32Array(Math.max(1024, term * 2));
      grown.set(this.termSeen);
      this.termSeen = grown;
      const masks = new Uint8Array(grown.length);
      masks.set(this.termMask);
      this.termMask = masks;
    }
    const stamp = this.currentOrd + 1;
    if (this.termSeen[term] === stamp) {
      this.termMask[term] = (this.termMask[term] ?? 0) | this.currentField;
    } else {
      this.termSeen[term] = stamp;
      this.termMask[term] = this.currentField;
      this.docTerms.push(term);
    }
  }

  /** Renumbers when many ordinals are dead versions (edits leave one behind each). */
  maintain(): void {
    const dead = this.docs.count - this.docs.liveCount;
    if (dead > 1024 && dead > this.docs.count * DEAD_SHARE_TO_COMPACT) this.compact();
  }

  /** Folds the chains into one contiguous base: the form a snapshot saves and loads. */
  optimize(): void {
    if (this.postings.chainedCount > 0) this.postings.merge(this.dict.size);
  }

  /** Drops dead versions and renumbers ordinals densely (new epoch). */
  compact(): void {
    const map = this.docs.compactionMap();
    this.postings.merge(this.dict.size, map);
    this.docs.renumber(map);
    this.termSeen.fill(0);
    this.epoch++;
  }

  /** Filters, searches and sorts; returns ordinals (the worker sends these, not strings). */
  queryOrdinals(query: CaseQuery): OrdinalResult {
    const accept = this.filterFor(query.filters ?? {});
    const text = query.text?.trim() ?? '';
    const plan = text ? parseQuery(text) : null;
    const { lookups } = query;
    const isSearch = plan !== null || lookups !== undefined;
    const sort = query.sort ?? (isSearch ? 'relevance' : 'updatedAt');
    const direction = query.direction ?? 'desc';
    const limit = query.limit ?? Number.MAX_SAFE_INTEGER;
    const order = this.orders[sort === 'receivedAt' ? 'receivedAt' : 'updatedAt'].get(
      this.docs,
      this.epoch,
    );
    if (!isSearch) return { ...orderResults.all(order.order, direction, accept, limit), terms: [] };
    const match =
      plan && plan.groups.length > 0
        ? this.matcher.match(plan, this.docs.count, Math.max(1, this.docs.liveCount), accept)
        : null;
    const terms = match && plan ? [...plan.terms] : [];
    if (lookups !== undefined) {
      const found = matchLookups(this.dict, this.postings, lookups, accept);
      const how = { byRelevance: sort === 'relevance', direction, limit };
      return { ...orderWithLookups(found, match, order, this.docs.count, how), terms };
    }
    if (!match) return { ords: new Uint32Array(0), total: 0, terms: [] };
    if (sort === 'relevance') {
      return { ...orderResults.byScore(match, order, limit), terms };
    }
    return { ...orderResults.byOrder(match, order, this.docs.count, direction, limit), terms };
  }

  query(query: CaseQuery): CaseQueryResult {
    const { ords, total, terms } = this.queryOrdinals(query);
    const ids = new Array<string>(ords.length);
    for (let i = 0; i < ords.length; i++) ids[i] = this.docs.ids[ords[i] ?? 0] ?? '';
    return { ids, total, terms };
  }

  private filterFor(filters: CaseFilters): (ord: number) => boolean {
    const { docs } = this;
    const deleted = filters.deleted === undefined ? 0 : filters.deleted;
    const wanted: { codes: Uint16Array; code: number }[] = [];
    for (const column of FILTER_COLUMNS) {
      const value = filters[column];
      if (value === null || value === undefined || value === '') continue;
      const code = docs.findCode(column, value);
      if (code < 0) return () => false;
      wanted.push({ codes: docs.codes[column], code });
    }
    const only = filters.ids ? new Set(filters.ids) : null;
    return (ord) => {
      if (docs.alive[ord] !== 1) return false;
      if (deleted !== null && docs.deleted[ord] !== deleted) return false;
      if (only && !only.has(docs.ids[ord] ?? '')) return false;
      for (const w of wanted) if (w.codes[ord] !== w.code) return false;
      return true;
    };
  }
}
