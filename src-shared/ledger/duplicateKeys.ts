/**
 * What makes two cases the same case for an import: the same ID number in the same case type,
 * or the same title received on the same day. ID numbers enter the keys only as SHA-256 digests,
 * so the sets of keys an import builds never hold one in clear.
 */
import { sha256HexSync } from '../audit/sha256';
import type { CaseCardInput } from '../domain/caseCard';

type Keyed = Pick<CaseCardInput, 'caseType' | 'title' | 'receivedAt'> & {
  parties: readonly { idNumber?: string | undefined }[];
};

export function duplicateKeys(card: Keyed): string[] {
  const keys = [`t:${card.title.trim()}|${card.receivedAt}`];
  for (const party of card.parties) {
    const id = party.idNumber?.trim().toUpperCase();
    if (id) keys.push(`i:${card.caseType}|${sha256HexSync(id)}`);
  }
  return keys;
}
