/**
 * The main process log. Lines carry a level, a channel or area and an error code, never a payload:
 * requests hold personal data (names, ID numbers) and file paths hold user names.
 */
export type Logger = {
  readonly info: (message: string) => void;
  readonly warn: (message: string) => void;
  readonly error: (message: string) => void;
};

function write(level: string, message: string): void {
  process.stderr.write(`${new Date().toISOString()} ${level} ${message}\n`);
}

export const mainLogger: Logger = {
  info: (message) => {
    write('info', message);
  },
  warn: (message) => {
    write('warn', message);
  },
  error: (message) => {
    write('error', message);
  },
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
