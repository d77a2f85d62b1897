/**
 * Every data source the catalogue cites, in one place, so DATA-SOURCES.md, the report's
 * methodology footnote and the tests all read the same names, URLs, licences and years.
 */
import type { SourceRef } from '../model.js';
import {
  ELECTRICITY_MAPS_CO2JS_VERSION,
  ELECTRICITY_MAPS_METHODOLOGY_URL,
  ELECTRICITY_MAPS_YEAR
} from './data/electricity-maps.generated.js';
import { EMBER_CO2JS_VERSION } from './data/ember-countries.generated.js';
import { GCP_REGION_YEAR } from './data/gcp-regions-2024.generated.js';

/** Green Algorithms tables are cited at the snapshot the fixtures were copied from. */
const GREEN_ALGORITHMS_TREE =
  'https://github.com/GreenAlgorithms/green-algorithms-tool/blob/30df2feead1c7f5db87a3d86ca1239470a0cd415/data/latest';

/** Licence string for a number read off a vendor datasheet: a fact, not a copyrighted work. */
export const FACT = 'public domain (fact)';

/** CodeCarbon's `cpu_power.csv` (MIT): TDP by CPU model. */
export const CODECARBON_CPU_SOURCE: SourceRef = {
  name: 'CodeCarbon cpu_power.csv (from Intel ARK / AMD product pages)',
  url: 'https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv',
  licence: 'MIT'
};

/** Green Algorithms' per-core TDP for an unknown CPU ("Any" row of TDP_cpu.csv). */
export const GREEN_ALGORITHMS_CPU_PER_CORE_SOURCE: SourceRef = {
  name: 'Green Algorithms TDP_cpu.csv, "Any" row (TDP per core)',
  url: `${GREEN_ALGORITHMS_TREE}/TDP_cpu.csv`,
  licence: 'CC BY 4.0'
};

/** Green Algorithms' memory power (referenceValues.csv `memoryPower`). */
export const GREEN_ALGORITHMS_MEMORY_SOURCE: SourceRef = {
  name: 'Green Algorithms referenceValues.csv, memoryPower (W per GB of DRAM)',
  url: `${GREEN_ALGORITHMS_TREE}/referenceValues.csv`,
  licence: 'CC BY 4.0'
};

/** Green Algorithms' GPU/TPU table, cited for the rows taken from it. */
export const GREEN_ALGORITHMS_GPU_SOURCE: SourceRef = {
  name: 'Green Algorithms TDP_gpu.csv',
  url: `${GREEN_ALGORITHMS_TREE}/TDP_gpu.csv`,
  licence: 'CC BY 4.0'
};

/** Ember country averages as republished by CO2.js; the year varies by country (2022-2024). */
export const EMBER_SOURCE: SourceRef = {
  name: `Ember yearly electricity data via CO2.js ${EMBER_CO2JS_VERSION} (latest year per country, 2022-2024)`,
  url: 'https://ember-energy.org/data/yearly-electricity-data/',
  licence: 'CC BY-SA 4.0'
};

/** Electricity Maps yearly zone averages as shipped in CO2.js. */
export const ELECTRICITY_MAPS_SOURCE: SourceRef = {
  name: `Electricity Maps ${ELECTRICITY_MAPS_YEAR} yearly average via CO2.js ${ELECTRICITY_MAPS_CO2JS_VERSION}`,
  url: ELECTRICITY_MAPS_METHODOLOGY_URL,
  licence: 'ODbL 1.0',
  year: ELECTRICITY_MAPS_YEAR
};

/** Google's own per-region grid intensities. */
export const GCP_REGION_SOURCE: SourceRef = {
  name: `Google Cloud region carbon info ${GCP_REGION_YEAR} (grid carbon intensity)`,
  url: 'https://github.com/GoogleCloudPlatform/region-carbon-info/blob/49f3f26bfd682305e8d9b572fea1f811900421a9/data/yearly/2024.csv',
  licence: 'Apache-2.0',
  year: GCP_REGION_YEAR
};

/** Strubell, Ganesh & McCallum (2019): US average intensity 0.954 lb/kWh and PUE 1.58. */
export const STRUBELL_2019_SOURCE: SourceRef = {
  name: 'Strubell, Ganesh & McCallum 2019, "Energy and Policy Considerations for Deep Learning in NLP" (ACL)',
  url: 'https://aclanthology.org/P19-1355/',
  licence: 'CC BY 4.0',
  year: 2019
};

/** Cloud Carbon Footprint's methodology: the provider PUEs it uses. */
export const CLOUD_CARBON_FOOTPRINT_PUE_SOURCE: SourceRef = {
  name: 'Cloud Carbon Footprint methodology, power usage effectiveness',
  url: 'https://www.cloudcarbonfootprint.org/docs/methodology/#power-usage-effectiveness',
  licence: 'Apache-2.0'
};

/** Uptime Institute's 2024 global average PUE, as Green Algorithms uses it for unknown providers. */
export const UPTIME_2024_PUE_SOURCE: SourceRef = {
  name: 'Uptime Institute Global Data Center Survey 2024 average PUE, via Green Algorithms defaults_PUE.csv',
  url: `${GREEN_ALGORITHMS_TREE}/defaults_PUE.csv`,
  licence: 'CC BY 4.0',
  year: 2024
};
