/**
 * The heap of a page's dedicated workers (the search index lives in one). Playwright gives no CDP
 * session for a worker, so this attaches through the page's session the old, unflattened way and
 * talks to each worker with Target.sendMessageToTarget.
 */
import type { CDPSession } from 'playwright-core';

type Attached = { sessionId: string; targetInfo: { type: string; url: string } };
type Received = { sessionId: string; message: string };

/** Sum of every dedicated worker's live heap (after a full GC), in bytes; 0 when there is none. */
export async function workerHeap(cdp: CDPSession): Promise<number> {
  const sessions: string[] = [];
  const onAttached = (event: Attached) => {
    if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
  };
  const waiting = new Map<number, (result: Record<string, unknown>) => void>();
  const onMessage = (event: Received) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result ?? {});
  };
  cdp.on('Target.attachedToTarget', onAttached);
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  let nextId = 1;
  const send = (sessionId: string, method: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        reject(new Error(`${method} timed out`));
      }, 30_000);
      waiting.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  try {
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    await new Promise((ok) => setTimeout(ok, 200));
    let total = 0;
    for (const sessionId of sessions) {
      await send(sessionId, 'HeapProfiler.enable');
      await send(sessionId, 'HeapProfiler.collectGarbage');
      const usage = await send(sessionId, 'Runtime.getHeapUsage');
      total += Number(usage.usedSize ?? 0) + Number(usage.backingStorageSize ?? 0);
    }
    return total;
  } finally {
    cdp.off('Target.attachedToTarget', onAttached);
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp
      .send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false })
      .catch(() => undefined);
  }
}
