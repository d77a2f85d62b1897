#!/usr/bin/env node
/**
 * Validates the repository's GitHub workflow files, the workflows shown in the docs, and the
 * two actions' metadata: action.yml (the gate) and record/action.yml (the record step). `.ci/run` runs it; so does test/action/action-yml.test.ts.
 *
 * - Workflows (.github/workflows/*.yml, and every ```yaml block with `jobs:` in docs/action.md,
 *   docs/artifacts.md and README.md): the `@action-validator/cli` schema check; and every `with:`
 *   key given to this action exists in action.yml (record/action.yml for `carbon-gate/record@`).
 * - action.yml and record/action.yml: action-validator's schema (v0.6) predates
 *   `runs.using: node24` and rejects it, so the schema check runs on a copy that says node20, and
 *   our own checks cover the rest: node24, `main` (and the record step's `post`) is dist/index.js,
 *   every input and output has a description.
 *
 * Usage: node scripts/validate-workflows.mjs [WORKFLOW.yml ...]   (default: the repository's)
 * Exit 0 when all is valid, 1 with one line per problem otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const validatorPkg = require.resolve('@action-validator/cli/package.json');
const validatorBinField = JSON.parse(readFileSync(validatorPkg, 'utf8')).bin;
const validatorBin = path.join(
  path.dirname(validatorPkg),
  typeof validatorBinField === 'string' ? validatorBinField : Object.values(validatorBinField)[0]
);
const problems = [];
const scratch = mkdtempSync(path.join(tmpdir(), 'carbon-gate-validate-'));

/** Runs action-validator on a file; its type (workflow or action) follows from the path. */
function schemaCheck(file, shownAs) {
  try {
    execFileSync(process.execPath, [validatorBin, file], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const out = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    let details = out.trim();
    try {
      const json = JSON.parse(out.slice(out.indexOf('{')));
      details = flatten(json.errors ?? []).join('; ');
    } catch {
      // Not JSON: keep the raw text.
    }
    problems.push(`${shownAs}: ${details || 'action-validator failed'}`);
  }
}

/** action-validator nests oneOf branches; keep the leaf messages, with their paths. */
function flatten(errors) {
  const out = [];
  for (const e of errors) {
    if (e.states) for (const s of e.states) out.push(...flatten(s.errors ?? []));
    else out.push(`${e.path || '/'} ${e.detail ?? e.title}${e.location ? ` (line ${e.location.line})` : ''}`);
  }
  return [...new Set(out)];
}

// --- action.yml and record/action.yml
/**
 * Checks one action's metadata: the keys, node24, the entry points (`post` too where there is one:
 * the record step stops its loggers there), a description for every input and output, and the
 * schema on a copy that says node20.
 */
function checkAction(rel, expectedRuns) {
  const text = readFileSync(path.join(root, rel), 'utf8');
  const meta = parse(text);
  for (const key of ['name', 'description', 'runs', 'branding'])
    if (!meta[key]) problems.push(`${rel}: missing \`${key}\``);
  for (const [key, expected] of Object.entries(expectedRuns)) {
    if (meta.runs?.[key] !== expected)
      problems.push(`${rel}: runs.${key} is "${meta.runs?.[key]}", expected "${expected}"`);
  }
  for (const [kind, map] of [
    ['input', meta.inputs],
    ['output', meta.outputs]
  ]) {
    for (const [name, spec] of Object.entries(map ?? {})) {
      if (!spec || typeof spec.description !== 'string' || spec.description.trim() === '')
        problems.push(`${rel}: ${kind} \`${name}\` has no description`);
    }
  }
  const copyDir = path.join(scratch, rel.replace(/\W/g, '_'));
  mkdirSync(copyDir);
  const copy = path.join(copyDir, 'action.yml');
  writeFileSync(copy, text.replace(/^(\s*using:\s*)node24\s*$/m, '$1node20'));
  schemaCheck(copy, `${rel} (schema, with node24 read as node20)`);
  return new Set(Object.keys(meta.inputs ?? {}));
}

const inputNames = checkAction('action.yml', { using: 'node24', main: 'dist/index.js' });
const recordInputNames = checkAction('record/action.yml', {
  using: 'node24',
  main: 'dist/index.js',
  post: 'dist/index.js',
  'post-if': 'always()'
});

// --- workflows
const args = process.argv.slice(2);
const workflows = [];
if (args.length > 0) {
  for (const a of args) workflows.push({ file: path.resolve(a), shownAs: a, text: readFileSync(a, 'utf8') });
} else {
  const dir = path.join(root, '.github', 'workflows');
  for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (/\.ya?ml$/.test(name))
      workflows.push({
        file: path.join(dir, name),
        shownAs: `.github/workflows/${name}`,
        text: readFileSync(path.join(dir, name), 'utf8')
      });
  }
  if (workflows.length === 0) problems.push('.github/workflows: no workflow found');
  for (const doc of ['docs/action.md', 'docs/artifacts.md', 'README.md']) {
    const abs = path.join(root, doc);
    if (!existsSync(abs)) continue;
    const md = readFileSync(abs, 'utf8');
    let n = 0;
    for (const m of md.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
      if (!/^jobs:/m.test(m[1])) continue;
      n++;
      const line = md.slice(0, m.index).split('\n').length;
      const dir = path.join(scratch, `doc-${doc.replace(/\W/g, '_')}-${n}`, '.github', 'workflows');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'workflow.yml');
      writeFileSync(file, m[1]);
      workflows.push({ file, shownAs: `${doc}:${line} (workflow ${n})`, text: m[1] });
    }
  }
}

for (const wf of workflows) {
  schemaCheck(wf.file, wf.shownAs);
  let doc;
  try {
    doc = parse(wf.text);
  } catch (error) {
    problems.push(`${wf.shownAs}: not YAML: ${error.message.split('\n')[0]}`);
    continue;
  }
  for (const [jobName, job] of Object.entries(doc?.jobs ?? {})) {
    for (const step of job?.steps ?? []) {
      const uses = typeof step?.uses === 'string' ? step.uses : '';
      const record = uses === './record' || /(^|\/)carbon-gate\/record@/.test(uses);
      if (!record && uses !== './' && !/(^|\/)carbon-gate@/.test(uses)) continue;
      const [declared, what, file] = record
        ? [recordInputNames, 'the record step', 'record/action.yml']
        : [inputNames, 'carbon-gate', 'action.yml'];
      for (const key of Object.keys(step.with ?? {})) {
        if (!declared.has(key))
          problems.push(
            `${wf.shownAs}: job \`${jobName}\` gives ${what} the input \`${key}\`, which ${file} does not declare`
          );
      }
    }
  }
}

rmSync(scratch, { recursive: true, force: true });
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(
  `valid: action.yml, record/action.yml and ${workflows.length} workflow${workflows.length === 1 ? '' : 's'} (${workflows.map((w) => w.shownAs).join(', ')})`
);
