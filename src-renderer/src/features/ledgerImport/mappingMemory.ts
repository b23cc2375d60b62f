/**
 * Column mappings chosen before, per set of headers, in this device's local settings: next
 * month's ledger with the same headers opens with the same mapping.
 */
import {
  headerSetKey,
  mappingByHeader,
  mappingFromHeaders,
  suggestMapping,
  type ColumnMapping,
} from '../../../../src-shared/ledger';

const STORAGE_KEY = 'jianhu.ledgerImport.mappings';

type Remembered = Record<string, Record<string, string>>;

function readAll(): Remembered {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Remembered) : {};
  } catch {
    return {};
  }
}

/** The mapping remembered for these headers, else the one their texts suggest. */
export function initialMapping(headers: readonly string[]): ColumnMapping {
  const remembered = readAll()[headerSetKey(headers)];
  return remembered ? mappingFromHeaders(headers, remembered) : suggestMapping(headers);
}

export function rememberMapping(headers: readonly string[], mapping: ColumnMapping): void {
  const all = readAll();
  all[headerSetKey(headers)] = mappingByHeader(headers, mapping);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
  } catch {
    // Storage full or denied: the mapping is only a convenience.
  }
}
