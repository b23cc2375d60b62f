/**
 * The save's figures taken side by side: one page holds the raw database and Jianhu's, both with
 * the same cases, and every turn saves once with each contestant, in an order shuffled afresh
 * each turn (no contestant always follows the same one). A slow moment (a LevelDB compaction, a
 * neighbour on the shared cores, a collection) then falls on every contestant alike, where
 * separate runs of 200 saves each met it by chance: the ratio of the save's ceiling to the raw
 * put moved from 1.16× to 1.58× within one hour that way. Each contestant draws its own cases,
 * so no save finds the row the one before it just read.
 */
import type { CaseId } from '../../src-shared/domain/ids';
import { createRng } from '../../src-shared/demo/random';
import { jianhuHandle, jianhuSaveTimed, rawHandle, rawSave } from './localWrites';
import { rawSaveInJianhuDb } from './rawInJianhuDb';
import { ceilingSave } from './saveCeiling';
import { requiredSaveWork } from './saveRequiredWork';

export const PAIRED_CONTESTANTS = [
  'raw',
  'rawInJianhu',
  'readInside',
  'ceiling',
  'closest',
  'jianhu',
  'floor',
  'twoRows',
] as const;
export type PairedContestant = (typeof PAIRED_CONTESTANTS)[number];

/**
 * Per contestant, the time of each save. `closest` keeps both counters in one row as the app does
 * since schema version 9; `twoRows` is the same design with the two rows the app kept before
 * (SaveLayout in saveCeiling.ts).
 */
export type PairedSaveTimes = Record<PairedContestant, number[]> & {
  /** Of each closest-design save, the time inside its clock spent on the rules' work (CPU). */
  closestWork: number[];
  /** The same for the floor (the fewest requests, saveCeiling.ts's `fewest`, the same work). */
  floorWork: number[];
  /** Of each Jianhu save, until the search index was sent its notice (the next task). */
  jianhuTold: number[];
};

/** `n` turns; every contestant saves once per turn. */
export async function pairedSaves(n: number, seed: number): Promise<PairedSaveTimes> {
  const rawIds = rawHandle().ids;
  const jianhu = jianhuHandle();
  const work = requiredSaveWork();
  const times: PairedSaveTimes = {
    raw: [],
    rawInJianhu: [],
    readInside: [],
    ceiling: [],
    closest: [],
    jianhu: [],
    floor: [],
    twoRows: [],
    closestWork: [],
    floorWork: [],
    jianhuTold: [],
  };
  // Each contestant draws its own cases, from the database it saves in.
  const rngs = new Map(PAIRED_CONTESTANTS.map((name, i) => [name, createRng(seed * 16 + i)]));
  const inJianhuDb = (name: PairedContestant) => name === 'jianhu' || name === 'rawInJianhu';
  const pick = (name: PairedContestant) =>
    (rngs.get(name) ?? createRng(seed)).pick(inJianhuDb(name) ? jianhu.ids : rawIds);
  const save: Record<PairedContestant, (k: number) => Promise<number>> = {
    raw: (k) => rawSave(pick('raw'), k),
    rawInJianhu: (k) => rawSaveInJianhuDb(pick('rawInJianhu'), k),
    readInside: (k) => rawSave(pick('readInside'), k, true),
    ceiling: async (k) => (await ceilingSave(pick('ceiling'), k)).ms,
    closest: async (k) => {
      const timing = await ceilingSave(pick('closest'), k, work);
      times.closestWork.push(timing.workMs);
      return timing.ms;
    },
    jianhu: async (k) => {
      const timing = await jianhuSaveTimed(pick('jianhu') as CaseId, k);
      times.jianhuTold.push(timing.told);
      return timing.saved;
    },
    floor: async (k) => {
      const timing = await ceilingSave(pick('floor'), k, work, 'fewest');
      times.floorWork.push(timing.workMs);
      return timing.ms;
    },
    twoRows: async (k) => (await ceilingSave(pick('twoRows'), k, work, 'twoRows')).ms,
  };
  const order = createRng(seed * 16 + 15);
  for (let k = 0; k < n; k++) {
    for (const name of order.shuffle([...PAIRED_CONTESTANTS]))
      times[name].push(await save[name](k));
  }
  await jianhu.client.sync();
  return times;
}
