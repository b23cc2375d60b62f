/** The case page's attachment writes and the "open" action (bytes from the device, else the server). */
import { getDb } from '../../db/database';
import {
  addAttachment,
  removeAttachment,
  type AttachmentResult,
} from '../../db/attachmentRepository';
import { currentActor } from '../../app/actor';
import { getPlatform } from '../../platform';
import { splitExtension } from '../../../../src-shared/security/fileName';
import { fetchAttachmentForDevice, type FetchAttachmentResult } from '../../sync/fetchAttachment';

export async function attachFile(caseId: string, file: File): Promise<AttachmentResult> {
  return addAttachment(
    getDb(),
    await currentActor(),
    caseId,
    { name: file.name, blob: file },
    new Date(),
  );
}

export async function detachFile(attachmentId: string): Promise<AttachmentResult> {
  return removeAttachment(getDb(), await currentActor(), attachmentId, new Date());
}

export type OpenOutcome = { ok: true } | { ok: false; code: string };

/** Fetches the bytes if needed (verified by hash), then hands them to the save dialog. */
export async function openAttachment(name: string, sha256: string): Promise<OpenOutcome> {
  const fetched: FetchAttachmentResult = await fetchAttachmentForDevice(
    { db: getDb(), fetch: (input, init) => fetch(input, init), isOnline: () => navigator.onLine },
    sha256,
  );
  if (!fetched.ok) return fetched;
  const extension = splitExtension(name)?.extension ?? '';
  if (extension === '') return { ok: false, code: 'unsafe-name' };
  try {
    await getPlatform().saveFile(name, new Uint8Array(await fetched.blob.arrayBuffer()), [
      { name: extension.toUpperCase(), extensions: [extension] },
    ]);
    return { ok: true };
  } catch {
    return { ok: false, code: 'save-failed' };
  }
}
