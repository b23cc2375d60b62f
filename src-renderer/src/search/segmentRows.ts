/**
 * How the index is laid out in the `searchSegments` table. One generation = a snapshot (a head
 * row and postings chunks of ≤ 8 MB) plus the deltas saved after it; the manifest row names the
 * generation's key prefix and the `seq` watermark the segments cover. A new snapshot is written
 * as a new generation and the old one deleted in the same transaction, so a crash leaves either.
 */
import type { SearchSegmentRow } from '../db/rowTypes';
import { SEARCH_MANIFEST_KEY, type StoredSegments } from '../db/searchStore';
import type { CaseIndex } from '../../../src-shared/search/caseIndex';
import {
  SEARCH_INDEX_FORMAT,
  SearchIndexFormatError,
  applyDelta,
  restoreIndex,
  snapshotIndex,
  type IndexDelta,
} from '../../../src-shared/search/serialize';

export type Manifest = {
  key: typeof SEARCH_MANIFEST_KEY;
  format: number;
  generation: number;
  /** Key prefix of this generation's rows. */
  prefix: string;
  /** Highest case `seq` the segments include. */
  watermark: number;
  /** Deltas saved after the snapshot. */
  deltas: number;
};

/** Any generation's rows (all keys but the manifest's start with it). */
export const ALL_GENERATIONS = 'g';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const prefixOf = (generation: number) => `${ALL_GENERATIONS}${pad(generation, 6)}:`;
const HEAD = 'head';
const CHUNK = 'chunk:';
const DELTA = 'delta:';

/** A new generation holding the whole index (its chains folded into the base first). */
export function snapshotRows(
  index: CaseIndex,
  generation: number,
  watermark: number,
): { rows: SearchSegmentRow[]; manifest: Manifest } {
  const prefix = prefixOf(generation);
  const { head, chunks } = snapshotIndex(index);
  const manifest: Manifest = {
    key: SEARCH_MANIFEST_KEY,
    format: SEARCH_INDEX_FORMAT,
    generation,
    prefix,
    watermark,
    deltas: 0,
  };
  const rows: SearchSegmentRow[] = [
    { key: prefix + HEAD, head },
    ...chunks.map((bytes, i) => ({ key: `${prefix}${CHUNK}${pad(i, 4)}`, bytes })),
    manifest,
  ];
  return { rows, manifest };
}

/** One more delta in the current generation. */
export function deltaRows(
  delta: IndexDelta,
  current: Manifest,
  watermark: number,
): { rows: SearchSegmentRow[]; manifest: Manifest } {
  const n = current.deltas + 1;
  const manifest: Manifest = { ...current, deltas: n, watermark };
  return { rows: [{ key: `${current.prefix}${DELTA}${pad(n, 6)}`, delta }, manifest], manifest };
}

/** The index the stored rows describe; throws `SearchIndexFormatError` if anything is off. */
export function restoreSegments(stored: StoredSegments): { index: CaseIndex; manifest: Manifest } {
  const manifest = readManifest(stored.manifest);
  const byKey = new Map(stored.rows.map((row) => [row.key, row]));
  const head = byKey.get(manifest.prefix + HEAD);
  if (!head) throw new SearchIndexFormatError('head missing');
  const chunkRows = stored.rows
    .filter((row) => row.key.startsWith(manifest.prefix + CHUNK))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  const index = restoreIndex(
    head.head,
    chunkRows.map((row) => row.bytes),
  );
  for (let n = 1; n <= manifest.deltas; n++) {
    const row = byKey.get(`${manifest.prefix}${DELTA}${pad(n, 6)}`);
    if (!row) throw new SearchIndexFormatError(`delta ${n} missing`);
    applyDelta(index, row.delta);
  }
  return { index, manifest };
}

function readManifest(row: SearchSegmentRow): Manifest {
  const { format, generation, prefix, watermark, deltas } = row;
  if (format !== SEARCH_INDEX_FORMAT) throw new SearchIndexFormatError('format version');
  if (
    typeof generation !== 'number' ||
    typeof prefix !== 'string' ||
    prefix !== prefixOf(generation) ||
    typeof watermark !== 'number' ||
    typeof deltas !== 'number'
  ) {
    throw new SearchIndexFormatError('manifest');
  }
  return { key: SEARCH_MANIFEST_KEY, format, generation, prefix, watermark, deltas };
}
