/**
 * The main process log: every line made safe before any transport sees it, and the file transport
 * (electron-log, real, in a temporary folder) writing owner-only files capped in size, rotated
 * into a few numbered ones.
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger, describeError, toSafeLogLine, type LogLevel } from '../../../src-main/log';
import { LOG_FILE_NAME, createFileLogTransport, rotateLogFiles } from '../../../src-main/logFile';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'jianhu-log-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(directory, { recursive: true, force: true });
});

describe('the logger', () => {
  it('hands each line with its level to the transport', () => {
    const lines: [LogLevel, string][] = [];
    const log = createLogger((level, message) => lines.push([level, message]));
    log.info('ca: removed the trusted CA certificate');
    log.warn('ipc dialog:saveFile: invalid request at suggestedName');
    log.error('protocol: read failed with Error(EACCES)');
    expect(lines).toEqual([
      ['info', 'ca: removed the trusted CA certificate'],
      ['warn', 'ipc dialog:saveFile: invalid request at suggestedName'],
      ['error', 'protocol: read failed with Error(EACCES)'],
    ]);
  });

  it.each([
    ['a forged second line', 'gone: oom\n2026-01-01T00:00:00Z info all fine'],
    ['a carriage return', 'gone: oom\r2026-01-01T00:00:00Z info all fine'],
  ])('keeps %s on one line', (_what, message) => {
    expect(toSafeLogLine(message)).toBe('gone: oom 2026-01-01T00:00:00Z info all fine');
  });

  it.each([
    ['an ID number', '110105194912310025', '##################'],
    ['a phone number', '13800138000', '###########'],
    ['a bank card', '6222021234567890123', '###################'],
  ])('masks %s that slipped into a message', (_what, digits, masked) => {
    expect(toSafeLogLine(`failed for ${digits}`)).toBe(`failed for ${masked}`);
  });

  it('keeps short numbers, codes and fingerprints readable', () => {
    const line = 'ca: trusting AB:CD:01 for the sync server; HTTP 502 after 30000 ms';
    expect(toSafeLogLine(line)).toBe(line);
  });

  it('cuts a runaway message', () => {
    expect(toSafeLogLine('x'.repeat(10_000)).length).toBeLessThanOrEqual(2001);
  });

  it('describes an error by code or class, never by its message', () => {
    const error = Object.assign(new Error('cannot open /home/张三/案件.json'), { code: 'ENOENT' });
    expect(describeError(error)).toBe('Error(ENOENT)');
    expect(describeError(new TypeError('/home/张三'))).toBe('TypeError');
    expect(describeError('/home/张三')).toBe('string');
  });
});

const LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (info|warn|error) .+$/;

function readLog(name = LOG_FILE_NAME): string[] {
  return readFileSync(join(directory, 'logs', name), 'utf8')
    .split('\n')
    .filter(Boolean);
}

describe('the log file', () => {
  it('writes one timestamped line per call to logs/main.log, owner-only', () => {
    const transport = createFileLogTransport({
      directory: join(directory, 'logs'),
      isConsoleOn: false,
    });
    if (transport === null) throw new Error('no file transport');
    const log = createLogger(transport);
    log.info('sync origin: allowed the enrolled server');
    log.warn('security: blocked a xhr request');
    log.error('ipc app:info: failed with Error');
    const lines = readLog();
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(LINE);
    expect(lines[1]).toContain(' warn security: blocked a xhr request');
    expect(statSync(join(directory, 'logs', LOG_FILE_NAME)).mode & 0o777).toBe(0o600);
    expect(statSync(join(directory, 'logs')).mode & 0o777).toBe(0o700);
  });

  it('prints on stderr only when the console is on (development)', () => {
    const write = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    const quiet = createFileLogTransport({ directory: join(directory, 'a'), isConsoleOn: false });
    quiet?.('info', 'quiet line');
    expect(write).not.toHaveBeenCalled();
    const loud = createFileLogTransport({ directory: join(directory, 'b'), isConsoleOn: true });
    loud?.('warn', 'loud line');
    expect(write).toHaveBeenCalledTimes(1);
    expect(String(write.mock.calls[0]?.[0])).toMatch(/Z warn loud line\n$/);
  });

  it('rotates past the cap and keeps only the newest files', () => {
    const transport = createFileLogTransport({
      directory: join(directory, 'logs'),
      isConsoleOn: false,
      maxBytes: 400,
      keptFiles: 2,
    });
    if (transport === null) throw new Error('no file transport');
    for (let n = 0; n < 60; n++) transport('info', `line ${String(n).padStart(3, '0')}`);
    expect(readdirSync(join(directory, 'logs')).sort()).toEqual([
      'main.1.log',
      'main.2.log',
      'main.log',
    ]);
    for (const name of ['main.log', 'main.1.log', 'main.2.log']) {
      expect(statSync(join(directory, 'logs', name)).size).toBeLessThanOrEqual(400 + 60);
    }
    expect(readLog().at(-1)).toContain('line 059');
    // Read oldest to newest, the kept lines are consecutive and end with the last; the first are gone.
    const numbers = (name: string) => readLog(name).map((line) => Number(line.slice(-3)));
    const kept = [...numbers('main.2.log'), ...numbers('main.1.log'), ...numbers('main.log')];
    const first = kept[0] ?? 0;
    expect(kept).toEqual(kept.map((_, i) => first + i));
    expect(kept.at(-1)).toBe(59);
    expect(first).toBeGreaterThan(0);
  });

  it('answers null when the log folder cannot be made, so the caller keeps stderr', () => {
    writeFileSync(join(directory, 'in-the-way'), '');
    expect(
      createFileLogTransport({
        directory: join(directory, 'in-the-way', 'logs'),
        isConsoleOn: false,
      }),
    ).toBeNull();
  });
});

describe('rotateLogFiles', () => {
  it('shifts each file up by one and drops the one past the limit', () => {
    const path = join(directory, 'main.log');
    for (const [name, text] of [
      ['main.log', 'now'],
      ['main.1.log', 'before'],
      ['main.2.log', 'oldest'],
    ]) {
      writeFileSync(join(directory, name ?? ''), text ?? '');
    }
    rotateLogFiles(path, 2);
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(join(directory, 'main.1.log'), 'utf8')).toBe('now');
    expect(readFileSync(join(directory, 'main.2.log'), 'utf8')).toBe('before');
    expect(existsSync(join(directory, 'main.3.log'))).toBe(false);
  });
});
