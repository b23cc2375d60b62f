/**
 * The plain-browser implementation: what the web build and the end-to-end tests run. Saving is a
 * download, opening a hidden file input, printing the browser's own dialog. File names obey the
 * same contract as on the desktop, so a name the web accepts the desktop accepts too.
 */
import {
  IpcChannel,
  IpcErrorCode,
  MAX_FILE_BYTES,
  ipcContract,
  type PdfPageSize,
} from '../../../src-shared/ipc';
import { PlatformError, PlatformKind, type Platform } from './platform';
import { downloadBlob, pickFile } from './browserFiles';
import { createWebBackups } from './webBackups';

/** Set on <html> while printing, for print styles that differ from a plain Ctrl+P. */
export const PRINTING_ATTRIBUTE = 'data-jianhu-printing';

const MIME_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  csv: 'text/csv',
  txt: 'text/plain',
  xml: 'application/xml',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

function mimeTypeOf(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

function invalid(what: string): PlatformError {
  return new PlatformError(IpcErrorCode.invalidRequest, what);
}

function chromeVersion(userAgent: string): string {
  return /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? '';
}

/** `@page` is the only way a page can ask the browser for a paper size and orientation. */
function pageRule(pageSize: PdfPageSize, isLandscape: boolean): string {
  return `@page { size: ${pageSize} ${isLandscape ? 'landscape' : 'portrait'}; }`;
}

export function createWebPlatform(win: Window & typeof globalThis): Platform {
  const { document } = win;
  return {
    kind: PlatformKind.web,
    appInfo: () =>
      Promise.resolve({
        name: 'Jianhu',
        // The web build carries no version or runtime of its own; only the browser's.
        version: '',
        platform: 'web',
        arch: '',
        versions: { electron: '', chrome: chromeVersion(win.navigator.userAgent), node: '' },
        locale: win.navigator.language,
      }),

    saveFile: (name, bytes, filters) => {
      const request = ipcContract[IpcChannel.dialogSaveFile].request.safeParse({
        suggestedName: name,
        filters,
        data: bytes,
      });
      if (!request.success) return Promise.reject(invalid('unsafe file name or type'));
      // slice(): a Blob takes only bytes over a plain ArrayBuffer.
      downloadBlob(win, name, new Blob([bytes.slice()], { type: mimeTypeOf(name) }));
      return Promise.resolve(name);
    },

    openFile: async (filters, maxBytes = MAX_FILE_BYTES) => {
      const request = ipcContract[IpcChannel.dialogOpenFile].request.safeParse({
        filters,
        maxBytes,
      });
      if (!request.success) throw invalid('unsupported file type');
      const file = await pickFile(document, filters);
      if (!file) return null;
      if (file.size > maxBytes) throw new PlatformError(IpcErrorCode.tooLarge, 'file too large');
      return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
    },

    printToPdf: (name, options = {}) => {
      const request = ipcContract[IpcChannel.documentPrintToPdf].request.safeParse({
        suggestedName: name,
        ...options,
      });
      if (!request.success) return Promise.reject(invalid('unsafe file name'));
      const root = document.documentElement;
      const title = document.title;
      const style = document.createElement('style');
      style.textContent = pageRule(request.data.pageSize, request.data.landscape);
      // Chromium proposes the document title as the PDF's file name.
      document.title = name.replace(/\.pdf$/i, '');
      root.setAttribute(PRINTING_ATTRIBUTE, '');
      document.head.append(style);
      try {
        win.print();
      } finally {
        style.remove();
        root.removeAttribute(PRINTING_ATTRIBUTE);
        document.title = title;
      }
      // The browser does not say whether a PDF was saved.
      return Promise.resolve(null);
    },

    // The browser has no key store a page may use: secrets stay as they are, in the profile.
    secretStatus: () => Promise.resolve({ protection: 'browser' }),
    acceptWeakSecretProtection: () => Promise.resolve({ protection: 'browser' }),
    wrapSecret: (plain) => Promise.resolve({ clear: plain }),
    unwrapSecret: (stored) =>
      'clear' in stored
        ? Promise.resolve({ plain: stored.clear, restore: null })
        : Promise.reject(
            new PlatformError(IpcErrorCode.secretUnreadable, 'only the desktop app unwraps'),
          ),
    // And the browser's own certificate store decides which servers are trusted.
    caStatus: () => Promise.resolve({ kind: 'browser' }),
    importCa: () => Promise.resolve(null),
    removeCa: () => Promise.resolve(),
    // A page cannot narrow its own connections: the web build's server sets its CSP, if any.
    allowSyncServer: () => Promise.resolve(),

    backups: createWebBackups(win, () => win.navigator.storage.getDirectory()),

    onResumed: (listener) => {
      const onVisibility = () => {
        if (document.visibilityState === 'visible') listener();
      };
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
  };
}
