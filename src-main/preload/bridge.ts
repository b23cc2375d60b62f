/**
 * Builds `window.jianhu` from the contract: one named function per channel, each answering an
 * IpcResult that was checked against the contract on this side too. Nothing generic leaks: the
 * page never sees ipcRenderer, a channel name, or an Electron event object.
 */
import type { z } from 'zod';
import {
  IpcChannel,
  IpcErrorCode,
  IpcEvent,
  ipcContract,
  ipcErrorSchema,
  type IpcResponse,
  type IpcResult,
  type JianhuBridge,
} from '../../src-shared/ipc';

/** The part of Electron's ipcRenderer the bridge uses. */
export type IpcRendererLike = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: () => void): unknown;
  removeListener(channel: string, listener: () => void): unknown;
};

function failure(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A function that calls `channel` and checks the answer against `response`. */
function invoker<S extends z.ZodType>(ipc: IpcRendererLike, channel: IpcChannel, response: S) {
  return async (request?: unknown): Promise<IpcResult<z.output<S>>> => {
    let raw: unknown;
    try {
      raw = await ipc.invoke(channel, request);
    } catch {
      // Only a request that cannot be cloned (a function, a DOM node) gets here.
      return failure(IpcErrorCode.invalidRequest, 'request cannot be sent');
    }
    if (!isRecord(raw)) return failure(IpcErrorCode.failed, 'malformed answer');
    if (raw.ok === true) {
      const value = response.safeParse(raw.value);
      return value.success
        ? { ok: true, value: value.data }
        : failure(IpcErrorCode.failed, 'malformed answer');
    }
    const error = ipcErrorSchema.safeParse(raw.error);
    return error.success
      ? { ok: false, error: error.data }
      : failure(IpcErrorCode.failed, 'malformed answer');
  };
}

/** A subscription that hands the page no arguments, so no Electron event object crosses. */
function subscriber(ipc: IpcRendererLike, event: IpcEvent) {
  return (listener: () => void): (() => void) => {
    const forward = () => {
      listener();
    };
    ipc.on(event, forward);
    return () => {
      ipc.removeListener(event, forward);
    };
  };
}

function deepFreeze<T extends Record<string, Record<string, unknown>>>(bridge: T): Readonly<T> {
  for (const area of Object.values(bridge)) Object.freeze(area);
  return Object.freeze(bridge);
}

/** The contract's response schemas seen per channel, so a generic channel keeps its type. */
const responses: { readonly [C in IpcChannel]: { readonly response: z.ZodType<IpcResponse<C>> } } =
  ipcContract;

export function createBridge(ipc: IpcRendererLike): JianhuBridge {
  const call = <C extends IpcChannel>(channel: C) =>
    invoker(ipc, channel, responses[channel].response);
  const bridge = {
    app: {
      info: call(IpcChannel.appInfo),
      onResumed: subscriber(ipc, IpcEvent.appResumed),
    },
    dialog: {
      saveFile: call(IpcChannel.dialogSaveFile),
      openFile: call(IpcChannel.dialogOpenFile),
    },
    document: {
      printToPdf: call(IpcChannel.documentPrintToPdf),
    },
    secret: {
      status: call(IpcChannel.secretStatus),
      acceptWeak: call(IpcChannel.secretAcceptWeak),
      wrap: call(IpcChannel.secretWrap),
      unwrap: call(IpcChannel.secretUnwrap),
    },
    ca: {
      status: call(IpcChannel.caStatus),
      import: call(IpcChannel.caImport),
      remove: call(IpcChannel.caRemove),
    },
    sync: {
      setServer: call(IpcChannel.syncSetServer),
    },
    backup: {
      begin: call(IpcChannel.backupBegin),
      append: call(IpcChannel.backupAppend),
      finish: call(IpcChannel.backupFinish),
      abort: call(IpcChannel.backupAbort),
      list: call(IpcChannel.backupList),
      open: call(IpcChannel.backupOpen),
      read: call(IpcChannel.backupRead),
    },
  } satisfies JianhuBridge;
  return deepFreeze(bridge);
}
