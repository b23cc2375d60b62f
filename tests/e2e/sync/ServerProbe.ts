/**
 * The test's own look at a provincial server, from Node through the public API: a device enrolled
 * with its own one-time code (once, on first use), reading what the server holds for its unit.
 */
import { createHash } from 'node:crypto';
import {
  API_PREFIX,
  BLOB_COMPLETE_HEADER,
  UPLOAD_OFFSET_HEADER,
} from '../../../src-shared/sync/protocol';
import type { E2eServer } from './syncServer';

/** A lead as the server lists it: the fields the specs check. */
export type ServerLead = {
  entityId: string;
  data: {
    title: string;
    modelName: string | null;
    externalId: string | null;
    status: string;
    dismissReason: string | null;
    caseId: string | null;
  };
};

export class ServerProbe {
  private token: string | null = null;

  constructor(
    private readonly server: E2eServer,
    private readonly code: string,
  ) {}

  private get api(): string {
    return `${this.server.origin}${API_PREFIX}`;
  }

  private async authorization(): Promise<string> {
    if (this.token === null) {
      const response = await fetch(`${this.api}/devices/enroll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: this.code }),
      });
      if (!response.ok)
        throw new Error(`the probe's enrolment failed (${String(response.status)})`);
      this.token = ((await response.json()) as { token: string }).token;
    }
    return `Bearer ${this.token}`;
  }

  /** Every lead of the unit in its merged state (`GET /leads`, one page is plenty here). */
  async leads(): Promise<ServerLead[]> {
    const response = await fetch(`${this.api}/leads?cursor=0`, {
      headers: { authorization: await this.authorization() },
    });
    if (!response.ok) throw new Error(`GET /leads answered ${String(response.status)}`);
    const page = (await response.json()) as { leads: ServerLead[]; hasMore: boolean };
    if (page.hasMore) throw new Error('more leads than one page: the probe reads only the first');
    return page.leads;
  }

  /** How many bytes of the file with these contents the server holds, and whether all arrived. */
  async blob(bytes: Uint8Array): Promise<{ received: number; complete: boolean } | null> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const response = await fetch(`${this.api}/blobs/${sha256}`, {
      method: 'HEAD',
      headers: { authorization: await this.authorization() },
    });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`HEAD /blobs answered ${String(response.status)}`);
    return {
      received: Number(response.headers.get(UPLOAD_OFFSET_HEADER)),
      complete: response.headers.get(BLOB_COMPLETE_HEADER) === 'true',
    };
  }
}
