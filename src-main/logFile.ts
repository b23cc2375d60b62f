/**
 * The main process log on disk: electron-log's file transport writing `userData/logs/main.log`,
 * capped in size and rotated into `main.1.log … main.N.log` (the oldest is dropped), owner-only.
 * The console transport is on only in development, where it prints what stderr showed before.
 *
 * This uses `electron-log/node`, not `electron-log/main`: the latter registers an `ipcMain`
 * channel of its own when imported, through which any page could write lines into this file —
 * outside the contract, without the sender check. Only main writes here.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, parse } from 'node:path';
import electronLog from 'electron-log/node';
import { LogLevel, type LogTransport } from './log';

export const LOG_FILE_NAME = 'main.log';

export type FileLogOptions = {
  /** `userData/logs`; made (0700) when missing. */
  readonly directory: string;
  /** Also print each line on stderr: development only. */
  readonly isConsoleOn: boolean;
  /** The file is rotated once it grows past this. */
  readonly maxBytes?: number;
  /** How many rotated files are kept beside the current one. */
  readonly keptFiles?: number;
};

/** A month of ordinary use fits in one file; four files bound the log at 4 MiB. */
export const DEFAULT_LOG_MAX_BYTES = 1024 * 1024;
export const DEFAULT_KEPT_LOG_FILES = 3;

/** `…/main.log` → `…/main.<n>.log`. */
function rotatedPath(path: string, n: number): string {
  const { dir, name, ext } = parse(path);
  return join(dir, `${name}.${String(n)}${ext}`);
}

/**
 * Shifts `main.log` to `main.1.log`, `main.1.log` to `main.2.log` and so on, dropping the file
 * that would become `main.<keptFiles + 1>.log`. Synchronous, as electron-log requires.
 */
export function rotateLogFiles(path: string, keptFiles: number): void {
  rmSync(rotatedPath(path, keptFiles), { force: true });
  for (let n = keptFiles - 1; n >= 1; n--) {
    const from = rotatedPath(path, n);
    if (existsSync(from)) renameSync(from, rotatedPath(path, n + 1));
  }
  if (keptFiles >= 1) renameSync(path, rotatedPath(path, 1));
  else rmSync(path, { force: true });
}

/** The line as stderr showed it before the file existed: ISO time, level, message. */
const LINE_FORMAT = '{iso} {level} {text}';

/**
 * A transport to the rotating file, or null when the log directory cannot be made (the caller
 * then keeps stderr): a broken disk must not stop the app from starting.
 */
export function createFileLogTransport(options: FileLogOptions): LogTransport | null {
  try {
    mkdirSync(options.directory, { recursive: true, mode: 0o700 });
  } catch {
    return null;
  }
  const path = join(options.directory, LOG_FILE_NAME);
  const keptFiles = options.keptFiles ?? DEFAULT_KEPT_LOG_FILES;
  const logger = electronLog.create({ logId: `jianhu-main:${path}` });
  const { file, console: consoleTransport } = logger.transports;
  file.level = LogLevel.info;
  file.format = LINE_FORMAT;
  file.maxSize = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
  file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  file.resolvePathFn = () => path;
  // electron-log works out default paths from the app's name before it asks resolvePathFn, and
  // throws when no package.json names one; the name is unused, the path above decides.
  file.setAppName('Jianhu');
  file.archiveLogFn = (oldFile) => {
    try {
      rotateLogFiles(oldFile.path, keptFiles);
    } catch {
      // Losing the old lines is better than a log that grows without bound.
      oldFile.clear();
    }
  };
  consoleTransport.level = options.isConsoleOn ? LogLevel.info : false;
  consoleTransport.format = LINE_FORMAT;
  consoleTransport.writeFn = ({ message }) => {
    process.stderr.write(`${message.data.map(String).join(' ')}\n`);
  };
  // Neither mirrors main's lines to the pages (ipc) nor sends them anywhere (remote).
  const others: Partial<typeof logger.transports> = logger.transports;
  if (others.ipc) others.ipc.level = false;
  if (others.remote) others.remote.level = false;
  return (level, message) => {
    logger[level](message);
  };
}
