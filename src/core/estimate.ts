/**
 * The calculation: a resolved run (powers, PUE and intensity looked up) becomes a RunResult with
 * facility energy, emissions and their breakdown by component.
 *
 *   IT power  [W]   = (gpu W + cpu W + memory W) x utilization      (or the measured `power:`)
 *   IT energy [kWh] = IT power x hours / 1000                          (one training)
 *   energy    [kWh] = IT energy x PUE x repeats                        (facility, all trainings)
 *   CO2e      [kg]  = energy x intensity [g/kWh] / 1000
 *
 * This is Strubell et al. (2019)'s `p_t = 1.58 t (p_c + p_r + g p_g) / 1000` with the PUE, the
 * utilization and the intensity made explicit inputs.
 */
import type {
  ComponentEnergy,
  HardwareSpec,
  IntensityValue,
  ItComponentEnergy,
  MeasuredDetail,
  MeasurementSummary,
  PueValue,
  RunResult,
  RunSpec
} from './model.js';

/** Rated power of a whole machine by component (device counts included), W. */
export interface ComponentPowerW {
  gpuW: number;
  cpuW: number;
  memoryW: number;
  /** Measured whole-machine average (`power:`), which replaces the other three. */
  otherW: number;
}

/** A run whose numbers have been looked up: what {@link estimateRun} needs. */
export interface ResolvedRun {
  spec: RunSpec;
  /** Power by component, W, before utilization. */
  power: ComponentPowerW;
  /** Human description of the hardware, e.g. "8 x NVIDIA V100-SXM2-16GB, 512 GB DRAM". */
  hardware: string;
  /** Catalogue entries (or explicit values) behind the GPU and CPU powers. */
  hardwareSpecs: HardwareSpec[];
  intensity: IntensityValue;
  pue: PueValue;
}

/**
 * IT energy of one training by component, kWh. Utilization scales rated powers (TDP, W/GB) to
 * what was drawn; a measured whole-machine `power:` is already a drawn average and is not scaled.
 */
function itEnergyByComponentKWh(power: ComponentPowerW, utilization: number, durationS: number): ItComponentEnergy {
  const hours = durationS / 3600;
  const kWh = (powerW: number, scale: number) => (powerW * scale * hours) / 1000;
  return {
    gpuKWh: kWh(power.gpuW, utilization),
    cpuKWh: kWh(power.cpuW, utilization),
    memoryKWh: kWh(power.memoryW, utilization),
    otherKWh: kWh(power.otherW, 1)
  };
}

/**
 * Scales one training's IT components to all repeats and adds the facility overhead
 * `IT x (PUE - 1) x repeats`, so that the five components sum to `IT x PUE x repeats`.
 */
function facilityComponents(it: ItComponentEnergy, pue: number, repeats: number): ComponentEnergy {
  const itKWh = it.gpuKWh + it.cpuKWh + it.memoryKWh + it.otherKWh;
  return {
    gpuKWh: it.gpuKWh * repeats,
    cpuKWh: it.cpuKWh * repeats,
    memoryKWh: it.memoryKWh * repeats,
    otherKWh: it.otherKWh * repeats,
    pueOverheadKWh: itKWh * (pue - 1) * repeats
  };
}

/** Emissions of an energy at an intensity: kWh x g/kWh / 1000 = kg. */
export function emissionsKgOf(energyKWh: number, intensityGPerKWh: number): number {
  return (energyKWh * intensityGPerKWh) / 1000;
}

/** IT power of the machine while training, W: the components after utilization. */
function itPowerW(power: ComponentPowerW, utilization: number): number {
  return (power.gpuW + power.cpuW + power.memoryW) * utilization + power.otherW;
}

/**
 * Estimates a run from its hardware's rated power, its duration, PUE and intensity.
 * The caller has checked that `spec.durationS` is set; a run without a duration has no estimate.
 */
export function estimateRun(run: ResolvedRun, durationS: number): RunResult {
  const { spec } = run;
  const pue = run.pue.pue;
  const it = itEnergyByComponentKWh(run.power, spec.utilization, durationS);
  const itEnergyKWh = it.gpuKWh + it.cpuKWh + it.memoryKWh + it.otherKWh;
  const energyKWh = itEnergyKWh * pue * spec.repeats;
  return {
    manifest: spec.manifest,
    name: spec.name,
    position: spec.position,
    method: 'estimated',
    hardware: run.hardware,
    durationS,
    utilization: spec.utilization,
    repeats: spec.repeats,
    pue,
    intensityGPerKWh: run.intensity.intensityGPerKWh,
    itPowerW: itPowerW(run.power, spec.utilization),
    itEnergyKWh,
    energyKWh,
    emissionsKg: emissionsKgOf(energyKWh, run.intensity.intensityGPerKWh),
    components: facilityComponents(it, pue, spec.repeats),
    sources: { intensity: run.intensity, pue: run.pue, hardware: run.hardwareSpecs }
  };
}

/**
 * The part of a measurement's IT energy (one training, kWh) whose logs already include a PUE
 * (CodeCarbon `*_energy`): the detail's figure where the stage gives one, else all or nothing as
 * the summary says. It gets no PUE of the run's.
 */
export function pueIncludedKWh(measurement: MeasurementSummary, detail: MeasuredDetail = {}): number {
  const itKWh = measurement.itEnergyKWh;
  return Math.min(itKWh, detail.pueIncludedKWh ?? (measurement.pueIncluded ? itKWh : 0));
}

/**
 * A run whose IT energy was measured from its power logs. Measured beats estimated: the logs'
 * energy is used, and the manifest's estimate (where it describes hardware and a duration) is
 * kept beside it with the ratio. Energy whose logs already include a PUE (CodeCarbon
 * `*_energy`) gets no second PUE: where all of it does, the run's PUE is reported as 1 with that
 * reason; where only part does, the reported PUE is the effective one (facility / IT energy).
 */
export function measuredRun(
  run: ResolvedRun,
  measurement: MeasurementSummary,
  estimate?: RunResult,
  detail: MeasuredDetail = {}
): RunResult {
  const { spec } = run;
  const itKWh = measurement.itEnergyKWh;
  const includedKWh = pueIncludedKWh(measurement, detail);
  const applyKWh = itKWh - includedKWh;
  const facilityPerTrainingKWh = applyKWh * run.pue.pue + includedKWh;
  const formats = measurement.formats.join(', ') || 'trace';
  let pueValue: PueValue = run.pue;
  if (itKWh > 0 && includedKWh >= itKWh) {
    pueValue = {
      pue: 1,
      source: { name: `already included in the logged energy (${formats}); not applied again`, licence: 'n/a' }
    };
  } else if (includedKWh > 0) {
    pueValue = {
      pue: facilityPerTrainingKWh / itKWh,
      source: {
        ...run.pue.source,
        name: `${run.pue.source.name}, applied only to the energy whose logs do not already include a PUE (effective value)`
      }
    };
  }
  const energyKWh = facilityPerTrainingKWh * spec.repeats;
  const emissionsKg =
    measurement.timeResolvedEmissionsKg !== undefined && itKWh > 0
      ? measurement.timeResolvedEmissionsKg * (facilityPerTrainingKWh / itKWh) * spec.repeats
      : emissionsKgOf(energyKWh, run.intensity.intensityGPerKWh);
  const split = detail.components;
  const splitKWh = split ? split.gpuKWh + split.cpuKWh + split.memoryKWh + split.otherKWh : 0;
  // A split that does not add up to the total (rounding aside) is not trusted: all goes to `other`.
  const it =
    split && Math.abs(splitKWh - itKWh) <= 1e-9 * Math.max(1, itKWh)
      ? split
      : { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0, otherKWh: itKWh };
  const components: ComponentEnergy = {
    gpuKWh: it.gpuKWh * spec.repeats,
    cpuKWh: it.cpuKWh * spec.repeats,
    memoryKWh: it.memoryKWh * spec.repeats,
    otherKWh: it.otherKWh * spec.repeats,
    pueOverheadKWh: applyKWh * (run.pue.pue - 1) * spec.repeats
  };
  const result: RunResult = {
    manifest: spec.manifest,
    name: spec.name,
    position: spec.position,
    method: 'measured',
    hardware: run.hardware,
    durationS: measurement.wallTimeS,
    utilization: spec.utilization,
    repeats: spec.repeats,
    pue: pueValue.pue,
    // With a time-resolved series, the effective intensity is the energy-weighted mean.
    intensityGPerKWh: energyKWh > 0 ? (emissionsKg * 1000) / energyKWh : run.intensity.intensityGPerKWh,
    itEnergyKWh: itKWh,
    energyKWh,
    emissionsKg,
    components,
    sources: { intensity: run.intensity, pue: pueValue, hardware: run.hardwareSpecs },
    measurement
  };
  if (estimate && itKWh > 0) {
    result.estimate = {
      energyKWh: estimate.energyKWh,
      emissionsKg: estimate.emissionsKg,
      // Compared at the IT level (one training, before PUE), so that the ratio says how well the
      // rated powers describe what the hardware drew, whatever PUE each side carries.
      ratioEstimateToMeasured: estimate.itEnergyKWh / itKWh
    };
  }
  return result;
}
