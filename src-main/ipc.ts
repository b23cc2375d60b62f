/**
 * Registers one ipcMain handler per channel of the contract (src-shared/ipc.ts). Every call is
 * checked in the same order — sender frame, request schema, handler, response schema — and
 * answered with an IpcResult; nothing is thrown across IPC and no payload reaches the log.
 */
import type { z } from 'zod';
import {
  IpcChannel,
  IpcErrorCode,
  ipcContract,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
} from '../src-shared/ipc';
import { describeError, type Logger } from './log';
import type { SenderFrame } from './trustedSender';

/** The part of Electron's IpcMainInvokeEvent the wrapper reads. */
export type IpcInvokeEvent<Sender> = {
  readonly senderFrame: SenderFrame | null;
  readonly sender: Sender;
};

/** The part of Electron's ipcMain used here. */
export type IpcMainLike<Sender> = {
  handle(
    channel: string,
    listener: (event: IpcInvokeEvent<Sender>, ...args: unknown[]) => Promise<unknown>,
  ): void;
};

/** Handles one channel's parsed request for the webContents that sent it. */
export type IpcHandler<C extends IpcChannel, Sender> = (
  request: IpcRequest<C>,
  sender: Sender,
) => Promise<IpcResponse<C>>;

/** One handler per channel: a channel without a handler is a compile error. */
export type IpcHandlers<Sender> = { readonly [C in IpcChannel]: IpcHandler<C, Sender> };

/** Thrown by a handler to answer with a specific error code instead of 'failed'. */
export class IpcHandlerError extends Error {
  override readonly name = 'IpcHandlerError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type RegisterOptions = {
  readonly isTrustedFrame: (frame: SenderFrame | null) => boolean;
  readonly log: Logger;
};

type ChannelSchemas<C extends IpcChannel> = {
  readonly request: z.ZodType<IpcRequest<C>>;
  readonly response: z.ZodType<IpcResponse<C>>;
};

/** The contract seen per channel, so a generic channel still gets its own request type. */
const channelSchemas: { readonly [C in IpcChannel]: ChannelSchemas<C> } = ipcContract;

function fail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/** Issue paths and codes only: zod messages are safe, but received values must never leave. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

async function call<C extends IpcChannel, Sender>(
  channel: C,
  handler: IpcHandler<C, Sender>,
  event: IpcInvokeEvent<Sender>,
  rawRequest: unknown,
  options: RegisterOptions,
): Promise<IpcResult<IpcResponse<C>>> {
  if (!options.isTrustedFrame(event.senderFrame)) {
    options.log.warn(`ipc ${channel}: refused a call from an untrusted frame`);
    return fail(IpcErrorCode.forbiddenSender, 'sender frame is not the app');
  }
  const schemas = channelSchemas[channel];
  const request = schemas.request.safeParse(rawRequest);
  if (!request.success) {
    options.log.warn(
      `ipc ${channel}: invalid request at ${request.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
    return fail(IpcErrorCode.invalidRequest, describeIssues(request.error));
  }
  try {
    const response = schemas.response.safeParse(await handler(request.data, event.sender));
    if (!response.success) {
      options.log.error(`ipc ${channel}: handler answered outside the contract`);
      return fail(IpcErrorCode.failed, 'invalid response');
    }
    return { ok: true, value: response.data };
  } catch (error) {
    if (error instanceof IpcHandlerError) return fail(error.code, error.message);
    options.log.error(`ipc ${channel}: failed with ${describeError(error)}`);
    return fail(IpcErrorCode.failed, describeError(error));
  }
}

function registerChannel<C extends IpcChannel, Sender>(
  ipcMain: IpcMainLike<Sender>,
  channel: C,
  handler: IpcHandler<C, Sender>,
  options: RegisterOptions,
): void {
  ipcMain.handle(channel, (event, rawRequest) =>
    call(channel, handler, event, rawRequest, options),
  );
}

/** Registers every channel of the contract. Call once, after `app.whenReady()`. */
export function registerIpcHandlers<Sender>(
  ipcMain: IpcMainLike<Sender>,
  handlers: IpcHandlers<Sender>,
  options: RegisterOptions,
): void {
  for (const channel of Object.values(IpcChannel)) {
    registerChannel(ipcMain, channel, handlers[channel], options);
  }
}
