/**
 * A slow link on loopback: a TCP proxy in front of a server whose two directions each carry at
 * most `bitsPerSecond` and arrive `rttMs / 2` after they left — the county's line to the province
 * (2 Mbit/s, 100 ms round trip). Each direction is one queue shared by every connection, as on a
 * real link. Off until `throttle(true)`, so the page and its setup load at loopback speed and only
 * the timed sync crosses the slow link.
 */
import { createServer, connect, type Socket } from 'node:net';

export type ThrottleProxy = {
  url: string;
  throttle(on: boolean): void;
  /** Bytes carried so far, up (client → server) and down. */
  bytes(): { up: number; down: number };
  close(): Promise<void>;
};

export type LinkShape = { bitsPerSecond: number; rttMs: number };

export const COUNTY_LINK: LinkShape = { bitsPerSecond: 2_000_000, rttMs: 100 };

type Delivery = { at: number; deliver: () => void };

/**
 * One direction of the link: each chunk is due when it has finished leaving, plus the propagation
 * delay, and everything is delivered from one queue in the order it was sent. A timer per chunk
 * would not keep that order: Node orders timers by its own coarse clock plus their delay, so a
 * small chunk (or a connection's end) queued just after a large one could be delivered before it,
 * and the page then read a body cut short ("Unterminated string in JSON").
 */
function direction(shape: LinkShape, isOn: () => boolean, counted: (bytes: number) => void) {
  let freeAt = 0;
  const queue: Delivery[] = [];
  let timer: NodeJS.Timeout | null = null;
  const pump = () => {
    timer = null;
    const now = performance.now();
    while (queue.length > 0 && (queue[0]?.at ?? 0) <= now) queue.shift()?.deliver();
    const next = queue[0];
    if (next) timer = setTimeout(pump, Math.max(0, next.at - now));
  };
  return (chunk: Buffer, deliver: () => void) => {
    counted(chunk.length);
    // Unthrottled, a chunk still waits behind those queued before it.
    if (!isOn() && queue.length === 0) {
      deliver();
      return;
    }
    const now = performance.now();
    const sendMs = isOn() ? (chunk.length * 8 * 1000) / shape.bitsPerSecond : 0;
    freeAt = Math.max(now, freeAt) + sendMs;
    const at = isOn() ? freeAt + shape.rttMs / 2 : now;
    queue.push({ at: Math.max(at, queue.at(-1)?.at ?? 0), deliver });
    if (timer === null) timer = setTimeout(pump, Math.max(0, (queue[0]?.at ?? now) - now));
  };
}

function pipeThrough(from: Socket, to: Socket, link: ReturnType<typeof direction>): void {
  from.on('data', (chunk: Buffer) => {
    link(chunk, () => {
      if (!to.destroyed && !to.writableEnded) to.write(chunk);
    });
  });
  from.on('end', () => {
    link(Buffer.alloc(0), () => to.end());
  });
  from.on('error', () => to.destroy());
}

export async function startThrottleProxy(
  target: string,
  shape: LinkShape = COUNTY_LINK,
): Promise<ThrottleProxy> {
  const { hostname, port } = new URL(target);
  let on = false;
  const isOn = () => on;
  const carried = { up: 0, down: 0 };
  const up = direction(shape, isOn, (n) => (carried.up += n));
  const down = direction(shape, isOn, (n) => (carried.down += n));
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    pipeThrough(client, upstream, up);
    pipeThrough(upstream, client, down);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${String(address.port)}`,
    throttle: (value) => {
      on = value;
    },
    bytes: () => ({ ...carried }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
