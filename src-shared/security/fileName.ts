/**
 * What file names and types the renderer may suggest to the operating system. The renderer is
 * untrusted input to the main process: a name must not reach another directory, hide its real
 * extension (bidi overrides, trailing dots) or name a Windows device, and only document and data
 * types the app works with can be written or read.
 */
import { z } from 'zod';

/** Largest file the app saves or opens through a dialog: 200 MiB. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Extensions the app reads and writes, lower case without a dot; nothing executable. */
export const SAFE_FILE_EXTENSIONS = [
  'pdf',
  'ofd',
  'docx',
  'doc',
  'wps',
  'xlsx',
  'xls',
  'et',
  'csv',
  'txt',
  'json',
  'xml',
  'zip',
  'png',
  'jpg',
  'jpeg',
  // The app's encrypted backup archives (features/backup).
  'jhbak',
] as const;
export type SafeFileExtension = (typeof SAFE_FILE_EXTENSIONS)[number];

/** ext4 and most Linux file systems cap a name at 255 bytes; Chinese takes 3 bytes a character. */
const MAX_NAME_BYTES = 255;
const MAX_NAME_CHARS = 120;

/* eslint-disable no-control-regex -- control characters are exactly what this rejects */
/** Path separators, characters Windows forbids, control characters and bidi controls. */
const FORBIDDEN_CHARACTERS =
  /[<>:"/\\|?*\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/* eslint-enable no-control-regex */

/** Device names Windows reserves whatever the extension (CON.txt is the console). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function isSafeExtension(extension: string): extension is SafeFileExtension {
  return SAFE_FILE_EXTENSIONS.some((safe) => safe === extension);
}

/** Splits `name.ext` at the last dot; the extension is lower-cased. Null when there is none. */
export function splitExtension(name: string): { base: string; extension: string } | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return null;
  return { base: name.slice(0, dot), extension: name.slice(dot + 1).toLowerCase() };
}

/** Why a suggested file name is refused, or null when it is safe. */
export function checkFileName(name: string): string | null {
  if (name.length === 0 || name.length > MAX_NAME_CHARS) return 'length';
  if (utf8ByteLength(name) > MAX_NAME_BYTES) return 'length';
  if (FORBIDDEN_CHARACTERS.test(name)) return 'character';
  if (name !== name.trim() || name.startsWith('.') || name.endsWith('.')) return 'edge';
  const parts = splitExtension(name);
  if (!parts) return 'extension';
  if (!isSafeExtension(parts.extension)) return 'extension';
  const device = parts.base.split('.')[0] ?? '';
  if (WINDOWS_DEVICE_NAME.test(device)) return 'device';
  return null;
}

/** A bare file name (no directory) with a safe extension, e.g. `支持起诉意见书.docx`. */
export const safeFileNameSchema = z.string().superRefine((name, context) => {
  const problem = checkFileName(name);
  if (problem !== null)
    context.addIssue({ code: 'custom', message: `unsafe file name: ${problem}` });
});

/** One entry of a dialog's type list, as Electron's FileFilter. */
export const fileFilterSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(64)
    .refine((name) => !FORBIDDEN_CHARACTERS.test(name), 'unsafe filter name'),
  extensions: z.array(z.string().refine(isSafeExtension, 'extension not allowed')).min(1).max(10),
});
export type FileFilter = z.input<typeof fileFilterSchema>;
