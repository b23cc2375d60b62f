/** What a benchmark run found: rows of per-run figures, targets met or missed, and notes. */
import { summarize } from './stats';

export type Better = 'lower' | 'higher';

export type Row = {
  benchmark: string;
  metric: string;
  better: Better;
  /** One figure per run. */
  jianhu: readonly number[];
  anchors: readonly { name: string; values: readonly number[] }[];
};

export type Target = {
  benchmark: string;
  goal: string;
  /** null: could not be measured in this run. */
  met: boolean | null;
  /** The figure against the goal, and by how much it is missed. */
  detail: string;
};

export function fmt(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const abs = Math.abs(x);
  if (abs >= 1000) return Math.round(x).toLocaleString('en');
  if (abs >= 100) return x.toFixed(0);
  if (abs >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

export function range(values: readonly number[]): string {
  if (values.length === 0) return 'not measured';
  const s = summarize(values);
  return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}

export function median(values: readonly number[]): number {
  return summarize(values).median;
}

export class Report {
  readonly rows: Row[] = [];
  readonly targets: Target[] = [];
  readonly notes: string[] = [];
  /** Benchmarks that broke: listed at the top of the report, and the run exits non-zero. */
  readonly failures: string[] = [];

  add(row: Row): void {
    this.rows.push(row);
    console.log(`  ${row.benchmark} — ${row.metric}: Jianhu ${range(row.jianhu)}`);
    for (const a of row.anchors) {
      const ratio = median(row.jianhu) / median(a.values);
      console.log(`      ${a.name} ${range(a.values)}; Jianhu/${a.name} ${fmt(ratio)}×`);
    }
  }

  /** Records a target: `met` null when a figure is missing. */
  target(benchmark: string, goal: string, met: boolean | null, detail: string): void {
    this.targets.push({ benchmark, goal, met, detail });
    console.log(`  target ${benchmark}: ${goal} → ${verdict(met)} (${detail})`);
  }

  note(text: string): void {
    this.notes.push(text);
    console.log(`  note: ${text}`);
  }

  /** A benchmark that threw: its figures are missing, so the report says so first. */
  failed(benchmark: string, error: unknown): void {
    const text = `${benchmark}: ${error instanceof Error ? error.message : String(error)}`;
    this.failures.push(text);
    console.error(`  FAILED ${text}`);
  }

  toMarkdown(header: readonly string[]): string {
    const lines = [...header, ''];
    if (this.failures.length > 0) {
      lines.push(`**${this.failures.length} benchmark(s) FAILED** (no figures):`, '');
      lines.push(...this.failures.map((f) => `- ${f}`), '');
    }
    lines.push(
      '| benchmark | metric | Jianhu median (min–max) | anchor | anchor median (min–max) | Jianhu/anchor |',
    );
    lines.push('|---|---|---|---|---|---|');
    for (const row of this.rows) {
      const first = row.anchors[0];
      if (!first) {
        lines.push(`| ${row.benchmark} | ${row.metric} | ${range(row.jianhu)} | — | — | — |`);
        continue;
      }
      row.anchors.forEach((a, i) => {
        const ratio = median(row.jianhu) / median(a.values);
        lines.push(
          `| ${i === 0 ? row.benchmark : ''} | ${i === 0 ? row.metric : ''} | ${i === 0 ? range(row.jianhu) : ''} | ${a.name} | ${range(a.values)} | ${fmt(ratio)}× |`,
        );
      });
    }
    lines.push('', '| target | goal | verdict | figure |', '|---|---|---|---|');
    for (const t of this.targets) {
      lines.push(`| ${t.benchmark} | ${t.goal} | ${verdict(t.met)} | ${t.detail} |`);
    }
    if (this.notes.length > 0) lines.push('', ...this.notes.map((n) => `- ${n}`));
    return lines.join('\n');
  }
}

function verdict(met: boolean | null): string {
  return met === null ? 'not measured' : met ? 'met' : 'MISSED';
}

/** "met" when `value` is at or under `limit`; otherwise how far over it is, as a factor. */
export function atMost(value: number, limit: number, unit: string): [boolean | null, string] {
  if (!Number.isFinite(value)) return [null, 'no figure'];
  const met = value <= limit;
  const by = met ? '' : `, ${fmt(value / limit)}× the limit`;
  return [met, `${fmt(value)} ${unit} vs ≤ ${fmt(limit)} ${unit}${by}`];
}

/** "met" when `value` is at or above `floor`; otherwise the share of it reached. */
export function atLeast(value: number, floor: number, unit: string): [boolean | null, string] {
  if (!Number.isFinite(value)) return [null, 'no figure'];
  const met = value >= floor;
  const by = met ? '' : `, ${Math.round((value / floor) * 100)}% of it`;
  return [met, `${fmt(value)} ${unit} vs ≥ ${fmt(floor)} ${unit}${by}`];
}
