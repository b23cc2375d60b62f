/**
 * Writes of a few rows with the fewest Dexie layers: one row goes through the single `put` or
 * `add`, which costs less than a one-row bulk call (measured on the save's hot path, bench/).
 */
import type { Table } from 'dexie';

export function putRows<R>(table: Table<R>, rows: readonly R[]): Promise<unknown> {
  const [only] = rows;
  return rows.length === 1 && only !== undefined ? table.put(only) : table.bulkPut([...rows]);
}

export function addRows<R>(table: Table<R>, rows: readonly R[]): Promise<unknown> {
  const [only] = rows;
  return rows.length === 1 && only !== undefined ? table.add(only) : table.bulkAdd([...rows]);
}
