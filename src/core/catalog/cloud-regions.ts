/**
 * Where cloud regions sit on the grid.
 *
 * AWS and Azure publish no per-region grid intensity, so each region is mapped to the
 * Electricity Maps zone that supplies the place the provider says the region is in (AWS:
 * https://aws.amazon.com/about-aws/global-infrastructure/regions_az/ ; Azure:
 * https://learn.microsoft.com/azure/reliability/regions-list and
 * https://datacenters.microsoft.com/globe/explore). The zone's yearly average is then used.
 * The basis is geography: a US region goes to the balancing authority of its state (Northern
 * Virginia and Ohio are PJM, Iowa is MISO, Texas is ERCOT, California is CAISO); elsewhere the
 * country, or the country's sub-zone where Electricity Maps splits it (Sweden SE3, Norway NO1/NO2,
 * Italy North, India West/South, Japan Tokyo/Kansai, Australia NSW/Victoria, Brazil
 * Central-South, Canada by province). Cloud Carbon Footprint (Apache-2.0) maps US regions to
 * coarser eGRID NERC regions instead (e.g. us-east-1 to SERC); see DATA-SOURCES.md.
 * GovCloud regions are left out: their sites are not published precisely enough to map.
 */

/** A region and the grid zone it draws from. */
export interface RegionZone {
  /** The provider's region code, lower case. */
  region: string;
  /** Where the provider says the region is. */
  location: string;
  /** Electricity Maps zone key. */
  zone: string;
}

/** AWS regions -> Electricity Maps zones. */
export const AWS_REGION_ZONES: readonly RegionZone[] = [
  { region: 'us-east-1', location: 'N. Virginia', zone: 'US-MIDA-PJM' },
  { region: 'us-east-2', location: 'Ohio', zone: 'US-MIDA-PJM' },
  { region: 'us-west-1', location: 'N. California', zone: 'US-CAL-CISO' },
  { region: 'us-west-2', location: 'Oregon', zone: 'US-NW-BPAT' },
  { region: 'ca-central-1', location: 'Montréal', zone: 'CA-QC' },
  { region: 'ca-west-1', location: 'Calgary', zone: 'CA-AB' },
  { region: 'mx-central-1', location: 'Querétaro, Mexico', zone: 'MX' },
  { region: 'sa-east-1', location: 'São Paulo', zone: 'BR-CS' },
  { region: 'eu-west-1', location: 'Ireland', zone: 'IE' },
  { region: 'eu-west-2', location: 'London', zone: 'GB' },
  { region: 'eu-west-3', location: 'Paris', zone: 'FR' },
  { region: 'eu-central-1', location: 'Frankfurt', zone: 'DE' },
  { region: 'eu-central-2', location: 'Zurich', zone: 'CH' },
  { region: 'eu-north-1', location: 'Stockholm', zone: 'SE-SE3' },
  { region: 'eu-south-1', location: 'Milan', zone: 'IT-NO' },
  { region: 'eu-south-2', location: 'Aragón, Spain', zone: 'ES' },
  { region: 'il-central-1', location: 'Tel Aviv', zone: 'IL' },
  { region: 'me-south-1', location: 'Bahrain', zone: 'BH' },
  { region: 'me-central-1', location: 'United Arab Emirates', zone: 'AE' },
  { region: 'af-south-1', location: 'Cape Town', zone: 'ZA' },
  { region: 'ap-east-1', location: 'Hong Kong', zone: 'HK' },
  { region: 'ap-east-2', location: 'Taipei', zone: 'TW' },
  { region: 'ap-south-1', location: 'Mumbai', zone: 'IN-WE' },
  { region: 'ap-south-2', location: 'Hyderabad', zone: 'IN-SO' },
  { region: 'ap-southeast-1', location: 'Singapore', zone: 'SG' },
  { region: 'ap-southeast-2', location: 'Sydney', zone: 'AU-NSW' },
  { region: 'ap-southeast-3', location: 'Jakarta', zone: 'ID' },
  { region: 'ap-southeast-4', location: 'Melbourne', zone: 'AU-VIC' },
  { region: 'ap-southeast-5', location: 'Malaysia', zone: 'MY-WM' },
  { region: 'ap-southeast-7', location: 'Thailand', zone: 'TH' },
  { region: 'ap-northeast-1', location: 'Tokyo', zone: 'JP-TK' },
  { region: 'ap-northeast-2', location: 'Seoul', zone: 'KR' },
  { region: 'ap-northeast-3', location: 'Osaka', zone: 'JP-KN' }
];

/** Azure regions (programmatic names) -> Electricity Maps zones. */
export const AZURE_REGION_ZONES: readonly RegionZone[] = [
  { region: 'eastus', location: 'Virginia', zone: 'US-MIDA-PJM' },
  { region: 'eastus2', location: 'Virginia', zone: 'US-MIDA-PJM' },
  { region: 'centralus', location: 'Iowa', zone: 'US-MIDW-MISO' },
  { region: 'northcentralus', location: 'Illinois', zone: 'US-MIDA-PJM' },
  { region: 'southcentralus', location: 'Texas', zone: 'US-TEX-ERCO' },
  { region: 'westcentralus', location: 'Wyoming', zone: 'US-NW-PACE' },
  { region: 'westus', location: 'California', zone: 'US-CAL-CISO' },
  { region: 'westus2', location: 'Washington (Quincy)', zone: 'US-NW-GCPD' },
  { region: 'westus3', location: 'Phoenix, Arizona', zone: 'US-SW-AZPS' },
  { region: 'canadacentral', location: 'Toronto', zone: 'CA-ON' },
  { region: 'canadaeast', location: 'Québec City', zone: 'CA-QC' },
  { region: 'brazilsouth', location: 'São Paulo State', zone: 'BR-CS' },
  { region: 'mexicocentral', location: 'Querétaro, Mexico', zone: 'MX' },
  { region: 'northeurope', location: 'Ireland', zone: 'IE' },
  { region: 'westeurope', location: 'Netherlands', zone: 'NL' },
  { region: 'uksouth', location: 'London', zone: 'GB' },
  { region: 'ukwest', location: 'Cardiff', zone: 'GB' },
  { region: 'francecentral', location: 'Paris', zone: 'FR' },
  { region: 'francesouth', location: 'Marseille', zone: 'FR' },
  { region: 'germanywestcentral', location: 'Frankfurt', zone: 'DE' },
  { region: 'germanynorth', location: 'Berlin', zone: 'DE' },
  { region: 'swedencentral', location: 'Gävle', zone: 'SE-SE3' },
  { region: 'norwayeast', location: 'Oslo', zone: 'NO-NO1' },
  { region: 'norwaywest', location: 'Stavanger', zone: 'NO-NO2' },
  { region: 'switzerlandnorth', location: 'Zürich', zone: 'CH' },
  { region: 'switzerlandwest', location: 'Geneva', zone: 'CH' },
  { region: 'italynorth', location: 'Milan', zone: 'IT-NO' },
  { region: 'polandcentral', location: 'Warsaw', zone: 'PL' },
  { region: 'spaincentral', location: 'Madrid', zone: 'ES' },
  { region: 'eastasia', location: 'Hong Kong', zone: 'HK' },
  { region: 'southeastasia', location: 'Singapore', zone: 'SG' },
  { region: 'japaneast', location: 'Tokyo', zone: 'JP-TK' },
  { region: 'japanwest', location: 'Osaka', zone: 'JP-KN' },
  { region: 'koreacentral', location: 'Seoul', zone: 'KR' },
  { region: 'koreasouth', location: 'Busan', zone: 'KR' },
  { region: 'australiaeast', location: 'New South Wales', zone: 'AU-NSW' },
  { region: 'australiasoutheast', location: 'Victoria', zone: 'AU-VIC' },
  { region: 'australiacentral', location: 'Canberra', zone: 'AU-NSW' },
  { region: 'centralindia', location: 'Pune', zone: 'IN-WE' },
  { region: 'southindia', location: 'Chennai', zone: 'IN-SO' },
  { region: 'westindia', location: 'Mumbai', zone: 'IN-WE' },
  { region: 'uaenorth', location: 'Dubai', zone: 'AE' },
  { region: 'uaecentral', location: 'Abu Dhabi', zone: 'AE' },
  { region: 'southafricanorth', location: 'Johannesburg', zone: 'ZA' },
  { region: 'southafricawest', location: 'Cape Town', zone: 'ZA' },
  { region: 'qatarcentral', location: 'Doha', zone: 'QA' },
  { region: 'israelcentral', location: 'Israel', zone: 'IL' }
];

/**
 * Country of each Google Cloud region, for labels only (Google's CSV names a city or campus,
 * e.g. "Eemshaven"). The intensity itself comes from Google's CSV.
 */
export const GCP_REGION_COUNTRIES: Readonly<Record<string, string>> = {
  'africa-south1': 'South Africa',
  'asia-east1': 'Taiwan',
  'asia-east2': 'Hong Kong',
  'asia-northeast1': 'Japan',
  'asia-northeast2': 'Japan',
  'asia-northeast3': 'South Korea',
  'asia-south1': 'India',
  'asia-south2': 'India',
  'asia-southeast1': 'Singapore',
  'asia-southeast2': 'Indonesia',
  'australia-southeast1': 'Australia',
  'australia-southeast2': 'Australia',
  'europe-central2': 'Poland',
  'europe-north1': 'Finland',
  'europe-north2': 'Sweden',
  'europe-southwest1': 'Spain',
  'europe-west1': 'Belgium',
  'europe-west2': 'United Kingdom',
  'europe-west3': 'Germany',
  'europe-west4': 'Netherlands',
  'europe-west6': 'Switzerland',
  'europe-west8': 'Italy',
  'europe-west9': 'France',
  'europe-west10': 'Germany',
  'europe-west12': 'Italy',
  'me-central1': 'Qatar',
  'me-central2': 'Saudi Arabia',
  'me-west1': 'Israel',
  'northamerica-northeast1': 'Canada',
  'northamerica-northeast2': 'Canada',
  'northamerica-south1': 'Mexico',
  'southamerica-east1': 'Brazil',
  'southamerica-west1': 'Chile',
  'us-central1': 'United States',
  'us-central2': 'United States',
  'us-east1': 'United States',
  'us-east2': 'United States',
  'us-east4': 'United States',
  'us-east5': 'United States',
  'us-south1': 'United States',
  'us-west1': 'United States',
  'us-west2': 'United States',
  'us-west3': 'United States',
  'us-west4': 'United States'
};
