/**
 * The resolve stage: a RunSpec's names become numbers with sources. GPU and CPU models are
 * looked up in the catalogue (explicit `watts` win), memory gets the DRAM W/GB default, the
 * location becomes a grid intensity (an explicit `intensity` wins) and a PUE (an explicit `pue`
 * wins over the location's default). Every problem is a diagnostic at the field's position, with
 * the closest valid names for an unknown one; nothing is guessed.
 */
import {
  CPU_WATTS_PER_CORE,
  MEMORY_WATTS_PER_GB,
  defaultPue,
  findCpu,
  findGpu,
  findIntensity,
  GPU_LIST_URL
} from './catalog/index.js';
import { diagnostic, type Diagnostic, type Position } from './diagnostics.js';
import type { ComponentPowerW, ResolvedRun } from './estimate.js';
import type { DeviceSpec, HardwareSpec, IntensityValue, PueValue, RunSpec, SourceRef } from './model.js';
import { excerpt } from './excerpt.js';
import { didYouMean } from './suggest.js';
import { formatMemory, formatWatts } from './format.js';

/** Every diagnostic code this stage emits (documented in docs/diagnostics/report.md). */
export const RESOLVE_CODES = [
  'hardware/unknown-gpu',
  'hardware/unknown-cpu',
  'hardware/no-rated-power',
  'hardware/default-variant',
  'hardware/cpu-cores-total',
  'location/missing',
  'location/unknown',
  'location/note',
  'run/utilization-ignored'
] as const;

/** A default location for runs that name none, and where it was set. */
export interface DefaultLocation {
  location: string;
  /** "the budget config .github/carbon-budget.yml", "--location / location input". */
  origin: string;
  /** Where it is written, for a diagnostic about it (absent for a flag or input). */
  at?: Partial<Position>;
}

/** What resolving one run gives. */
export interface ResolveResult {
  /** Absent when any error was found. */
  run?: ResolvedRun;
  diagnostics: Diagnostic[];
  /** Sources used outside the run's own hardware, intensity and PUE (per-core, DRAM defaults). */
  extraSources: SourceRef[];
  /** True when the location came from the default rather than the manifest. */
  usedDefaultLocation: boolean;
}

/** What a location may be, for messages. */
export const LOCATION_EXPECTED =
  'a country (ISO 3166 code such as "DE" or "DEU"), a grid zone (such as "US-CAL-CISO"), a cloud region ' +
  '("aws:us-east-1", "gcp:europe-west4", "azure:westeurope") or the preset "strubell-2019"';

/** Resolves one run's hardware power, grid intensity and PUE. */
export function resolveRun(spec: RunSpec, defaultLocation?: DefaultLocation): ResolveResult {
  const diagnostics: Diagnostic[] = [];
  const extraSources: SourceRef[] = [];
  const at = (field: string): Position => spec.fieldPositions[field] ?? spec.position;

  const hardware = resolveHardware(spec, at, diagnostics, extraSources);
  const place = resolvePlace(spec, at, defaultLocation, diagnostics);

  if (spec.powerW !== undefined && spec.utilization !== 1 && spec.fieldPositions['utilization'] !== undefined) {
    diagnostics.push(
      diagnostic(
        'warning',
        'run/utilization-ignored',
        `Run "${spec.name}": \`utilization\` (${spec.utilization}) is not applied to \`power\` (${formatWatts(spec.powerW)}), which is a measured average draw already; remove one of them.`,
        at('utilization')
      )
    );
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  if (failed || !hardware || !place)
    return { diagnostics, extraSources, usedDefaultLocation: place?.usedDefault ?? false };
  return {
    run: {
      spec,
      power: hardware.power,
      hardware: hardware.label,
      hardwareSpecs: hardware.specs,
      intensity: place.intensity,
      pue: place.pue
    },
    diagnostics,
    extraSources,
    usedDefaultLocation: place.usedDefault
  };
}

/** A value the manifest gave itself: its source is the manifest. */
function manifestSource(spec: RunSpec, what: string): SourceRef {
  return { name: `${spec.manifest} (${what} given in the manifest)`, licence: 'user-supplied' };
}

/** Powers, label and catalogue entries of a run's hardware; undefined on any error. */
function resolveHardware(
  spec: RunSpec,
  at: (field: string) => Position,
  diagnostics: Diagnostic[],
  extraSources: SourceRef[]
): { power: ComponentPowerW; label: string; specs: HardwareSpec[] } | undefined {
  if (spec.powerW !== undefined) {
    // `power:` replaces the components, so their names are not looked up: a TPU with no published
    // TDP, or a GPU the catalogue lacks, is fine beside a measured draw.
    const described = [
      deviceAsWritten(spec.gpu, 'GPU'),
      deviceAsWritten(spec.cpu, 'CPU'),
      spec.memoryGB !== undefined ? `${formatMemory(spec.memoryGB)} DRAM` : ''
    ]
      .filter((s) => s !== '')
      .join(', ');
    const label = `${formatWatts(spec.powerW)} whole machine (measured average)${described ? `; ${described}` : ''}`;
    return { power: { gpuW: 0, cpuW: 0, memoryW: 0, otherW: spec.powerW }, label, specs: [] };
  }
  const labels: string[] = [];
  const specs: HardwareSpec[] = [];
  let ok = true;
  let gpuW = 0;
  let cpuW = 0;
  let memoryW = 0;

  if (spec.gpu) {
    const gpu = resolveDevice(spec, spec.gpu, 'gpu', at, diagnostics);
    if (gpu) {
      gpuW = gpu.powerW;
      labels.push(gpu.label);
      specs.push(gpu.spec);
    } else ok = false;
  }
  if (spec.cpu) {
    const cpu = resolveDevice(spec, spec.cpu, 'cpu', at, diagnostics);
    if (cpu) {
      cpuW = cpu.powerW;
      labels.push(cpu.label);
      specs.push(cpu.spec);
      if (cpu.perCore) extraSources.push(CPU_WATTS_PER_CORE.source);
    } else ok = false;
  }
  if (spec.memoryGB !== undefined) {
    memoryW = spec.memoryGB * MEMORY_WATTS_PER_GB.wattsPerGB;
    labels.push(`${formatMemory(spec.memoryGB)} DRAM`);
    extraSources.push(MEMORY_WATTS_PER_GB.source);
  }
  if (!ok) return undefined;
  return { power: { gpuW, cpuW, memoryW, otherW: 0 }, label: labels.join(', ') || 'no hardware described', specs };
}

/** "8 x A100", as written in the manifest. */
function deviceAsWritten(device: DeviceSpec | undefined, kind: string): string {
  if (!device) return '';
  if (device.model) return `${device.count} x ${device.model}`;
  if (device.watts !== undefined) return `${device.count} x ${kind} at ${formatWatts(device.watts)}`;
  if (device.cores !== undefined) return `${device.cores} CPU cores`;
  return '';
}

/** One GPU or CPU entry: explicit watts, a catalogue model, or (CPU) cores at the per-core default. */
function resolveDevice(
  spec: RunSpec,
  device: DeviceSpec,
  kind: 'gpu' | 'cpu',
  at: (field: string) => Position,
  diagnostics: Diagnostic[]
): { powerW: number; label: string; spec: HardwareSpec; perCore?: boolean } | undefined {
  const KIND = kind.toUpperCase();
  if (device.watts !== undefined) {
    const name = device.model ?? KIND;
    return {
      powerW: device.count * device.watts,
      label: `${device.count} x ${name} at ${formatWatts(device.watts)}`,
      spec: { name, kind, tdpW: device.watts, source: manifestSource(spec, `${KIND} watts`) }
    };
  }
  if (device.model !== undefined) {
    const found = kind === 'gpu' ? findGpu(device.model) : findCpu(device.model);
    if (found.ok) {
      if (found.note)
        diagnostics.push(
          diagnostic('notice', 'hardware/default-variant', `Run "${spec.name}": ${found.note}`, at(`${kind}.model`))
        );
      return {
        powerW: device.count * found.value.tdpW,
        label: `${device.count} x ${found.value.name}`,
        spec: found.value
      };
    }
    if (kind === 'cpu' && device.cores !== undefined) {
      // An unknown CPU model with a core count: the per-core default covers it, and says so.
      diagnostics.push(
        diagnostic(
          'notice',
          'hardware/unknown-cpu',
          `Run "${spec.name}": CPU "${excerpt(device.model)}" is not in the catalogue; its ${device.cores} cores are estimated at ${CPU_WATTS_PER_CORE.wattsPerCore} W per core.${didYouMean(found.suggestions)}`,
          at('cpu.model')
        )
      );
      return perCore(spec, device, at, diagnostics);
    }
    if (found.reason) {
      diagnostics.push(
        diagnostic('error', 'hardware/no-rated-power', `Run "${spec.name}": ${found.reason}`, at(`${kind}.model`))
      );
      return undefined;
    }
    const alternative =
      kind === 'gpu' ? '`watts:` (rated power of one GPU)' : '`watts:` (rated power of one CPU) or `cores:`';
    // An unknown GPU points to the generated list of every catalogue row, so the reader can check the spelling.
    const list = kind === 'gpu' ? ` The catalogue's GPUs are listed at ${GPU_LIST_URL}.` : '';
    diagnostics.push(
      diagnostic(
        'error',
        `hardware/unknown-${kind}`,
        `Run "${spec.name}": unknown ${KIND} model "${excerpt(device.model)}"; expected a catalogue model or ${alternative}.${didYouMean(found.suggestions)}${list}`,
        at(`${kind}.model`)
      )
    );
    return undefined;
  }
  if (kind === 'cpu' && device.cores !== undefined) return perCore(spec, device, at, diagnostics);
  // The manifest parser refuses a device with no model, watts or cores; this is a safety net.
  diagnostics.push(
    diagnostic(
      'error',
      `hardware/unknown-${kind}`,
      `Run "${spec.name}": the ${KIND} has no \`model\` or \`watts\`.`,
      at(kind)
    )
  );
  return undefined;
}

/** A CPU given by its core count: cores in use x the per-core default. */
function perCore(
  spec: RunSpec,
  device: DeviceSpec,
  at: (field: string) => Position,
  diagnostics: Diagnostic[]
): { powerW: number; label: string; spec: HardwareSpec; perCore: true } {
  const cores = device.cores ?? 0;
  if (device.count > 1) {
    diagnostics.push(
      diagnostic(
        'notice',
        'hardware/cpu-cores-total',
        `Run "${spec.name}": \`cores: ${cores}\` is read as all cores in use across the ${device.count} CPUs, not per CPU.`,
        at('cpu.cores')
      )
    );
  }
  const powerW = cores * CPU_WATTS_PER_CORE.wattsPerCore;
  return {
    powerW,
    label: `${cores} CPU cores`,
    spec: {
      name: `${cores} CPU cores at ${CPU_WATTS_PER_CORE.wattsPerCore} W per core`,
      kind: 'cpu',
      tdpW: powerW,
      source: CPU_WATTS_PER_CORE.source
    },
    perCore: true
  };
}

/**
 * Grid intensity and PUE, with their sources; undefined on any error. A location is looked up even
 * beside an explicit intensity, because it still sets the default PUE: a misspelt region must not
 * fall back to the generic PUE in silence.
 */
function resolvePlace(
  spec: RunSpec,
  at: (field: string) => Position,
  defaultLocation: DefaultLocation | undefined,
  diagnostics: Diagnostic[]
): { intensity: IntensityValue; pue: PueValue; usedDefault: boolean } | undefined {
  const usedDefault = spec.location === undefined && defaultLocation !== undefined;
  const location = spec.location ?? defaultLocation?.location;
  if (location === undefined && spec.intensityGPerKWh === undefined) {
    diagnostics.push(
      diagnostic(
        'error',
        'location/missing',
        `Run "${spec.name}" has no \`location\` and no \`intensity\`, so its emissions cannot be computed; expected \`location:\` in the run or in \`defaults:\` (${LOCATION_EXPECTED}), \`intensity:\` (e.g. "0.4 kg/kWh"), or a default location in the budget config or the --location / location input.`,
        spec.position
      )
    );
    return undefined;
  }
  let located: IntensityValue | undefined;
  if (location !== undefined) {
    const found = findIntensity(location);
    const where = spec.location !== undefined ? at('location') : defaultLocation?.at;
    const fromDefault = spec.location === undefined ? ` (the default location from ${defaultLocation?.origin})` : '';
    if (!found.ok) {
      const why = found.reason ? ` ${found.reason}` : '';
      diagnostics.push(
        diagnostic(
          'error',
          'location/unknown',
          `Run "${spec.name}": unknown location "${excerpt(location)}"${fromDefault}; expected ${LOCATION_EXPECTED}.${why}${didYouMean(found.suggestions)}`,
          where
        )
      );
      return undefined;
    }
    if (found.note) diagnostics.push(diagnostic('notice', 'location/note', `Run "${spec.name}": ${found.note}`, where));
    located = found.value;
  }
  const intensity: IntensityValue =
    spec.intensityGPerKWh !== undefined
      ? {
          intensityGPerKWh: spec.intensityGPerKWh,
          label: `intensity given in ${spec.manifest}`,
          key: 'explicit',
          source: manifestSource(spec, 'intensity')
        }
      : (located as IntensityValue);
  const pue: PueValue =
    spec.pue !== undefined ? { pue: spec.pue, source: manifestSource(spec, 'PUE') } : defaultPue(location);
  return { intensity, pue, usedDefault };
}
