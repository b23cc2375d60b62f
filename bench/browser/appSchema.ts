/**
 * The app's current definition of a store, for the anchors and ceilings that write the same rows:
 * they pay the same index upkeep as the app whatever version its schema is at.
 */
import { migrations } from '../../src-renderer/src/db/migrations';

/** `table` as the latest migration that declares it defines it. */
export function appStores(table: string): string {
  const declared = migrations.flatMap((m) => {
    const definition = m.stores[table];
    return typeof definition === 'string' ? [definition] : [];
  });
  const latest = declared.at(-1);
  if (latest === undefined) throw new Error(`the app's schema has no store ${table}`);
  return latest;
}
