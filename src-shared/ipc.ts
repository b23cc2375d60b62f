/**
 * The IPC contract between the Electron main process and the renderer: every channel name
 * (`area:verb`) and the zod schema of its request and response. Channel strings are written only
 * here; main registers one handler per channel (src-main/ipc.ts) and the preload exposes one named
 * function per channel (src-main/preload/bridge.ts). See src-main/README.md for the invariants.
 */
import { z } from 'zod';
import {
  MAX_FILE_BYTES,
  fileFilterSchema,
  safeFileNameSchema,
  splitExtension,
  type FileFilter,
} from './security/fileName';
import { acceptableServerUrlSchema } from './sync/serverUrl';
import {
  BACKUP_EXTENSION,
  MAX_BACKUP_PIECE_BYTES,
  MAX_KEPT_BACKUPS,
  storedBackupNameSchema,
  storedBackupSchema,
  type StoredBackup,
} from './backup/backupFiles';

export { MAX_FILE_BYTES, SAFE_FILE_EXTENSIONS } from './security/fileName';
export { MAX_BACKUP_PIECE_BYTES, type StoredBackup } from './backup/backupFiles';
export type { FileFilter } from './security/fileName';

/** Renderer → main calls (answered with an IpcResult). */
export const IpcChannel = {
  /** Name, version, runtime and locale of the desktop app (about box, diagnostics). */
  appInfo: 'app:info',
  /** Writes bytes the renderer made (an export, a document) to a file the user picks. */
  dialogSaveFile: 'dialog:saveFile',
  /** Reads one file the user picks (an import), within a size cap. */
  dialogOpenFile: 'dialog:openFile',
  /** Prints the current view to PDF and saves it where the user picks. */
  documentPrintToPdf: 'document:printToPdf',
  /** How secrets can be protected at rest on this machine (OS key store or weaker). */
  secretStatus: 'secret:status',
  /** The user's explicit, remembered choice to accept weaker protection than the OS key store. */
  secretAcceptWeak: 'secret:acceptWeak',
  /** Wraps a secret (the device token) with Electron's safeStorage; the renderer keeps the bytes. */
  secretWrap: 'secret:wrap',
  /** Unwraps bytes made by `secret:wrap`, for a request that needs the secret. */
  secretUnwrap: 'secret:unwrap',
  /** The province's CA certificate the app trusts for the sync server, if any. */
  caStatus: 'ca:status',
  /** Lets the user pick the province's CA certificate, checks it and trusts it for one server. */
  caImport: 'ca:import',
  /** Stops trusting the imported CA certificate. */
  caRemove: 'ca:remove',
  /** The one sync server the pages may connect to (before enrolling), or none (device left). */
  syncSetServer: 'sync:setServer',
  /** Starts writing a backup archive: a kept automatic one, or a file the user picks. */
  backupBegin: 'backup:begin',
  /** Appends a piece of the archive being written. */
  backupAppend: 'backup:append',
  /** Finishes the archive (renamed into place; automatic ones rotated to the last N). */
  backupFinish: 'backup:finish',
  /** Drops an archive that could not be finished (its partial file is deleted). */
  backupAbort: 'backup:abort',
  /** The automatic backups kept under userData/backups, oldest first. */
  backupList: 'backup:list',
  /** Opens an archive to read: a kept one by name, or a file the user picks. */
  backupOpen: 'backup:open',
  /** Reads a piece of an opened archive. */
  backupRead: 'backup:read',
} as const;
export type IpcChannel = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Main → renderer events (no answer). */
export const IpcEvent = {
  /** The machine woke from sleep: the sync engine tries again at once. */
  appResumed: 'app:resumed',
} as const;
export type IpcEvent = (typeof IpcEvent)[keyof typeof IpcEvent];

/** Why an IPC call failed. Cancelling a dialog is not an error: it answers `null`. */
export const IpcErrorCode = {
  /** The request does not match the channel's schema (a bug in the caller, or tampering). */
  invalidRequest: 'invalid-request',
  /** The call came from a frame that is not the app's own top-level page. */
  forbiddenSender: 'forbidden-sender',
  /** The file the user picked is larger than the caller's limit. */
  tooLarge: 'too-large',
  /** The operation itself failed (disk, printing); details stay in the main process log. */
  failed: 'failed',
  /** No OS key store protects secrets here and the user has not accepted weaker protection. */
  secretUnprotected: 'secret-unprotected',
  /** Wrapped bytes cannot be unwrapped (another machine or user, a reset key store). */
  secretUnreadable: 'secret-unreadable',
  /** The chosen file is not a certificate (neither PEM nor DER X.509). */
  caUnreadable: 'ca-unreadable',
  /** The certificate is not a certificate authority's (no basicConstraints CA:TRUE). */
  caNotCa: 'ca-not-ca',
  /** The certificate has expired, or is not valid yet. */
  caExpired: 'ca-expired',
} as const;
export type IpcErrorCode = (typeof IpcErrorCode)[keyof typeof IpcErrorCode];

export type IpcError = { readonly code: IpcErrorCode; readonly message: string };

/** What every channel answers; never a rejected promise (Signal-Desktop's `wrapResult`). */
export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export const ipcErrorSchema = z.strictObject({
  code: z.enum(IpcErrorCode),
  message: z.string().max(1000),
});

const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** Node's `process.platform`: 'win32', 'linux', … */
  platform: z.string(),
  /** Node's `process.arch`: 'x64', 'arm64', … */
  arch: z.string(),
  versions: z.strictObject({ electron: z.string(), chrome: z.string(), node: z.string() }),
  /** The operating system's UI locale, e.g. 'zh-CN'. */
  locale: z.string(),
});
export type AppInfo = z.output<typeof appInfoSchema>;

const filtersSchema = z.array(fileFilterSchema).min(1).max(8);

/**
 * Bytes, checked without `instanceof`: they may come from another realm (Electron's isolated
 * preload world, an iframe, jsdom), whose Uint8Array is a different constructor.
 */
function isUint8Array(value: unknown): boolean {
  return (
    ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]'
  );
}
/** What the renderer sends: any Uint8Array. */
const sentBytesSchema = z.custom<Uint8Array>(isUint8Array, 'expected Uint8Array');
/** What main answers: bytes it read into a fresh (non-shared) buffer. */
const readBytesSchema = z.custom<Uint8Array<ArrayBuffer>>(isUint8Array, 'expected Uint8Array');

/** The suggested name's extension must be one the filters offer, so a name cannot smuggle one. */
function hasFilteredExtension(request: {
  suggestedName: string;
  filters: readonly FileFilter[];
}): boolean {
  const extension = splitExtension(request.suggestedName)?.extension;
  return request.filters.some((filter) => filter.extensions.some((e) => e === extension));
}

const saveFileRequestSchema = z
  .strictObject({
    suggestedName: safeFileNameSchema,
    filters: filtersSchema,
    data: sentBytesSchema.refine((data) => data.byteLength <= MAX_FILE_BYTES, 'file too large'),
  })
  .refine(hasFilteredExtension, {
    error: 'extension not in filters',
    path: ['suggestedName'],
  });
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

const openFileRequestSchema = z.strictObject({
  filters: filtersSchema,
  /** The caller's own cap; a larger file answers `too-large` without being read. */
  maxBytes: z.int().min(1).max(MAX_FILE_BYTES).default(MAX_FILE_BYTES),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;

const openedFileSchema = z.strictObject({
  /** The file's base name (never its directory). */
  name: z.string().min(1).max(255),
  data: readBytesSchema,
});
export type OpenedFile = z.output<typeof openedFileSchema>;

/** Paper sizes of printed documents: official documents are A4; wide tables may need A3. */
export const PdfPageSize = {
  /** 210 × 297 mm, the size of official documents (GB/T 9704). */
  a4: 'A4',
  /** 297 × 420 mm, for wide registers and statistics. */
  a3: 'A3',
} as const;
export type PdfPageSize = (typeof PdfPageSize)[keyof typeof PdfPageSize];

const printToPdfRequestSchema = z.strictObject({
  suggestedName: safeFileNameSchema.refine(
    (name) => splitExtension(name)?.extension === 'pdf',
    'must end in .pdf',
  ),
  pageSize: z.enum(PdfPageSize).default(PdfPageSize.a4),
  landscape: z.boolean().default(false),
});
export type PrintToPdfRequest = z.input<typeof printToPdfRequestSchema>;

/**
 * How main can protect a secret at rest. Windows (DPAPI), macOS (Keychain) and Linux with a key
 * ring give `os`; Linux without one falls back to a fixed key (`basic_text`), which only obscures.
 */
export const SecretProtection = {
  /** safeStorage backed by the OS key store: other users (and on macOS other apps) cannot read it. */
  os: 'os',
  /** safeStorage with Linux's `basic_text` backend: obfuscation with a key every copy shares. */
  weak: 'weak',
  /** safeStorage cannot encrypt at all on this machine. */
  unavailable: 'unavailable',
} as const;
export type SecretProtection = (typeof SecretProtection)[keyof typeof SecretProtection];

const secretStatusSchema = z.strictObject({
  protection: z.enum(SecretProtection),
  /** The Linux key store backend ('gnome_libsecret', 'basic_text', …); '' on other systems. */
  backend: z.string().max(40),
  /** The user chose to continue with weaker protection (remembered under userData). */
  isWeakAccepted: z.boolean(),
  /** Whether `secret:wrap` will succeed now. */
  canWrap: z.boolean(),
});
export type SecretStatus = z.output<typeof secretStatusSchema>;

/** Wrapped secrets travel and rest as base64 of safeStorage's bytes. */
const base64Schema = z.base64().min(4).max(16_384);
const wrapRequestSchema = z.strictObject({ plain: z.string().min(1).max(4096) });
const wrappedSchema = z.strictObject({ wrapped: base64Schema });
const unwrappedSchema = z.strictObject({
  plain: z.string().min(1).max(4096),
  /** New bytes when the key store rotated its key: store these instead of the old ones. */
  rewrapped: base64Schema.nullable(),
});

/** What the device page shows of the trusted CA, for the user to compare by phone. */
const caInfoSchema = z.strictObject({
  /** Distinguished name, e.g. `C=CN, O=某省人民检察院, CN=某省检察机关 CA`. */
  subject: z.string().max(2000),
  issuer: z.string().max(2000),
  /** SHA-256 of the DER bytes, as upper-case hex pairs joined by colons. */
  fingerprint256: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
  validFrom: z.iso.datetime(),
  validTo: z.iso.datetime(),
  /** The one server host name (or IP address) this CA is trusted for. */
  host: z.string().min(1).max(253),
});
export type CaInfo = z.output<typeof caInfoSchema>;

const caImportRequestSchema = z.strictObject({
  /** The sync server's address; only its host is trusted with this CA. */
  serverUrl: z.url({ protocol: /^https$/, hostname: z.regexes.hostname }).max(2048),
});
export type CaImportRequest = z.input<typeof caImportRequestSchema>;

const syncServerRequestSchema = z.strictObject({
  /** https, or http to loopback (`checkServerUrl`); null allows no server at all. */
  serverUrl: acceptableServerUrlSchema.nullable(),
});
export type SyncServerRequest = z.input<typeof syncServerRequestSchema>;

const syncServerSchema = z.strictObject({
  /** What main now lets the pages connect to: `scheme://host[:port]`, or null for nothing. */
  origin: z.string().max(2048).nullable(),
});
export type SyncServer = z.output<typeof syncServerSchema>;

/** A write or read in progress in main, named by a random id main made. */
const backupHandleSchema = z.uuid();
const backupPieceSchema = sentBytesSchema.refine(
  (data) => data.byteLength >= 1 && data.byteLength <= MAX_BACKUP_PIECE_BYTES,
  'piece size',
);

const backupBeginRequestSchema = z.discriminatedUnion('target', [
  z.strictObject({ target: z.literal('auto') }),
  z.strictObject({
    target: z.literal('file'),
    suggestedName: safeFileNameSchema.refine(
      (name) => splitExtension(name)?.extension === BACKUP_EXTENSION,
      'must end in .jhbak',
    ),
  }),
]);
export type BackupBeginRequest = z.input<typeof backupBeginRequestSchema>;

const backupOpenRequestSchema = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('auto'), name: storedBackupNameSchema }),
  z.strictObject({ from: z.literal('file') }),
]);
export type BackupOpenRequest = z.input<typeof backupOpenRequestSchema>;

/** A finished archive: a kept one's name, or the base name of the file the user chose. */
const backupWrittenSchema = z.strictObject({
  name: z.string().min(1).max(255),
  size: z.int().nonnegative(),
  createdAt: z.iso.datetime(),
});
export type BackupWritten = z.output<typeof backupWrittenSchema>;

const backupOpenedSchema = z.strictObject({
  readId: backupHandleSchema,
  name: z.string().min(1).max(255),
  size: z.int().nonnegative(),
});
export type BackupOpened = z.output<typeof backupOpenedSchema>;

/** A saved file's full path, or null when the user cancelled the dialog. */
const savedPathSchema = z.string().min(1).max(4096).nullable();

/** Channel → request and response schema. A channel without an entry is a compile error. */
export const ipcContract = {
  [IpcChannel.appInfo]: { request: z.undefined(), response: appInfoSchema },
  [IpcChannel.dialogSaveFile]: { request: saveFileRequestSchema, response: savedPathSchema },
  [IpcChannel.dialogOpenFile]: {
    request: openFileRequestSchema,
    response: openedFileSchema.nullable(),
  },
  [IpcChannel.documentPrintToPdf]: { request: printToPdfRequestSchema, response: savedPathSchema },
  [IpcChannel.secretStatus]: { request: z.undefined(), response: secretStatusSchema },
  [IpcChannel.secretAcceptWeak]: { request: z.undefined(), response: secretStatusSchema },
  [IpcChannel.secretWrap]: { request: wrapRequestSchema, response: wrappedSchema },
  [IpcChannel.secretUnwrap]: { request: wrappedSchema, response: unwrappedSchema },
  [IpcChannel.caStatus]: { request: z.undefined(), response: caInfoSchema.nullable() },
  /** Answers null when the user cancelled the file dialog. */
  [IpcChannel.caImport]: { request: caImportRequestSchema, response: caInfoSchema.nullable() },
  [IpcChannel.caRemove]: { request: z.undefined(), response: z.null() },
  [IpcChannel.syncSetServer]: { request: syncServerRequestSchema, response: syncServerSchema },
  /** Answers null when the user cancelled the save dialog. */
  [IpcChannel.backupBegin]: {
    request: backupBeginRequestSchema,
    response: z.strictObject({ writeId: backupHandleSchema }).nullable(),
  },
  [IpcChannel.backupAppend]: {
    request: z.strictObject({ writeId: backupHandleSchema, data: backupPieceSchema }),
    response: z.null(),
  },
  [IpcChannel.backupFinish]: {
    request: z.strictObject({
      writeId: backupHandleSchema,
      /** Automatic backups: how many to keep, the newest; ignored for a chosen file. */
      keep: z.int().min(1).max(MAX_KEPT_BACKUPS).optional(),
    }),
    response: backupWrittenSchema,
  },
  [IpcChannel.backupAbort]: {
    request: z.strictObject({ writeId: backupHandleSchema }),
    response: z.null(),
  },
  [IpcChannel.backupList]: {
    request: z.undefined(),
    response: z.array(storedBackupSchema).max(10_000),
  },
  /** Answers null when the user cancelled the open dialog. */
  [IpcChannel.backupOpen]: {
    request: backupOpenRequestSchema,
    response: backupOpenedSchema.nullable(),
  },
  [IpcChannel.backupRead]: {
    request: z.strictObject({
      readId: backupHandleSchema,
      offset: z.int().nonnegative().max(Number.MAX_SAFE_INTEGER),
      length: z.int().min(1).max(MAX_BACKUP_PIECE_BYTES),
    }),
    response: readBytesSchema.refine((data) => data.byteLength <= MAX_BACKUP_PIECE_BYTES),
  },
} as const satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof ipcContract;
/** What the renderer passes (defaults not yet applied). */
export type IpcRequestInput<C extends IpcChannel> = z.input<IpcContract[C]['request']>;
/** What a main-process handler receives (parsed, defaults applied). */
export type IpcRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<IpcContract[C]['response']>;

type Invoke<C extends IpcChannel> = (
  request: IpcRequestInput<C>,
) => Promise<IpcResult<IpcResponse<C>>>;

/**
 * `window.jianhu`: the only API the preload exposes to the renderer, frozen. One named function
 * per channel; nothing generic (no ipcRenderer, no invoke-by-name).
 */
export type JianhuBridge = {
  readonly app: {
    readonly info: () => Promise<IpcResult<AppInfo>>;
    /** Calls `listener` on every power resume; returns the unsubscribe function. */
    readonly onResumed: (listener: () => void) => () => void;
  };
  readonly dialog: {
    readonly saveFile: Invoke<typeof IpcChannel.dialogSaveFile>;
    readonly openFile: Invoke<typeof IpcChannel.dialogOpenFile>;
  };
  readonly document: {
    readonly printToPdf: Invoke<typeof IpcChannel.documentPrintToPdf>;
  };
  readonly secret: {
    readonly status: () => Promise<IpcResult<SecretStatus>>;
    readonly acceptWeak: () => Promise<IpcResult<SecretStatus>>;
    readonly wrap: Invoke<typeof IpcChannel.secretWrap>;
    readonly unwrap: Invoke<typeof IpcChannel.secretUnwrap>;
  };
  readonly ca: {
    readonly status: () => Promise<IpcResult<CaInfo | null>>;
    readonly import: Invoke<typeof IpcChannel.caImport>;
    readonly remove: () => Promise<IpcResult<null>>;
  };
  readonly sync: {
    readonly setServer: Invoke<typeof IpcChannel.syncSetServer>;
  };
  readonly backup: {
    readonly begin: Invoke<typeof IpcChannel.backupBegin>;
    readonly append: Invoke<typeof IpcChannel.backupAppend>;
    readonly finish: Invoke<typeof IpcChannel.backupFinish>;
    readonly abort: Invoke<typeof IpcChannel.backupAbort>;
    readonly list: () => Promise<IpcResult<StoredBackup[]>>;
    readonly open: Invoke<typeof IpcChannel.backupOpen>;
    readonly read: Invoke<typeof IpcChannel.backupRead>;
  };
};
