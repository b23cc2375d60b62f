/**
 * The transcript is checked by the parties and signed or sealed (民事规则 Art. 61 [V]): every
 * person notified and every officer signs, or their refusal is noted (DOMAIN.md §6.4 data fields).
 */
import type { z } from 'zod';
import { fail, pass, type GuardVerdict } from '../refusal';
import type { hearingSchemas } from './hearingSchemas';

type Transcript = z.infer<(typeof hearingSchemas)['completeRecords']>['transcript'];
type Panel = {
  officers: readonly { name: string }[];
  notice?: { participantsNotified: readonly string[] } | undefined;
};

export function transcriptSigners(panel: Panel): string[] {
  const names = [
    ...(panel.notice?.participantsNotified ?? []),
    ...panel.officers.map((o) => o.name),
  ];
  return [...new Set(names.map((n) => n.trim()))];
}

export function checkTranscriptSigned(panel: Panel, transcript: Transcript): GuardVerdict {
  const accounted = new Set(
    [...(transcript.signedBy ?? []), ...transcript.signatureRefusals].map((n) => n.trim()),
  );
  const missing = transcriptSigners(panel).filter((name) => !accounted.has(name));
  return transcript.checkedByParties && missing.length === 0
    ? pass
    : fail('workflow.refusal.transcriptUnsigned', {
        unsigned: missing,
        checkedByParties: transcript.checkedByParties,
      });
}
