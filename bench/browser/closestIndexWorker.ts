/**
 * The search index of the download's closest design (downloadRequiredWork.ts): the app's
 * CaseIndex in a worker of its own, as the app's search worker is, fed the stored cases page by
 * page. Answers a flush once every case sent before it is indexed. It keeps the index in memory
 * only: the app's worker also saves it, which this leaves out.
 */
import type { CaseRecord } from '../../src-shared/domain/caseCard';
import { toSearchDoc } from '../../src-shared/search/caseDocument';
import { CaseIndex } from '../../src-shared/search/caseIndex';

const index = new CaseIndex();

type Message = { cases: CaseRecord[] } | { flush: number };

self.onmessage = (event: MessageEvent<Message>) => {
  const message = event.data;
  if ('cases' in message) {
    for (const record of message.cases) index.upsert(toSearchDoc(record, []));
    return;
  }
  index.maintain();
  self.postMessage({ flushed: message.flush });
};
