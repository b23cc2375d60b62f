/**
 * The main process log. Lines carry a level, a channel or area and an error code, never a payload:
 * requests hold personal data (names, ID numbers) and file paths hold user names. Where the lines
 * go is a transport passed in: electron-log's rotating file (logFile.ts) in the app, stderr when
 * that file cannot be opened, memory in tests.
 */
export type Logger = {
  readonly info: (message: string) => void;
  readonly warn: (message: string) => void;
  readonly error: (message: string) => void;
};

/** How bad a line is. */
export const LogLevel = {
  /** Something worth knowing happened (a CA trusted, a sync server allowed). */
  info: 'info',
  /** Something was refused or ignored on purpose (navigation, a malformed request). */
  warn: 'warn',
  /** Something failed that should have worked (a handler, a file read). */
  error: 'error',
} as const;
export type LogLevel = (typeof LogLevel)[keyof typeof LogLevel];

/** Receives each line once it has been made safe; writes it somewhere. */
export type LogTransport = (level: LogLevel, message: string) => void;

/** Longer lines are cut: a runaway message must not fill the capped log by itself. */
const MAX_MESSAGE_LENGTH = 2000;

/**
 * The last guard before a line is written. Control characters become spaces, so nothing can
 * forge a second line; runs of 11 or more digits are masked, since that is the shape of the
 * personal data that must never be logged (ID numbers, phone numbers, bank accounts) and of
 * nothing the app logs on purpose.
 */
export function toSafeLogLine(message: string): string {
  const flat = message.replace(/\p{Cc}/gu, ' ');
  const masked = flat.replace(/\d{11,}/g, (digits) => '#'.repeat(digits.length));
  return masked.length > MAX_MESSAGE_LENGTH ? `${masked.slice(0, MAX_MESSAGE_LENGTH)}…` : masked;
}

export function createLogger(transport: LogTransport): Logger {
  const write = (level: LogLevel) => (message: string) => {
    transport(level, toSafeLogLine(message));
  };
  return { info: write(LogLevel.info), warn: write(LogLevel.warn), error: write(LogLevel.error) };
}

/** One line per call on stderr, as the app logged before the file: used when no file can be. */
export const stderrTransport: LogTransport = (level, message) => {
  process.stderr.write(`${new Date().toISOString()} ${level} ${message}\n`);
};

/**
 * A loggable description of a thrown value: its errno code or class name. Never the message,
 * which for file errors contains the path.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code: unknown = Reflect.get(error, 'code');
    return typeof code === 'string' ? `${error.name}(${code})` : error.name;
  }
  return typeof error;
}
