/**
 * The offline catalogues: GPU/accelerator and CPU power, DRAM power, grid intensity by location,
 * PUE defaults and presets. Every value carries a SourceRef (name, URL, licence, year where
 * known); DATA-SOURCES.md lists the sources and LICENSES/ holds their licence texts.
 */
export { findGpu, GPU_CATALOG, GPU_DEFAULT_VARIANTS, GPU_LIST_URL, UNRATED_ACCELERATORS } from './gpus.js';
export { findCpu, CPU_WATTS_PER_CORE, MEMORY_WATTS_PER_GB } from './cpus.js';
export { findIntensity, knownLocations } from './locations.js';
export { defaultPue, DEFAULT_PUE, PROVIDER_PUE } from './pue.js';
export { PRESETS } from './presets.js';
export { AWS_REGION_ZONES, AZURE_REGION_ZONES } from './cloud-regions.js';
