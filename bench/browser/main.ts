/** The bench page: the app's modules and the anchors' libraries, callable from the Node driver. */
import type { BenchApi } from './api';
import { jianhuImport, jianhuOpen, jianhuSaves, rawImport, rawOpen, rawSaves } from './localWrites';
import {
  searchBuild,
  searchDispose,
  searchDropDocs,
  searchPrepare,
  searchQueries,
} from './searchLibs';
import { pouchPull, pouchPush, pouchSeed } from './pouchBrowser';
import { syncDownload, syncEnroll, syncUpload } from './jianhuSync';
import { ledgerImport } from './ledgerImport';
import { ceilingDownload } from './downloadCeiling';
import { closestDownload } from './downloadRequiredWork';
import { ceilingUpload, ceilingUploadSeed } from './uploadCeiling';
import { pairedSaves } from './savePaired';
import { rawInJianhuOpen } from './rawInJianhuDb';

const api: BenchApi = {
  jianhuOpen,
  jianhuImport,
  jianhuSaves,
  rawOpen,
  rawImport,
  rawSaves,
  pairedSaves,
  rawInJianhuOpen,
  searchPrepare,
  searchBuild,
  searchDropDocs,
  searchQueries,
  searchDispose,
  pouchSeed,
  pouchPush,
  pouchPull,
  syncEnroll,
  syncUpload,
  syncDownload,
  ceilingDownload,
  closestDownload,
  ceilingUploadSeed,
  ceilingUpload,
  ledgerImport,
};

(globalThis as unknown as { bench: BenchApi }).bench = api;
document.title = 'bench ready';
