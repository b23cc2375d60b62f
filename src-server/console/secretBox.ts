/**
 * TOTP secrets at rest. With a console key configured (JIANHU_CONSOLE_KEY, 32 bytes as 64 hex
 * characters) they are sealed with AES-256-GCM; without one they are stored as they are, marked
 * `plain:`, and sealed the next time the account's TOTP is reset under a key.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const SEALED = 'aes-gcm:';
const PLAIN = 'plain:';

export function readConsoleKey(value: string | undefined): Buffer | null {
  if (value === undefined || value === '') return null;
  if (!/^[0-9a-fA-F]{64}$/.test(value))
    throw new Error('JIANHU_CONSOLE_KEY must be 64 hex characters (openssl rand -hex 32)');
  return Buffer.from(value, 'hex');
}

export function sealSecret(secret: string, key: Buffer | null): string {
  if (key === null) return `${PLAIN}${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${SEALED}${iv.toString('base64')}:${body.toString('base64')}:${cipher.getAuthTag().toString('base64')}`;
}

export function openSecret(stored: string, key: Buffer | null): string {
  if (stored.startsWith(PLAIN)) return stored.slice(PLAIN.length);
  if (!stored.startsWith(SEALED)) throw new Error('unknown TOTP secret format');
  if (key === null) throw new Error('a sealed TOTP secret needs JIANHU_CONSOLE_KEY');
  const [iv = '', body = '', tag = ''] = stored.slice(SEALED.length).split(':');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString(
    'utf8',
  );
}
