/** What the bench page offers the Node driver as `window.bench` (see main.ts). */
import type * as localWrites from './localWrites';
import type * as searchLibs from './searchLibs';
import type * as pouchBrowser from './pouchBrowser';
import type * as jianhuSync from './jianhuSync';
import type * as ledgerImport from './ledgerImport';
import type * as downloadCeiling from './downloadCeiling';
import type * as downloadRequiredWork from './downloadRequiredWork';
import type * as uploadCeiling from './uploadCeiling';
import type * as savePaired from './savePaired';
import type * as rawInJianhuDb from './rawInJianhuDb';

export type BenchApi = {
  jianhuOpen: typeof localWrites.jianhuOpen;
  jianhuImport: typeof localWrites.jianhuImport;
  jianhuSaves: typeof localWrites.jianhuSaves;
  rawOpen: typeof localWrites.rawOpen;
  rawImport: typeof localWrites.rawImport;
  rawSaves: typeof localWrites.rawSaves;
  pairedSaves: typeof savePaired.pairedSaves;
  rawInJianhuOpen: typeof rawInJianhuDb.rawInJianhuOpen;
  searchPrepare: typeof searchLibs.searchPrepare;
  searchBuild: typeof searchLibs.searchBuild;
  searchDropDocs: typeof searchLibs.searchDropDocs;
  searchQueries: typeof searchLibs.searchQueries;
  searchDispose: typeof searchLibs.searchDispose;
  pouchSeed: typeof pouchBrowser.pouchSeed;
  pouchPush: typeof pouchBrowser.pouchPush;
  pouchPull: typeof pouchBrowser.pouchPull;
  syncEnroll: typeof jianhuSync.syncEnroll;
  syncUpload: typeof jianhuSync.syncUpload;
  syncDownload: typeof jianhuSync.syncDownload;
  ceilingDownload: typeof downloadCeiling.ceilingDownload;
  closestDownload: typeof downloadRequiredWork.closestDownload;
  ceilingUploadSeed: typeof uploadCeiling.ceilingUploadSeed;
  ceilingUpload: typeof uploadCeiling.ceilingUpload;
  ledgerImport: typeof ledgerImport.ledgerImport;
};
