/**
 * Types for the parts of `@tgwf/co2/data` the catalogue tests read (the package ships no
 * declarations). Shapes as in @tgwf/co2 0.19.0: FORMATS.md section 6.
 */
declare module '@tgwf/co2/data' {
  /** Ember average intensity by ISO alpha-3 code or aggregate, gCO2e/kWh. */
  export const averageIntensity: { data: Record<string, number>; type: 'average' };
  /** Electricity Maps yearly data, one `yearlyNNNN` entry per year. */
  export const electricityMaps: Record<
    string,
    {
      data: Record<
        string,
        {
          zone: { zoneName: string; displayName?: string; countryName?: string };
          carbonIntensity: { value: number; unit: string };
        }
      >;
      methodology: string;
    }
  >;
}
