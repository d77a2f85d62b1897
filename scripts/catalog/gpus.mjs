/**
 * The GPU part of scripts/generate-catalog.mjs: reads the hand-kept table scripts/data/gpus.yml and
 * Green Algorithms' TDP_gpu.csv, checks them, and renders three outputs from the one table:
 *  - src/core/catalog/data/gpus.generated.ts, the rows the lookup in gpus.ts serves;
 *  - docs/hardware.md, the list an unknown GPU's diagnostic points to;
 *  - the GPU table of DATA-SOURCES.md (the text between its GENERATED markers).
 * Generating all three from one input is what keeps the docs from drifting from the code.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** Licence string of a figure read off a vendor datasheet (the same as FACT in src/core/catalog/sources.ts). */
const FACT = 'public domain (fact)';
const CC_BY = 'CC BY 4.0';
const KINDS = new Set(['gpu', 'accelerator']);

/** Where Green Algorithms' GPU table is cited, at the snapshot copied into test/fixtures/catalog/. */
export const greenAlgorithmsGpuUrl = (commit) =>
  `https://github.com/GreenAlgorithms/green-algorithms-tool/blob/${commit}/data/latest/TDP_gpu.csv`;

/** The markers around the generated GPU table in DATA-SOURCES.md. */
export const DATA_SOURCES_BEGIN =
  '<!-- BEGIN GENERATED GPU TABLE: scripts/generate-catalog.mjs writes it from scripts/data/gpus.yml -->';
export const DATA_SOURCES_END = '<!-- END GENERATED GPU TABLE -->';

const fail = (message) => {
  throw new Error(`scripts/data/gpus.yml: ${message}`);
};

const isText = (v) => typeof v === 'string' && v.trim() !== '';

function checkSource(source, where) {
  if (!isText(source?.name)) fail(`${where}: source has no name`);
  if (!/^https:\/\/\S+$/.test(source?.url ?? '')) fail(`${where}: source URL "${source?.url}" is not https`);
  return { name: source.name.trim(), url: source.url, licence: FACT };
}

/**
 * Reads and checks the table. `gaRows` are the data rows of TDP_gpu.csv as objects (model, TDP,
 * source, ...). Throws on anything a reader of the generated files would be misled by: a row without
 * a source, a Green Algorithms model that does not exist, a Green Algorithms row nobody accounts
 * for, a family whose default is not its highest-rated variant, a name used twice.
 */
export function loadGpuTable(yamlPath, gaRows, commits) {
  const data = parseYaml(readFileSync(yamlPath, 'utf8'));
  const gaTdp = new Map();
  for (const r of gaRows) {
    if (!isText(r.model)) continue;
    gaTdp.set(r.model, r.TDP.trim() === '' ? undefined : Number(r.TDP));
  }
  const gaUrl = greenAlgorithmsGpuUrl(commits.greenAlgorithms);
  const named = data.sources ?? {};
  const rows = [];
  const names = new Set();
  const gaUse = new Map(); // Green Algorithms model -> how the catalogue uses it
  const claim = (model, use) => {
    if (!gaTdp.has(model)) fail(`Green Algorithms TDP_gpu.csv has no model "${model}"`);
    if (gaUse.has(model)) fail(`Green Algorithms model "${model}" is used twice`);
    gaUse.set(model, use);
  };
  for (const [i, r] of (data.gpus ?? []).entries()) {
    const where = `gpus[${i}] ${r?.name ?? ''}`;
    if (!isText(r?.name)) fail(`${where}: no name`);
    if (names.has(r.name)) fail(`${where}: the name is used twice`);
    names.add(r.name);
    if (!KINDS.has(r.kind)) fail(`${where}: kind must be gpu or accelerator`);
    let tdpW;
    let source;
    if (r.greenAlgorithms !== undefined) {
      if (r.tdpW !== undefined || r.source !== undefined)
        fail(`${where}: give either greenAlgorithms or tdpW and source, not both`);
      claim(r.greenAlgorithms, { kind: 'source', row: r.name });
      tdpW = gaTdp.get(r.greenAlgorithms);
      source = { name: `Green Algorithms TDP_gpu.csv, row "${r.greenAlgorithms}"`, url: gaUrl, licence: CC_BY };
    } else {
      tdpW = r.tdpW;
      const given = typeof r.source === 'string' ? named[r.source] : r.source;
      if (typeof r.source === 'string' && given === undefined) fail(`${where}: no source named ${r.source}`);
      source = checkSource(given, where);
    }
    if (typeof tdpW !== 'number' || !Number.isFinite(tdpW) || tdpW <= 0) fail(`${where}: TDP ${tdpW} is not positive`);
    for (const model of r.greenAlgorithmsCheck ?? []) claim(model, { kind: 'check', row: r.name, tdpW });
    const aliases = [...(r.aliases ?? [])];
    if (!aliases.every(isText)) fail(`${where}: an alias is empty`);
    if (r.nvidiaSmi !== undefined && !isText(r.nvidiaSmi)) fail(`${where}: nvidiaSmi is empty`);
    // The name nvidia-smi prints must resolve: it joins the aliases unless it is the name already.
    if (isText(r.nvidiaSmi) && r.nvidiaSmi !== r.name && !aliases.includes(r.nvidiaSmi)) aliases.push(r.nvidiaSmi);
    rows.push({
      name: r.name,
      kind: r.kind,
      tdpW,
      aliases,
      ...(isText(r.nvidiaSmi) ? { nvidiaSmiName: r.nvidiaSmi } : {}),
      source,
      note: isText(r.note) ? r.note.trim() : undefined,
      greenAlgorithms: r.greenAlgorithms
    });
  }
  for (const n of data.greenAlgorithms?.notUsed ?? []) {
    if (!isText(n?.why)) fail(`greenAlgorithms.notUsed ${n?.model}: say why`);
    claim(n.model, { kind: 'notUsed', why: n.why });
  }
  const unaccounted = [...gaTdp.keys()].filter((m) => !gaUse.has(m));
  if (unaccounted.length > 0)
    fail(`Green Algorithms rows neither used nor listed under greenAlgorithms.notUsed: ${unaccounted.join(', ')}`);

  const byName = new Map(rows.map((r) => [r.name, r]));
  const families = (data.families ?? []).map((f, i) => {
    const where = `families[${i}] ${f?.forms}`;
    if (!Array.isArray(f?.forms) || !f.forms.every(isText)) fail(`${where}: forms must be names`);
    for (const n of [f.chosen, ...(f.among ?? [])]) if (!byName.has(n)) fail(`${where}: no row named "${n}"`);
    if (!f.among.includes(f.chosen)) fail(`${where}: the chosen row is not among the variants`);
    const top = Math.max(...f.among.map((n) => byName.get(n).tdpW));
    if (byName.get(f.chosen).tdpW !== top) fail(`${where}: the chosen row is not the highest-rated variant`);
    return { forms: f.forms, chosen: f.chosen, among: f.among };
  });
  const unrated = (data.unrated ?? []).map((u, i) => {
    if (!isText(u?.name) || !isText(u?.reason)) fail(`unrated[${i}]: needs a name and a reason`);
    return { name: u.name, aliases: u.aliases ?? [], reason: u.reason.trim() };
  });
  const ga = gaRows
    .filter((r) => isText(r.model))
    .map((r) => ({
      model: r.model,
      tdpW: gaTdp.get(r.model),
      cites: (r.source ?? '').trim(),
      use: gaUse.get(r.model)
    }));
  return { rows, families, unrated, ga, gaUrl };
}

/* ---------------------------------------------------------------- the TypeScript module */
const q = (s) => JSON.stringify(s);

/** src/core/catalog/data/gpus.generated.ts. */
export function gpuModule(table, header, commits) {
  const row = (r) =>
    [
      '  {',
      `    name: ${q(r.name)},`,
      `    kind: ${q(r.kind)},`,
      `    tdpW: ${r.tdpW},`,
      `    aliases: [${r.aliases.map(q).join(', ')}],`,
      ...(r.nvidiaSmiName ? [`    nvidiaSmiName: ${q(r.nvidiaSmiName)},`] : []),
      `    source: { name: ${q(r.source.name)}, url: ${q(r.source.url)}, licence: ${q(r.source.licence)} }`,
      '  }'
    ].join('\n');
  const fromGa = table.rows.filter((r) => r.source.licence === CC_BY).length;
  return (
    header([
      `Source: scripts/data/gpus.yml (${table.rows.length} rows). Per row, either a vendor datasheet or product page (a figure`,
      `is a fact; licence "${FACT}", URL cited, no text copied) or, for ${fromGa} rows, Green Algorithms' TDP_gpu.csv`,
      `(GreenAlgorithms/green-algorithms-tool @ ${commits.greenAlgorithms}, licence CC BY 4.0, LICENSES/CC-BY-4.0.txt;`,
      'Lannelongue, Grealey & Inouye, Advanced Science 2021). Each row carries its own source and licence.'
    ]) +
    `
/** One GPU or accelerator as the tools count devices: rated board power (TDP) and where it comes from. */
export interface GpuRow {
  /** What \`nvidia-smi\` prints where that is the name people know; otherwise the vendor's product name. */
  name: string;
  kind: 'gpu' | 'accelerator';
  /** Rated board power of one device, W. */
  tdpW: number;
  /** Other spellings that name exactly this device, the name \`nvidia-smi\` prints among them. */
  aliases: readonly string[];
  /** What \`nvidia-smi --query-gpu=name\` prints for this device (NVIDIA GPUs only). */
  nvidiaSmiName?: string;
  source: { name: string; url: string; licence: string };
}

/** Every catalogue row, in the order of scripts/data/gpus.yml. */
export const GPU_ROWS: readonly GpuRow[] = [
${table.rows.map(row).join(',\n')}
];

/** Accelerators recognised by name that have no rated power, each with the reason. */
export const UNRATED_ROWS: readonly { name: string; aliases: readonly string[]; reason: string }[] = [
${table.unrated.map((u) => `  { name: ${q(u.name)}, aliases: [${u.aliases.map(q).join(', ')}], reason: ${q(u.reason)} }`).join(',\n')}
];

/** Family names that match several rows, each with its default (the highest-rated variant). */
export const FAMILY_ROWS: readonly { forms: readonly string[]; chosen: string; among: readonly string[] }[] = [
${table.families
  .map(
    (f) => `  { forms: [${f.forms.map(q).join(', ')}], chosen: ${q(f.chosen)}, among: [${f.among.map(q).join(', ')}] }`
  )
  .join(',\n')}
];
`
  );
}

/* ---------------------------------------------------------------- Markdown */
/** A table cell: pipes escaped, line breaks folded. */
const cell = (s) =>
  String(s)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const link = (source) => `[${cell(source.name)}](${source.url})`;
const byCatalogueName = (a, b) => a.name.localeCompare(b.name, 'en', { numeric: true, sensitivity: 'base' });

/** The GPU table of DATA-SOURCES.md (its columns are the ones the sources test reads). */
function dataSourcesGpuTable(table) {
  const lines = [
    '| Catalogue name | Kind | TDP (W) | Other accepted spellings | Source |',
    '|---|---|---|---|---|',
    ...table.rows.map(
      (r) =>
        `| ${cell(r.name)} | ${r.kind} | ${r.tdpW} | ${r.aliases.length > 0 ? r.aliases.map(cell).join(', ') : '—'} | ${link(r.source)} |`
    )
  ];
  return lines.join('\n');
}

/** Replaces the text between the GENERATED markers of DATA-SOURCES.md with the table. */
export function spliceDataSources(current, table) {
  const start = current.indexOf(DATA_SOURCES_BEGIN);
  const end = current.indexOf(DATA_SOURCES_END);
  if (start < 0 || end < start) throw new Error('DATA-SOURCES.md: the GENERATED GPU TABLE markers are missing');
  return `${current.slice(0, start + DATA_SOURCES_BEGIN.length)}\n${dataSourcesGpuTable(table)}\n${current.slice(end)}`;
}

function gaUseText(g, byName) {
  const u = g.use;
  if (u.kind === 'source') return `source of **${cell(u.row)}**`;
  if (u.kind === 'notUsed') return `not used: ${cell(u.why)}`;
  const ours = byName.get(u.row);
  return g.tdpW === ours.tdpW
    ? `agrees with **${cell(u.row)}** (${ours.tdpW} W, from its datasheet)`
    : `differs from **${cell(u.row)}**: the catalogue keeps its datasheet figure, ${ours.tdpW} W (see the note on that row)`;
}

/** docs/hardware.md. */
export function hardwareDoc(table, commits) {
  const rows = [...table.rows].sort(byCatalogueName);
  const byName = new Map(table.rows.map((r) => [r.name, r]));
  const withNotes = rows.filter((r) => r.note);
  const counts = {
    gpu: rows.filter((r) => r.kind === 'gpu').length,
    accelerator: rows.filter((r) => r.kind === 'accelerator').length
  };
  const familyLine = (f) => {
    const tdps = new Set(f.among.map((n) => byName.get(n).tdpW));
    const others = f.among.map((n) => `${cell(n)} (${byName.get(n).tdpW} W)`).join(', ');
    const notice = tdps.size > 1 ? 'yes: the variants differ in TDP' : 'no: every variant has the same TDP';
    return `| ${f.forms.map((x) => `\`${cell(x)}\``).join(', ')} | ${cell(f.chosen)} | ${others} | ${notice} |`;
  };
  return `# GPUs and accelerators carbon-gate knows

<!-- GENERATED by scripts/generate-catalog.mjs from scripts/data/gpus.yml and Green Algorithms' TDP_gpu.csv.
     Do not edit: edit scripts/data/gpus.yml and run \`node scripts/generate-catalog.mjs\`. -->

An estimated run (one without power logs) counts each GPU at its **rated board power** (TDP): the
figure below, times \`count\`, times \`utilization\`, times the hours. This page lists every GPU and
accelerator in the catalogue (${rows.length} rows: ${counts.gpu} GPUs, ${counts.accelerator} other accelerators), where each
figure comes from and under which licence. It is generated from \`scripts/data/gpus.yml\`, the same
table the code is generated from, so it cannot drift from what carbon-gate computes.

**Your GPU is not here?** Give its rated power in the manifest, \`gpu: { model: "…", watts: 300, count: 8 }\`
(watts per GPU, from the vendor's datasheet), or better, log its power while it trains (\`traces:\`;
see [traces.md](traces.md)): measured power beats any rated figure. To add it to the catalogue, add a row
with its datasheet's URL to \`scripts/data/gpus.yml\` and run \`node scripts/generate-catalog.mjs\`.

## How names are matched

\`gpu.model\` may be written as \`nvidia-smi --query-gpu=name --format=csv\` prints it
("NVIDIA RTX A6000", "NVIDIA GeForce RTX 4090", "NVIDIA H100 80GB HBM3", "Tesla V100-SXM2-16GB"),
as the catalogue names it, or by any spelling in the table. Case, punctuation and word order are
ignored, and so are the vendor words NVIDIA, Tesla, GeForce, AMD, Instinct, Intel, Habana, Google,
Cloud and GPU: \`rtx a6000\`, \`RTX-A6000\` and \`NVIDIA RTX A6000\` are the same card. A family name
that could mean several rows resolves to the highest-rated one, with a notice naming the others (see
[Family names](#family-names)). Anything else is refused with the closest names as suggestions.

The **nvidia-smi name** column is the product name the NVIDIA driver reports. For Turing and later
GPUs it is the name in the table of NVIDIA's
[open-gpu-kernel-modules README](https://github.com/NVIDIA/open-gpu-kernel-modules/blob/main/README.md)
(the product names the driver gives each PCI device ID; release 595.45.04); older cards' names are as
public \`nvidia-smi -L\` output shows them. Older drivers print some names without the leading
"NVIDIA " ("GeForce GTX 1080 Ti"); those match too.

## The catalogue

| Catalogue name | Kind | TDP (W) | nvidia-smi name | Other accepted spellings | Source | Licence |
|---|---|---|---|---|---|---|
${rows
  .map((r) => {
    const others = r.aliases.filter((a) => a !== r.nvidiaSmiName);
    return `| ${cell(r.name)} | ${r.kind} | ${r.tdpW} | ${r.nvidiaSmiName ? `\`${cell(r.nvidiaSmiName)}\`` : '—'} | ${others.length > 0 ? others.map(cell).join(', ') : '—'} | ${link(r.source)} | ${r.source.licence} |`;
  })
  .join('\n')}

"public domain (fact)": a number read off the vendor's datasheet or product page, which is a fact;
the page is cited and no text is copied. The datasheet URLs were written without network access and
have not all been re-fetched; [DATA-SOURCES.md](../DATA-SOURCES.md#uncertain-values) lists the values
that could not be checked against the vendor's own page.

## Family names

A name that could mean several rows resolves to the one with the highest rated power, because a
budget gate should over- rather than under-estimate; when the variants' TDPs differ, the run gets a
notice (\`hardware/default-variant\`) naming the others. Write the full name to choose another.

| Written as | Resolves to | Could mean | Notice naming the others |
|---|---|---|---|
${table.families.map(familyLine).join('\n')}

## Recognised, but without a rated power

| Name | Also written | Why |
|---|---|---|
${table.unrated.map((u) => `| ${cell(u.name)} | ${u.aliases.map(cell).join(', ')} | ${cell(u.reason)} |`).join('\n')}

## Notes on individual rows

${withNotes.map((r) => `- **${cell(r.name)}** (${r.tdpW} W): ${r.note.replace(/\s*\n\s*/g, ' ')}`).join('\n')}

## Green Algorithms' GPU table, row by row

Every row of [Green Algorithms' \`TDP_gpu.csv\`](${table.gaUrl}) (commit \`${commits.greenAlgorithms}\`,
CC BY 4.0) and what the catalogue does with it. Where it and a vendor datasheet disagree, the
catalogue keeps the datasheet and says so here.

| Green Algorithms model | TDP (W) | Green Algorithms cites | In the catalogue |
|---|---|---|---|
${table.ga.map((g) => `| ${cell(g.model)} | ${g.tdpW ?? '—'} | ${g.cites ? cell(g.cites) : '—'} | ${gaUseText(g, byName)} |`).join('\n')}

## Attribution

Rows whose licence is CC BY 4.0 are from Green Algorithms (Lannelongue, Grealey & Inouye,
*Advanced Science* 2021, https://www.green-algorithms.org), data tables licensed
[CC BY 4.0](../LICENSES/CC-BY-4.0.txt). Every source, its version and its licence are listed in
[DATA-SOURCES.md](../DATA-SOURCES.md).
`;
}
