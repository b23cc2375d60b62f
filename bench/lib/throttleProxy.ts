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
  close(): Promise<void>;
};

export type LinkShape = { bitsPerSecond: number; rttMs: number };

export const COUNTY_LINK: LinkShape = { bitsPerSecond: 2_000_000, rttMs: 100 };

/** One direction of the link: when each chunk has finished leaving, then its propagation delay. */
function direction(shape: LinkShape, isOn: () => boolean) {
  let freeAt = 0;
  return (chunk: Buffer, deliver: () => void) => {
    if (!isOn()) {
      deliver();
      return;
    }
    const now = performance.now();
    const sendMs = (chunk.length * 8 * 1000) / shape.bitsPerSecond;
    freeAt = Math.max(now, freeAt) + sendMs;
    setTimeout(deliver, freeAt - now + shape.rttMs / 2);
  };
}

function pipeThrough(from: Socket, to: Socket, link: ReturnType<typeof direction>): void {
  // Chunks are delivered in order: every chunk's time is at or after the one before it.
  from.on('data', (chunk: Buffer) => {
    link(chunk, () => {
      if (!to.destroyed) to.write(chunk);
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
  const up = direction(shape, isOn);
  const down = direction(shape, isOn);
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
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
