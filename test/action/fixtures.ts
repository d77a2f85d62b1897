/**
 * Manifests for the action tests, with their costs worked out by hand so expected numbers do not
 * come from the code under test.
 *
 * The standard run: a machine measured at 1,000 W for 10 h, PUE 1.5, 400 g/kWh:
 *   facility energy = 1000 W x 10 h / 1000 x 1.5 = 15 kWh
 *   emissions       = 15 kWh x 400 g/kWh / 1000  = 6 kg CO2e
 */
const POWER_W = 1000;
const DURATION_H = 10;
const PUE = 1.5;
const INTENSITY_G_PER_KWH = 400;
export const EXPECTED_KWH = ((POWER_W * DURATION_H) / 1000) * PUE;
export const EXPECTED_KG = (EXPECTED_KWH * INTENSITY_G_PER_KWH) / 1000;

/** One run; its `name:` key is on line 3, column 5 (1-based), where its annotation goes. */
export const MANIFEST = `version: 1
runs:
  - name: finetune
    power: ${POWER_W} W
    duration: ${DURATION_H} h
    pue: ${PUE}
    intensity: ${INTENSITY_G_PER_KWH} g/kWh
`;

/** Line and column of the run's `name` key in {@link MANIFEST}. */
export const RUN_LINE = 3;

/** A manifest with `n` identical runs, to push the comment past GitHub's size limit. */
export function manyRunsManifest(n: number, nameLength = 120): string {
  const lines = ['version: 1', 'runs:'];
  for (let i = 0; i < n; i++) {
    const name = `run-${String(i).padStart(5, '0')}-${'x'.repeat(nameLength)}`;
    lines.push(
      `  - name: ${name}`,
      `    power: ${POWER_W} W`,
      `    duration: ${DURATION_H} h`,
      `    pue: ${PUE}`,
      `    intensity: ${INTENSITY_G_PER_KWH} g/kWh`
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A manifest with a misspelt key on line 4, column 5 (`duraton`). */
export const BAD_MANIFEST = `version: 1
runs:
  - name: finetune
    duraton: 10 h
    power: 1000 W
`;
