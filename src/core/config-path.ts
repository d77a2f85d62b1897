/**
 * Where the adapters look for the config when none is named. A module of its own, apart from the
 * config parser (config.ts, which loads YAML and the policy's readers): the options table names it,
 * and `carbon-gate --help` must not load the parser to print it.
 */
export const DEFAULT_CONFIG_PATH = '.github/carbon-budget.yml';
