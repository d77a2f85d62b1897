/**
 * Intel/AMD RAPL energy counters as logged from Linux powercap sysfs
 * (`/sys/class/powercap/intel-rapl:N[:M]/{name,energy_uj,max_energy_range_uj}`), in one of two
 * CSV layouts, told apart by the header:
 *
 * - long, one row per domain and reading:
 *   `timestamp,domain,energy_uj[,max_energy_range_uj][,zone][,host]`, where `domain` is the
 *   sysfs `name` (`package-0`, `dram`, `core`, `uncore`, `psys`) and the optional `zone` the sysfs
 *   directory (`intel-rapl:0:2`), which tells apart the `dram` of each socket;
 * - wide, one row per reading: `timestamp,package-0,package-1,dram,...` (a column per domain, µJ;
 *   `_energy_uj` or ` [uJ]` suffixes allowed), with optional `<domain>_max_energy_range_uj`.
 *
 * `timestamp` is ISO 8601 (zone-less read in the run's timezone) or Unix epoch seconds (`date
 * +%s.%N`). Counters are µJ; the range is `max_energy_range_uj`, so a decrease is a wrap and
 * Δ = (new − old) mod (max + 1): the sink gets `wrapJ = (max + 1) / 1e6`. Without a range a
 * decrease is a reset.
 *
 * Domains overlap (package ⊃ core, uncore; psys ⊇ package), so only top-level packages (cpu)
 * and dram (memory) are summed; core, uncore and psys are left out with a note.
 */
import { diagnostic } from '../../diagnostics.js';
import { excerpt } from '../../excerpt.js';
import { closestNames, didYouMean } from '../../suggest.js';
import { forEachCsvRecord, parseTimeMs, unclosedQuoteMessage } from '../lines.js';
import { tellNote } from '../tell.js';
import { UTC } from '../timezone.js';
import type { Component, ParseOptions, SampleSink, TraceFormat } from '../types.js';

/** Every diagnostic code of the RAPL reader (documented in docs/diagnostics/formats.md). */
export const RAPL_CODES = ['traces/missing-column', 'traces/rapl', 'traces/unclosed-quote'] as const;

/** What a RAPL domain is, from its sysfs name. */
type DomainKind = { use: true; component: Component } | { use: false; why: string };

/** Classifies a domain by its sysfs `name` (or a path ending in it: `package-0/dram`). */
export function raplDomainKind(name: string): DomainKind {
  const leaf = name.trim().toLowerCase().split(/[/:]/).pop() ?? '';
  if (/^package-\d+$/.test(leaf) || leaf === 'package') return { use: true, component: 'cpu' };
  if (leaf === 'dram') return { use: true, component: 'memory' };
  if (leaf === 'core' || leaf === 'uncore' || /^(core|uncore)-\d+$/.test(leaf))
    return { use: false, why: 'inside its package' };
  if (leaf === 'psys') return { use: false, why: 'the whole platform, which includes the packages' };
  return { use: false, why: 'not a RAPL package or dram domain' };
}

const TIME_NAMES = ['timestamp', 'time', 'ts', 'datetime', 'date'];
const DOMAIN_NAMES = ['domain', 'name', 'rapl_domain'];
const ZONE_NAMES = ['zone', 'path', 'sysfs', 'zone_path', 'powercap_zone'];
const HOST_NAMES = ['host', 'hostname', 'node'];
const WIDE_DOMAIN = /^((?:package-\d+[/:]dram|package-\d+|dram|core|uncore|psys))(?:[_ ](?:energy_)?uj|\s*\[uj\])?$/i;
const WIDE_MAX = /^((?:package-\d+[/:]dram|package-\d+|dram|core|uncore|psys))[_ ]max_energy_range_uj$/i;

interface Long {
  layout: 'long';
  count: number;
  time: number;
  domain: number;
  zone: number;
  energy: number;
  max: number;
  host: number;
}

interface Wide {
  layout: 'wide';
  count: number;
  time: number;
  domains: { index: number; name: string; max: number }[];
}

/** Reads the header into a layout, or reports what is missing. */
function readHeader(fields: string[], line: number, sink: SampleSink, file: string): Long | Wide | undefined {
  const names = fields.map((f) => f.trim().toLowerCase());
  const find = (candidates: string[]): number => names.findIndex((n) => candidates.includes(n));
  const time = find(TIME_NAMES);
  const energy = names.indexOf('energy_uj');
  if (time === -1) {
    sink.report(
      diagnostic(
        'error',
        'traces/missing-column',
        `RAPL log has no timestamp column; expected "timestamp" (ISO 8601 or Unix seconds).${didYouMean(closestNames('timestamp', fields))}`,
        { file, line, column: 1 }
      )
    );
    return undefined;
  }
  if (energy !== -1) {
    const domain = find(DOMAIN_NAMES);
    const zone = find(ZONE_NAMES);
    if (domain === -1) {
      sink.report(
        diagnostic(
          'error',
          'traces/missing-column',
          `RAPL log has energy_uj but no "domain" column; expected the sysfs name of each zone (package-0, dram, ...).${didYouMean(closestNames('domain', fields))}`,
          { file, line, column: 1 }
        )
      );
      return undefined;
    }
    return {
      layout: 'long',
      count: fields.length,
      time,
      domain,
      zone,
      energy,
      max: names.indexOf('max_energy_range_uj'),
      host: find(HOST_NAMES)
    };
  }
  const domains: Wide['domains'] = [];
  const maxOf = new Map<string, number>();
  names.forEach((n, i) => {
    const m = WIDE_MAX.exec(n);
    if (m) maxOf.set(m[1], i);
  });
  names.forEach((n, i) => {
    if (i === time || WIDE_MAX.test(n)) return;
    const m = WIDE_DOMAIN.exec(n);
    if (m)
      domains.push({
        index: i,
        name: fields[i].trim().replace(/([_ ](energy_)?uj|\s*\[uj\])$/i, ''),
        max: maxOf.get(m[1]) ?? -1
      });
  });
  if (domains.length === 0) {
    sink.report(
      diagnostic(
        'error',
        'traces/missing-column',
        `RAPL log has neither an "energy_uj" column nor domain columns; expected "timestamp,domain,energy_uj[,max_energy_range_uj]" or "timestamp,package-0,dram,...".${didYouMean(closestNames('energy_uj', fields))}`,
        { file, line, column: 1 }
      )
    );
    return undefined;
  }
  return { layout: 'wide', count: fields.length, time, domains };
}

/** Reads a µJ cell: the value, or why it cannot be used. */
function microjoules(text: string | undefined): number | 'unavailable' | 'non-numeric' | 'negative' {
  const t = (text ?? '').trim();
  if (t === '') return 'unavailable';
  const v = Number(t);
  if (!Number.isFinite(v)) return 'non-numeric';
  return v < 0 ? 'negative' : v;
}

async function parse(chunks: AsyncIterable<Uint8Array>, sink: SampleSink, options: ParseOptions): Promise<void> {
  const { file } = options;
  const zone = options.zone ?? UTC;
  let layout: Long | Wide | undefined;
  let headerFailed = false;
  const excluded = new Map<string, string>();
  const used = new Map<string, Component>();
  /** Last reading per device and whether its range is known, to tell the user about resets. */
  const last = new Map<string, number>();
  let resetsWithoutRange = 0;
  let wraps = 0;

  const reading = (
    device: string,
    name: string,
    timeMs: number,
    valueText: string | undefined,
    maxText: string | undefined,
    line: number
  ): void => {
    const kind = raplDomainKind(name);
    if (!kind.use) {
      excluded.set(name.trim(), kind.why);
      return;
    }
    const uj = microjoules(valueText);
    if (typeof uj === 'string') {
      sink.drop(uj, line, `${excerpt(name)} energy_uj "${excerpt((valueText ?? '').trim())}"`);
      return;
    }
    let wrapJ: number | undefined;
    const max = microjoules(maxText);
    if (typeof max === 'number' && max > 0) wrapJ = (max + 1) / 1e6;
    const previous = last.get(device);
    if (previous !== undefined && uj < previous) {
      if (wrapJ === undefined) resetsWithoutRange++;
      else wraps++;
    }
    last.set(device, uj);
    used.set(device, kind.component);
    sink.counter(device, timeMs, uj / 1e6, line, wrapJ, kind.component);
  };

  await forEachCsvRecord(
    chunks,
    (fields, line) => {
      if (fields[0].trimStart().startsWith('#')) return;
      if (!layout) {
        if (headerFailed) {
          sink.drop('malformed-row', line, 'no usable RAPL header');
          return;
        }
        layout = readHeader(fields, line, sink, file);
        headerFailed = layout === undefined;
        return;
      }
      if (fields.length !== layout.count) {
        sink.drop('malformed-row', line, `${fields.length} fields where the header has ${layout.count}`);
        return;
      }
      const timeText = fields[layout.time];
      // A repeated header (logs joined with cat) is skipped.
      if (TIME_NAMES.includes(timeText.trim().toLowerCase())) return;
      const timeMs = parseTimeMs(timeText, zone);
      if (Number.isNaN(timeMs)) {
        sink.drop('bad-timestamp', line, `timestamp "${excerpt(timeText.trim())}"`);
        return;
      }
      if (layout.layout === 'long') {
        const name = fields[layout.domain].trim();
        const zoneId = layout.zone === -1 ? '' : fields[layout.zone].trim();
        const host = layout.host === -1 ? '' : fields[layout.host].trim();
        const device = `${options.devicePrefix}${host ? `${host}/` : ''}${zoneId || name}`;
        reading(device, name, timeMs, fields[layout.energy], layout.max === -1 ? undefined : fields[layout.max], line);
      } else {
        for (const d of layout.domains)
          reading(
            `${options.devicePrefix}${d.name}`,
            d.name,
            timeMs,
            fields[d.index],
            d.max === -1 ? undefined : fields[d.max],
            line
          );
      }
    },
    (line) => sink.drop('malformed-row', line, 'line longer than any RAPL row'),
    (start, end) =>
      sink.report(
        diagnostic('warning', 'traces/unclosed-quote', unclosedQuoteMessage(start, end), { file, line: start })
      )
  );

  const notes: string[] = [];
  if (used.size > 0) {
    const byComponent = (c: Component): number => [...used.values()].filter((v) => v === c).length;
    notes.push(
      `RAPL energy counters of ${byComponent('cpu')} package domain(s) (cpu) and ${byComponent('memory')} dram domain(s) (memory), sum of increases.`
    );
  }
  if (excluded.size > 0) {
    const list = [...excluded].map(([name, why]) => `${excerpt(name)} (${why})`).join(', ');
    notes.push(`RAPL domains not summed, as they overlap the package domains: ${list}.`);
  }
  if (wraps > 0)
    notes.push(`${wraps} RAPL counter wrap(s) at max_energy_range_uj, counted as (new - old) mod (max + 1).`);
  if (resetsWithoutRange > 0) {
    notes.push(
      `${resetsWithoutRange} RAPL counter decrease(s) without max_energy_range_uj were read as resets; log max_energy_range_uj to count them as wraps.`
    );
  }
  for (const note of notes) tellNote(sink, 'traces/rapl', note, file);
}

/** RAPL `energy_uj` counter logs. */
export const format: TraceFormat = {
  id: 'rapl',
  component: 'cpu',
  detect(head: string): boolean {
    const first = head
      .replace(/^\ufeff/, '')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
    if (!first) return false;
    const names = first
      .toLowerCase()
      .split(',')
      .map((n) => n.trim().replace(/^"|"$/g, ''));
    if (!names.some((n) => TIME_NAMES.includes(n))) return false;
    if (names.includes('energy_uj')) return true;
    return names.some((n) => /^package-\d+/.test(n) && WIDE_DOMAIN.test(n));
  },
  parse
};
