/**
 * Where a V8 CPU profile (Chromium's Profiler domain or Node's --cpu-prof) spends its time: self
 * time by function and by package or source folder, to name what limits a missed target.
 */
export type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** Which package or source folder a script belongs to. */
function owner(url: string): string {
  if (url === '') return '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  const src = /(src-[a-z]+\/(?:src\/)?[^/]+)/.exec(url)?.[1];
  if (src) return src;
  const bench = /(bench\/[^?]+)/.exec(url)?.[1];
  if (bench) return bench;
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^.*\//, '');
}

export type ProfileSummary = {
  totalMs: number;
  byFunction: { name: string; ms: number }[];
  byOwner: { name: string; ms: number }[];
};

export function summarizeProfile(profile: CpuProfile, top = 20): ProfileSummary {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalMs = 0;
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const id = samples[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + ms);
    totalMs += ms;
  }
  const fn = new Map<string, number>();
  const own = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = frames.get(id);
    if (!frame) continue;
    const file = frame.url.replace(/^.*\//, '').replace(/\?.*$/, '');
    const name = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    fn.set(name, (fn.get(name) ?? 0) + ms);
    const o = frame.url === '' ? frame.functionName || '(native)' : owner(frame.url);
    own.set(o, (own.get(o) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) =>
    [...m]
      .map(([name, ms]) => ({ name, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return { totalMs, byFunction: sorted(fn), byOwner: sorted(own) };
}

export function printSummary(title: string, s: ProfileSummary): void {
  console.log(`\n${title}: ${s.totalMs.toFixed(0)} ms sampled`);
  console.log('  by package / folder (self time):');
  for (const o of s.byOwner) {
    console.log(
      `    ${o.ms.toFixed(0).padStart(7)} ms ${((o.ms / s.totalMs) * 100).toFixed(1).padStart(5)}%  ${o.name}`,
    );
  }
  console.log('  by function (self time):');
  for (const f of s.byFunction) {
    console.log(
      `    ${f.ms.toFixed(0).padStart(7)} ms ${((f.ms / s.totalMs) * 100).toFixed(1).padStart(5)}%  ${f.name}`,
    );
  }
}
