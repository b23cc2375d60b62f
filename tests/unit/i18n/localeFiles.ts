import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');

export function walk(dir: string, accept: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, accept);
    return accept(path) ? [path] : [];
  });
}

export function flatKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    flatKeys(v, prefix ? `${prefix}.${k}` : k),
  );
}

export type LocalePair = { zh: string; en: string; name: string };

/** Every zh-CN locale file of the app and the shared code paired with its en twin. */
export function localePairs(): LocalePair[] {
  return pairsUnder([join(ROOT, 'src-renderer/src'), join(ROOT, 'src-shared')]);
}

/** Every zh-CN locale file of the console paired with its en twin. */
export function consoleLocalePairs(): LocalePair[] {
  return pairsUnder([join(ROOT, 'src-console/src')]);
}

function pairsUnder(dirs: readonly string[]): LocalePair[] {
  return dirs
    .flatMap((d) => walk(d, (p) => p.endsWith('zh-CN.json')))
    .map((zh) => ({ zh, en: zh.replace(/zh-CN\.json$/, 'en.json'), name: relative(ROOT, zh) }));
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
