export const id = 703;
export const ids = [703];
export const modules = {

/***/ 7703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ledgerCommand: () => (/* binding */ ledgerCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/config.ts
var core_config = __webpack_require__(4489);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/ledger/parse.ts
var parse = __webpack_require__(6638);
// EXTERNAL MODULE: ./src/core/ledger/verify.ts
var verify = __webpack_require__(8204);
// EXTERNAL MODULE: ./src/core/ledger/window.ts
var ledger_window = __webpack_require__(4133);
;// CONCATENATED MODULE: ./src/core/ledger/summary.ts

/** The windows the summary always shows. */
const SUMMARY_WINDOWS = [
    { kind: 'days', days: 30 },
    { kind: 'days', days: 90 },
    { kind: 'days', days: 365 },
    { kind: 'month' },
    { kind: 'quarter' }
];
/** How many largest runs the summary lists. */
const LARGEST_RUNS = 10;
/** Sums the ledger's records as of `nowMs`. */
function summarizeLedger(records, nowMs) {
    const reconciled = (0,ledger_window/* reconciledEstimates */.aW)(records);
    const counted = records.filter((r) => !reconciled.has(r.id));
    const total = { emissionsKg: 0, energyKWh: 0, records: 0 };
    const months = new Map();
    for (const r of counted) {
        add(total, r);
        const month = r.spentAt.slice(0, 7);
        const m = months.get(month) ?? { emissionsKg: 0, energyKWh: 0, records: 0 };
        add(m, r);
        months.set(month, m);
    }
    const windows = SUMMARY_WINDOWS.map((spec) => {
        const spend = (0,ledger_window/* windowSpend */.Pu)(records, spec, nowMs);
        return {
            window: (0,ledger_window/* windowLabel */.Hf)(spec),
            startsAt: new Date(spend.bounds.startMs).toISOString(),
            emissionsKg: spend.emissionsKg,
            energyKWh: spend.energyKWh,
            records: spend.records
        };
    });
    const largest = [...counted]
        .sort((a, b) => b.emissionsKg - a.emissionsKg || (a.spentAt < b.spentAt ? -1 : a.spentAt > b.spentAt ? 1 : 0))
        .slice(0, LARGEST_RUNS);
    const byId = new Map(records.map((r) => [r.id, r]));
    const pairs = [];
    for (const r of records) {
        if (r.method !== 'measured' || r.estimateOf === null)
            continue;
        const estimate = byId.get(r.estimateOf);
        if (!estimate)
            continue;
        const pair = {
            manifest: r.manifest,
            run: r.run,
            commit: r.commit,
            estimatedKg: estimate.emissionsKg,
            measuredKg: r.emissionsKg,
            estimatedKWh: estimate.energyKWh,
            measuredKWh: r.energyKWh
        };
        if (estimate.emissionsKg > 0)
            pair.ratio = r.emissionsKg / estimate.emissionsKg;
        pairs.push(pair);
    }
    return {
        now: new Date(nowMs).toISOString(),
        total,
        windows,
        months: [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, t]) => ({ month, ...t })),
        largest,
        pairs
    };
}
function add(total, r) {
    total.emissionsKg += r.emissionsKg;
    total.energyKWh += r.energyKWh;
    total.records++;
}
/** The policy's `window` budgets judged on the ledger's spend as of `nowMs`. */
function windowBudgetStatus(rules, records, nowMs) {
    return rules
        .filter((rule) => rule.scope === 'window' && rule.window !== undefined)
        .map((rule) => {
        const window = rule.window;
        const spend = (0,ledger_window/* windowSpend */.Pu)(records, window, nowMs, rule.paths);
        const limit = {};
        const remaining = {};
        let usedFraction = 0;
        if (rule.emissionsKg !== undefined) {
            limit.emissionsKg = rule.emissionsKg;
            remaining.emissionsKg = rule.emissionsKg - spend.emissionsKg;
            usedFraction = Math.max(usedFraction, spend.emissionsKg / rule.emissionsKg);
        }
        if (rule.energyKWh !== undefined) {
            limit.energyKWh = rule.energyKWh;
            remaining.energyKWh = rule.energyKWh - spend.energyKWh;
            usedFraction = Math.max(usedFraction, spend.energyKWh / rule.energyKWh);
        }
        const status = usedFraction > 1 ? 'fail' : usedFraction >= rule.warnAtFraction ? 'warn' : 'pass';
        return {
            name: rule.name,
            window: (0,ledger_window/* windowLabel */.Hf)(window),
            ...(rule.paths ? { paths: [...rule.paths] } : {}),
            limit,
            spent: { emissionsKg: spend.emissionsKg, energyKWh: spend.energyKWh },
            remaining,
            usedFraction,
            status,
            ...(spend.oldestLeavesMs !== undefined ? { oldestLeavesAt: new Date(spend.oldestLeavesMs).toISOString() } : {})
        };
    });
}

// EXTERNAL MODULE: ./src/core/policy/parse.ts
var policy_parse = __webpack_require__(7061);
;// CONCATENATED MODULE: ./src/core/render/dashboard/client.ts
/**
 * The dashboard's own browser script, as text inlined into the page after uPlot (and, on the ledger
 * branch's page, after the live script). It draws the charts from the embedded JSON
 * (`#carbon-gate-chart-data`). When the page says where the shard index is (`#carbon-gate-live`)
 * and is served over http(s), it then fetches the index and the shards it names, has
 * `carbonGateLedger.contentFromShards` (live.ts) render them as of the browser's clock, puts that
 * content in <main> and draws the charts again; under file://, or when a fetch fails, the embedded
 * content stays (with a line saying why). Text is written with `textContent`; the only HTML it
 * inserts is the content renderer's, in which every record's text is escaped.
 *
 * It marks <html> for the headless Chromium tests: `data-charts="drawn"` (or `"error"` and a
 * message) with `data-charts-count`, and `data-ledger-source` = `embedded` or `shards` once it
 * knows which it shows.
 *
 * Plain ES2019 in a string (not TypeScript compiled at build time): what the page runs is exactly
 * what is reviewed here, in every bundle and in the tests.
 */
const CLIENT_JS = String.raw `
(function () {
  'use strict';
  var root = document.documentElement;
  function fail(err) {
    root.setAttribute('data-charts', 'error');
    var box = document.getElementById('chart-error');
    if (box) { box.hidden = false; box.textContent = 'The charts could not be drawn: ' + String(err && err.message || err); }
  }
  function draw(data) {
    var unit = data.unit;
    function fmt(v) {
      if (v == null || !isFinite(v)) return '';
      var a = Math.abs(v);
      return (a >= 1000 ? Math.round(v).toLocaleString('en-US') : Number(v.toPrecision(3)).toString()) + ' ' + unit;
    }
    function width(el) { return Math.max(320, Math.min(1100, el.clientWidth || 900)); }
    var drawn = 0;

    var cum = document.getElementById('chart-cumulative');
    if (cum && data.cumulative) {
      var c = data.cumulative;
      var series = [{}, { label: 'Spent (' + unit + ')', stroke: '#1a7f37', width: 2, fill: 'rgba(26,127,55,0.08)',
        paths: uPlot.paths.stepped({ align: 1 }), points: { size: 4 }, value: function (u, v) { return fmt(v); } }];
      var cols = [c.x, c.spent];
      if (c.limit) {
        series.push({ label: 'Budget (' + unit + ')', stroke: '#cf222e', width: 2, dash: [6, 4], points: { show: false }, value: function (u, v) { return fmt(v); } });
        cols.push(c.limit);
      }
      if (c.projection) {
        series.push({ label: 'Projection (' + unit + ')', stroke: '#9a6700', width: 2, dash: [2, 4], spanGaps: true, value: function (u, v) { return fmt(v); } });
        cols.push(c.projection);
      }
      new uPlot({ width: width(cum), height: 320, series: series,
        axes: [{}, { size: 70, values: function (u, vals) { return vals.map(fmt); } }],
        scales: { y: { range: function (u, min, max) { return [0, max > 0 ? max * 1.05 : 1]; } } } }, cols, cum);
      drawn++;
    }

    var months = document.getElementById('chart-months');
    if (months && data.months && data.months.keys.length) {
      var m = data.months;
      var xs = m.keys.map(function (_, i) { return i; });
      new uPlot({ width: width(months), height: 260,
        scales: { x: { time: false, range: [-0.5, m.keys.length - 0.5] }, y: { range: function (u, min, max) { return [0, max > 0 ? max * 1.1 : 1]; } } },
        axes: [{ values: function (u, vals) { return vals.map(function (v) { return Number.isInteger(v) && m.keys[v] || ''; }); } },
               { size: 70, values: function (u, vals) { return vals.map(fmt); } }],
        series: [{ value: function (u, v) { return v == null ? '' : m.keys[v]; } },
                 { label: 'Spent (' + unit + ')', fill: 'rgba(9,105,218,0.6)', stroke: '#0969da',
                   paths: uPlot.paths.bars({ size: [0.6, 80] }), points: { show: false }, value: function (u, v) { return fmt(v); } }] },
        [xs, m.values], months);
      drawn++;
    }
    root.setAttribute('data-charts', 'drawn');
    root.setAttribute('data-charts-count', String(drawn));
  }
  function json(id) { return JSON.parse(document.getElementById(id).textContent); }

  try {
    draw(json('carbon-gate-chart-data'));
  } catch (err) {
    fail(err);
  }

  // The ledger branch's page over http(s): re-read the shards, which may be newer than this page.
  var SHARD = /^ledger\/\d{4}-\d{2}\.jsonl$/;
  var note = document.getElementById('ledger-live-note');
  function keep(why) {
    root.setAttribute('data-ledger-source', 'embedded');
    if (note && why) note.textContent = 'Showing the ledger as this page was written: ' + why;
  }
  function get(path, how) {
    return fetch(path, { cache: 'no-cache' }).then(function (res) {
      if (!res.ok) throw new Error(path + ': HTTP ' + res.status);
      return how === 'json' ? res.json() : res.text();
    });
  }
  var live;
  try { live = json('carbon-gate-live'); } catch (err) { live = null; }
  if (!live || !live.shardIndex) return keep('');
  if (!/^https?:$/.test(location.protocol)) return keep('');
  if (typeof fetch !== 'function' || !window.carbonGateLedger) return keep('this browser cannot fetch the shards.');
  get(live.shardIndex, 'json').then(function (index) {
    var names = index && Array.isArray(index.shards) ? index.shards : null;
    if (!names || !names.every(function (n) { return typeof n === 'string' && SHARD.test(n); }))
      throw new Error(live.shardIndex + ' does not list shards as ledger/YYYY-MM.jsonl');
    return Promise.all(names.map(function (n) { return get(n, 'text').then(function (text) { return { file: n, text: text }; }); }));
  }).then(function (shards) {
    var options = { nowMs: Date.now() };
    if (live.repo) options.repo = live.repo;
    if (live.budget) options.budget = live.budget;
    var content = window.carbonGateLedger.contentFromShards(shards, options);
    document.querySelector('main').innerHTML = content.main;
    root.setAttribute('data-ledger-source', 'shards');
    try { draw(content.chart); } catch (err) { fail(err); }
  }).catch(function (err) {
    keep('reading the ledger failed (' + String(err && err.message || err) + ').');
  });
})();
`;

;// CONCATENATED MODULE: ./src/core/render/dashboard/live.generated.ts
// GENERATED by scripts/generate-dashboard-live.mjs from src/core/render/dashboard/live.ts — do not edit; re-run it.
/** The minified browser script that defines `carbonGateLedger.contentFromShards` (see live.ts). */
const LIVE_JS = "/*! carbon-gate ledger dashboard: live redraw (src/core/render/dashboard/live.ts). Bundles: @isaacs/nonrecursive-glob-match (BlueOak-1.0.0), balanced-match (MIT), brace-expansion (MIT), minimatch (BlueOak-1.0.0). */\nvar e={};function diagnostic(e,t,n,s){const r={severity:e,code:t,message:n};if(s?.file!==undefined)r.file=s.file;if(s?.line!==undefined)r.line=s.line;if(s?.column!==undefined)r.column=s.column;if(r.line!==undefined&&s?.endLine!==undefined)r.endLine=s.endLine;if(r.column!==undefined&&r.endLine!==undefined&&s?.endColumn!==undefined)r.endColumn=s.endColumn;return r}function hasErrors(e){return e.some(e=>e.severity===\"error\")}function sortDiagnostics(e){const t={error:0,warning:1,notice:2};return[...e].sort((e,n)=>(e.file??\"\").localeCompare(n.file??\"\")||(e.line??0)-(n.line??0)||(e.column??0)-(n.column??0)||t[e.severity]-t[n.severity]||e.code.localeCompare(n.code))}function formatDiagnostic(e){const t=e.file?`${e.file}${e.line?`:${e.line}${e.column?`:${e.column}`:\"\"}`:\"\"}: `:\"\";return`${t}${e.severity} ${e.code}: ${e.message}`}const t=40;const n=3*t;const s=10;const r=\"…\";const i=new RegExp(`\\\\S{${t+1},}`,\"g\");function firstLine(e){const t=e.search(/[\\r\\n\\u2028\\u2029]/);return t===-1?e:e.slice(0,t)}function excerpt(e,n=t){const s=firstLine(e);const i=s.length<e.length&&e.slice(s.length).trim()!==\"\";if(s.length<=n&&!i)return s;const o=Array.from(s);if(o.length<=n)return i?`${s}${r}`:s;return`${o.slice(0,Math.max(0,n-1)).join(\"\")}${r}`}function excerptList(e,t=s){const n=e.slice(0,t).map(e=>`\"${excerpt(e)}\"`);const r=e.length-n.length;return r>0?`${n.join(\", \")} and ${r} more`:n.join(\", \")}function excerptMessage(e){const t=firstLine(e).replace(/\"([^\"]*)\"/g,(e,t)=>`\"${excerpt(t)}\"`);const s=t.replace(i,e=>excerpt(e));return excerpt(s,n)}const o=1;const a=[\"v\",\"id\",\"prev\",\"repo\",\"commit\",\"pr\",\"workflowRun\",\"event\",\"manifest\",\"run\",\"method\",\"energyKWh\",\"emissionsKg\",\"intensityGPerKWh\",\"intensitySource\",\"pue\",\"dataVersion\",\"spentAt\",\"recordedAt\",\"estimateOf\"];function serializeRecord(e){const t=a.map(t=>{const n=t===\"workflowRun\"?workflowRunValue(e.workflowRun):e[t];return`${JSON.stringify(t)}:${JSON.stringify(n)}`});return`{${t.join(\",\")}}`}function workflowRunValue(e){return e===null?null:{id:e.id,attempt:e.attempt}}function ledgerRecordId(e){const t=e.workflowRunId===null?\"\":String(e.workflowRunId);return sha256Hex(`${e.repo}\\n${e.commit}\\n${t}\\n${e.manifest}\\n${e.run}`)}function recordHash(e){return sha256Hex(e)}const c=new Uint32Array([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]);function sha256Hex(e){const t=(new TextEncoder).encode(e);const n=Math.ceil((t.length+9)/64);const s=new Uint8Array(n*64);s.set(t);s[t.length]=128;const r=new DataView(s.buffer);const i=t.length*8;r.setUint32(s.length-8,Math.floor(i/4294967296));r.setUint32(s.length-4,i>>>0);const o=new Uint32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);const a=new Uint32Array(64);for(let e=0;e<n;e++){for(let t=0;t<16;t++)a[t]=r.getUint32(e*64+t*4);for(let e=16;e<64;e++){const t=a[e-15];const n=a[e-2];const s=rotr(t,7)^rotr(t,18)^t>>>3;const r=rotr(n,17)^rotr(n,19)^n>>>10;a[e]=a[e-16]+s+a[e-7]+r>>>0}let[t,n,s,i,l,h,f,u]=[o[0],o[1],o[2],o[3],o[4],o[5],o[6],o[7]];for(let e=0;e<64;e++){const r=rotr(l,6)^rotr(l,11)^rotr(l,25);const o=l&h^~l&f;const d=u+r+o+c[e]+a[e]>>>0;const p=rotr(t,2)^rotr(t,13)^rotr(t,22);const g=t&n^t&s^n&s;const w=p+g>>>0;u=f;f=h;h=l;l=i+d>>>0;i=s;s=n;n=t;t=d+w>>>0}o[0]=o[0]+t>>>0;o[1]=o[1]+n>>>0;o[2]=o[2]+s>>>0;o[3]=o[3]+i>>>0;o[4]=o[4]+l>>>0;o[5]=o[5]+h>>>0;o[6]=o[6]+f>>>0;o[7]=o[7]+u>>>0}return Array.from(o,e=>e.toString(16).padStart(8,\"0\")).join(\"\")}function rotr(e,t){return e>>>t|e<<32-t}function shardPathFor(e){return`ledger/${e.slice(0,7)}.jsonl`}const l=null&&[\"ledger/bad-shard-name\",\"ledger/bad-json\",\"ledger/bad-record\",\"ledger/not-canonical\",\"ledger/broken-chain\",\"ledger/duplicate-id\",\"ledger/wrong-shard\",\"ledger/unreadable\",\"ledger/missing\",\"ledger/too-large\"];const h=/(?:^|\\/)ledger\\/(\\d{4})-(0[1-9]|1[0-2])\\.jsonl$/;const f=/^[0-9a-f]{40}$/;const u=/^[0-9a-f]{64}$/;const d=/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\\/[A-Za-z0-9._-]{1,100}$/;const p=/^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?Z$/;const g=16384;function parseLedger(e){const t=[];const n=[];for(const s of e){const e=h.exec(s.file);if(!e){t.push(diagnostic(\"error\",\"ledger/bad-shard-name\",`Ledger shard \"${excerpt(s.file)}\": expected a name ledger/YYYY-MM.jsonl (the UTC month of its records); the file is not read.`,{file:s.file}));continue}n.push({input:s,month:`${e[1]}-${e[2]}`})}n.sort((e,t)=>e.month<t.month?-1:e.month>t.month?1:e.input.file<t.input.file?-1:1);const s=[];for(const{input:e,month:r}of n){const n=e.text.split(\"\\n\");if(n.length>0&&n[n.length-1]===\"\")n.pop();n.forEach((n,i)=>{const o={file:e.file,line:i+1};const a=parseLine(n,o,t);if(a)s.push({record:a,line:n,file:e.file,lineNumber:i+1,shardMonth:r})})}return{entries:s,diagnostics:t,shards:n.length}}function parseLine(e,t,n){if(e.length>g){n.push(diagnostic(\"error\",\"ledger/too-large\",`Ledger line of ${e.length} characters: expected one record of at most ${g}; the line is not read.`,{...t,column:1}));return undefined}let s;try{s=JSON.parse(e)}catch(s){const r=s instanceof Error?s.message:String(s);const i=/position (\\d+)/.exec(r);const o=i?Number(i[1])+1:1;const a=e.trim()===\"\"?\"an empty line\":JSON.stringify(excerpt(e));n.push(diagnostic(\"error\",\"ledger/bad-json\",`Expected one JSON object per line (a ledger record), got ${a}: ${excerpt(r)}.`,{...t,column:o}));return undefined}if(typeof s!==\"object\"||s===null||Array.isArray(s)){n.push(diagnostic(\"error\",\"ledger/bad-record\",`Expected a ledger record (a JSON object), got ${Array.isArray(s)?\"an array\":JSON.stringify(excerpt(e))}.`,{...t,column:1}));return undefined}const r=s;const i=[];const check=(e,t,n)=>{if(!t)i.push({key:e,expected:n})};const str=(e,t)=>typeof r[e]===\"string\"&&(!t||t.test(r[e]));const num=(e,t=0)=>typeof r[e]===\"number\"&&Number.isFinite(r[e])&&r[e]>=t;check(\"v\",r.v===o,`${o} (the only record version)`);check(\"id\",str(\"id\",u),\"64 lowercase hex digits (a SHA-256)\");check(\"prev\",r.prev===\"\"||str(\"prev\",u),'64 lowercase hex digits, or \"\" for the first record');check(\"repo\",str(\"repo\",d),'\"owner/name\"');check(\"commit\",str(\"commit\",f),\"a 40-hex commit SHA\");check(\"pr\",r.pr===null||Number.isSafeInteger(r.pr)&&r.pr>0,\"a pull request number or null\");check(\"workflowRun\",isWorkflowRun(r.workflowRun),'{\"id\": number, \"attempt\": number} or null');check(\"event\",[\"push\",\"workflow_run\",\"cli\"].includes(r.event),\"push, workflow_run or cli\");check(\"manifest\",str(\"manifest\")&&r.manifest.length>0,\"a repository-relative path\");check(\"run\",str(\"run\")&&r.run.length>0,\"a run name\");check(\"method\",r.method===\"estimated\"||r.method===\"measured\",\"estimated or measured\");check(\"energyKWh\",num(\"energyKWh\"),\"a number of kWh, 0 or more\");check(\"emissionsKg\",num(\"emissionsKg\"),\"a number of kg CO2e, 0 or more\");check(\"intensityGPerKWh\",num(\"intensityGPerKWh\"),\"a number of g CO2e/kWh, 0 or more\");check(\"intensitySource\",str(\"intensitySource\"),\"a string\");check(\"pue\",num(\"pue\",1),\"a number, 1 or more\");check(\"dataVersion\",str(\"dataVersion\"),\"a string\");check(\"spentAt\",isTime(r.spentAt),'an ISO 8601 UTC time such as \"2026-01-31T12:00:00Z\"');check(\"recordedAt\",isTime(r.recordedAt),'an ISO 8601 UTC time such as \"2026-01-31T12:00:00Z\"');check(\"estimateOf\",r.estimateOf===null||str(\"estimateOf\",u),\"an id (64 hex digits) or null\");const c=Object.keys(r).filter(e=>!a.includes(e));for(const e of c)i.push({key:e,expected:\"no such key in a version-1 record\"});if(i.length===0)return r;for(const{key:s,expected:o}of i.slice(0,5)){const i=s in r?JSON.stringify(excerpt(JSON.stringify(r[s])??\"undefined\")):\"nothing\";n.push(diagnostic(\"error\",\"ledger/bad-record\",`Ledger record field \\`${s}\\`: expected ${o}, got ${i}.`,{...t,column:columnOfKey(e,s)}))}return undefined}function isWorkflowRun(e){if(e===null)return true;if(typeof e!==\"object\"||Array.isArray(e))return false;const t=e;return Object.keys(t).length===2&&Number.isSafeInteger(t.id)&&t.id>0&&Number.isSafeInteger(t.attempt)&&t.attempt>0}function isTime(e){if(typeof e!==\"string\"||!p.test(e))return false;const t=Date.parse(e);return Number.isFinite(t)&&new Date(t).toISOString().slice(0,19)===e.slice(0,19)}function columnOfKey(e,t){const n=e.indexOf(`${JSON.stringify(t)}:`);return n<0?1:n+1}function verifyLedger(e){const t=[...e.diagnostics];const n=new Map;let s;for(const r of e.entries){const e={file:r.file,line:r.lineNumber};const{record:i}=r;const o=serializeRecord(i);if(o!==r.line){t.push(diagnostic(\"error\",\"ledger/not-canonical\",\"Ledger record is not written as the writer writes it (keys in the format order, no spaces): it was edited by hand or by another tool.\",{...e,column:firstDifference(o,r.line)}))}const a=s===undefined?\"\":recordHash(s.line);if(i.prev!==a){const n=s===undefined?'the first record must have `prev: \"\"`':`\\`prev\\` must be the SHA-256 of the record before it (${s.file}:${s.lineNumber}), ${a}`;t.push(diagnostic(\"error\",\"ledger/broken-chain\",`The hash chain is broken here: ${n}, got ${JSON.stringify(i.prev)}. A record before this one was edited, removed or reordered.`,{...e,column:columnOf(r.line,\"prev\")}))}const c=n.get(i.id);if(c){t.push(diagnostic(\"error\",\"ledger/duplicate-id\",`Ledger record id ${i.id} appears twice; the first is ${c.file}:${c.lineNumber}. Each spent run is recorded once.`,{...e,column:columnOf(r.line,\"id\")}))}else{n.set(i.id,r)}const l=i.recordedAt.slice(0,7);if(l!==r.shardMonth){t.push(diagnostic(\"error\",\"ledger/wrong-shard\",`Ledger record recorded at ${i.recordedAt} belongs in ledger/${l}.jsonl, not in the ${r.shardMonth} shard.`,{...e,column:columnOf(r.line,\"recordedAt\")}))}s=r}return{ok:!hasErrors(t),records:e.entries.length,shards:e.shards,tipHash:s===undefined?\"\":recordHash(s.line),diagnostics:t}}function firstDifference(e,t){let n=0;while(n<e.length&&n<t.length&&e[n]===t[n])n++;return n+1}function columnOf(e,t){const n=e.indexOf(`${JSON.stringify(t)}:`);return n<0?1:n+1}const w=\"en-US\";const b=new Intl.NumberFormat(w,{maximumSignificantDigits:3});const y=new Intl.NumberFormat(w,{maximumFractionDigits:0});const $=new Intl.NumberFormat(w,{maximumSignificantDigits:4,useGrouping:false});const x=new Intl.NumberFormat(w,{maximumFractionDigits:3});const M=new Intl.NumberFormat(w,{maximumFractionDigits:2});const S=new Intl.NumberFormat(w,{maximumFractionDigits:1});const k=60;const K=3600;const v=86400;const W=240*K;function formatNumber(e){if(!Number.isFinite(e))return String(e);if(e===0)return\"0\";return Math.abs(e)>=1e3?y.format(e):b.format(e)}function formatPlainNumber(e){return $.format(e)}function scaled(e,t,n){if(e===0||!Number.isFinite(e))return`${formatNumber(e)} ${n}`;const s=Math.abs(e);const[,r,i,o]=t.find(([e])=>s>=e)??t[t.length-1];return`${formatNumber(e*i/o)} ${r}`}const A=[[1e6,\"GWh\",1,1e6],[1e3,\"MWh\",1,1e3],[1,\"kWh\",1,1],[0,\"Wh\",1e3,1]];function formatEnergy(e){return scaled(e,A,\"kWh\")}const C=[[1e3,\"t\",1,1e3],[1,\"kg\",1,1],[0,\"g\",1e3,1]];function formatMass(e){return scaled(e,C,\"kg\")}const O=null&&[[1e6,\"MW\",1,1e6],[1e3,\"kW\",1,1e3],[0,\"W\",1,1]];function formatPower(e){return scaled(e,O,\"W\")}function formatWatts(e){return`${M.format(e)} W`}const N=null&&[[1e3,\"TB\",1,1e3],[1,\"GB\",1,1],[0,\"MB\",1e3,1]];function formatMemory(e){return scaled(e,N,\"GB\")}function formatIntensity(e){return`${formatNumber(e)} g/kWh`}function formatPue(e){return x.format(e)}function formatDuration(e){if(!Number.isFinite(e))return`${e} s`;const t=Math.abs(e);if(t<k)return`${formatNumber(e)} s`;if(t<K)return`${formatNumber(e/k)} min`;if(t<W)return`${formatNumber(e/K)} h`;return`${formatNumber(e/v)} d`}function formatPercent(e){const t=e*100;if(!Number.isFinite(t))return`${t}%`;if(t===0)return\"0%\";if(t>0&&t<.1)return\"<0.1%\";if(t<0&&t>-.1)return\">-0.1%\";const n=Math.trunc(t*10+(t>0?1e-9:-1e-9))/10;if(e>1&&n<=100)return\">100%\";return`${S.format(n)}%`}const E=1e3;function formatShares(e){const t=e.reduce((e,t)=>e+t,0);if(!(t>0)||!Number.isFinite(t))return e.map(()=>\"0%\");const n=e.map(e=>e/t*E);const s=n.map(e=>Math.floor(e));let r=E-s.reduce((e,t)=>e+t,0);const i=n.map((e,t)=>({i:t,remainder:e-Math.floor(e)})).sort((e,t)=>t.remainder-e.remainder||e.i-t.i);for(const{i:e}of i){if(r<=0)break;s[e]++;r--}return s.map((t,n)=>t===0&&e[n]>0?\"<0.1%\":`${S.format(t/10)}%`)}function formatRatio(e){return`${formatNumber(e)} x`}const P=1024;const R=1024*P;const j=1024*R;function formatBytes(e){if(e>=j)return`${trimBytes(e/j)} GiB`;if(e>=R)return`${trimBytes(e/R)} MiB`;if(e>=P)return`${trimBytes(e/P)} KiB`;return`${e} bytes`}function trimBytes(e){return Number.isInteger(e)?String(e):e.toFixed(1)}const z=\"‍\";const L=200;const I=/[\\\\`*_[\\]|~$]/g;function escapeMarkdown(e,t=L){return escapeControl(truncateText(e,t)).replace(/&/g,\"&amp;\").replace(/</g,\"&lt;\").replace(/>/g,\"&gt;\").replace(I,e=>`\\\\${e}`).replace(/@(?=[A-Za-z0-9_-])/g,`@${z}`).replace(/#(?=\\d)/g,`#${z}`).replace(/\\b(GH)-(?=\\d)/gi,`$1-${z}`).replace(/:\\/\\//g,`:${z}//`).replace(/\\bwww\\./gi,e=>`${e.slice(0,3)}${z}.`)}const T=/[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\u034f\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180d\\u3164\\uffa0]/gu;const F={\"\\n\":\"\\\\n\",\"\\r\":\"\\\\r\",\"\\t\":\"\\\\t\"};function escapeControl(e){return e.replace(T,visibleEscape)}function visibleEscape(e){const t=F[e];if(t!==undefined)return t;const n=e.codePointAt(0);const s=n.toString(16);if(n<256)return`\\\\x${s.padStart(2,\"0\")}`;if(n<65536)return`\\\\u${s.padStart(4,\"0\")}`;return`\\\\u{${s}}`}function escapeJsonText(e){return e.replace(T,e=>{if(e<\" \")return e;let t=\"\";for(let n=0;n<e.length;n++)t+=`\\\\u${e.charCodeAt(n).toString(16).padStart(4,\"0\")}`;return t}).replace(/##\\[/g,\"#\\\\u0023[\")}function escapeLegacyCommands(e){return e.replace(/##\\[/g,\"#\\\\x23[\")}function escapeLine(e){return escapeInline(e).replace(/^(\\s*)::/,\"$1\\\\x3a:\")}function escapeInline(e){return escapeLegacyCommands(escapeControl(e))}function escapeTerminal(e,t=L){return escapeInline(truncateText(e,t))}function truncateText(e,t){const n=Array.from(e);if(n.length<=t)return e;return`${n.slice(0,Math.max(0,t-1)).join(\"\")}…`}const balanced=(e,t,n)=>{const s=e instanceof RegExp?maybeMatch(e,n):e;const r=t instanceof RegExp?maybeMatch(t,n):t;const i=s!==null&&r!=null&&range(s,r,n);return i&&{start:i[0],end:i[1],pre:n.slice(0,i[0]),body:n.slice(i[0]+s.length,i[1]),post:n.slice(i[1]+r.length)}};const maybeMatch=(e,t)=>{const n=t.match(e);return n?n[0]:null};const range=(e,t,n)=>{let s,r,i,o=undefined,a;let c=n.indexOf(e);let l=n.indexOf(t,c+1);let h=c;if(c>=0&&l>0){if(e===t){return[c,l]}s=[];i=n.length;while(h>=0&&!a){if(h===c){s.push(h);c=n.indexOf(e,h+1)}else if(s.length===1){const e=s.pop();if(e!==undefined)a=[e,l]}else{r=s.pop();if(r!==undefined&&r<i){i=r;o=l}l=n.indexOf(t,h+1)}h=c<l&&c>=0?c:l}if(s.length&&o!==undefined){a=[i,o]}}return a};const B=\"\\0SLASH\"+Math.random().toFixed(16)+\"\\0\";const H=\"\\0OPEN\"+Math.random().toFixed(16)+\"\\0\";const D=\"\\0CLOSE\"+Math.random().toFixed(16)+\"\\0\";const G=\"\\0COMMA\"+Math.random().toFixed(16)+\"\\0\";const U=\"\\0PERIOD\"+Math.random().toFixed(16)+\"\\0\";const _=new RegExp(B,\"g\");const J=new RegExp(H,\"g\");const Z=new RegExp(D,\"g\");const q=new RegExp(G,\"g\");const V=new RegExp(U,\"g\");const Y=/\\\\\\\\/g;const Q=/\\\\{/g;const X=/\\\\}/g;const ee=/\\\\,/g;const te=/\\\\\\./g;const ne=1e5;const se=4e6;const re=1e3;const ie=1e3;const oe=2e7;const ae=16;function numeric(e){return!isNaN(e)?parseInt(e,10):e.charCodeAt(0)}function escapeBraces(e){return e.replace(Y,B).replace(Q,H).replace(X,D).replace(ee,G).replace(te,U)}function unescapeBraces(e){return e.replace(_,\"\\\\\").replace(J,\"{\").replace(Z,\"}\").replace(q,\",\").replace(V,\".\")}function pushAll(e,t){for(let n=0;n<t.length;n++){e.push(t[n])}}function balancedWithBudget(e,t,n){if(n.remaining<0){return undefined}const s=range(\"{\",\"}\",t);const r=s!==undefined&&t.indexOf(\"{\")<s[0];n.remaining-=s&&!r?s[1]+1:e.length;if(!s||n.remaining<0){return undefined}return{end:s[1],pre:e.slice(0,s[0]),body:e.slice(s[0]+1,s[1]),post:e.slice(s[1]+1),unmatched:r}}function maskUnmatchedOpens(e,t){t.remaining-=e.length;const n=[];for(let t=0;t<e.length;t++){const s=e.charCodeAt(t);if(s===123){n.push(t)}else if(s===125&&n.length){n.pop()}}let s=\"\";let r=0;for(let t=0;t<n.length;t++){const i=n[t];s+=e.slice(r,i)+\"\\0\";r=i+1}return s+e.slice(r)}function commaSetFollows(e,t){t.remaining-=e.length;if(t.remaining<0){return false}let n=false;for(let t=e.length-1;t>=0;t--){const s=e.charCodeAt(t);if(s===125){n=true}else if(s===10||s===13||s===8232||s===8233){n=false}else if(s===44&&n&&e.charCodeAt(t+1)!==44){return true}}return false}function parseCommaParts(e,t){const n=[];let s=\"\";for(;;){const r=balancedWithBudget(e,e,t);if(t.remaining<0){return undefined}if(!r){const t=e.split(\",\");t[0]=s+t[0];pushAll(n,t);return n}const{pre:i,body:o,post:a}=r;const c=i.split(\",\");c[0]=s+c[0];c[c.length-1]+=\"{\"+o+\"}\";if(!a.length){pushAll(n,c);return n}s=c.pop();pushAll(n,c);e=a}}function bound(e,t){return e===undefined||isNaN(e)?t:e}function expand(e,t={}){if(!e){return[]}const n=bound(t.max,ne);const s=bound(t.maxLength,se);const r=bound(t.maxDepth,re);const i=bound(t.maxRewrites,ie);const o=bound(t.maxSteps,oe);if(e.slice(0,2)===\"{}\"){e=\"\\\\{\\\\}\"+e.slice(2)}return expand_(escapeBraces(e),n,s,r,0,i,{remaining:o},true).map(unescapeBraces)}function embrace(e){return\"{\"+e+\"}\"}function isPadded(e){return/^-?0\\d/.test(e)}function lte(e,t){return e<=t}function gte(e,t){return e>=t}function combine(e,t,n,s,r,i,o){const a=[];let c=0;let l;e:for(let o=0;o<e.length;o++){const h=e[o]+t;let f=n;if(i&&!h){if(!l)l=n.filter(e=>e);f=l}for(let e=0;e<f.length;e++){if(a.length>=s)break e;const t=h+f[e];if(c+t.length>r)break e;a.push(t);c+=t.length}}o.remaining-=a.length;return a}function expandSequence(e,t,n,s,r){const i=e.split(/\\.\\./);const o=[];if(i[0]===undefined||i[1]===undefined){return o}const a=numeric(i[0]);const c=numeric(i[1]);const l=Math.max(i[0].length,i[1].length);let h=i.length===3&&i[2]!==undefined?Math.max(Math.abs(numeric(i[2])),1):1;let f=lte;const u=c<a;if(u){h*=-1;f=gte}const d=i.some(isPadded);const p=d?l:1;let g=0;for(let e=a;f(e,c)&&o.length<n;e+=h){r.remaining-=p;if(r.remaining<0){return undefined}let n;if(t){n=String.fromCharCode(e);if(n===\"\\\\\"){n=\"\"}}else{n=String(e);if(d){const t=l-n.length;if(t>0){const s=new Array(t+1).join(\"0\");if(e<0){n=\"-\"+s+n.slice(1)}else{n=s+n}}}}if(g+n.length>s)break;o.push(n);g+=n.length}return o}function expand_(e,t,n,s,r,i,o,a){o.remaining-=ae;if(r>s){return[e]}let c=[\"\"];let l=0;let h=false;let f=true;let u=e;for(;;){const d=balancedWithBudget(e,u,o);if(!d){return combine(c,e,[\"\"],t,n,h,o)}if(d.unmatched){u=maskUnmatchedOpens(u,o)}const p=d.pre;const literal=()=>combine(c,p+\"{\"+d.body+\"}\"+d.post,[\"\"],t,n,h,o);if(/\\$$/.test(p)){c=combine(c,p+\"{\"+d.body+\"}\",[\"\"],t,n,h&&!d.post.length,o);f=false;if(!d.post.length)break;e=d.post;u=u.slice(d.end+1);continue}const g=/^-?\\d+\\.\\.-?\\d+(?:\\.\\.-?\\d+)?$/.test(d.body);const w=/^[a-zA-Z]\\.\\.[a-zA-Z](?:\\.\\.-?\\d+)?$/.test(d.body);const b=g||w;const y=d.body.indexOf(\",\")>=0;if(!b&&!y){if(l<i&&commaSetFollows(d.post,o)){l++;e=d.pre+\"{\"+d.body+D+d.post;u=u.slice(0,d.end)+D+u.slice(d.end+1);a=true;continue}return literal()}if(f){h=a&&!b;f=false}let $;if(b){$=expandSequence(d.body,w,t,n,o);if(!$){return literal()}}else{let a=parseCommaParts(d.body,o);if(!a){return literal()}if(a.length===1&&a[0]!==undefined){a=expand_(a[0],t,n,s,r+1,i,o,false).map(embrace);if(o.remaining<0){return literal()}if(a.length===1){const s=combine(c,p+a[0],[\"\"],t,n,h&&!d.post.length,o);if(o.remaining<0){return literal()}c=s;if(!d.post.length)break;e=d.post;u=u.slice(d.end+1);continue}}let l=h&&!d.post.length&&!p;for(let e=0;l&&e<c.length;e++){if(c[e]){l=false}}$=[];let f=0;e:for(let e=0;e<a.length;e++){const c=expand_(a[e],t,n,s,r+1,i,o,false);if(o.remaining<0){return literal()}for(let e=0;e<c.length;e++){const s=c[e];if(l&&!s)continue;if($.length>=t||f+s.length>n){break e}$.push(s);f+=s.length}}}const x=combine(c,p,$,t,n,h&&!d.post.length,o);if(o.remaining<0){return literal()}c=x;if(!d.post.length)break;e=d.post;u=u.slice(d.end+1)}return c}const digit=(e,t)=>e===t?{t:\"lit\",ch:String(e)}:{t:\"class\",re:new RegExp(`^[${e}-${t}]$`)};const prefix=(e,t)=>t.map(t=>[digit(e,e),...t]);const fixed=(e,t)=>{if(!e)return[[]];let n=+e[0];let s=+t[0];const r=e.slice(1);const i=t.slice(1);if(n===s)return prefix(n,fixed(r,i));const o=\"0\".repeat(r.length);const a=\"9\".repeat(r.length);const c=[];if(r!==o)c.push(...prefix(n++,fixed(r,a)));const l=i===a?[]:prefix(s--,fixed(o,i));if(n<=s){c.push([digit(n,s),...Array.from(r,()=>digit(0,9))])}c.push(...l);return c};const nonneg=(e,t,n)=>{if(n){return fixed(String(e).padStart(n,\"0\"),String(t).padStart(n,\"0\"))}const s=[];for(let n=String(e).length;n<=String(t).length;n++){const r=Math.max(e,n===1?0:10**(n-1));const i=Math.min(t,10**n-1);s.push(...fixed(String(r),String(i)))}return s};const numericRange=(e,t)=>{let n=Number(e);let s=Number(t);if(!Number.isSafeInteger(n)||!Number.isSafeInteger(s))return;if(n>s)[n,s]=[s,n];const r=/^-?0\\d/.test(e)||/^-?0\\d/.test(t);const i=r?Math.max(e.length,t.length):0;const o=[];if(n<0){const e=nonneg(Math.max(-s,1),-n,i&&i-1);o.push(...e.map(e=>[{t:\"lit\",ch:\"-\"},...e]))}if(s>=0)o.push(...nonneg(Math.max(n,0),s,i));return o};const ce={\"[:alnum:]\":[\"\\\\p{L}\\\\p{Nl}\\\\p{Nd}\"],\"[:alpha:]\":[\"\\\\p{L}\\\\p{Nl}\"],\"[:ascii:]\":[\"\\\\x\"+\"00-\\\\x\"+\"7f\"],\"[:blank:]\":[\"\\\\p{Zs}\\\\t\"],\"[:cntrl:]\":[\"\\\\p{Cc}\"],\"[:digit:]\":[\"\\\\p{Nd}\"],\"[:graph:]\":[\"\\\\p{Z}\\\\p{C}\",true],\"[:lower:]\":[\"\\\\p{Ll}\"],\"[:print:]\":[\"\\\\p{C}\",true],\"[:punct:]\":[\"\\\\p{P}\\\\p{S}\"],\"[:space:]\":[\"\\\\p{Z}\\\\t\\\\r\\\\n\\\\v\\\\f\"],\"[:upper:]\":[\"\\\\p{Lu}\"],\"[:word:]\":[\"\\\\p{L}\\\\p{Nl}\\\\p{Nd}\\\\p{Pc}\"],\"[:xdigit:]\":[\"A-Fa-f0-9\"]};const braceEscape=e=>e.replace(/[[\\]\\\\-]/g,\"\\\\$&\");const le=/$./;const parseClass=(e,t,n=false,s)=>{const norm=e=>{const t=s?e.normalize(s):e;return[...t].length===1?t:e};const r=t;if(e.charAt(r)!==\"[\"){throw new Error(\"not in a brace expression\")}const i=[];const o=[];let a=r+1;let c=false;let l=false;let h=false;let f=r;let u=\"\";e:while(a<e.length){const t=String.fromCodePoint(e.codePointAt(a));if((t===\"!\"||t===\"^\")&&a===r+1){h=true;a++;continue}if(t===\"]\"&&c&&!l){f=a+1;break}c=true;if(t===\"\\\\\"){if(!l){l=true;a++;continue}}if(t===\"[\"&&!l){for(const[t,[n,s]]of Object.entries(ce)){if(e.startsWith(t,a)){if(u){return[le,e.length-r]}a+=t.length;if(s)o.push(n);else i.push(n);continue e}}}l=false;const n=norm(t);if(u){if(n.codePointAt(0)>u.codePointAt(0)){i.push(braceEscape(u)+\"-\"+braceEscape(n))}else if(n===u){i.push(braceEscape(n))}u=\"\";a+=t.length;continue}if(e.startsWith(\"-]\",a+t.length)){i.push(braceEscape(n+\"-\"));a+=t.length+1;continue}if(e.startsWith(\"-\",a+t.length)){u=n;a+=t.length+1;continue}i.push(braceEscape(n));a+=t.length}if(f<a){return[le,0]}if(!i.length&&!o.length){return[le,e.length-r]}const d=\"[\"+(h?\"^\":\"\")+i.join(\"\")+\"]\";const p=\"[\"+(h?\"\":\"^\")+o.join(\"\")+\"]\";const g=\"^\"+(i.length&&o.length?\"(\"+d+\"|\"+p+\")\":i.length?d:p);return[new RegExp(g,n?\"iu\":\"u\"),f-r]};const he={t:\"match\",id:0};const fe=\"!?+*@\";const lit=e=>({t:\"lit\",ch:e});const reEscape=e=>e.replace(/[\\\\^$.*+?()[\\]{}|/]/g,\"\\\\$&\");const newFoldRe=e=>new RegExp(`^${reEscape(e)}$`,\"iu\");const ue=new Map;const foldRe=e=>{let t=ue.get(e);if(!t){t=newFoldRe(e);if(ue.size>=1e3)ue.clear();ue.set(e,t)}return t};const litMatch=(e,t)=>{if(t===e.ch)return true;if(!e.re)return false;const n=t.charCodeAt(0);if(n>=128)return e.re.test(t);const s=e.ascii??=new Uint8Array(128);s[n]||=e.re.test(t)?1:2;return s[n]===1};const tokenize=(e,t,n,s,r)=>{const i=[];for(let o=0;o<e.length;){const a=String.fromCodePoint(e.codePointAt(o));if(r){const t=a===\"\\\\\"&&e.startsWith(r,o+1)?1:0;if(t||a===r){const n=o+t+r.length;const s=e.indexOf(r,n);const a=/^(-?\\d+)\\.\\.(-?\\d+)$/.exec(e.slice(n,s));const c=s!==-1&&a&&numericRange(a[1],a[2]);if(c){i.push({t:\"ext\",type:\"@\",alts:c});o=s+r.length;continue}}}if(a===\"\\\\\"){const t=e.codePointAt(o+1);const n=t===undefined?a:String.fromCodePoint(t);i.push(lit(n));o+=1+n.length;continue}if(a===\"[\"){const[n,r]=parseClass(e,o,t,s);if(r){i.push({t:\"class\",re:n});o+=r;continue}}if(!n&&fe.includes(a)&&e[o+1]===\"(\"){i.push({t:\"open\",type:a});o+=2;continue}i.push(!n&&a===\"|\"?{t:\"bar\"}:!n&&a===\")\"?{t:\"close\"}:a===\"*\"?{t:\"star\"}:a===\"?\"?{t:\"any\"}:lit(a));o+=a.length}return i};const pair=e=>{const t=new Map;const n=[];e.forEach((e,s)=>{if(e.t===\"open\")n.push(s);else if(e.t===\"close\"&&n.length)t.set(n.pop(),s)});return t};const build=(e,t,n,s,r)=>{let i=[];const o=[i];for(let a=n;a<s;a++){const n=e[a];const s=t.get(a);if(n.t===\"open\"&&s!==undefined){const r=build(e,t,a+1,s,false);i.push({t:\"ext\",type:n.type,alts:r});a=s}else if(n.t===\"bar\"&&!r){o.push(i=[])}else if(n.t===\"open\"){i.push(lit(n.type),lit(\"(\"))}else if(n.t===\"bar\"){i.push(lit(\"|\"))}else if(n.t===\"close\"){i.push(lit(\")\"))}else{i.push(n)}}return o};const normalize=(e,t)=>{const n=[];let s=\"\";const flush=()=>{for(const e of s.normalize(t))n.push(lit(e));s=\"\"};for(const r of e){if(r.t===\"lit\"){s+=r.ch;continue}flush();n.push(r.t===\"ext\"?{...r,alts:r.alts.map(e=>normalize(e,t))}:r)}flush();return n};const compile=(e,t)=>{let n=1;const split=e=>({t:\"split\",id:n++,out:e});const seq=(e,t)=>e.reduceRight((e,t)=>item(t,e),t);const item=(e,s)=>{switch(e.t){case\"lit\":const r=t?foldRe(e.ch):undefined;return{t:\"lit\",id:n++,ch:e.ch,re:r,next:s};case\"any\":case\"star\":return{t:e.t,id:n++,next:s};case\"class\":return{t:\"class\",id:n++,re:e.re,next:s}}const alts=t=>e.alts.map(e=>seq(e,t));switch(e.type){case\"@\":return split(alts(s));case\"?\":return split([s,...alts(s)]);case\"!\":return{t:\"neg\",id:n++,sub:split(alts(he)),next:s}}const r=split([]);const i=split(alts(r));r.out.push(s,i);return e.type===\"*\"?r:i};const s=seq(e,he);return[s,n]};const show=e=>{const t=[];const n=new Set;const ref=e=>e.t===\"match\"?\"match\":String(e.id);const walk=(e,s)=>{if(e.t===\"match\"||n.has(e))return;n.add(e);const line=n=>t.push(`${s}${e.id}: ${n}`);switch(e.t){case\"split\":line(`split -> ${e.out.map(ref).join(\", \")}`);for(const t of e.out)walk(t,s);return;case\"neg\":line(`!(${ref(e.sub)}) -> ${ref(e.next)}`);walk(e.sub,s+\"  \");return walk(e.next,s);case\"lit\":line(`${JSON.stringify(e.ch)} -> ${ref(e.next)}`);break;case\"class\":line(`${e.re} -> ${ref(e.next)}`);break;default:line(`${e.t===\"any\"?\"?\":\"*\"} -> ${ref(e.next)}`)}walk(e.next,s)};walk(e,\"\");return[`start -> ${ref(e)}`,...t].join(\"\\n\")};class State{gen;threads=[];match=false;runs=[];ids=[];constructor(e){this.gen=e}get dead(){return!this.threads.length&&!this.match&&!this.runs.length}}const sameState=(e,t)=>{if(e.ids.length!==t.ids.length)return false;if(e.runs.length!==t.runs.length)return false;if(e.ids.some((e,n)=>e!==t.ids[n]))return false;return e.runs.every(e=>t.runs.some(t=>t.neg===e.neg&&sameState(t.state,e.state)))};const marks=e=>({has:new Float64Array(e),seen:new Float64Array(e),gen:0});class Sim{dots;dotStart;#e;constructor(e,t,n){this.dots=e;this.dotStart=t;this.#e=n}state(){return new State(++this.#e.gen)}done(e){e.ids=e.threads.map(e=>e.id).sort((e,t)=>e-t);if(e.match)e.ids.unshift(he.id);return e}#t(e,t){const{seen:n}=this.#e;if(n[t.id]===e.gen)return false;n[t.id]=e.gen;return true}#n(e,t){const{has:n}=this.#e;if(n[t.id]===e.gen)return false;n[t.id]=e.gen;e.threads.push(t);return true}restricted(e,t){return t&&(this.dots||this.dotStart&&e===0)}add(e,t,n,s){switch(t.t){case\"split\":if(!this.#t(e,t))return;for(const r of t.out)this.add(e,r,n,s);return;case\"neg\":if(!this.#t(e,t))return;const r=this.state();this.add(r,t.sub,n,false);this.done(r);return this.addRun(e,{t:\"run\",neg:t,state:r},n,s);case\"star\":if(this.restricted(n,s))return;if(this.#n(e,t))this.add(e,t.next,n,s);return;case\"match\":e.match=true;return;default:this.#n(e,t)}}addRun(e,t,n,s){for(const n of e.runs){if(n.neg===t.neg&&sameState(n.state,t.state))return}e.runs.push(t);if(!t.state.match){this.add(e,t.neg.next,n,s)}}step(e,t,n,s){const r=this.state();for(const i of e.threads){switch(i.t){case\"lit\":if(litMatch(i,t)){this.add(r,i.next,n+1,s)}break;case\"any\":if(!this.restricted(n,s))this.add(r,i.next,n+1,s);break;case\"class\":if(!this.restricted(n,s)&&i.re.test(t)){this.add(r,i.next,n+1,s)}break;case\"star\":if(!this.restricted(n,s))this.add(r,i,n+1,s)}}if(!this.restricted(n,s)){for(const i of e.runs){if(i.state.dead){this.addRun(r,i,n+1,s);continue}const e=this.step(i.state,t,n,false);this.addRun(r,{t:\"run\",neg:i.neg,state:e},n+1,s)}}return this.done(r)}}const stateKey=e=>{const t=e.ids.join();if(!e.runs.length)return t;const n=e.runs.map(e=>`${e.neg.id}(${stateKey(e.state)})`);return`${t}|${n.sort().join(\"|\")}`};const de=1<<18;class Dfa{#s;#r=new Map;#i=0;#o;#a;#c;#l;constructor(e,t){this.#s=e;this.#c=new Sim(false,false,t);this.#l=new Sim(false,true,t)}#h(e){return{state:e,match:e.match,dead:e.dead,next:new Map}}#f(e){const t=stateKey(e);const n=this.#r.get(t);if(n)return n;if(this.#i>de)this.#u();const s=this.#h(e);this.#r.set(t,s);this.#i+=t.length+1;return s}#u(){this.#r.clear();this.#i=0;this.#o=undefined;this.#a=undefined}start(e){if(e){if(this.#a)return this.#a;const e=this.#l.state();this.#l.add(e,this.#s,0,true);return this.#a=this.#h(this.#l.done(e))}if(this.#o)return this.#o;const t=this.#c.state();this.#c.add(t,this.#s,0,true);return this.#o=this.#f(this.#c.done(t))}next(e,t){const n=t.charCodeAt(0);const s=n<128?undefined:e.next.get(t);if(s)return s;const r=e===this.#a?this.#f(this.#l.step(e.state,t,0,true)):this.#f(this.#c.step(e.state,t,1,true));if(n<128){if(!e.ascii){e.ascii=new Array(128);this.#i+=128}e.ascii[n]=r}else{e.next.set(t,r)}this.#i++;return r}}const linear=e=>{const t=[];for(let n=e;n.t!==\"match\";n=n.next){if(n.t===\"split\"||n.t===\"neg\")return undefined;t.push(n)}return t};const testLinear=(e,t,n,s)=>{let r=0;let i=n;let o=-1;let a=0;while(i<s){const n=e[r];if(n?.t===\"star\"){o=r++;a=i;continue}const s=t[i];if(n&&(n.t===\"any\"||n.t===\"lit\"&&litMatch(n,s)||n.t===\"class\"&&n.re.test(s))){r++;i++;continue}if(o===-1)return false;r=o+1;i=++a}while(e[r]?.t===\"star\")r++;return r===e.length};const lengths=e=>{let t=0;let n=0;for(const s of e){const[e,r]=itemLengths(s);t+=e;n+=r}return[t,n]};const itemLengths=e=>{if(e.t===\"star\")return[0,Infinity];if(e.t!==\"ext\")return[1,1];if(e.type===\"!\")return[0,Infinity];const t=e.alts.map(lengths);const n=Math.min(...t.map(e=>e[0]));const s=Math.max(...t.map(e=>e[1]));const r=s===0?0:Infinity;return e.type===\"@\"?[n,s]:e.type===\"?\"?[0,s]:e.type===\"*\"?[0,r]:[n,r]};const hasAffix=(e,t,n)=>{for(let s=0;s<e.length;s++){if(!litMatch(e[s],t[n+s]))return false}return true};const pe=/[/\\ud800-\\udfff]/;const me=/[\\ud800-\\udfff]/;const codePoints=e=>me.test(e)?[...e]:e;const noSlash=e=>{if(e.includes(\"/\")){throw new Error(\"can only match a single path portion, got: \"+e)}};class Matcher{pattern;options;#s;#i;#e;#d;#p;#m=false;#g;#w;#b=false;#y=0;#$=Infinity;#x=[];#M=[];#S;#k;#K=false;#v;#W;constructor(e,t={}){if(e.includes(\"/\")){throw new Error(\"can only match a single path portion, got pattern: \"+e)}this.pattern=e;this.options=t;const{nocase:n=false,noext:s=false,normalize:r}=t;this.#W=r===true?\"NFC\":r||undefined;const i=/^[?*+@]\\(\\)$/.test(e);const o=tokenize(e,n,s||i,this.#W,t.rangeMark);let[a]=build(o,pair(o),0,o.length,true);if(this.#W)a=normalize(a,this.#W);const[c,l]=compile(a,n);this.#s=c;this.#i=l;if(a.every(e=>e.t===\"lit\")){this.#p=a.map(e=>e.ch).join(\"\");this.#m=n}else{const lit=e=>e.t!==\"lit\"?undefined:n?{ch:e.ch,re:foldRe(e.ch)}:{ch:e.ch};for(const e of a){const t=lit(e);if(!t)break;this.#x.push(t)}for(let e=a.length-1;e>=0;e--){const t=lit(a[e]);if(!t)break;this.#M.unshift(t)}this.#K=!!(this.#x.length||this.#M.length);if(!n){this.#S=this.#x.map(e=>e.ch).join(\"\");this.#k=this.#M.map(e=>e.ch).join(\"\")}this.#w=linear(this.#s)?.slice(this.#x.length,-this.#M.length||undefined);this.#b=!!this.#w?.every(e=>e.t===\"star\"||e.t===\"any\");const[e,t]=lengths(a);this.#y=e;this.#$=t}}test(e){if(this.#W){noSlash(e);return this.#A(e.normalize(this.#W))}if(pe.test(e)){noSlash(e);return this.#A(e,[...e])}return this.#A(e,e)}testUnchecked(e){return this.#A(this.#W?e.normalize(this.#W):e)}#A(e,t){if(this.#p!==undefined){return this.#m?(this.#g??=newFoldRe(this.#p)).test(e):e===this.#p}const n=this.#y;const s=this.#$;if(t===undefined){const r=e.length;const i=r+1>>1;if(r<n||i>s)return false;if(i<n||r>s)t=codePoints(e)}if(t!==undefined&&(t.length<n||t.length>s)){return false}const r=this.#x.length;if(this.#K){if(this.#S!==undefined&&this.#k!==undefined){if(!e.startsWith(this.#S)||!e.endsWith(this.#k)){return false}}else{t??=codePoints(e);const n=t.length-this.#M.length;if(!hasAffix(this.#x,t,0)||!hasAffix(this.#M,t,n)){return false}}}const i=!this.options.dot&&e.startsWith(\".\");if(this.#w){if(e===\".\"||e===\"..\")return false;if(i&&!r)return false;if(this.#b)return true;t??=codePoints(e);const n=t.length-this.#M.length;return testLinear(this.#w,t,r,n)}t??=codePoints(e);if(e===\".\"||e===\"..\"){this.#e??=marks(this.#i);const e=this.#d??=new Sim(true,false,this.#e);const n=e.state();e.add(n,this.#s,0,true);let s=e.done(n);for(let n=0;n<t.length;n++){s=e.step(s,t[n],n,true)}return s.match}this.#e??=marks(this.#i);const o=this.#v??=new Dfa(this.#s,this.#e);let a=o.start(i);const c=t===e;for(let n=0;n<t.length;n++){if(a.dead)return false;const s=c?e.charCodeAt(n):t[n].charCodeAt(0);a=a.ascii?.[s]??o.next(a,t[n])}return a.match}toString(){return show(this.#s)}}const ge=1024*64;const assertValidPattern=e=>{if(typeof e!==\"string\"){throw new TypeError(\"invalid pattern\")}if(e.length>ge){throw new TypeError(\"pattern is too long\")}};const escape_escape=(e,{windowsPathsNoEscape:t=false,magicalBraces:n=false}={})=>{const s=n?t?e.replace(/[?*()[\\]{}]/g,\"[$&]\"):e.replace(/[?*()[\\]\\\\{}]/g,\"\\\\$&\"):t?e.replace(/[?*()[\\]]/g,\"[$&]\"):e.replace(/[?*()[\\]\\\\]/g,\"\\\\$&\");const r=s.charAt(0);if(r===\"#\"){return(t?\"[#]\":\"\\\\#\")+s.slice(1)}if(r===\"!\"){return(t?\"@(!)\":\"\\\\!\")+s.slice(1)}return s};const unescape_unescape=(e,{windowsPathsNoEscape:t=false,magicalBraces:n=true}={})=>{if(t&&e.startsWith(\"@(!)\")){return\"!\"+unescape_unescape(e.slice(4),{windowsPathsNoEscape:t,magicalBraces:n})}if(n){return t?e.replace(/\\[([^/\\\\])\\]/g,\"$1\"):e.replace(/((?!\\\\).|^)\\[([^/\\\\])\\]/g,\"$1$2\").replace(/\\\\([^/])/g,\"$1\")}return t?e.replace(/\\[([^/\\\\{}])\\]/g,\"$1\"):e.replace(/((?!\\\\).|^)\\[([^/\\\\{}])\\]/g,\"$1$2\").replace(/\\\\([^/{}])/g,\"$1\")};const we=1e5;const be=200;const ye=\"allowWindow\"+\"sEscape\";const minimatch=(e,t,n)=>{assertValidPattern(t);if(!n?.nocomment&&t.charAt(0)===\"#\"){return false}return cachedMinimatch(t,n).match(e)};let $e=new Map;let xe=new Map;let Me=0;let Se=0;const ke=256;const Ke=1<<15;const ve=1<<12;const cacheWeight=e=>{let t=e.pattern.length;for(const n of e.globSet){t+=n.length+1;if(t>ve)break}return t};const We=true;void We;const tri=e=>e===undefined?0:e?2:1;const Ae=new Map(Object.keys({nobrace:0,nocomment:0,nonegate:0,noglobstar:0,noext:0,nonull:0,partial:0,dot:0,nocase:0,nocaseMagicOnly:0,magicalBraces:0,matchBase:0,flipNegate:0,preserveMultipleSlashes:0,windowsNoMagicRoot:0}).map((e,t)=>[e,24*3**t]));const optionsKey=e=>{let t=0;let n=false;for(const s in e){const r=e[s];switch(s){case\"windowsPathsNoEscape\":if(r)n=true;break;case ye:if(r===false)n=true;break;case\"platform\":{const n=r||Ce;if(n===Ce)break;if(n===\"darwin\")t+=3;else if(n===\"win32\")t+=6;else if(n===\"linux\")t+=9;else return JSON.stringify(e);break}case\"optimizationLevel\":if(r===undefined)break;t+=r>=2?1:r>=1?0:2;break;case\"braceExpandMax\":if(r!==undefined&&r!==we){return JSON.stringify(e)}break;case\"maxGlobstarRecursion\":if(r!==undefined&&r!==be){return JSON.stringify(e)}break;case\"normalize\":if(r!==undefined)return JSON.stringify(e);break;default:t+=(Ae.get(s)??0)*tri(r)}}return n?t+12:t};const copyOptions=e=>{const t={};for(const n in e)t[n]=e[n];return t};const cachedMinimatch=(e,t)=>{const n=t?optionsKey(t):0;let s=$e.get(n)?.get(e);if(s)return s;s=xe.get(n)?.get(e)??new Minimatch(e,copyOptions(t));const r=cacheWeight(s);if(r>ve)return s;if(Me>=ke||Se+r>Ke){xe=$e;$e=new Map;Me=0;Se=0}let i=$e.get(n);if(!i)$e.set(n,i=new Map);i.set(e,s);Me++;Se+=r;return s};const Ce=typeof process===\"object\"&&process?process.env?.__MINIMATCH_TESTING_PLATFORM__||process.platform:\"posix\";const Oe={win32:{sep:\"\\\\\"},posix:{sep:\"/\"}};const Ne=Ce===\"win32\"?Oe.win32.sep:Oe.posix.sep;minimatch.sep=Ne;const Ee=Symbol(\"globstar **\");minimatch.GLOBSTAR=Ee;const filter=(e,t)=>{let n;return s=>(n??=cachedMinimatch(e,t)).match(s)};minimatch.filter=filter;const ext=(e,t={})=>Object.assign({},e,t);const defaults=e=>{if(!e||typeof e!==\"object\"||!Object.keys(e).length){return minimatch}const t=minimatch;const m=(n,s,r={})=>t(n,s,ext(e,r));return Object.assign(m,{Minimatch:class Minimatch extends t.Minimatch{constructor(t,n={}){super(t,ext(e,n))}static defaults(n){return t.defaults(ext(e,n)).Minimatch}},unescape:(n,s={})=>t.unescape(n,ext(e,s)),escape:(n,s={})=>t.escape(n,ext(e,s)),filter:(n,s={})=>t.filter(n,ext(e,s)),defaults:n=>t.defaults(ext(e,n)),braceExpand:(n,s={})=>t.braceExpand(n,ext(e,s)),match:(n,s,r={})=>t.match(n,s,ext(e,r)),sep:t.sep,GLOBSTAR:Ee})};minimatch.defaults=defaults;const braceExpand=(e,t={})=>{assertValidPattern(e);if(t.nobrace||!/\\{(?:(?!\\{).)*\\}/.test(e)){return[e]}let n=e.replace(/\\\\\\\\/g,\"\\\\\\\\\\\\\\\\\");if(t.windowsPathsNoEscape||t[ye]===false){n=n.replace(/\\[([{}])\\]/g,\"[\\\\$1]\")}return expand(n,{max:t.braceExpandMax})};minimatch.braceExpand=braceExpand;const Pe=100;const Re=/(?<![\\\\$])\\{(-?\\d+)\\.\\.(-?\\d+)\\}/g;const inRepeatOrNegExt=(e,t)=>{const n=[];for(let s=0;s<e.length;s++){const r=e.charAt(s);if(r===\"\\\\\"){s++}else if(r===t){if(n.some(e=>e!==\"@\"&&e!==\"?\"))return true}else if(e.charAt(s+1)===\"(\"&&\"!?+*@\".includes(r)){n.push(r);s++}else if(r===\")\"){n.pop()}}return false};const match=(e,t,n={})=>{const s=new Minimatch(t,n);e=e.filter(e=>s.match(e));if(s.options.nonull&&!e.length){e.push(t)}return e};minimatch.match=match;const je=/[?*]|[+@!]\\(.*?\\)|\\[|\\]/;const classEnd=(e,t)=>{let n=t+1;if(e.charAt(n)===\"!\"||e.charAt(n)===\"^\")n++;let s=false;for(;n<e.length;n++){const t=e.charAt(n);if(t===\"]\"&&s)return n;s=true;if(t===\"\\\\\")n++}return-1};const literal=(e,t)=>{if(!t&&(e===\"+()\"||e===\"@()\"))return e;let n=\"\";for(let s=0;s<e.length;s++){const r=e.charAt(s);if(r===\"\\\\\"){n+=e.charAt(++s)||r}else if(r===\"*\"||r===\"?\"){return undefined}else if(r===\"[\"){const t=classEnd(e,s);if(t===-1){n+=r;continue}let i=e.slice(s+1,t);if(i.startsWith(\"\\\\\"))i=i.slice(1);if([...i].length!==1||\"!^\".includes(e.charAt(s+1))){return undefined}n+=i;s=t}else if(!t&&\"+@!\".includes(r)&&e.charAt(s+1)===\"(\"&&e.includes(\")\",s+2)){return undefined}else{n+=r}}return n};const ze=256;const extglobCount=e=>{let t=0;for(let n=0;n<e.length-1;n++){const s=e.charAt(n);if(s===\"\\\\\"){n++}else if(\"+@!?*\".includes(s)&&e.charAt(n+1)===\"(\"){t++;n++}}return t};const assertValidExtglobs=e=>{if(extglobCount(e)>ze){throw new TypeError(\"pattern has too many extglobs\")}};const extSafe=e=>{if(/^[?*+@]\\(\\)$/.test(e)||e.includes(\"[:\"))return false;let t=0;for(let n=0;n<e.length;n++){const s=e.charAt(n);if(s===\"\\\\\"){if(++n===e.length)return false}else if(s===\"[\"){const t=classEnd(e,n);if(t!==-1)n=t}else if(\"+@!?*\".includes(s)&&e.charAt(n+1)===\"(\"){t++;n++}else if(s===\")\"){if(!t--)return false}else if(s===\"|\"&&!t){return false}}return!t};let Le;let Ie;const portionMatch=(e,t)=>typeof e===\"string\"?t===e:t!==\"\"&&e.testUnchecked(t);const endIndex=(e,t,n,s,r)=>portionMatch(e,t)?n:s!==undefined&&portionMatch(e,s)?r:-1;const isDots=e=>e===\".\"||e===\"..\";const isDrive=e=>typeof e===\"string\"&&/^[a-z]:$/i.test(e);const isLongUNC=e=>typeof e===\"string\"&&/^unc$/i.test(e);const uncHost=e=>{if(e[0]!==\"\"||e[1]!==\"\")return-1;const t=e[2]!==\"?\"?2:isLongUNC(e[3])?4:-1;const n=e[t];const s=e[t+1];return t!==-1&&n!==undefined&&n!==\"\"&&n!==Ee&&s!==undefined&&s!==\"\"&&s!==Ee?t:-1};const walkable=(e,t)=>!isDots(e)&&(t||!e.startsWith(\".\"));const dotPortion=(e,t,n,s,r)=>{for(let i=t;i<n;){if(e.charCodeAt(i)===46){if(!s)return true;const t=e.charCodeAt(i+1)===46?i+2:i+1;if(t>=n||isSep(e.charCodeAt(t),r))return true}const t=nextSep(e,i,r);if(t===-1)return false;i=t+1;while(i<n&&isSep(e.charCodeAt(i),r))i++}return false};const isSep=(e,t)=>t===\"/\"?e===47:t===\"\\\\\"?e===92:e===47||e===92;const nextSep=(e,t,n)=>{if(n!==\"both\")return e.indexOf(n,t);const s=e.indexOf(\"/\",t);const r=e.indexOf(\"\\\\\",t);return s===-1?r:r===-1?s:Math.min(s,r)};const lastSep=(e,t,n)=>n!==\"both\"?e.lastIndexOf(n,t):Math.max(e.lastIndexOf(\"/\",t),e.lastIndexOf(\"\\\\\",t));const Te={};class Minimatch{options;set;pattern;windowsPathsNoEscape;nonegate;negate;comment;empty;preserveMultipleSlashes;partial;globSet;globParts;nocase;isWindows;platform;windowsNoMagicRoot;maxGlobstarRecursion;#C;#O;#N;#W;#E=[];#P=[];#R=[];#j=new Map;#z=false;#L;#I=new WeakMap;constructor(e,t={}){assertValidPattern(e);t=t||{};this.options=t;this.maxGlobstarRecursion=t.maxGlobstarRecursion??be;this.pattern=e;this.platform=t.platform||Ce;this.isWindows=this.platform===\"win32\";this.windowsPathsNoEscape=!!t.windowsPathsNoEscape||t[ye]===false;if(this.windowsPathsNoEscape){this.pattern=this.pattern.replace(/\\\\/g,\"/\")}this.preserveMultipleSlashes=!!t.preserveMultipleSlashes;this.negate=false;this.nonegate=!!t.nonegate;this.comment=false;this.empty=false;this.partial=!!t.partial;this.nocase=!!this.options.nocase;this.windowsNoMagicRoot=t.windowsNoMagicRoot!==undefined?t.windowsNoMagicRoot:!!(this.isWindows&&this.nocase);this.globSet=[];this.globParts=[];this.set=[];this.#C=!this.preserveMultipleSlashes;this.#N=(t.optimizationLevel??1)>=2;const n=t.normalize;this.#W=n===true?\"NFC\":n||undefined;this.make();const s=this.set.map(e=>this.#T(e));this.#R=this.set.map((e,t)=>this.#C&&e.length-1>s[t]);this.#E=this.set.map((e,t)=>{const n=this.#R[t]?e.length-1:e.length;const r=e.slice(s[t]+1,n).filter(e=>typeof e===\"string\"&&!!e);return[...new Set(r)]});this.#O=this.#E.some(e=>e.length);this.#P=this.set.map((e,n)=>{const[r,i,o]=e;if(this.#R[n]&&e.length===2){if(r===Ee&&i!==Ee)return\"tail\"}if(this.#R[n]&&t.matchBase&&e.length===1&&r!==Ee&&r!==\"\"){return\"base\"}if(!this.#C||s[n]!==-1)return undefined;if(e.length===3&&r===Ee&&o===Ee&&i!==Ee&&i!==\"\"&&this.maxGlobstarRecursion>0){return\"mid\"}if(e.length===2&&i===Ee&&r!==Ee&&r!==\"\"){return\"head\"}return undefined})}#F(e){return this.#W?e.normalize(this.#W):e}#T(e){if(!this.isWindows)return-1;if(isDrive(e[0]))return 0;const t=e[0]===\"\"&&e[1]===\"\"&&e[2]===\"?\"&&isDrive(e[3]);if(t)return 3;const n=uncHost(e);return n===-1?-1:n+1}hasMagic(){if(this.options.magicalBraces&&this.set.length>1){return true}for(const e of this.set){for(const t of e){if(typeof t!==\"string\")return true}}return false}make(){const e=this.pattern;const t=this.options;if(!t.nocomment&&e.charAt(0)===\"#\"){this.comment=true;return}if(!e){this.empty=true;return}this.parseNegate();this.globSet=[...new Set(this.#B())];const n=this.globSet.map(e=>this.#H(e));this.globParts=this.preprocess(n);this.#z=true;let s=this.globParts.map((e,t,n)=>{if(this.isWindows&&this.windowsNoMagicRoot){const t=e[2]===\"?\"&&isLongUNC(e[3])?6:4;const n=e[0]===\"\"&&e[1]===\"\"&&(e[2]===\"?\"||!je.test(e[2]))&&e.slice(3,t).every(e=>!je.test(e));const s=/^[a-z]:/i.test(e[0]);if(n){return[...e.slice(0,t).map(e=>this.#F(e)),...e.slice(t).map(e=>this.parse(e))]}else if(s){return[this.#F(e[0]),...e.slice(1).map(e=>this.parse(e))]}}return e.map(e=>this.parse(e))});this.set=s.filter(e=>e.indexOf(false)===-1);if(this.isWindows){for(let e=0;e<this.set.length;e++){const t=this.set[e];if(t[0]===\"\"&&t[1]===\"\"&&this.globParts[e][2]===\"?\"&&(isDrive(t[3])||isLongUNC(this.globParts[e][3]))){if(isLongUNC(this.globParts[e][3]))t[3]=\"UNC\";t[2]=\"?\"}}}if(!t.noext)this.mergeRows();this.#z=false;this.set.forEach((e,t)=>{for(let n=0;n<e.length;n++){if(e[n]===Te){e[n]=this.parse(this.globParts[t][n])}}})}mergeRows(){let e=true;while(e){e=false;if(this.set.length<2)return;let t=this.#D();const n=Math.max(0,...this.set.map(e=>e.length));for(let s=0;s<n;s++){const n=new Map;const r=this.set.length+1;this.set.forEach((e,i)=>{if(!(e[s]instanceof Matcher||e[s]===Te)||!extSafe(this.globParts[i][s])){return}const{pre:o,suf:a}=t[i];const c=o[s]*r+a[s+1];const l=n.get(c);if(l)l.push(i);else n.set(c,[i])});const i=new Set;for(const e of n.values()){if(e.length<2)continue;const[t,...n]=e;const r=e.map(e=>this.globParts[e][s]);const o=`@(${r.join(\"|\")})`;if(extglobCount(o)>ze)continue;this.globParts[t][s]=o;this.set[t][s]=this.parse(o);for(const e of n)i.add(e)}if(i.size){e=true;this.set=this.set.filter((e,t)=>!i.has(t));this.globParts=this.globParts.filter((e,t)=>!i.has(t));if(this.set.length<2)return;t=this.#D()}}}}#D(){const e=new Map;const t=this.globParts.map(t=>t.map(t=>{let n=e.get(t);if(n===undefined)e.set(t,n=e.size);return n}));const n=e.size;const s=Math.max(0,...t.map(e=>e.length));const r=t.map(e=>({pre:[0],suf:new Array(e.length+1).fill(0)}));for(let e=0;e<s;e++){const s=new Map;t.forEach((t,i)=>{if(e>=t.length)return;const{pre:o}=r[i];const a=o[e]*n+t[e];let c=s.get(a);if(c===undefined)s.set(a,c=s.size+1);o.push(c)})}for(let e=s-1;e>=0;e--){const s=new Map;t.forEach((t,i)=>{if(e>=t.length)return;const{suf:o}=r[i];const a=o[e+1]*n+t[e];let c=s.get(a);if(c===undefined)s.set(a,c=s.size+1);o[e]=c})}return r}preprocess(e){if(this.options.noglobstar){for(const t of e){for(let e=0;e<t.length;e++){if(t[e]===\"**\"){t[e]=\"*\"}}}}const{optimizationLevel:t=1}=this.options;if(t>=2){e=this.firstPhasePreProcess(e);e=this.secondPhasePreProcess(e)}else if(t>=1){e=this.levelOneOptimize(e)}else{e=this.adjascentGlobstarOptimize(e)}return e}adjascentGlobstarOptimize(e){return e.map(e=>{let t=-1;while(-1!==(t=e.indexOf(\"**\",t+1))){let n=t;while(e[n+1]===\"**\"){n++}if(n!==t){e.splice(t,n-t)}}return e})}levelOneOptimize(e){return e.map(e=>{const t=this.#T(e)+1;e=e.reduce((e,n)=>{const s=e[e.length-1];if(n===\"**\"&&s===\"**\"){return e}if(n===\"..\"){if(e.length>t&&s&&s!==\"..\"&&s!==\".\"&&s!==\"**\"){e.pop();return e}}e.push(n);return e},[]);return e.length===0?[\"\"]:e})}#G(e){const t=!this.isWindows||!e.includes(\"\\\\\")?\"/\":e.includes(\"/\")?\"both\":\"\\\\\";let n=this.#C?0:-1;let s=\"\";let r=0;let i;let o=0;const a=!!this.options.dot;e:for(let c=0;c<this.set.length;c++){const l=this.set[c];const h=l[l.length-1];let f=n!==-1&&this.#R[c]&&h!==Ee;if(f&&n===0){const a=lastSep(e,e.length,t);r=a+1;s=e.slice(r);if(s===\"\"&&a>=0){let n=a;while(n>0&&isSep(e.charCodeAt(n-1),t))n--;o=n===0?0:lastSep(e,n-1,t)+1;i=e.slice(o,n)}const c=this.#N&&(isDots(s)||s===\"\"&&i!==undefined&&isDots(i));n=c?-1:1;f=!c}let u=-1;if(f&&typeof h===\"string\"){u=endIndex(h,s,r,i,o);if(u===-1)continue}if(this.#O){for(const t of this.#E[c]){if(!e.includes(t))continue e}}if(f&&typeof h===\"object\"){u=endIndex(h,s,r,i,o);if(u===-1)continue}const d=this.#P[c];if(d===\"base\"&&f)return\"yes\";if(d===\"tail\"&&f){if(this.#N&&dotPortion(e,0,u,true,t)){return\"maybe\"}if(!dotPortion(e,0,u,a,t))return\"yes\";continue}if(d===\"mid\"||d===\"head\"){const n=this.#U(e,l,d===\"head\",a,t);if(n!==\"no\")return n;continue}return\"maybe\"}return\"no\"}#_(e,t,n){const s=!!this.options.dot;const r=e.length;if(n===\"head\"){if(r<2||!portionMatch(t[0],e[0])){return false}for(let t=1;t<r;t++)if(!walkable(e[t],s))return false;return true}const i=t[1];if(n===\"tail\"){let t=r-1;if(!portionMatch(i,e[t])){if(e[t]!==\"\"||r===1||!portionMatch(i,e[--t])){return false}}for(let n=0;n<t;n++)if(!walkable(e[n],s))return false;return true}for(let t=0;t<r;t++){if(portionMatch(i,e[t])&&t+1<r){let n=t+1;while(n<r&&walkable(e[n],s))n++;if(n===r)return true}if(!walkable(e[t],s))return false}return false}#U(e,t,n,s,r){if(this.#N&&dotPortion(e,0,e.length,true,r))return\"maybe\";const i=t[n?0:1];let o=0;for(let t=nextSep(e,o,r);t!==-1;t=nextSep(e,o,r)){let a=t+1;while(a<e.length&&isSep(e.charCodeAt(a),r))a++;const c=typeof i===\"string\"?t-o===i.length&&e.startsWith(i,o):t>o&&i.testUnchecked(e.slice(o,t));if(c&&!dotPortion(e,a,e.length,s,r))return\"yes\";if(n||dotPortion(e,o,a,s,r))return\"no\";o=a}return\"no\"}#J(e){const t=Le;return t?.f===e&&t.isWindows===this.isWindows&&t.preserveMultipleSlashes===this.preserveMultipleSlashes&&t.normalize===this.#W?t:undefined}#Z(e){const{isWindows:t,preserveMultipleSlashes:n}=this;let s=this.#H(t?e.split(\"\\\\\").join(\"/\"):e);const r=this.#W;if(r)s=s.map(e=>e.normalize(r));Le={f:e,isWindows:t,preserveMultipleSlashes:n,normalize:r,parts:s};return Le}#q(e){const t=[...e];let n=false;do{n=false;if(!this.preserveMultipleSlashes){for(let e=1;e<t.length-1;e++){const s=t[e];if(e===1&&s===\"\"&&t[0]===\"\")continue;if(s===\".\"||s===\"\"){n=true;t.splice(e,1);e--}}if(t[0]===\".\"&&t.length===2&&(t[1]===\".\"||t[1]===\"\")){n=true;t.pop()}}const e=this.#T(t)+1;let s=e;while(-1!==(s=t.indexOf(\"..\",s+1))){const r=t[s-1];if(r&&r!==\".\"&&r!==\"..\"&&r!==\"**\"){n=true;t.splice(s-1,2);s=Math.max(s-2,e)}}}while(n);return t.length===0?[\"\"]:t}firstPhasePreProcess(e){const{braceExpandMax:t=we}=this.options;let n=0;const s=1e6;let r=false;do{r=false;for(let i of e){let o=-1;while(-1!==(o=i.indexOf(\"**\",o+1))){let a=o;while(i[a+1]===\"**\"){a++}if(a>o){i.splice(o+1,a-o)}let c=i[o+1];const l=i[o+2];const h=i[o+3];if(c!==\"..\")continue;if(!l||l===\".\"||l===\"..\"||!h||h===\".\"||h===\"..\"){continue}const f=i.length-1;if(e.length>=t||n+f>s){throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`)}r=true;i.splice(o,1);const u=i.slice(0);u[o]=\"**\";n+=f;e.push(u);o--}if(!this.preserveMultipleSlashes){for(let e=1;e<i.length-1;e++){const t=i[e];if(e===1&&t===\"\"&&i[0]===\"\")continue;if(t===\".\"||t===\"\"){r=true;i.splice(e,1);e--}}if(i[0]===\".\"&&i.length===2&&(i[1]===\".\"||i[1]===\"\")){r=true;i.pop()}}const a=this.#T(i)+1;let c=a;while(-1!==(c=i.indexOf(\"..\",c+1))){const e=i[c-1];if(e&&e!==\".\"&&e!==\"..\"&&e!==\"**\"){r=true;const e=c===1&&i[c+1]===\"**\";const t=e?[\".\"]:[];i.splice(c-1,2,...t);if(i.length===0)i.push(\"\");c=Math.max(c-2,a)}}}}while(r);return e}secondPhasePreProcess(e){const t=new Set;const n=e.filter(e=>{const n=e.join(\"/\");if(t.has(n))return false;t.add(n);return true});const s=new Map;for(const e of n){const t=[];for(let n=0;n<e.length;n++){if(e[n]===\"*\")t.push(n)}if(t.length)s.set(t.join(\",\"),t)}if(!s.size||n.length*s.size>1e5)return n;const{dot:r}=this.options;return n.filter(e=>{for(const n of s.values()){if(n[n.length-1]>=e.length)continue;const s=[...e];let i=true;let o=false;for(const t of n){const n=e[t];if(n===\"*\")continue;if(!n||n===\"**\"||!r&&n.startsWith(\".\")){i=false;break}s[t]=\"*\";o=true}if(i&&o&&t.has(s.join(\"/\")))return false}return true})}parseNegate(){if(this.nonegate)return;const e=this.pattern;let t=false;let n=0;for(let s=0;s<e.length&&e.charAt(s)===\"!\";s++){t=!t;n++}if(n)this.pattern=e.slice(n);this.negate=t}#V(e,t,n,s){let r=0;let i=0;const o=this.isWindows?uncHost(t):-1;const a=o===-1?-1:uncHost(n);if(a!==-1){const e=n[a];const s=n[a+1];if(typeof e!==\"string\"||typeof s!==\"string\"){r=o;i=a}else if(t[o].toLowerCase()===e.toLowerCase()&&t[o+1].toLowerCase()===s.toLowerCase()){r=o+2;i=a+2}}else if(this.isWindows){const t=typeof e[0]===\"string\"&&/^[a-z]:$/i.test(e[0]);const s=!t&&e[0]===\"\"&&e[1]===\"\"&&e[2]===\"?\"&&/^[a-z]:$/i.test(e[3]);const o=typeof n[0]===\"string\"&&/^[a-z]:$/i.test(n[0]);const a=!o&&n[0]===\"\"&&n[1]===\"\"&&n[2]===\"?\"&&typeof n[3]===\"string\"&&/^[a-z]:$/i.test(n[3]);const c=s?3:t?0:undefined;const l=a?3:o?0:undefined;if(typeof c===\"number\"&&typeof l===\"number\"){const[t,s]=[e[c],n[l]];if(t.toLowerCase()===s.toLowerCase()){i=l+1;r=c+1}}}e=t;if(n.includes(Ee)){return this.#Y(e,n,s,r,i)}return this.#Q(e,n,s,r,i)}#Y(e,t,n,s,r){const{head:i,body:o,tail:a,segments:c}=this.#X(t,n,r);if(i.length){const t=s+i.length;if(!this.#Q(e,i,n,s,0,t)){return false}s+=i.length;r+=i.length}let l=0;if(a.length){if(a.length+s>e.length)return false;let t=e.length-a.length;if(this.#Q(e,a,n,t,0)){l=a.length}else{if(e[e.length-1]!==\"\"||s+a.length===e.length){return false}t--;if(!this.#Q(e,a,n,t,0)){return false}l=a.length+1}}if(!o.length){let t=!!l;for(let n=s;n<e.length-l;n++){const s=String(e[n]);t=true;if(s===\".\"||s===\"..\"||!this.options.dot&&s.startsWith(\".\")){return false}}return n||t}return!!this.#ee(e,c,e.length-l,s,0,n,0,!!l,new Set)}#X(e,t,n){let s=this.#I.get(e);if(!s){s=[];this.#I.set(e,s)}const r=n*2+(t?1:0);const i=s[r];if(i)return i;const o=e.indexOf(Ee,n);const a=e.lastIndexOf(Ee);const c=e.slice(n,o);const l=e.slice(o+1,t?undefined:a);const h=t?[]:e.slice(a+1);const f=[[[],0]];let u=f[0];let d=0;const p=[0];for(const e of l){if(e===Ee){p.push(d);u=[[],0];f.push(u)}else{u[0].push(e);d++}}f.forEach((e,t)=>{e[1]=d-p[t]});const g={head:c,body:l,tail:h,segments:f};s[r]=g;return g}#ee(e,t,n,s,r,i,o,a,c){const l=t[r];if(!l){if(i){return s>=n||s===n-1&&e[s]===\"\"}for(let t=s;t<n;t++){a=true;const n=e[t];if(n===\".\"||n===\"..\"||!this.options.dot&&n.startsWith(\".\")){return false}}return a}const[h,f]=l;const u=i?n:n-f;while(s<=u){const l=r*(e.length+1)+s;if(c.has(l))return false;c.add(l);const f=this.#Q(e,h,i,s,0,s+h.length);if(f&&o<this.maxGlobstarRecursion){const l=this.#ee(e,t,n,s+h.length,r+1,i,o+1,a,c);if(l!==false){return l}}if(s===u)break;const d=e[s];if(d===\".\"||d===\"..\"||!this.options.dot&&d.startsWith(\".\")){return false}s++}return i||null}#Q(e,t,n,s,r,i=e.length){let o;let a;let c;let l;for(o=s,a=r,l=Math.min(i,e.length),c=t.length;o<l&&a<c;o++,a++){let n=t[a];let s=e[o];if(n===false||n===Ee){return false}if(!portionMatch(n,s))return false}if(o===l&&a===c){return true}else if(o===l){return n}else if(a===c){return o===l-1&&e[o]===\"\"}else{throw new Error(\"wtf?\")}}braceExpand(){return braceExpand(this.pattern,this.options)}#B(){const{pattern:e}=this;if(this.options.nobrace)return this.braceExpand();let t=57344;while(e.includes(String.fromCharCode(t))){if(++t>63743)return this.braceExpand()}const n=String.fromCharCode(t);let s=false;const r=e.replace(Re,(e,t,r)=>{const i=Number(t);const o=Number(r);if(!Number.isSafeInteger(i)||!Number.isSafeInteger(o)||Math.abs(i-o)+1<Pe){return e}s=true;return`${n}${t}..${r}${n}`});if(!s)return this.braceExpand();const i=braceExpand(r,this.options);for(const e of i){for(const t of e.split(\"/\")){const e=t.indexOf(\"[\");if(e!==-1&&e<t.lastIndexOf(n)){return this.braceExpand()}if(!this.options.noext&&inRepeatOrNegExt(t,n)){return this.braceExpand()}}}this.#L=n;return i}parse(e){assertValidPattern(e);const t=this.options;if(e===\"**\")return Ee;if(e===\"\")return\"\";const{nocase:n,nocaseMagicOnly:s,noext:r=false,dot:i,normalize:o}=t;const a=this.#L;const c=a&&e.includes(a)?undefined:literal(e,r);if(c!==undefined&&!(n&&!s&&e.toUpperCase()!==e.toLowerCase())){return this.#F(c)}if(this.#z)return Te;let l=this.#j.get(e);if(!l){if(!r)assertValidExtglobs(e);l=new Matcher(e,{nocase:n,noext:r,dot:i,normalize:o,...a&&{rangeMark:a}});this.#j.set(e,l)}return l}#H(e){if(this.preserveMultipleSlashes){return e.split(\"/\")}else if(this.isWindows&&/^\\/\\/[^/]+/.test(e)){return[\"\",...e.split(/\\/+/)]}else{return e.split(/\\/+/)}}match(e,t=this.partial){if(this.comment){return false}if(this.empty){return e===\"\"}if(e===\"/\"&&t){return true}const n=this.options;let s=this.#J(e);if(!s){if(!t&&!this.#W&&(this.#C||this.#O)&&Ie!==e){Ie=e;const t=this.#G(e);if(t===\"no\")return n.flipNegate?false:this.negate;if(t===\"yes\")return n.flipNegate?true:!this.negate}s=this.#Z(e)}const r=s.parts;const i=this.#N?s.resolved??=this.#q(r):r;const o=this.set;let a=r[r.length-1];if(!a){for(let e=r.length-2;!a&&e>=0;e--){a=r[e]}}for(let e=0;e<o.length;e++){const s=o[e];const c=t?undefined:this.#P[e];const l=c===\"base\"?portionMatch(s[0],a):c?this.#_(i,s,c):n.matchBase&&s.length===1?this.#V([a],[a],s,t):this.#V(r,i,s,t);if(l){if(n.flipNegate){return true}return!this.negate}}if(n.flipNegate){return false}return this.negate}static defaults(e){return minimatch.defaults(e).Minimatch}}minimatch.Minimatch=Minimatch;minimatch.escape=escape_escape;minimatch.unescape=unescape_unescape;const Fe=512;const Be=8;function checkGlob(e){const t='expected a repository-relative glob such as \"experiments/llm/**\"';if(e.length>Fe)return`${t}, at most ${Fe} characters`;if(e.startsWith(\"/\")||/^[A-Za-z]:/.test(e))return`${t}, relative to the repository root (no leading \"/\")`;if(e.includes(\"\\\\\"))return`${t}, with \"/\" between folders (no backslashes)`;if(e.startsWith(\"!\"))return`${t}; negated globs (\"!\") are not supported: list what to select`;if(e.split(\"/\").some(e=>e===\"..\"))return`${t}, inside the repository (no \"..\" folders)`;if(!paths_balanced(e,\"[\",\"]\")||!paths_balanced(e,\"{\",\"}\")||!paths_balanced(e,\"(\",\")\"))return`${t}, with every \"[\", \"{\" and \"(\" closed`;if((e.match(/\\{/g)??[]).length>Be)return`${t}, with at most ${Be} \"{...}\" groups`;return undefined}function paths_balanced(e,t,n){let s=0;for(const r of e){if(r===t)s++;else if(r===n&&--s<0)return false}return s===0}function normalizeManifestPath(e){let t=e.split(\"\\\\\").join(\"/\");while(t.startsWith(\"./\"))t=t.slice(2);return t}function committedName(e,t={}){return Object.hasOwn(t,e)?t[e]:e}function pathMatcher(e){if(e===undefined||e.length===0)return()=>true;const t=e.map(e=>new Minimatch(normalizeManifestPath(e),{dot:true,nonegate:true,nocomment:true}));return e=>{const n=normalizeManifestPath(e);return t.some(e=>e.match(n))}}const He=864e5;const De=3660;function parseWindow(e){const t=e.trim();if(t===\"month\"||t===\"quarter\")return{kind:t};const n=/^(\\d{1,4})d$/.exec(t);if(!n)return undefined;const s=Number(n[1]);return s>=1&&s<=De?{kind:\"days\",days:s}:undefined}function window_windowLabel(e){return e.kind===\"days\"?`${e.days}d`:e.kind}function windowBounds(e,t){if(e.kind===\"days\")return{startMs:t-e.days*He,nowMs:t,endMs:t};const n=new Date(t);const s=n.getUTCFullYear();const r=e.kind===\"month\"?n.getUTCMonth():Math.floor(n.getUTCMonth()/3)*3;const i=e.kind===\"month\"?1:3;return{startMs:Date.UTC(s,r,1),nowMs:t,endMs:Date.UTC(s,r+i,1)}}function window_windowSpend(e,t,n,s){const r=windowBounds(t,n);const i=pathMatcher(s);const o=reconciledEstimates(e);let a=0;let c=0;let l=0;let h;for(const t of e){if(o.has(t.id)||!i(t.manifest))continue;const e=Date.parse(t.spentAt);if(!(e>=r.startMs&&e<=r.nowMs))continue;a+=t.emissionsKg;c+=t.energyKWh;l++;if(h===undefined||e<h)h=e}const f={emissionsKg:a,energyKWh:c,records:l,bounds:r};if(h!==undefined)f.oldestLeavesMs=t.kind===\"days\"?h+t.days*He:r.endMs;return f}function reconciledEstimates(e){const t=new Set;for(const n of e)if(n.method===\"measured\"&&n.estimateOf!==null)t.add(n.estimateOf);return t}const Ge=[{kind:\"days\",days:30},{kind:\"days\",days:90},{kind:\"days\",days:365},{kind:\"month\"},{kind:\"quarter\"}];const Ue=10;function summarizeLedger(e,t){const n=reconciledEstimates(e);const s=e.filter(e=>!n.has(e.id));const r={emissionsKg:0,energyKWh:0,records:0};const i=new Map;for(const e of s){add(r,e);const t=e.spentAt.slice(0,7);const n=i.get(t)??{emissionsKg:0,energyKWh:0,records:0};add(n,e);i.set(t,n)}const o=Ge.map(n=>{const s=window_windowSpend(e,n,t);return{window:window_windowLabel(n),startsAt:new Date(s.bounds.startMs).toISOString(),emissionsKg:s.emissionsKg,energyKWh:s.energyKWh,records:s.records}});const a=[...s].sort((e,t)=>t.emissionsKg-e.emissionsKg||(e.spentAt<t.spentAt?-1:e.spentAt>t.spentAt?1:0)).slice(0,Ue);const c=new Map(e.map(e=>[e.id,e]));const l=[];for(const t of e){if(t.method!==\"measured\"||t.estimateOf===null)continue;const e=c.get(t.estimateOf);if(!e)continue;const n={manifest:t.manifest,run:t.run,commit:t.commit,estimatedKg:e.emissionsKg,measuredKg:t.emissionsKg,estimatedKWh:e.energyKWh,measuredKWh:t.energyKWh};if(e.emissionsKg>0)n.ratio=t.emissionsKg/e.emissionsKg;l.push(n)}return{now:new Date(t).toISOString(),total:r,windows:o,months:[...i].sort(([e],[t])=>e<t?-1:1).map(([e,t])=>({month:e,...t})),largest:a,pairs:l}}function add(e,t){e.emissionsKg+=t.emissionsKg;e.energyKWh+=t.energyKWh;e.records++}function windowBudgetStatus(e,t,n){return e.filter(e=>e.scope===\"window\"&&e.window!==undefined).map(e=>{const s=e.window;const r=windowSpend(t,s,n,e.paths);const i={};const o={};let a=0;if(e.emissionsKg!==undefined){i.emissionsKg=e.emissionsKg;o.emissionsKg=e.emissionsKg-r.emissionsKg;a=Math.max(a,r.emissionsKg/e.emissionsKg)}if(e.energyKWh!==undefined){i.energyKWh=e.energyKWh;o.energyKWh=e.energyKWh-r.energyKWh;a=Math.max(a,r.energyKWh/e.energyKWh)}const c=a>1?\"fail\":a>=e.warnAtFraction?\"warn\":\"pass\";return{name:e.name,window:windowLabel(s),...e.paths?{paths:[...e.paths]}:{},limit:i,spent:{emissionsKg:r.emissionsKg,energyKWh:r.energyKWh},remaining:o,usedFraction:a,status:c,...r.oldestLeavesMs!==undefined?{oldestLeavesAt:new Date(r.oldestLeavesMs).toISOString()}:{}}})}function dashboardBudget(e){const t=e.find(e=>e.scope===\"window\"&&e.window!==undefined);if(!t?.window)return undefined;return{name:t.name,window:t.window,...t.emissionsKg!==undefined?{emissionsKg:t.emissionsKg}:{},...t.energyKWh!==undefined?{energyKWh:t.energyKWh}:{},...t.paths?{paths:t.paths}:{}}}function pathGroup(e){const t=e.replace(/^\\.\\//,\"\").split(\"/\");return t.length>1&&t[0]!==\"\"?t[0]:\".\"}function accumulate(e,t,n){const s=e.map(e=>({r:e,atMs:Date.parse(e.spentAt)})).filter(({atMs:e})=>e>=t&&e<=n).sort((e,t)=>e.atMs-t.atMs);let r=0;let i=0;return s.map(({r:e,atMs:t})=>{r+=e.emissionsKg;i+=e.energyKWh;return{atMs:t,kg:r,kWh:i}})}function windowSummary(e,t,n,s){const r=window_windowSpend(e,n.window,s,n.paths);const i=pathMatcher(n.paths);const{startMs:o,endMs:a}=r.bounds;const c={budget:n,label:window_windowLabel(n.window),spend:r,cumulative:accumulate(t.filter(e=>i(e.manifest)),o,s)};if(n.emissionsKg!==undefined)c.remainingKg=n.emissionsKg-r.emissionsKg;if(n.energyKWh!==undefined)c.remainingKWh=n.energyKWh-r.energyKWh;const l=s-o;if(a>s&&l>0){const e=(a-o)/l;c.projectedKg=r.emissionsKg*e;c.projectedKWh=r.energyKWh*e}return c}function summariseDashboard(e,t){const n=reconciledEstimates(e);const s=e.filter(e=>!n.has(e.id));const r=new Map;for(const e of s){const t=pathGroup(e.manifest);const n=r.get(t)??{emissionsKg:0,energyKWh:0,records:0};n.emissionsKg+=e.emissionsKg;n.energyKWh+=e.energyKWh;n.records++;r.set(t,n)}const i={...summarizeLedger(e,t.nowMs),byPath:[...r].map(([e,t])=>({path:e,...t})).sort((e,t)=>t.emissionsKg-e.emissionsKg||(e.path<t.path?-1:1)),cumulative:accumulate(s,-Infinity,t.nowMs),superseded:e.length-s.length,measured:s.filter(e=>e.method===\"measured\").length,estimated:s.filter(e=>e.method===\"estimated\").length};if(t.budget)i.window=windowSummary(e,s,t.budget,t.nowMs);return i}function escapeHtml(e){return escapeControl(e).replace(/&/g,\"&amp;\").replace(/</g,\"&lt;\").replace(/>/g,\"&gt;\").replace(/\"/g,\"&quot;\").replace(/'/g,\"&#39;\")}function num(e,t){return` data-${e}=\"${String(t)}\"`}function massCell(e){return`<td class=\"n\"${num(\"kg\",e)}>${escapeHtml(formatMass(e))}</td>`}function energyCell(e){return`<td class=\"n\"${num(\"kwh\",e)}>${escapeHtml(formatEnergy(e))}</td>`}function bar(e,t){const n=t>0?Math.max(0,Math.min(100,e/t*100)):0;return`<td class=\"bar\"><span style=\"width:${n.toFixed(1)}%\"></span></td>`}function spendTable(e,t,n,s){const r=n.reduce((e,t)=>Math.max(e,t.emissionsKg),0);const i=n.map(e=>`<tr data-key=\"${escapeHtml(e.key)}\"><th scope=\"row\">${escapeHtml(e.key)}</th>${massCell(e.emissionsKg)}${energyCell(e.energyKWh)}<td class=\"n\">${e.records}</td>${bar(e.emissionsKg,r)}</tr>`).join(\"\\n\");return`<table id=\"${e}\"><thead><tr><th>${t}</th><th>Emissions</th><th>Energy</th><th>Runs</th><th></th></tr></thead>\\n<tbody>${i}</tbody>\\n<tfoot><tr><th scope=\"row\">Total</th>${massCell(s.emissionsKg)}${energyCell(s.energyKWh)}<td class=\"n\">${s.records}</td><td></td></tr></tfoot></table>`}function budgetSection(e){const t=e.window;if(!t){return`<section id=\"budget\"><h2>Cumulative spend</h2><div id=\"chart-cumulative\" class=\"chart\"></div>\\n<p class=\"muted\">No window budget was given: the chart shows all recorded spend.</p></section>`}const n=t.budget;const{startMs:s,endMs:r,nowMs:i}=t.spend.bounds;const o=[];const day=e=>new Date(e).toISOString().slice(0,10);const a=r>i?`${day(r-1)} (calendar)`:`${day(i)} (rolling: ends now)`;o.push(`<tr><th scope=\"row\">Window</th><td id=\"window-bounds\">${escapeHtml(t.label)}: ${day(s)} to ${a}</td></tr>`);if(t.spend.oldestLeavesMs!==undefined){o.push(`<tr><th scope=\"row\">Oldest spending leaves the window</th><td id=\"window-oldest-leaves\">${day(t.spend.oldestLeavesMs)}</td></tr>`)}const line=(e,t)=>o.push(`<tr><th scope=\"row\">${e}</th>${t}</tr>`);if(n.emissionsKg!==undefined){line(\"Emissions limit\",massCell(n.emissionsKg));line(\"Emissions spent\",massCell(t.spend.emissionsKg).replace(\"<td\",'<td id=\"window-spent-kg\"'));line(\"Emissions remaining\",massCell(t.remainingKg??0).replace(\"<td\",'<td id=\"window-remaining-kg\"'));if(t.projectedKg!==undefined){const e=n.emissionsKg>0?` (${escapeHtml(formatPercent(t.projectedKg/n.emissionsKg))} of the limit)`:\"\";line(\"Projected at the window’s end\",massCell(t.projectedKg).replace(\"<td\",'<td id=\"window-projected-kg\"').replace(\"</td>\",`${e}</td>`))}}if(n.energyKWh!==undefined){line(\"Energy limit\",energyCell(n.energyKWh));line(\"Energy spent\",energyCell(t.spend.energyKWh).replace(\"<td\",'<td id=\"window-spent-kwh\"'));line(\"Energy remaining\",energyCell(t.remainingKWh??0).replace(\"<td\",'<td id=\"window-remaining-kwh\"'));if(t.projectedKWh!==undefined){line(\"Projected energy at the window’s end\",energyCell(t.projectedKWh).replace(\"<td\",'<td id=\"window-projected-kwh\"'))}}const c=t.remainingKg!==undefined&&t.remainingKg<0||t.remainingKWh!==undefined&&t.remainingKWh<0;return`<section id=\"budget\"><h2>Budget “${escapeHtml(n.name)}”: ${c?'<span class=\"bad\">over budget</span>':\"within budget\"}</h2>\\n<div id=\"chart-cumulative\" class=\"chart\"></div>\\n<table class=\"kv\">${o.join(\"\\n\")}</table></section>`}function largestTable(e){const t=e.largest.map(e=>`<tr><td>${escapeHtml(e.run)}</td><td><code>${escapeHtml(e.manifest)}</code></td><td>${escapeHtml(e.method)}</td>${massCell(e.emissionsKg)}${energyCell(e.energyKWh)}<td><code>${escapeHtml(e.commit.slice(0,7))}</code>${e.pr===null?\"\":` #${e.pr}`}</td><td>${escapeHtml(e.spentAt.slice(0,10))}</td></tr>`).join(\"\\n\");return`<table id=\"largest-runs\"><thead><tr><th>Run</th><th>Manifest</th><th>Method</th><th>Emissions</th><th>Energy</th><th>Commit</th><th>Spent</th></tr></thead>\\n<tbody>${t}</tbody></table>`}function pairsTable(e){if(e.pairs.length===0)return'<p class=\"muted\">No measured run reconciles an estimate yet.</p>';const t=e.pairs.map(e=>`<tr><td>${escapeHtml(e.run)}</td><td><code>${escapeHtml(e.manifest)}</code></td>${massCell(e.estimatedKg)}${massCell(e.measuredKg)}<td class=\"n\">${e.ratio===undefined?\"–\":escapeHtml(formatRatio(e.ratio))}</td></tr>`).join(\"\\n\");const n=e.pairs.reduce((e,t)=>e+t.estimatedKg,0);const s=e.pairs.reduce((e,t)=>e+t.measuredKg,0);return`<table id=\"estimate-vs-measured\"><thead><tr><th>Run</th><th>Manifest</th><th>Estimated</th><th>Measured</th><th>Measured ÷ estimated</th></tr></thead>\\n<tbody>${t}</tbody>\\n<tfoot><tr><th scope=\"row\" colspan=\"2\">All ${e.pairs.length} pairs</th>${massCell(n)}${massCell(s)}<td class=\"n\">${n>0?escapeHtml(formatRatio(s/n)):\"–\"}</td></tr></tfoot></table>`}function chartData(e,t){const n=e.window;const s=n!==undefined&&n.budget.emissionsKg===undefined&&n.budget.energyKWh!==undefined;const r=s?\"kWh\":\"kg\";const sec=e=>Math.floor(e/1e3);let i;let o;let a;let c;let l;if(n){i=n.cumulative.map(e=>({atMs:e.atMs,v:s?e.kWh:e.kg}));o=n.spend.bounds.startMs;a=Math.max(n.spend.bounds.endMs,t);c=s?n.budget.energyKWh:n.budget.emissionsKg;l=s?n.projectedKWh:n.projectedKg}else{i=e.cumulative.map(e=>({atMs:e.atMs,v:e.kg}));o=Math.min(t,e.cumulative[0]?.atMs??t);a=t}const h=[sec(o)];const f=[0];for(const e of i){h.push(sec(e.atMs));f.push(e.v)}const u=f[f.length-1]??0;h.push(sec(Math.min(t,a)));f.push(u);if(a>t){h.push(sec(a));f.push(null)}const d=l===undefined?undefined:h.map((e,t)=>t===h.length-2?u:t===h.length-1?l:null);return{unit:r,cumulative:{x:h,spent:f,limit:c===undefined?undefined:h.map(()=>c),projection:d},months:{keys:e.months.map(e=>e.month),values:e.months.map(e=>s?e.energyKWh:e.emissionsKg)}}}function dashboardContent(e,t,n={kind:\"embedded\"}){const s=summariseDashboard(e,t);const r=t.repo?` — ${escapeHtml(t.repo)}`:\"\";const i=new Date(t.nowMs).toISOString().replace(/\\.\\d{3}Z$/,\"Z\");const o=n.kind===\"shards\"?`Read ${i} from the ledger branch's shards: ${e.length} ledger record(s).`:`Generated ${i} from ${e.length} ledger record(s).`;const a=n.warning?`\\n<p id=\"ledger-warning\" class=\"bad\">${escapeHtml(n.warning)}</p>`:\"\";const c=`<h1>Carbon ledger${r}</h1>\\n<p class=\"muted\" id=\"ledger-origin\" data-origin=\"${n.kind}\">${o} A measured run replaces the estimate it reconciles (${s.superseded} estimate(s) not counted twice).</p>${a}\\n<div class=\"cards\">\\n<div class=\"card\">Emissions<b id=\"total-kg\"${num(\"kg\",s.total.emissionsKg)}>${escapeHtml(formatMass(s.total.emissionsKg))}</b></div>\\n<div class=\"card\">Energy<b id=\"total-kwh\"${num(\"kwh\",s.total.energyKWh)}>${escapeHtml(formatEnergy(s.total.energyKWh))}</b></div>\\n<div class=\"card\">Runs<b id=\"total-runs\">${s.total.records}</b><span class=\"muted\">${s.measured} measured, ${s.estimated} estimated</span></div>\\n</div>\\n<p id=\"chart-error\" hidden></p>\\n${budgetSection(s)}\\n<section id=\"months\"><h2>Spend by month</h2><div id=\"chart-months\" class=\"chart\"></div>\\n${spendTable(\"by-month\",\"Month (UTC)\",s.months.map(e=>({key:e.month,...e})),s.total)}</section>\\n<section id=\"paths\"><h2>Spend by path</h2>\\n${spendTable(\"by-path\",\"Top-level folder\",s.byPath.map(e=>({key:e.path,...e})),s.total)}</section>\\n<section id=\"largest\"><h2>Largest runs</h2>\\n${largestTable(s)}</section>\\n<section id=\"reconcile\"><h2>Estimate vs measured</h2>\\n${pairsTable(s)}</section>`;return{main:c,chart:chartData(s,t.nowMs)}}function contentFromShards(e,t){const n=parseLedger(e.map(e=>({file:e.file,text:e.text})));const s=verifyLedger(n);const r=s.diagnostics[0];const i=s.ok?undefined:`The ledger does not verify${r?` (${formatDiagnostic(r)})`:\"\"}; the figures are of the records that parse. Run \\`carbon-gate ledger verify\\`.`;return dashboardContent(n.entries.map(e=>e.record),t,{kind:\"shards\",...i===undefined?{}:{warning:i}})}globalThis.carbonGateLedger={contentFromShards:contentFromShards};";

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(6745);
// EXTERNAL MODULE: ./src/core/policy/paths.ts
var paths = __webpack_require__(4654);
;// CONCATENATED MODULE: ./src/core/render/dashboard/summary.ts



/**
 * The budget line the dashboard draws: the policy's first `scope: window` rule (the CLI's page and
 * the ledger branch's page agree on it), or undefined when the policy has none.
 */
function dashboardBudget(rules) {
    const rule = rules.find((r) => r.scope === 'window' && r.window !== undefined);
    if (!rule?.window)
        return undefined;
    return {
        name: rule.name,
        window: rule.window,
        ...(rule.emissionsKg !== undefined ? { emissionsKg: rule.emissionsKg } : {}),
        ...(rule.energyKWh !== undefined ? { energyKWh: rule.energyKWh } : {}),
        ...(rule.paths ? { paths: rule.paths } : {})
    };
}
/** Top-level folder of a repo-relative manifest path; `.` for a file at the root. */
function pathGroup(manifest) {
    const parts = manifest.replace(/^\.\//, '').split('/');
    return parts.length > 1 && parts[0] !== '' ? parts[0] : '.';
}
/** Counted records with spentAt in [fromMs, untilMs], added up in time order. */
function accumulate(counted, fromMs, untilMs) {
    const inRange = counted
        .map((r) => ({ r, atMs: Date.parse(r.spentAt) }))
        .filter(({ atMs }) => atMs >= fromMs && atMs <= untilMs)
        .sort((a, b) => a.atMs - b.atMs);
    let kg = 0;
    let kWh = 0;
    return inRange.map(({ r, atMs }) => {
        kg += r.emissionsKg;
        kWh += r.energyKWh;
        return { atMs, kg, kWh };
    });
}
function windowSummary(records, counted, budget, nowMs) {
    const spend = (0,ledger_window/* windowSpend */.Pu)(records, budget.window, nowMs, budget.paths);
    const selects = (0,paths/* pathMatcher */.kZ)(budget.paths);
    const { startMs, endMs } = spend.bounds;
    const out = {
        budget,
        label: (0,ledger_window/* windowLabel */.Hf)(budget.window),
        spend,
        cumulative: accumulate(counted.filter((r) => selects(r.manifest)), startMs, nowMs)
    };
    if (budget.emissionsKg !== undefined)
        out.remainingKg = budget.emissionsKg - spend.emissionsKg;
    if (budget.energyKWh !== undefined)
        out.remainingKWh = budget.energyKWh - spend.energyKWh;
    const elapsedMs = nowMs - startMs;
    if (endMs > nowMs && elapsedMs > 0) {
        const scale = (endMs - startMs) / elapsedMs;
        out.projectedKg = spend.emissionsKg * scale;
        out.projectedKWh = spend.energyKWh * scale;
    }
    return out;
}
/** The dashboard's figures from the ledger's records, as of `nowMs` (the adapter's clock). */
function summariseDashboard(records, options) {
    const reconciled = (0,ledger_window/* reconciledEstimates */.aW)(records);
    const counted = records.filter((r) => !reconciled.has(r.id));
    const paths = new Map();
    for (const r of counted) {
        const key = pathGroup(r.manifest);
        const t = paths.get(key) ?? { emissionsKg: 0, energyKWh: 0, records: 0 };
        t.emissionsKg += r.emissionsKg;
        t.energyKWh += r.energyKWh;
        t.records++;
        paths.set(key, t);
    }
    const summary = {
        ...summarizeLedger(records, options.nowMs),
        byPath: [...paths]
            .map(([path, t]) => ({ path, ...t }))
            .sort((a, b) => b.emissionsKg - a.emissionsKg || (a.path < b.path ? -1 : 1)),
        cumulative: accumulate(counted, -Infinity, options.nowMs),
        superseded: records.length - counted.length,
        measured: counted.filter((r) => r.method === 'measured').length,
        estimated: counted.filter((r) => r.method === 'estimated').length
    };
    if (options.budget)
        summary.window = windowSummary(records, counted, options.budget, options.nowMs);
    return summary;
}

;// CONCATENATED MODULE: ./src/core/render/dashboard/main.ts
/**
 * The dashboard's content, shared by the page builder (index.ts, at write time) and the page's own
 * script (live.ts, bundled into the page: over http(s) it re-reads the ledger's shards and redraws
 * with this same code, so both show the same figures the same way). Pure: no I/O, no DOM; and it
 * must not import the generated modules (uPlot, the bundled live script), which the bundle of
 * live.ts would otherwise swallow.
 *
 * Every run name, manifest path, repository name and title comes from people who can open a pull
 * request, so all of it is escaped for HTML ({@link escapeHtml}).
 */



/**
 * Makes untrusted text safe as HTML text or a quoted attribute value: control, bidirectional and
 * invisible characters shown as visible escapes ({@link escapeControl}), then `& < > " '` as
 * entities.
 */
function escapeHtml(text) {
    return (0,render_escape/* escapeControl */.hN)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** A number as a data attribute: full precision, for tests and scripts that read the page. */
function num(name, value) {
    return ` data-${name}="${String(value)}"`;
}
function massCell(kg) {
    return `<td class="n"${num('kg', kg)}>${escapeHtml((0,format/* formatMass */.so)(kg))}</td>`;
}
function energyCell(kWh) {
    return `<td class="n"${num('kwh', kWh)}>${escapeHtml((0,format/* formatEnergy */.QE)(kWh))}</td>`;
}
/** A horizontal bar, its length the share of the largest value. */
function bar(value, max) {
    const pct = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
    return `<td class="bar"><span style="width:${pct.toFixed(1)}%"></span></td>`;
}
function spendTable(id, heading, rows, total) {
    const max = rows.reduce((m, r) => Math.max(m, r.emissionsKg), 0);
    const body = rows
        .map((r) => `<tr data-key="${escapeHtml(r.key)}"><th scope="row">${escapeHtml(r.key)}</th>${massCell(r.emissionsKg)}${energyCell(r.energyKWh)}<td class="n">${r.records}</td>${bar(r.emissionsKg, max)}</tr>`)
        .join('\n');
    return `<table id="${id}"><thead><tr><th>${heading}</th><th>Emissions</th><th>Energy</th><th>Runs</th><th></th></tr></thead>
<tbody>${body}</tbody>
<tfoot><tr><th scope="row">Total</th>${massCell(total.emissionsKg)}${energyCell(total.energyKWh)}<td class="n">${total.records}</td><td></td></tr></tfoot></table>`;
}
function budgetSection(s) {
    const w = s.window;
    if (!w) {
        return `<section id="budget"><h2>Cumulative spend</h2><div id="chart-cumulative" class="chart"></div>
<p class="muted">No window budget was given: the chart shows all recorded spend.</p></section>`;
    }
    const b = w.budget;
    const { startMs, endMs, nowMs } = w.spend.bounds;
    const rows = [];
    const day = (ms) => new Date(ms).toISOString().slice(0, 10);
    const until = endMs > nowMs ? `${day(endMs - 1)} (calendar)` : `${day(nowMs)} (rolling: ends now)`;
    rows.push(`<tr><th scope="row">Window</th><td id="window-bounds">${escapeHtml(w.label)}: ${day(startMs)} to ${until}</td></tr>`);
    if (w.spend.oldestLeavesMs !== undefined) {
        rows.push(`<tr><th scope="row">Oldest spending leaves the window</th><td id="window-oldest-leaves">${day(w.spend.oldestLeavesMs)}</td></tr>`);
    }
    const line = (label, cell) => rows.push(`<tr><th scope="row">${label}</th>${cell}</tr>`);
    if (b.emissionsKg !== undefined) {
        line('Emissions limit', massCell(b.emissionsKg));
        line('Emissions spent', massCell(w.spend.emissionsKg).replace('<td', '<td id="window-spent-kg"'));
        line('Emissions remaining', massCell(w.remainingKg ?? 0).replace('<td', '<td id="window-remaining-kg"'));
        if (w.projectedKg !== undefined) {
            const share = b.emissionsKg > 0 ? ` (${escapeHtml((0,format/* formatPercent */.l9)(w.projectedKg / b.emissionsKg))} of the limit)` : '';
            line('Projected at the window’s end', massCell(w.projectedKg).replace('<td', '<td id="window-projected-kg"').replace('</td>', `${share}</td>`));
        }
    }
    if (b.energyKWh !== undefined) {
        line('Energy limit', energyCell(b.energyKWh));
        line('Energy spent', energyCell(w.spend.energyKWh).replace('<td', '<td id="window-spent-kwh"'));
        line('Energy remaining', energyCell(w.remainingKWh ?? 0).replace('<td', '<td id="window-remaining-kwh"'));
        if (w.projectedKWh !== undefined) {
            line('Projected energy at the window’s end', energyCell(w.projectedKWh).replace('<td', '<td id="window-projected-kwh"'));
        }
    }
    const over = (w.remainingKg !== undefined && w.remainingKg < 0) || (w.remainingKWh !== undefined && w.remainingKWh < 0);
    return `<section id="budget"><h2>Budget “${escapeHtml(b.name)}”: ${over ? '<span class="bad">over budget</span>' : 'within budget'}</h2>
<div id="chart-cumulative" class="chart"></div>
<table class="kv">${rows.join('\n')}</table></section>`;
}
function largestTable(s) {
    const rows = s.largest
        .map((r) => `<tr><td>${escapeHtml(r.run)}</td><td><code>${escapeHtml(r.manifest)}</code></td><td>${escapeHtml(r.method)}</td>${massCell(r.emissionsKg)}${energyCell(r.energyKWh)}<td><code>${escapeHtml(r.commit.slice(0, 7))}</code>${r.pr === null ? '' : ` #${r.pr}`}</td><td>${escapeHtml(r.spentAt.slice(0, 10))}</td></tr>`)
        .join('\n');
    return `<table id="largest-runs"><thead><tr><th>Run</th><th>Manifest</th><th>Method</th><th>Emissions</th><th>Energy</th><th>Commit</th><th>Spent</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}
function pairsTable(s) {
    if (s.pairs.length === 0)
        return '<p class="muted">No measured run reconciles an estimate yet.</p>';
    const rows = s.pairs
        .map((p) => `<tr><td>${escapeHtml(p.run)}</td><td><code>${escapeHtml(p.manifest)}</code></td>${massCell(p.estimatedKg)}${massCell(p.measuredKg)}<td class="n">${p.ratio === undefined ? '–' : escapeHtml((0,format/* formatRatio */.B0)(p.ratio))}</td></tr>`)
        .join('\n');
    const est = s.pairs.reduce((a, p) => a + p.estimatedKg, 0);
    const meas = s.pairs.reduce((a, p) => a + p.measuredKg, 0);
    return `<table id="estimate-vs-measured"><thead><tr><th>Run</th><th>Manifest</th><th>Estimated</th><th>Measured</th><th>Measured ÷ estimated</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row" colspan="2">All ${s.pairs.length} pairs</th>${massCell(est)}${massCell(meas)}<td class="n">${est > 0 ? escapeHtml((0,format/* formatRatio */.B0)(meas / est)) : '–'}</td></tr></tfoot></table>`;
}
/** The data the browser script charts (see client.ts). */
function chartData(s, nowMs) {
    const w = s.window;
    const useEnergy = w !== undefined && w.budget.emissionsKg === undefined && w.budget.energyKWh !== undefined;
    const unit = useEnergy ? 'kWh' : 'kg';
    const sec = (ms) => Math.floor(ms / 1000);
    let points;
    let startMs;
    let endMs;
    let limit;
    let projected;
    if (w) {
        points = w.cumulative.map((c) => ({ atMs: c.atMs, v: useEnergy ? c.kWh : c.kg }));
        startMs = w.spend.bounds.startMs;
        endMs = Math.max(w.spend.bounds.endMs, nowMs);
        limit = useEnergy ? w.budget.energyKWh : w.budget.emissionsKg;
        projected = useEnergy ? w.projectedKWh : w.projectedKg;
    }
    else {
        // No budget: all counted spend, from the first record to now.
        points = s.cumulative.map((c) => ({ atMs: c.atMs, v: c.kg }));
        startMs = Math.min(nowMs, s.cumulative[0]?.atMs ?? nowMs);
        endMs = nowMs;
    }
    const x = [sec(startMs)];
    const spent = [0];
    for (const p of points) {
        x.push(sec(p.atMs));
        spent.push(p.v);
    }
    const last = spent[spent.length - 1] ?? 0;
    x.push(sec(Math.min(nowMs, endMs)));
    spent.push(last);
    if (endMs > nowMs) {
        x.push(sec(endMs));
        spent.push(null);
    }
    const projection = projected === undefined
        ? undefined
        : x.map((_, i) => (i === x.length - 2 ? last : i === x.length - 1 ? projected : null));
    return {
        unit,
        cumulative: {
            x,
            spent,
            limit: limit === undefined ? undefined : x.map(() => limit),
            projection
        },
        months: {
            keys: s.months.map((m) => m.month),
            values: s.months.map((m) => (useEnergy ? m.energyKWh : m.emissionsKg))
        }
    };
}
/** The content for `records` as of `options.nowMs`. Pure: the same input gives the same output. */
function dashboardContent(records, options, origin = { kind: 'embedded' }) {
    const s = summariseDashboard(records, options);
    const repo = options.repo ? ` — ${escapeHtml(options.repo)}` : '';
    const at = new Date(options.nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const source = origin.kind === 'shards'
        ? `Read ${at} from the ledger branch's shards: ${records.length} ledger record(s).`
        : `Generated ${at} from ${records.length} ledger record(s).`;
    const warning = origin.warning ? `\n<p id="ledger-warning" class="bad">${escapeHtml(origin.warning)}</p>` : '';
    const main = `<h1>Carbon ledger${repo}</h1>
<p class="muted" id="ledger-origin" data-origin="${origin.kind}">${source} A measured run replaces the estimate it reconciles (${s.superseded} estimate(s) not counted twice).</p>${warning}
<div class="cards">
<div class="card">Emissions<b id="total-kg"${num('kg', s.total.emissionsKg)}>${escapeHtml((0,format/* formatMass */.so)(s.total.emissionsKg))}</b></div>
<div class="card">Energy<b id="total-kwh"${num('kwh', s.total.energyKWh)}>${escapeHtml((0,format/* formatEnergy */.QE)(s.total.energyKWh))}</b></div>
<div class="card">Runs<b id="total-runs">${s.total.records}</b><span class="muted">${s.measured} measured, ${s.estimated} estimated</span></div>
</div>
<p id="chart-error" hidden></p>
${budgetSection(s)}
<section id="months"><h2>Spend by month</h2><div id="chart-months" class="chart"></div>
${spendTable('by-month', 'Month (UTC)', s.months.map((m) => ({ key: m.month, ...m })), s.total)}</section>
<section id="paths"><h2>Spend by path</h2>
${spendTable('by-path', 'Top-level folder', s.byPath.map((p) => ({ key: p.path, ...p })), s.total)}</section>
<section id="largest"><h2>Largest runs</h2>
${largestTable(s)}</section>
<section id="reconcile"><h2>Estimate vs measured</h2>
${pairsTable(s)}</section>`;
    return { main, chart: chartData(s, options.nowMs) };
}

;// CONCATENATED MODULE: ./src/core/render/dashboard/uplot.generated.ts
// GENERATED by scripts/generate-dashboard-vendor.mjs — do not edit; update the uplot devDependency and re-run it.
// uPlot 1.6.32 (https://github.com/leeoniya/uPlot), MIT licence, © Leon Sorokin: LICENSES/MIT-uPlot.txt.
/** The uPlot version inlined. */
const UPLOT_VERSION = "1.6.32";
/** uPlot's minified browser build (defines the global `uPlot`). */
const UPLOT_JS = "/*! https://github.com/leeoniya/uPlot (v1.6.32) */\nvar uPlot=function(){\"use strict\";const l=\"u-off\",e=\"u-label\",t=\"width\",n=\"height\",i=\"top\",o=\"bottom\",s=\"left\",r=\"right\",u=\"#000\",a=u+\"0\",f=\"mousemove\",c=\"mousedown\",h=\"mouseup\",d=\"mouseenter\",p=\"mouseleave\",m=\"dblclick\",g=\"change\",x=\"dppxchange\",w=\"--\",_=\"undefined\"!=typeof window,b=_?document:null,v=_?window:null,k=_?navigator:null;let y,M;function S(l,e){if(null!=e){let t=l.classList;!t.contains(e)&&t.add(e)}}function T(l,e){let t=l.classList;t.contains(e)&&t.remove(e)}function E(l,e,t){l.style[e]=t+\"px\"}function z(l,e,t,n){let i=b.createElement(l);return null!=e&&S(i,e),null!=t&&t.insertBefore(i,n),i}function D(l,e){return z(\"div\",l,e)}const P=new WeakMap;function A(e,t,n,i,o){let s=\"translate(\"+t+\"px,\"+n+\"px)\";s!=P.get(e)&&(e.style.transform=s,P.set(e,s),0>t||0>n||t>i||n>o?S(e,l):T(e,l))}const W=new WeakMap;function Y(l,e,t){let n=e+t;n!=W.get(l)&&(W.set(l,n),l.style.background=e,l.style.borderColor=t)}const C=new WeakMap;function H(l,e,t,n){let i=e+\"\"+t;i!=C.get(l)&&(C.set(l,i),l.style.height=t+\"px\",l.style.width=e+\"px\",l.style.marginLeft=n?-e/2+\"px\":0,l.style.marginTop=n?-t/2+\"px\":0)}const F={passive:!0},R={...F,capture:!0};function G(l,e,t,n){e.addEventListener(l,t,n?R:F)}function I(l,e,t){e.removeEventListener(l,t,F)}function L(l,e,t,n){let i;t=t||0;let o=2147483647>=(n=n||e.length-1);for(;n-t>1;)i=o?t+n>>1:sl((t+n)/2),l>e[i]?t=i:n=i;return l-e[t]>e[n]-l?n:t}function O(l){return(e,t,n)=>{let i=-1,o=-1;for(let o=t;n>=o;o++)if(l(e[o])){i=o;break}for(let i=n;i>=t;i--)if(l(e[i])){o=i;break}return[i,o]}}_&&function l(){let e=devicePixelRatio;y!=e&&(y=e,M&&I(g,M,l),M=matchMedia(`(min-resolution: ${y-.001}dppx) and (max-resolution: ${y+.001}dppx)`),G(g,M,l),v.dispatchEvent(new CustomEvent(x)))}();const N=l=>null!=l,j=l=>null!=l&&l>0,U=O(N),V=O(j);function B(l,e,t,n){let i=hl(l),o=hl(e);l==e&&(-1==i?(l*=t,e/=t):(l/=t,e*=t));let s=10==t?dl:pl,r=1==o?ul:sl,u=(1==i?sl:ul)(s(ol(l))),a=r(s(ol(e))),f=cl(t,u),c=cl(t,a);return 10==t&&(0>u&&(f=Al(f,-u)),0>a&&(c=Al(c,-a))),n||2==t?(l=f*i,e=c*o):(l=Pl(l,f),e=Dl(e,c)),[l,e]}function $(l,e,t,n){let i=B(l,e,t,n);return 0==l&&(i[0]=0),0==e&&(i[1]=0),i}const J=.1,q={mode:3,pad:J},K={pad:0,soft:null,mode:0},X={min:K,max:K};function Z(l,e,t,n){return Ol(t)?ll(l,e,t):(K.pad=t,K.soft=n?0:null,K.mode=n?3:0,ll(l,e,X))}function Q(l,e){return null==l?e:l}function ll(l,e,t){let n=t.min,i=t.max,o=Q(n.pad,0),s=Q(i.pad,0),r=Q(n.hard,-gl),u=Q(i.hard,gl),a=Q(n.soft,gl),f=Q(i.soft,-gl),c=Q(n.mode,0),h=Q(i.mode,0),d=e-l,p=dl(d),m=fl(ol(l),ol(e)),g=dl(m),x=ol(g-p);(1e-24>d||x>10)&&(d=0,0!=l&&0!=e||(d=1e-24,2==c&&a!=gl&&(o=0),2==h&&f!=-gl&&(s=0)));let w=d||m||1e3,_=dl(w),b=cl(10,sl(_)),v=Al(Pl(l-w*(0==d?0==l?.1:1:o),b/10),24),k=a>l||1!=c&&(3!=c||v>a)&&(2!=c||a>v)?gl:a,y=fl(r,k>v&&l>=k?k:al(k,v)),M=Al(Dl(e+w*(0==d?0==e?.1:1:s),b/10),24),S=e>f||1!=h&&(3!=h||f>M)&&(2!=h||M>f)?-gl:f,T=al(u,M>S&&S>=e?S:fl(S,M));return y==T&&0==y&&(T=100),[y,T]}const el=new Intl.NumberFormat(_?k.language:\"en-US\"),tl=l=>el.format(l),nl=Math,il=nl.PI,ol=nl.abs,sl=nl.floor,rl=nl.round,ul=nl.ceil,al=nl.min,fl=nl.max,cl=nl.pow,hl=nl.sign,dl=nl.log10,pl=nl.log2,ml=(l,e=1)=>nl.asinh(l/e),gl=1/0;function xl(l){return 1+(0|dl((l^l>>31)-(l>>31)))}function wl(l,e,t){return al(fl(l,e),t)}function _l(l){return\"function\"==typeof l}function bl(l){return _l(l)?l:()=>l}const vl=l=>l,kl=(l,e)=>e,yl=()=>null,Ml=()=>!0,Sl=(l,e)=>l==e,Tl=/\\.\\d*?(?=9{6,}|0{6,})/gm,El=l=>{if(Il(l)||Wl.has(l))return l;const e=\"\"+l,t=e.match(Tl);if(null==t)return l;let n=t[0].length-1;if(-1!=e.indexOf(\"e-\")){let[l,t]=e.split(\"e\");return+`${El(l)}e${t}`}return Al(l,n)};function zl(l,e){return El(Al(El(l/e))*e)}function Dl(l,e){return El(ul(El(l/e))*e)}function Pl(l,e){return El(sl(El(l/e))*e)}function Al(l,e=0){if(Il(l))return l;let t=10**e;return rl(l*t*(1+Number.EPSILON))/t}const Wl=new Map;function Yl(l){return((\"\"+l).split(\".\")[1]||\"\").length}function Cl(l,e,t,n){let i=[],o=n.map(Yl);for(let s=e;t>s;s++){let e=ol(s),t=Al(cl(l,s),e);for(let r=0;n.length>r;r++){let u=10==l?+`${n[r]}e${s}`:n[r]*t,a=(0>s?e:0)+(o[r]>s?o[r]:0),f=10==l?u:Al(u,a);i.push(f),Wl.set(f,a)}}return i}const Hl={},Fl=[],Rl=[null,null],Gl=Array.isArray,Il=Number.isInteger;function Ll(l){return\"string\"==typeof l}function Ol(l){let e=!1;if(null!=l){let t=l.constructor;e=null==t||t==Object}return e}function Nl(l){return null!=l&&\"object\"==typeof l}const jl=Object.getPrototypeOf(Uint8Array),Ul=\"__proto__\";function Vl(l,e=Ol){let t;if(Gl(l)){let n=l.find((l=>null!=l));if(Gl(n)||e(n)){t=Array(l.length);for(let n=0;l.length>n;n++)t[n]=Vl(l[n],e)}else t=l.slice()}else if(l instanceof jl)t=l.slice();else if(e(l)){t={};for(let n in l)n!=Ul&&(t[n]=Vl(l[n],e))}else t=l;return t}function Bl(l){let e=arguments;for(let t=1;e.length>t;t++){let n=e[t];for(let e in n)e!=Ul&&(Ol(l[e])?Bl(l[e],Vl(n[e])):l[e]=Vl(n[e]))}return l}function $l(l,e,t){for(let n,i=0,o=-1;e.length>i;i++){let s=e[i];if(s>o){for(n=s-1;n>=0&&null==l[n];)l[n--]=null;for(n=s+1;t>n&&null==l[n];)l[o=n++]=null}}}const Jl=\"undefined\"==typeof queueMicrotask?l=>Promise.resolve().then(l):queueMicrotask,ql=[\"January\",\"February\",\"March\",\"April\",\"May\",\"June\",\"July\",\"August\",\"September\",\"October\",\"November\",\"December\"],Kl=[\"Sunday\",\"Monday\",\"Tuesday\",\"Wednesday\",\"Thursday\",\"Friday\",\"Saturday\"];function Xl(l){return l.slice(0,3)}const Zl=Kl.map(Xl),Ql=ql.map(Xl),le={MMMM:ql,MMM:Ql,WWWW:Kl,WWW:Zl};function ee(l){return(10>l?\"0\":\"\")+l}const te={YYYY:l=>l.getFullYear(),YY:l=>(l.getFullYear()+\"\").slice(2),MMMM:(l,e)=>e.MMMM[l.getMonth()],MMM:(l,e)=>e.MMM[l.getMonth()],MM:l=>ee(l.getMonth()+1),M:l=>l.getMonth()+1,DD:l=>ee(l.getDate()),D:l=>l.getDate(),WWWW:(l,e)=>e.WWWW[l.getDay()],WWW:(l,e)=>e.WWW[l.getDay()],HH:l=>ee(l.getHours()),H:l=>l.getHours(),h:l=>{let e=l.getHours();return 0==e?12:e>12?e-12:e},AA:l=>12>l.getHours()?\"AM\":\"PM\",aa:l=>12>l.getHours()?\"am\":\"pm\",a:l=>12>l.getHours()?\"a\":\"p\",mm:l=>ee(l.getMinutes()),m:l=>l.getMinutes(),ss:l=>ee(l.getSeconds()),s:l=>l.getSeconds(),fff:l=>function(l){return(10>l?\"00\":100>l?\"0\":\"\")+l}(l.getMilliseconds())};function ne(l,e){e=e||le;let t,n=[],i=/\\{([a-z]+)\\}|[^{]+/gi;for(;t=i.exec(l);)n.push(\"{\"==t[0][0]?te[t[1]]:t[0]);return l=>{let t=\"\";for(let i=0;n.length>i;i++)t+=\"string\"==typeof n[i]?n[i]:n[i](l,e);return t}}const ie=(new Intl.DateTimeFormat).resolvedOptions().timeZone,oe=l=>l%1==0,se=[1,2,2.5,5],re=Cl(10,-32,0,se),ue=Cl(10,0,32,se),ae=ue.filter(oe),fe=re.concat(ue),ce=\"{YYYY}\",he=\"\\n\"+ce,de=\"{M}/{D}\",pe=\"\\n\"+de,me=pe+\"/{YY}\",ge=\"{aa}\",xe=\"{h}:{mm}\"+ge,we=\"\\n\"+xe,_e=\":{ss}\",be=null;function ve(l){let e=1e3*l,t=60*e,n=60*t,i=24*n,o=30*i,s=365*i;return[(1==l?Cl(10,0,3,se).filter(oe):Cl(10,-3,0,se)).concat([e,5*e,10*e,15*e,30*e,t,5*t,10*t,15*t,30*t,n,2*n,3*n,4*n,6*n,8*n,12*n,i,2*i,3*i,4*i,5*i,6*i,7*i,8*i,9*i,10*i,15*i,o,2*o,3*o,4*o,6*o,s,2*s,5*s,10*s,25*s,50*s,100*s]),[[s,ce,be,be,be,be,be,be,1],[28*i,\"{MMM}\",he,be,be,be,be,be,1],[i,de,he,be,be,be,be,be,1],[n,\"{h}\"+ge,me,be,pe,be,be,be,1],[t,xe,me,be,pe,be,be,be,1],[e,_e,me+\" \"+xe,be,pe+\" \"+xe,be,we,be,1],[l,_e+\".{fff}\",me+\" \"+xe,be,pe+\" \"+xe,be,we,be,1]],function(e){return(r,u,a,f,c,h)=>{let d=[],p=c>=s,m=c>=o&&s>c,g=e(a),x=Al(g*l,3),w=Pe(g.getFullYear(),p?0:g.getMonth(),m||p?1:g.getDate()),_=Al(w*l,3);if(m||p){let t=m?c/o:0,n=p?c/s:0,i=x==_?x:Al(Pe(w.getFullYear()+n,w.getMonth()+t,1)*l,3),r=new Date(rl(i/l)),u=r.getFullYear(),a=r.getMonth();for(let o=0;f>=i;o++){let s=Pe(u+n*o,a+t*o,1),r=s-e(Al(s*l,3));i=Al((+s+r)*l,3),i>f||d.push(i)}}else{let o=i>c?c:i,s=_+(sl(a)-sl(x))+Dl(x-_,o);d.push(s);let p=e(s),m=p.getHours()+p.getMinutes()/t+p.getSeconds()/n,g=c/n,w=h/r.axes[u]._space;for(;s=Al(s+c,1==l?0:3),f>=s;)if(g>1){let l=sl(Al(m+g,6))%24,t=e(s).getHours()-l;t>1&&(t=-1),s-=t*n,m=(m+g)%24,.7>Al((s-d[d.length-1])/c,3)*w||d.push(s)}else d.push(s)}return d}}]}const[ke,ye,Me]=ve(1),[Se,Te,Ee]=ve(.001);function ze(l,e){return l.map((l=>l.map(((t,n)=>0==n||8==n||null==t?t:e(1==n||0==l[8]?t:l[1]+t)))))}function De(l,e){return(t,n,i,o,s)=>{let r,u,a,f,c,h,d=e.find((l=>s>=l[0]))||e[e.length-1];return n.map((e=>{let t=l(e),n=t.getFullYear(),i=t.getMonth(),o=t.getDate(),s=t.getHours(),p=t.getMinutes(),m=t.getSeconds(),g=n!=r&&d[2]||i!=u&&d[3]||o!=a&&d[4]||s!=f&&d[5]||p!=c&&d[6]||m!=h&&d[7]||d[1];return r=n,u=i,a=o,f=s,c=p,h=m,g(t)}))}}function Pe(l,e,t){return new Date(l,e,t)}function Ae(l,e){return e(l)}function We(l,e){return(t,n,i,o)=>null==o?w:e(l(n))}Cl(2,-53,53,[1]);const Ye={show:!0,live:!0,isolate:!1,mount:()=>{},markers:{show:!0,width:2,stroke:function(l,e){let t=l.series[e];return t.width?t.stroke(l,e):t.points.width?t.points.stroke(l,e):null},fill:function(l,e){return l.series[e].fill(l,e)},dash:\"solid\"},idx:null,idxs:null,values:[]},Ce=[0,0];function He(l,e,t,n=!0){return l=>{0==l.button&&(!n||l.target==e)&&t(l)}}function Fe(l,e,t,n=!0){return l=>{(!n||l.target==e)&&t(l)}}const Re={show:!0,x:!0,y:!0,lock:!1,move:function(l,e,t){return Ce[0]=e,Ce[1]=t,Ce},points:{one:!1,show:function(l,e){let i=l.cursor.points,o=D(),s=i.size(l,e);E(o,t,s),E(o,n,s);let r=s/-2;E(o,\"marginLeft\",r),E(o,\"marginTop\",r);let u=i.width(l,e,s);return u&&E(o,\"borderWidth\",u),o},size:function(l,e){return l.series[e].points.size},width:0,stroke:function(l,e){let t=l.series[e].points;return t._stroke||t._fill},fill:function(l,e){let t=l.series[e].points;return t._fill||t._stroke}},bind:{mousedown:He,mouseup:He,click:He,dblclick:He,mousemove:Fe,mouseleave:Fe,mouseenter:Fe},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(l,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(l,e,t,n,i)=>n-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ge={show:!0,stroke:\"rgba(0,0,0,0.07)\",width:2},Ie=Bl({},Ge,{filter:kl}),Le=Bl({},Ie,{size:10}),Oe=Bl({},Ge,{show:!1}),Ne='12px system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif, \"Apple Color Emoji\", \"Segoe UI Emoji\", \"Segoe UI Symbol\", \"Noto Color Emoji\"',je=\"bold \"+Ne,Ue={show:!0,scale:\"x\",stroke:u,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:2,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},Ve={show:!0,scale:\"x\",auto:!1,sorted:1,min:gl,max:-gl,idxs:[]};function Be(l,e){return e.map((l=>null==l?\"\":tl(l)))}function $e(l,e,t,n,i,o,s){let r=[],u=Wl.get(i)||0;for(let l=t=s?t:Al(Dl(t,i),u);n>=l;l=Al(l+i,u))r.push(Object.is(l,-0)?0:l);return r}function Je(l,e,t,n,i){const o=[],s=l.scales[l.axes[e].scale].log,r=sl((10==s?dl:pl)(t));i=cl(s,r),10==s&&(i=fe[L(i,fe)]);let u=t,a=i*s;10==s&&(a=fe[L(a,fe)]);do{o.push(u),u+=i,10!=s||Wl.has(u)||(u=Al(u,Wl.get(i))),a>u||(a=(i=u)*s,10==s&&(a=fe[L(a,fe)]))}while(n>=u);return o}function qe(l,e,t,n,i){let o=l.scales[l.axes[e].scale].asinh,s=n>o?Je(l,e,fl(o,t),n,i):[o],r=0>n||t>0?[]:[0];return(-o>t?Je(l,e,fl(o,-n),-t,i):[o]).reverse().map((l=>-l)).concat(r,s)}const Ke=/./,Xe=/[12357]/,Ze=/[125]/,Qe=/1/,lt=(l,e,t,n)=>l.map(((l,i)=>4==e&&0==l||i%n==0&&t.test(l.toExponential()[0>l?1:0])?l:null));function et(l,e,t){let n=l.axes[t],i=n.scale,o=l.scales[i],s=l.valToPos,r=n._space,u=s(10,i),a=s(9,i)-u<r?s(7,i)-u<r?s(5,i)-u<r?Qe:Ze:Xe:Ke;if(a==Qe){let l=ol(s(1,i)-u);if(r>l)return lt(e.slice().reverse(),o.distr,a,ul(r/l)).reverse()}return lt(e,o.distr,a,1)}function tt(l,e,t){let n=l.axes[t],i=n.scale,o=n._space,s=l.valToPos,r=ol(s(1,i)-s(2,i));return o>r?lt(e.slice().reverse(),3,Ke,ul(o/r)).reverse():e}function nt(l,e,t,n){return null==n?w:null==e?\"\":tl(e)}const it={show:!0,scale:\"y\",stroke:u,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:3,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},ot={scale:null,auto:!0,sorted:0,min:gl,max:-gl},st=(l,e,t,n,i)=>i,rt={show:!0,auto:!0,sorted:0,gaps:st,alpha:1,facets:[Bl({},ot,{scale:\"x\"}),Bl({},ot,{scale:\"y\"})]},ut={scale:\"y\",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:st,alpha:1,points:{show:function(l,e){let{scale:t,idxs:n}=l.series[0],i=l._data[0],o=l.valToPos(i[n[0]],t,!0),s=l.valToPos(i[n[1]],t,!0);return ol(s-o)/(l.series[e].points.space*y)>=n[1]-n[0]},filter:null},values:null,min:gl,max:-gl,idxs:[],path:null,clip:null};function at(l,e,t){return t/10}const ft={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},ct=Bl({},ft,{time:!1,ori:1}),ht={};function dt(l){let e=ht[l];return e||(e={key:l,plots:[],sub(l){e.plots.push(l)},unsub(l){e.plots=e.plots.filter((e=>e!=l))},pub(l,t,n,i,o,s,r){for(let u=0;e.plots.length>u;u++)e.plots[u]!=t&&e.plots[u].pub(l,t,n,i,o,s,r)}},null!=l&&(ht[l]=e)),e}function pt(l,e,t){const n=l.mode,i=l.series[e],o=2==n?l._data[e]:l._data,s=l.scales,r=l.bbox;let u=o[0],a=2==n?o[1]:o[e],f=2==n?s[i.facets[0].scale]:s[l.series[0].scale],c=2==n?s[i.facets[1].scale]:s[i.scale],h=r.left,d=r.top,p=r.width,m=r.height,g=l.valToPosH,x=l.valToPosV;return 0==f.ori?t(i,u,a,f,c,g,x,h,d,p,m,kt,Mt,Tt,zt,Pt):t(i,u,a,f,c,x,g,d,h,m,p,yt,St,Et,Dt,At)}function mt(l,e){let t=0,n=0,i=Q(l.bands,Fl);for(let l=0;i.length>l;l++){let o=i[l];o.series[0]==e?t=o.dir:o.series[1]==e&&(n|=1==o.dir?1:2)}return[t,1==n?-1:2==n?1:3==n?2:0]}function gt(l,e,t,n,i){let o=l.series[e],s=l.scales[2==l.mode?o.facets[1].scale:o.scale];return-1==i?s.min:1==i?s.max:3==s.distr?1==s.dir?s.min:s.max:0}function xt(l,e,t,n,i,o){return pt(l,e,((l,e,s,r,u,a,f,c,h,d,p)=>{let m=l.pxRound;const g=0==r.ori?Mt:St;let x,w;1==r.dir*(0==r.ori?1:-1)?(x=t,w=n):(x=n,w=t);let _=m(a(e[x],r,d,c)),b=m(f(s[x],u,p,h)),v=m(a(e[w],r,d,c)),k=m(f(1==o?u.max:u.min,u,p,h)),y=new Path2D(i);return g(y,v,k),g(y,_,k),g(y,_,b),y}))}function wt(l,e,t,n,i,o){let s=null;if(l.length>0){s=new Path2D;const r=0==e?Tt:Et;let u=t;for(let e=0;l.length>e;e++){let t=l[e];if(t[1]>t[0]){let l=t[0]-u;l>0&&r(s,u,n,l,n+o),u=t[1]}}let a=t+i-u,f=10;a>0&&r(s,u,n-f/2,a,n+o+f)}return s}function _t(l,e,t,n,i,o,s){let r=[],u=l.length;for(let a=1==i?t:n;a>=t&&n>=a;a+=i)if(null===e[a]){let f=a,c=a;if(1==i)for(;++a<=n&&null===e[a];)c=a;else for(;--a>=t&&null===e[a];)c=a;let h=o(l[f]),d=c==f?h:o(l[c]),p=f-i;h=s>0||0>p||p>=u?h:o(l[p]);let m=c+i;d=0>s||0>m||m>=u?d:o(l[m]),h>d||r.push([h,d])}return r}function bt(l){return 0==l?vl:1==l?rl:e=>zl(e,l)}function vt(l){let e=0==l?kt:yt,t=0==l?(l,e,t,n,i,o)=>{l.arcTo(e,t,n,i,o)}:(l,e,t,n,i,o)=>{l.arcTo(t,e,i,n,o)},n=0==l?(l,e,t,n,i)=>{l.rect(e,t,n,i)}:(l,e,t,n,i)=>{l.rect(t,e,i,n)};return(l,i,o,s,r,u=0,a=0)=>{0==u&&0==a?n(l,i,o,s,r):(u=al(u,s/2,r/2),a=al(a,s/2,r/2),e(l,i+u,o),t(l,i+s,o,i+s,o+r,u),t(l,i+s,o+r,i,o+r,a),t(l,i,o+r,i,o,a),t(l,i,o,i+s,o,u),l.closePath())}}const kt=(l,e,t)=>{l.moveTo(e,t)},yt=(l,e,t)=>{l.moveTo(t,e)},Mt=(l,e,t)=>{l.lineTo(e,t)},St=(l,e,t)=>{l.lineTo(t,e)},Tt=vt(0),Et=vt(1),zt=(l,e,t,n,i,o)=>{l.arc(e,t,n,i,o)},Dt=(l,e,t,n,i,o)=>{l.arc(t,e,n,i,o)},Pt=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(e,t,n,i,o,s)},At=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(t,e,i,n,s,o)};function Wt(){return(l,e,t,n,i)=>pt(l,e,((e,o,s,r,u,a,f,c,h,d,p)=>{let m,g,{pxRound:x,points:w}=e;0==r.ori?(m=kt,g=zt):(m=yt,g=Dt);const _=Al(w.width*y,3);let b=(w.size-w.width)/2*y,v=Al(2*b,3),k=new Path2D,M=new Path2D,{left:S,top:T,width:E,height:z}=l.bbox;Tt(M,S-v,T-v,E+2*v,z+2*v);const D=l=>{if(null!=s[l]){let e=x(a(o[l],r,d,c)),t=x(f(s[l],u,p,h));m(k,e+b,t),g(k,e,t,b,0,2*il)}};if(i)i.forEach(D);else for(let l=t;n>=l;l++)D(l);return{stroke:_>0?k:null,fill:k,clip:M,flags:3}}))}function Yt(l){return(e,t,n,i,o,s)=>{n!=i&&(o!=n&&s!=n&&l(e,t,n),o!=i&&s!=i&&l(e,t,i),l(e,t,s))}}const Ct=Yt(Mt),Ht=Yt(St);function Ft(l){const e=Q(l?.alignGaps,0);return(l,t,n,i)=>pt(l,t,((o,s,r,u,a,f,c,h,d,p,m)=>{[n,i]=U(r,n,i);let g,x,w=o.pxRound,_=l=>w(f(l,u,p,h)),b=l=>w(c(l,a,m,d));0==u.ori?(g=Mt,x=Ct):(g=St,x=Ht);const v=u.dir*(0==u.ori?1:-1),k={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},y=k.stroke;let M=!1;if(i-n<4*p)for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let e=r[l];null===e?M=!0:null!=e&&g(y,_(s[l]),b(e))}else{let e,t,o,a=e=>l.posToVal(e,u.key,!0),f=null,c=null,h=_(s[1==v?n:i]),d=_(s[n]),p=_(s[i]),m=a(1==v?d+1:p-1);for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let n=s[l],i=(1==v?m>n:n>m)?h:_(n),o=r[l];i==h?null!=o?(t=o,null==f?(g(y,i,b(t)),e=f=c=t):f>t?f=t:t>c&&(c=t)):null===o&&(M=!0):(null!=f&&x(y,h,b(f),b(c),b(e),b(t)),null!=o?(t=o,g(y,i,b(t)),f=c=e=t):(f=c=null,null===o&&(M=!0)),h=i,m=a(h+v))}null!=f&&f!=c&&o!=h&&x(y,h,b(f),b(c),b(e),b(t))}let[S,T]=mt(l,t);if(null!=o.fill||0!=S){let e=k.fill=new Path2D(y),r=b(o.fillTo(l,t,o.min,o.max,S)),u=_(s[n]),a=_(s[i]);-1==v&&([a,u]=[u,a]),g(e,a,r),g(e,u,r)}if(!o.spanGaps){let a=[];M&&a.push(..._t(s,r,n,i,v,_,e)),k.gaps=a=o.gaps(l,t,n,i,a),k.clip=wt(a,u.ori,h,d,p,m)}return 0!=T&&(k.band=2==T?[xt(l,t,n,i,y,-1),xt(l,t,n,i,y,1)]:xt(l,t,n,i,y,T)),k}))}function Rt(l,e,t,n,i,o,s=gl){if(l.length>1){let r=null;for(let u=0,a=1/0;l.length>u;u++)if(void 0!==e[u]){if(null!=r){let e=ol(l[u]-l[r]);a>e&&(a=e,s=ol(t(l[u],n,i,o)-t(l[r],n,i,o)))}r=u}}return s}function Gt(l,e,t,n,i){const o=l.length;if(2>o)return null;const s=new Path2D;if(t(s,l[0],e[0]),2==o)n(s,l[1],e[1]);else{let t=Array(o),n=Array(o-1),r=Array(o-1),u=Array(o-1);for(let t=0;o-1>t;t++)r[t]=e[t+1]-e[t],u[t]=l[t+1]-l[t],n[t]=r[t]/u[t];t[0]=n[0];for(let l=1;o-1>l;l++)0===n[l]||0===n[l-1]||n[l-1]>0!=n[l]>0?t[l]=0:(t[l]=3*(u[l-1]+u[l])/((2*u[l]+u[l-1])/n[l-1]+(u[l]+2*u[l-1])/n[l]),isFinite(t[l])||(t[l]=0));t[o-1]=n[o-2];for(let n=0;o-1>n;n++)i(s,l[n]+u[n]/3,e[n]+t[n]*u[n]/3,l[n+1]-u[n]/3,e[n+1]-t[n+1]*u[n]/3,l[n+1],e[n+1])}return s}const It=new Set;function Lt(){for(let l of It)l.syncRect(!0)}_&&(G(\"resize\",v,Lt),G(\"scroll\",v,Lt,!0),G(x,v,(()=>{en.pxRatio=y})));const Ot=Ft(),Nt=Wt();function jt(l,e,t,n){return(n?[l[0],l[1]].concat(l.slice(2)):[l[0]].concat(l.slice(1))).map(((l,n)=>Ut(l,n,e,t)))}function Ut(l,e,t,n){return Bl({},0==e?t:n,l)}function Vt(l,e,t){return null==e?Rl:[e,t]}const Bt=Vt;function $t(l,e,t){return null==e?Rl:Z(e,t,J,!0)}function Jt(l,e,t,n){return null==e?Rl:B(e,t,l.scales[n].log,!1)}const qt=Jt;function Kt(l,e,t,n){return null==e?Rl:$(e,t,l.scales[n].log,!1)}const Xt=Kt;function Zt(l,e,t,n,i){let o=fl(xl(l),xl(e)),s=e-l,r=L(i/n*s,t);do{let l=t[r],e=n*l/s;if(e>=i&&17>=o+(5>l?Wl.get(l):0))return[l,e]}while(++r<t.length);return[0,0]}function Qt(l){let e,t;return[l=l.replace(/(\\d+)px/,((l,n)=>(e=rl((t=+n)*y))+\"px\")),e,t]}function ln(l){l.show&&[l.font,l.labelFont].forEach((l=>{let e=Al(l[2]*y,1);l[0]=l[0].replace(/[0-9.]+px/,e+\"px\"),l[1]=e}))}function en(u,g,_){const k={mode:Q(u.mode,1)},M=k.mode;function P(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?1-i:i)}function W(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?i:1-i)}function C(l,e,t,n){return 0==e.ori?P(l,e,t,n):W(l,e,t,n)}k.valToPosH=P,k.valToPosV=W;let F=!1;k.status=0;const R=k.root=D(\"uplot\");null!=u.id&&(R.id=u.id),S(R,u.class),u.title&&(D(\"u-title\",R).textContent=u.title);const O=z(\"canvas\"),K=k.ctx=O.getContext(\"2d\"),X=D(\"u-wrap\",R);G(\"click\",X,(l=>{l.target===el&&(Nn!=Gn||jn!=In)&&Zn.click(k,l)}),!0);const ll=k.under=D(\"u-under\",X);X.appendChild(O);const el=k.over=D(\"u-over\",X),tl=+Q((u=Vl(u)).pxAlign,1),sl=bt(tl);(u.plugins||[]).forEach((l=>{l.opts&&(u=l.opts(k,u)||u)}));const hl=u.ms||.001,pl=k.series=1==M?jt(u.series||[],Ve,ut,!1):function(l,e){return l.map(((l,t)=>0==t?{}:Bl({},e,l)))}(u.series||[null],rt),xl=k.axes=jt(u.axes||[],Ue,it,!0),vl=k.scales={},Tl=k.bands=u.bands||[];Tl.forEach((l=>{l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1)}));const El=2==M?pl[1].facets[0].scale:pl[0].scale,Dl={axes:function(){for(let l=0;xl.length>l;l++){let e=xl[l];if(!e.show||!e._show)continue;let t,n,u=e.side,a=u%2,f=e.stroke(k,l),c=0==u||3==u?-1:1,[h,d]=e._found;if(null!=e.label){let s=rl((e._lpos+e.labelGap*c)*y);_n(e.labelFont[0],f,\"center\",2==u?i:o),K.save(),1==a?(t=n=0,K.translate(s,rl(lt+st/2)),K.rotate((3==u?-il:il)/2)):(t=rl(Qe+ot/2),n=s);let r=_l(e.label)?e.label(k,l,h,d):e.label;K.fillText(r,t,n),K.restore()}if(0==d)continue;let p=vl[e.scale],m=0==a?ot:st,g=0==a?Qe:lt,x=e._splits,w=2==p.distr?x.map((l=>pn[l])):x,_=2==p.distr?pn[x[1]]-pn[x[0]]:h,b=e.ticks,v=e.border,M=b.show?b.size:0,S=rl(M*y),T=rl((2==e.alignTo?e._size-M-e.gap:e.gap)*y),E=e._rotate*-il/180,z=sl(e._pos*y),D=z+(S+T)*c;n=0==a?D:0,t=1==a?D:0,_n(e.font[0],f,1==e.align?s:2==e.align?r:E>0?s:0>E?r:0==a?\"center\":3==u?r:s,E||1==a?\"middle\":2==u?i:o);let P=e.font[1]*e.lineGap,A=x.map((l=>sl(C(l,p,m,g)))),W=e._values;for(let l=0;W.length>l;l++){let e=W[l];if(null!=e){0==a?t=A[l]:n=A[l],e=\"\"+e;let i=-1==e.indexOf(\"\\n\")?[e]:e.split(/\\n/gm);for(let l=0;i.length>l;l++){let e=i[l];E?(K.save(),K.translate(t,n+l*P),K.rotate(E),K.fillText(e,0,0),K.restore()):K.fillText(e,t,n+l*P)}}}b.show&&zn(A,b.filter(k,w,l,d,_),a,u,z,S,Al(b.width*y,3),b.stroke(k,l),b.dash,b.cap);let Y=e.grid;Y.show&&zn(A,Y.filter(k,w,l,d,_),a,0==a?2:1,0==a?lt:Qe,0==a?st:ot,Al(Y.width*y,3),Y.stroke(k,l),Y.dash,Y.cap),v.show&&zn([z],[1],0==a?1:0,0==a?1:2,1==a?lt:Qe,1==a?st:ot,Al(v.width*y,3),v.stroke(k,l),v.dash,v.cap)}Ci(\"drawAxes\")},series:function(){if(Gt>0){let l=pl.some((l=>l._focus))&&dn!=Tt.alpha;l&&(K.globalAlpha=dn=Tt.alpha),pl.forEach(((l,e)=>{if(e>0&&l.show&&(kn(e,!1),kn(e,!0),null==l._paths)){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha);let n=2==M?[0,g[e][0].length-1]:function(l){let e=wl(Lt-1,0,Gt-1),t=wl(en+1,0,Gt-1);for(;null==l[e]&&e>0;)e--;for(;null==l[t]&&Gt-1>t;)t++;return[e,t]}(g[e]);l._paths=l.paths(k,e,n[0],n[1]),dn!=t&&(K.globalAlpha=dn=t)}})),pl.forEach(((l,e)=>{if(e>0&&l.show){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha),null!=l._paths&&yn(e,!1);{let t=null!=l._paths?l._paths.gaps:null,n=l.points.show(k,e,Lt,en,t),i=l.points.filter(k,e,n,t);(n||i)&&(l.points._paths=l.points.paths(k,e,Lt,en,i),yn(e,!0))}dn!=t&&(K.globalAlpha=dn=t),Ci(\"drawSeries\",e)}})),l&&(K.globalAlpha=dn=1)}}},Pl=(u.drawOrder||[\"axes\",\"series\"]).map((l=>Dl[l]));function Cl(l){const e=3==l.distr?e=>dl(e>0?e:l.clamp(k,e,l.min,l.max,l.key)):4==l.distr?e=>ml(e,l.asinh):100==l.distr?e=>l.fwd(e):l=>l;return t=>{let n=e(t),{_min:i,_max:o}=l;return(n-i)/(o-i)}}function Il(l){let e=vl[l];if(null==e){let t=(u.scales||Hl)[l]||Hl;if(null!=t.from){Il(t.from);let e=Bl({},vl[t.from],t,{key:l});e.valToPct=Cl(e),vl[l]=e}else{e=vl[l]=Bl({},l==El?ft:ct,t),e.key=l;let n=e.time,i=e.range,o=Gl(i);if((l!=El||2==M&&!n)&&(!o||null!=i[0]&&null!=i[1]||(i={min:null==i[0]?q:{mode:1,hard:i[0],soft:i[0]},max:null==i[1]?q:{mode:1,hard:i[1],soft:i[1]}},o=!1),!o&&Ol(i))){let l=i;i=(e,t,n)=>null==t?Rl:Z(t,n,l)}e.range=bl(i||(n?Bt:l==El?3==e.distr?qt:4==e.distr?Xt:Vt:3==e.distr?Jt:4==e.distr?Kt:$t)),e.auto=bl(!o&&e.auto),e.clamp=bl(e.clamp||at),e._min=e._max=null,e.valToPct=Cl(e)}}}Il(\"x\"),Il(\"y\"),1==M&&pl.forEach((l=>{Il(l.scale)})),xl.forEach((l=>{Il(l.scale)}));for(let l in u.scales)Il(l);const jl=vl[El],Ul=jl.distr;let $l,ql;0==jl.ori?(S(R,\"u-hz\"),$l=P,ql=W):(S(R,\"u-vt\"),$l=W,ql=P);const Kl={};for(let l in vl){let e=vl[l];null==e.min&&null==e.max||(Kl[l]={min:e.min,max:e.max},e.min=e.max=null)}const Xl=u.tzDate||(l=>new Date(rl(l/hl))),Zl=u.fmtDate||ne,Ql=1==hl?Me(Xl):Ee(Xl),le=De(Xl,ze(1==hl?ye:Te,Zl)),ee=We(Xl,Ae(\"{YYYY}-{MM}-{DD} {h}:{mm}{aa}\",Zl)),te=[],ie=k.legend=Bl({},Ye,u.legend),oe=k.cursor=Bl({},Re,{drag:{y:2==M}},u.cursor),se=ie.show,re=oe.show,ue=ie.markers;let ce,he,de;ie.idxs=te,ue.width=bl(ue.width),ue.dash=bl(ue.dash),ue.stroke=bl(ue.stroke),ue.fill=bl(ue.fill);let pe,me=[],ge=[],xe=!1,we={};if(ie.live){const l=pl[1]?pl[1].values:null;xe=null!=l,pe=xe?l(k,1,0):{_:0};for(let l in pe)we[l]=w}if(se)if(ce=z(\"table\",\"u-legend\",R),de=z(\"tbody\",null,ce),ie.mount(k,ce),xe){he=z(\"thead\",null,ce,de);let l=z(\"tr\",null,he);for(var _e in z(\"th\",null,l),pe)z(\"th\",e,l).textContent=_e}else S(ce,\"u-inline\"),ie.live&&S(ce,\"u-live\");const be={show:!0},ve={show:!1},Pe=new Map;function Ce(l,e,t,n=!0){const i=Pe.get(e)||{},o=oe.bind[l](k,e,t,n);o&&(G(l,e,i[l]=o),Pe.set(e,i))}function He(l,e){const t=Pe.get(e)||{};for(let n in t)null!=l&&n!=l||(I(n,e,t[n]),delete t[n]);null==l&&Pe.delete(e)}let Fe=0,Ge=0,Ie=0,Le=0,Oe=0,Ne=0,je=Oe,Ke=Ne,Xe=Ie,Ze=Le,Qe=0,lt=0,ot=0,st=0;k.bbox={};let ht=!1,pt=!1,mt=!1,xt=!1,wt=!1,_t=!1;function vt(l,e,t){(t||l!=k.width||e!=k.height)&&kt(l,e),An(!1),mt=!0,pt=!0,Jn()}function kt(l,e){k.width=Fe=Ie=l,k.height=Ge=Le=e,Oe=Ne=0,function(){let l=!1,e=!1,t=!1,n=!1;xl.forEach((i=>{if(i.show&&i._show){let{side:o,_size:s}=i,r=s+(null!=i.label?i.labelSize:0);r>0&&(o%2?(Ie-=r,3==o?(Oe+=r,n=!0):t=!0):(Le-=r,0==o?(Ne+=r,l=!0):e=!0))}})),Ct[0]=l,Ct[1]=t,Ct[2]=e,Ct[3]=n,Ie-=Rt[1]+Rt[3],Oe+=Rt[3],Le-=Rt[2]+Rt[0],Ne+=Rt[0]}(),function(){let l=Oe+Ie,e=Ne+Le,t=Oe,n=Ne;function i(i,o){switch(i){case 1:return l+=o,l-o;case 2:return e+=o,e-o;case 3:return t-=o,t+o;case 0:return n-=o,n+o}}xl.forEach((l=>{if(l.show&&l._show){let e=l.side;l._pos=i(e,l._size),null!=l.label&&(l._lpos=i(e,l.labelSize))}}))}();let t=k.bbox;Qe=t.left=zl(Oe*y,.5),lt=t.top=zl(Ne*y,.5),ot=t.width=zl(Ie*y,.5),st=t.height=zl(Le*y,.5)}const yt=3;if(k.setSize=function({width:l,height:e}){vt(l,e)},null==oe.dataIdx){let l=oe.hover,e=l.skip=new Set(l.skip??[]);e.add(void 0);let t=l.prox=bl(l.prox),n=l.bias??=0;oe.dataIdx=(l,i,o,s)=>{if(0==i)return o;let r=o,u=t(l,i,o,s)??gl,a=u>=0&&gl>u,f=0==jl.ori?Ie:Le,c=oe.left,h=g[0],d=g[i];if(e.has(d[o])){r=null;let l,t=null,i=null;if(0==n||-1==n)for(l=o;null==t&&l-- >0;)e.has(d[l])||(t=l);if(0==n||1==n)for(l=o;null==i&&l++<d.length;)e.has(d[l])||(i=l);if(null!=t||null!=i)if(a){let l=c-(null==t?-1/0:$l(h[t],jl,f,0)),e=(null==i?1/0:$l(h[i],jl,f,0))-c;l>e?e>u||(r=i):l>u||(r=t)}else r=null==i?t:null==t||o-t>i-o?i:t}else a&&ol(c-$l(h[o],jl,f,0))>u&&(r=null);return r}}const Mt=l=>{oe.event=l};oe.idxs=te,oe._lock=!1;let St=oe.points;St.show=bl(St.show),St.size=bl(St.size),St.stroke=bl(St.stroke),St.width=bl(St.width),St.fill=bl(St.fill);const Tt=k.focus=Bl({},u.focus||{alpha:.3},oe.focus),Et=Tt.prox>=0,zt=Et&&St.one;let Dt=[],Pt=[],At=[];function Wt(l,e){let t=St.show(k,e);if(t instanceof HTMLElement)return S(t,\"u-cursor-pt\"),S(t,l.class),A(t,-10,-10,Ie,Le),el.insertBefore(t,Dt[e]),t}function Yt(t,n){if(1==M||n>0){let l=1==M&&vl[t.scale].time,e=t.value;t.value=l?Ll(e)?We(Xl,Ae(e,Zl)):e||ee:e||nt,t.label=t.label||(l?\"Time\":\"Value\")}if(zt||n>0){t.width=null==t.width?1:t.width,t.paths=t.paths||Ot||yl,t.fillTo=bl(t.fillTo||gt),t.pxAlign=+Q(t.pxAlign,tl),t.pxRound=bt(t.pxAlign),t.stroke=bl(t.stroke||null),t.fill=bl(t.fill||null),t._stroke=t._fill=t._paths=t._focus=null;let l=function(l){return Al(1*(3+2*(l||1)),3)}(fl(1,t.width)),e=t.points=Bl({},{size:l,width:fl(1,.2*l),stroke:t.stroke,space:2*l,paths:Nt,_stroke:null,_fill:null},t.points);e.show=bl(e.show),e.filter=bl(e.filter),e.fill=bl(e.fill),e.stroke=bl(e.stroke),e.paths=bl(e.paths),e.pxAlign=t.pxAlign}if(se){let i=function(t,n){if(0==n&&(xe||!ie.live||2==M))return Rl;let i=[],o=z(\"tr\",\"u-series\",de,de.childNodes[n]);S(o,t.class),t.show||S(o,l);let s=z(\"th\",null,o);if(ue.show){let l=D(\"u-marker\",s);if(n>0){let e=ue.width(k,n);e&&(l.style.border=e+\"px \"+ue.dash(k,n)+\" \"+ue.stroke(k,n)),l.style.background=ue.fill(k,n)}}let r=D(e,s);for(var u in t.label instanceof HTMLElement?r.appendChild(t.label):r.textContent=t.label,n>0&&(ue.show||(r.style.color=t.width>0?ue.stroke(k,n):ue.fill(k,n)),Ce(\"click\",s,(l=>{if(oe._lock)return;Mt(l);let e=pl.indexOf(t);if((l.ctrlKey||l.metaKey)!=ie.isolate){let l=pl.some(((l,t)=>t>0&&t!=e&&l.show));pl.forEach(((t,n)=>{n>0&&oi(n,l?n==e?be:ve:be,!0,Fi.setSeries)}))}else oi(e,{show:!t.show},!0,Fi.setSeries)}),!1),Et&&Ce(d,s,(l=>{oe._lock||(Mt(l),oi(pl.indexOf(t),ai,!0,Fi.setSeries))}),!1)),pe){let l=z(\"td\",\"u-value\",o);l.textContent=\"--\",i.push(l)}return[o,i]}(t,n);me.splice(n,0,i[0]),ge.splice(n,0,i[1]),ie.values.push(null)}if(re){te.splice(n,0,null);let l=null;zt?0==n&&(l=Wt(t,n)):n>0&&(l=Wt(t,n)),Dt.splice(n,0,l),Pt.splice(n,0,0),At.splice(n,0,0)}Ci(\"addSeries\",n)}k.addSeries=function(l,e){e=null==e?pl.length:e,l=1==M?Ut(l,e,Ve,ut):Ut(l,e,{},rt),pl.splice(e,0,l),Yt(pl[e],e)},k.delSeries=function(l){if(pl.splice(l,1),se){ie.values.splice(l,1),ge.splice(l,1);let e=me.splice(l,1)[0];He(null,e.firstChild),e.remove()}re&&(te.splice(l,1),Dt.splice(l,1)[0].remove(),Pt.splice(l,1),At.splice(l,1)),Ci(\"delSeries\",l)};const Ct=[!1,!1,!1,!1];function Ht(l,e,t){let[n,i,o,s]=t,r=e%2,u=0;return 0==r&&(s||i)&&(u=0==e&&!n||2==e&&!o?rl(Ue.size/3):0),1==r&&(n||o)&&(u=1==e&&!i||3==e&&!s?rl(it.size/2):0),u}const Ft=k.padding=(u.padding||[Ht,Ht,Ht,Ht]).map((l=>bl(Q(l,Ht)))),Rt=k._padding=Ft.map(((l,e)=>l(k,e,Ct,0)));let Gt,Lt=null,en=null;const tn=1==M?pl[0].idxs:null;let nn,on,sn,rn,un,an,fn,cn,hn,dn,pn=null,mn=!1;function gn(l,e){if(k.data=k._data=g=null==l?[]:l,2==M){Gt=0;for(let l=1;pl.length>l;l++)Gt+=g[l][0].length}else{0==g.length&&(k.data=k._data=g=[[]]),pn=g[0],Gt=pn.length;let l=g;if(2==Ul){l=g.slice();let e=l[0]=Array(Gt);for(let l=0;Gt>l;l++)e[l]=l}k._data=g=l}if(An(!0),Ci(\"setData\"),2==Ul&&(mt=!0),!1!==e){let l=jl;l.auto(k,mn)?xn():ii(El,l.min,l.max),xt=xt||oe.left>=0,_t=!0,Jn()}}function xn(){let l,e;mn=!0,1==M&&(Gt>0?(Lt=tn[0]=0,en=tn[1]=Gt-1,l=g[0][Lt],e=g[0][en],2==Ul?(l=Lt,e=en):l==e&&(3==Ul?[l,e]=B(l,l,jl.log,!1):4==Ul?[l,e]=$(l,l,jl.log,!1):jl.time?e=l+rl(86400/hl):[l,e]=Z(l,e,J,!0))):(Lt=tn[0]=l=null,en=tn[1]=e=null)),ii(El,l,e)}function wn(l,e,t,n,i,o){l??=a,t??=Fl,n??=\"butt\",i??=a,o??=\"round\",l!=nn&&(K.strokeStyle=nn=l),i!=on&&(K.fillStyle=on=i),e!=sn&&(K.lineWidth=sn=e),o!=un&&(K.lineJoin=un=o),n!=an&&(K.lineCap=an=n),t!=rn&&K.setLineDash(rn=t)}function _n(l,e,t,n){e!=on&&(K.fillStyle=on=e),l!=fn&&(K.font=fn=l),t!=cn&&(K.textAlign=cn=t),n!=hn&&(K.textBaseline=hn=n)}function bn(l,e,t,n,i=0){if(n.length>0&&l.auto(k,mn)&&(null==e||null==e.min)){let e=Q(Lt,0),o=Q(en,n.length-1),s=null==t.min?function(l,e,t,n=0,i=!1){let o=i?V:U,s=i?j:N;[e,t]=o(l,e,t);let r=l[e],u=l[e];if(e>-1)if(1==n)r=l[e],u=l[t];else if(-1==n)r=l[t],u=l[e];else for(let n=e;t>=n;n++){let e=l[n];s(e)&&(r>e?r=e:e>u&&(u=e))}return[r??gl,u??-gl]}(n,e,o,i,3==l.distr):[t.min,t.max];l.min=al(l.min,t.min=s[0]),l.max=fl(l.max,t.max=s[1])}}k.setData=gn;const vn={min:null,max:null};function kn(l,e){let t=e?pl[l].points:pl[l];t._stroke=t.stroke(k,l),t._fill=t.fill(k,l)}function yn(l,e){let t=e?pl[l].points:pl[l],{stroke:n,fill:i,clip:o,flags:s,_stroke:r=t._stroke,_fill:u=t._fill,_width:a=t.width}=t._paths;a=Al(a*y,3);let f=null,c=a%2/2;e&&null==u&&(u=a>0?\"#fff\":r);let h=1==t.pxAlign&&c>0;if(h&&K.translate(c,c),!e){let l=Qe-a/2,e=lt-a/2,t=ot+a,n=st+a;f=new Path2D,f.rect(l,e,t,n)}e?Sn(r,a,t.dash,t.cap,u,n,i,s,o):function(l,e,t,n,i,o,s,r,u,a,f){let c=!1;0!=u&&Tl.forEach(((h,d)=>{if(h.series[0]==l){let l,p=pl[h.series[1]],m=g[h.series[1]],x=(p._paths||Hl).band;Gl(x)&&(x=1==h.dir?x[0]:x[1]);let w=null;p.show&&x&&function(l,e,t){for(e=Q(e,0),t=Q(t,l.length-1);t>=e;){if(null!=l[e])return!0;e++}return!1}(m,Lt,en)?(w=h.fill(k,d)||o,l=p._paths.clip):x=null,Sn(e,t,n,i,w,s,r,u,a,f,l,x),c=!0}})),c||Sn(e,t,n,i,o,s,r,u,a,f)}(l,r,a,t.dash,t.cap,u,n,i,s,f,o),h&&K.translate(-c,-c)}const Mn=3;function Sn(l,e,t,n,i,o,s,r,u,a,f,c){wn(l,e,t,n,i),(u||a||c)&&(K.save(),u&&K.clip(u),a&&K.clip(a)),c?(r&Mn)==Mn?(K.clip(c),f&&K.clip(f),En(i,s),Tn(l,o,e)):2&r?(En(i,s),K.clip(c),Tn(l,o,e)):1&r&&(K.save(),K.clip(c),f&&K.clip(f),En(i,s),K.restore(),Tn(l,o,e)):(En(i,s),Tn(l,o,e)),(u||a||c)&&K.restore()}function Tn(l,e,t){t>0&&(e instanceof Map?e.forEach(((l,e)=>{K.strokeStyle=nn=e,K.stroke(l)})):null!=e&&l&&K.stroke(e))}function En(l,e){e instanceof Map?e.forEach(((l,e)=>{K.fillStyle=on=e,K.fill(l)})):null!=e&&l&&K.fill(e)}function zn(l,e,t,n,i,o,s,r,u,a){let f=s%2/2;1==tl&&K.translate(f,f),wn(r,s,u,a,r),K.beginPath();let c,h,d,p,m=i+(0==n||3==n?-o:o);0==t?(h=i,p=m):(c=i,d=m);for(let n=0;l.length>n;n++)null!=e[n]&&(0==t?c=d=l[n]:h=p=l[n],K.moveTo(c,h),K.lineTo(d,p));K.stroke(),1==tl&&K.translate(-f,-f)}function Dn(l){let e=!0;return xl.forEach(((t,n)=>{if(!t.show)return;let i=vl[t.scale];if(null==i.min)return void(t._show&&(e=!1,t._show=!1,An(!1)));t._show||(e=!1,t._show=!0,An(!1));let o=t.side,s=o%2,{min:r,max:u}=i,[a,f]=function(l,e,t,n){let i,o=xl[l];if(n>0){let s=o._space=o.space(k,l,e,t,n);i=Zt(e,t,o._incrs=o.incrs(k,l,e,t,n,s),n,s)}else i=[0,0];return o._found=i}(n,r,u,0==s?Ie:Le);if(0==f)return;let c=t._splits=t.splits(k,n,r,u,a,f,2==i.distr),h=2==i.distr?c.map((l=>pn[l])):c,d=2==i.distr?pn[c[1]]-pn[c[0]]:a,p=t._values=t.values(k,t.filter(k,h,n,f,d),n,f,d);t._rotate=2==o?t.rotate(k,p,n,f):0;let m=t._size;t._size=ul(t.size(k,p,n,l)),null!=m&&t._size!=m&&(e=!1)})),e}function Pn(l){let e=!0;return Ft.forEach(((t,n)=>{let i=t(k,n,Ct,l);i!=Rt[n]&&(e=!1),Rt[n]=i})),e}function An(l){pl.forEach(((e,t)=>{t>0&&(e._paths=null,l&&(1==M?(e.min=null,e.max=null):e.facets.forEach((l=>{l.min=null,l.max=null}))))}))}let Wn,Yn,Cn,Hn,Fn,Rn,Gn,In,Ln,On,Nn,jn,Un=!1,Vn=!1,Bn=[];function $n(){Vn=!1;for(let l=0;Bn.length>l;l++)Ci(...Bn[l]);Bn.length=0}function Jn(){Un||(Jl(qn),Un=!0)}function qn(){if(ht&&(function(){for(let l in vl){let e=vl[l];null==Kl[l]&&(null==e.min||null!=Kl[El]&&e.auto(k,mn))&&(Kl[l]=vn)}for(let l in vl){let e=vl[l];null==Kl[l]&&null!=e.from&&null!=Kl[e.from]&&(Kl[l]=vn)}null!=Kl[El]&&An(!0);let l={};for(let e in Kl){let t=Kl[e];if(null!=t){let n=l[e]=Vl(vl[e],Nl);if(null!=t.min)Bl(n,t);else if(e!=El||2==M)if(0==Gt&&null==n.from){let l=n.range(k,null,null,e);n.min=l[0],n.max=l[1]}else n.min=gl,n.max=-gl}}if(Gt>0){pl.forEach(((e,t)=>{if(1==M){let n=e.scale,i=Kl[n];if(null==i)return;let o=l[n];if(0==t){let l=o.range(k,o.min,o.max,n);o.min=l[0],o.max=l[1],Lt=L(o.min,g[0]),en=L(o.max,g[0]),en-Lt>1&&(o.min>g[0][Lt]&&Lt++,g[0][en]>o.max&&en--),e.min=pn[Lt],e.max=pn[en]}else e.show&&e.auto&&bn(o,i,e,g[t],e.sorted);e.idxs[0]=Lt,e.idxs[1]=en}else if(t>0&&e.show&&e.auto){let[n,i]=e.facets,o=n.scale,s=i.scale,[r,u]=g[t],a=l[o],f=l[s];null!=a&&bn(a,Kl[o],n,r,n.sorted),null!=f&&bn(f,Kl[s],i,u,i.sorted),e.min=i.min,e.max=i.max}}));for(let e in l){let t=l[e],n=Kl[e];if(null==t.from&&(null==n||null==n.min)){let l=t.range(k,t.min==gl?null:t.min,t.max==-gl?null:t.max,e);t.min=l[0],t.max=l[1]}}}for(let e in l){let t=l[e];if(null!=t.from){let n=l[t.from];if(null==n.min)t.min=t.max=null;else{let l=t.range(k,n.min,n.max,e);t.min=l[0],t.max=l[1]}}}let e={},t=!1;for(let n in l){let i=l[n],o=vl[n];if(o.min!=i.min||o.max!=i.max){o.min=i.min,o.max=i.max;let l=o.distr;o._min=3==l?dl(o.min):4==l?ml(o.min,o.asinh):100==l?o.fwd(o.min):o.min,o._max=3==l?dl(o.max):4==l?ml(o.max,o.asinh):100==l?o.fwd(o.max):o.max,e[n]=t=!0}}if(t){pl.forEach(((l,t)=>{2==M?t>0&&e.y&&(l._paths=null):e[l.scale]&&(l._paths=null)}));for(let l in e)mt=!0,Ci(\"setScale\",l);re&&oe.left>=0&&(xt=_t=!0)}for(let l in Kl)Kl[l]=null}(),ht=!1),mt&&(function(){let l=!1,e=0;for(;!l;){e++;let t=Dn(e),n=Pn(e);l=e==yt||t&&n,l||(kt(k.width,k.height),pt=!0)}}(),mt=!1),pt){if(E(ll,s,Oe),E(ll,i,Ne),E(ll,t,Ie),E(ll,n,Le),E(el,s,Oe),E(el,i,Ne),E(el,t,Ie),E(el,n,Le),E(X,t,Fe),E(X,n,Ge),O.width=rl(Fe*y),O.height=rl(Ge*y),xl.forEach((({_el:e,_show:t,_size:n,_pos:i,side:o})=>{if(null!=e)if(t){let t=o%2==1;E(e,t?\"left\":\"top\",i-(3===o||0===o?n:0)),E(e,t?\"width\":\"height\",n),E(e,t?\"top\":\"left\",t?Ne:Oe),E(e,t?\"height\":\"width\",t?Le:Ie),T(e,l)}else S(e,l)})),nn=on=sn=un=an=fn=cn=hn=rn=null,dn=1,_i(!0),Oe!=je||Ne!=Ke||Ie!=Xe||Le!=Ze){An(!1);let l=Ie/Xe,e=Le/Ze;if(re&&!xt&&oe.left>=0){oe.left*=l,oe.top*=e,Cn&&A(Cn,rl(oe.left),0,Ie,Le),Hn&&A(Hn,0,rl(oe.top),Ie,Le);for(let t=0;Dt.length>t;t++){let n=Dt[t];null!=n&&(Pt[t]*=l,At[t]*=e,A(n,ul(Pt[t]),ul(At[t]),Ie,Le))}}if(ei.show&&!wt&&ei.left>=0&&ei.width>0){ei.left*=l,ei.width*=l,ei.top*=e,ei.height*=e;for(let l in ki)E(ti,l,ei[l])}je=Oe,Ke=Ne,Xe=Ie,Ze=Le}Ci(\"setSize\"),pt=!1}Fe>0&&Ge>0&&(K.clearRect(0,0,O.width,O.height),Ci(\"drawClear\"),Pl.forEach((l=>l())),Ci(\"draw\")),ei.show&&wt&&(ni(ei),wt=!1),re&&xt&&(xi(null,!0,!1),xt=!1),ie.show&&ie.live&&_t&&(mi(),_t=!1),F||(F=!0,k.status=1,Ci(\"ready\")),mn=!1,Un=!1}function Kn(l,e){let t=vl[l];if(null==t.from){if(0==Gt){let n=t.range(k,e.min,e.max,l);e.min=n[0],e.max=n[1]}if(e.min>e.max){let l=e.min;e.min=e.max,e.max=l}if(Gt>1&&null!=e.min&&null!=e.max&&1e-16>e.max-e.min)return;l==El&&2==t.distr&&Gt>0&&(e.min=L(e.min,g[0]),e.max=L(e.max,g[0]),e.min==e.max&&e.max++),Kl[l]=e,ht=!0,Jn()}}k.batch=function(l,e=!1){Un=!0,Vn=e,l(k),qn(),e&&Bn.length>0&&queueMicrotask($n)},k.redraw=(l,e)=>{mt=e||!1,!1!==l?ii(El,jl.min,jl.max):Jn()},k.setScale=Kn;let Xn=!1;const Zn=oe.drag;let Qn=Zn.x,li=Zn.y;re&&(oe.x&&(Wn=D(\"u-cursor-x\",el)),oe.y&&(Yn=D(\"u-cursor-y\",el)),0==jl.ori?(Cn=Wn,Hn=Yn):(Cn=Yn,Hn=Wn),Nn=oe.left,jn=oe.top);const ei=k.select=Bl({show:!0,over:!0,left:0,width:0,top:0,height:0},u.select),ti=ei.show?D(\"u-select\",ei.over?el:ll):null;function ni(l,e){if(ei.show){for(let e in l)ei[e]=l[e],e in ki&&E(ti,e,l[e]);!1!==e&&Ci(\"setSelect\")}}function ii(l,e,t){Kn(l,{min:e,max:t})}function oi(e,t,n,i){null!=t.focus&&function(l){if(l!=ui){let e=null==l,t=1!=Tt.alpha;pl.forEach(((n,i)=>{if(1==M||i>0){let o=e||0==i||i==l;n._focus=e?null:o,t&&function(l,e){pl[l].alpha=e,re&&null!=Dt[l]&&(Dt[l].style.opacity=e),se&&me[l]&&(me[l].style.opacity=e)}(i,o?1:Tt.alpha)}})),ui=l,t&&Jn()}}(e),null!=t.show&&pl.forEach(((n,i)=>{0>=i||e!=i&&null!=e||(n.show=t.show,function(e){if(pl[e].show)se&&T(me[e],l);else if(se&&S(me[e],l),re){let l=zt?Dt[0]:Dt[e];null!=l&&A(l,-10,-10,Ie,Le)}}(i),2==M?(ii(n.facets[0].scale,null,null),ii(n.facets[1].scale,null,null)):ii(n.scale,null,null),Jn())})),!1!==n&&Ci(\"setSeries\",e,t),i&&Ii(\"setSeries\",k,e,t)}let si,ri,ui;k.setSelect=ni,k.setSeries=oi,k.addBand=function(l,e){l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1),Tl.splice(e=null==e?Tl.length:e,0,l)},k.setBand=function(l,e){Bl(Tl[l],e)},k.delBand=function(l){null==l?Tl.length=0:Tl.splice(l,1)};const ai={focus:!0};function fi(l,e,t){let n=vl[e];t&&(l=l/y-(1==n.ori?Ne:Oe));let i=Ie;1==n.ori&&(i=Le,l=i-l),-1==n.dir&&(l=i-l);let o=n._min,s=o+l/i*(n._max-o),r=n.distr;return 3==r?cl(10,s):4==r?((l,e=1)=>nl.sinh(l)*e)(s,n.asinh):100==r?n.bwd(s):s}function ci(l,e){E(ti,s,ei.left=l),E(ti,t,ei.width=e)}function hi(l,e){E(ti,i,ei.top=l),E(ti,n,ei.height=e)}se&&Et&&Ce(p,ce,(l=>{oe._lock||(Mt(l),null!=ui&&oi(null,ai,!0,Fi.setSeries))})),k.valToIdx=l=>L(l,g[0]),k.posToIdx=function(l,e){return L(fi(l,El,e),g[0],Lt,en)},k.posToVal=fi,k.valToPos=(l,e,t)=>0==vl[e].ori?P(l,vl[e],t?ot:Ie,t?Qe:0):W(l,vl[e],t?st:Le,t?lt:0),k.setCursor=(l,e,t)=>{Nn=l.left,jn=l.top,xi(null,e,t)};let di=0==jl.ori?ci:hi,pi=1==jl.ori?ci:hi;function mi(l,e){if(null!=l&&(l.idxs?l.idxs.forEach(((l,e)=>{te[e]=l})):(l=>void 0===l)(l.idx)||te.fill(l.idx),ie.idx=te[0]),se&&ie.live){for(let l=0;pl.length>l;l++)(l>0||1==M&&!xe)&&gi(l,te[l]);!function(){if(se&&ie.live)for(let l=2==M?1:0;pl.length>l;l++){if(0==l&&xe)continue;let e=ie.values[l],t=0;for(let n in e)ge[l][t++].firstChild.nodeValue=e[n]}}()}_t=!1,!1!==e&&Ci(\"setLegend\")}function gi(l,e){let t,n=pl[l],i=0==l&&2==Ul?pn:g[l];xe?t=n.values(k,l,e)??we:(t=n.value(k,null==e?null:i[e],l,e),t=null==t?we:{_:t}),ie.values[l]=t}function xi(l,e,t){let n;Ln=Nn,On=jn,[Nn,jn]=oe.move(k,Nn,jn),oe.left=Nn,oe.top=jn,re&&(Cn&&A(Cn,rl(Nn),0,Ie,Le),Hn&&A(Hn,0,rl(jn),Ie,Le)),si=gl,ri=null;let i=0==jl.ori?Ie:Le,o=1==jl.ori?Ie:Le;if(0>Nn||0==Gt||Lt>en){n=oe.idx=null;for(let l=0;pl.length>l;l++){let e=Dt[l];null!=e&&A(e,-10,-10,Ie,Le)}Et&&oi(null,ai,!0,null==l&&Fi.setSeries),ie.live&&(te.fill(n),_t=!0)}else{let l,e,t;1==M&&(l=0==jl.ori?Nn:jn,e=fi(l,El),n=oe.idx=L(e,g[0],Lt,en),t=$l(g[0][n],jl,i,0));let s=-10,r=-10,u=0,a=0,f=!0,c=\"\",h=\"\";for(let l=2==M?1:0;pl.length>l;l++){let d=pl[l],p=te[l],m=null==p?null:1==M?g[l][p]:g[l][1][p],x=oe.dataIdx(k,l,n,e),w=null==x?null:1==M?g[l][x]:g[l][1][x];if(_t=_t||w!=m||x!=p,te[l]=x,l>0&&d.show){let e=null==x?-10:x==n?t:$l(1==M?g[0][x]:g[l][0][x],jl,i,0),p=null==w?-10:ql(w,1==M?vl[d.scale]:vl[d.facets[1].scale],o,0);if(Et&&null!=w){let e=1==jl.ori?Nn:jn,t=ol(Tt.dist(k,l,x,p,e));if(si>t){let n=Tt.bias;if(0!=n){let i=fi(e,d.scale),o=0>i?-1:1;o!=(0>w?-1:1)||(1==o?1==n?i>w:w>i:1==n?w>i:i>w)||(si=t,ri=l)}else si=t,ri=l}}if(_t||zt){let t,n;0==jl.ori?(t=e,n=p):(t=p,n=e);let i,o,d,m,g,x,w=!0,_=St.bbox;if(null!=_){w=!1;let e=_(k,l);d=e.left,m=e.top,i=e.width,o=e.height}else d=t,m=n,i=o=St.size(k,l);if(x=St.fill(k,l),g=St.stroke(k,l),zt)l!=ri||si>Tt.prox||(s=d,r=m,u=i,a=o,f=w,c=x,h=g);else{let e=Dt[l];null!=e&&(Pt[l]=d,At[l]=m,H(e,i,o,w),Y(e,x,g),A(e,ul(d),ul(m),Ie,Le))}}}}if(zt){let l=Tt.prox;if(_t||(null==ui?l>=si:si>l||ri!=ui)){let l=Dt[0];null!=l&&(Pt[0]=s,At[0]=r,H(l,u,a,f),Y(l,c,h),A(l,ul(s),ul(r),Ie,Le))}}}if(ei.show&&Xn)if(null!=l){let[e,t]=Fi.scales,[n,s]=Fi.match,[r,u]=l.cursor.sync.scales,a=l.cursor.drag;if(Qn=a._x,li=a._y,Qn||li){let a,f,c,h,d,{left:p,top:m,width:g,height:x}=l.select,w=l.scales[r].ori,_=l.posToVal,b=null!=e&&n(e,r),v=null!=t&&s(t,u);b&&Qn?(0==w?(a=p,f=g):(a=m,f=x),c=vl[e],h=$l(_(a,r),c,i,0),d=$l(_(a+f,r),c,i,0),di(al(h,d),ol(d-h))):di(0,i),v&&li?(1==w?(a=p,f=g):(a=m,f=x),c=vl[t],h=ql(_(a,u),c,o,0),d=ql(_(a+f,u),c,o,0),pi(al(h,d),ol(d-h))):pi(0,o)}else yi()}else{let l=ol(Ln-Fn),e=ol(On-Rn);if(1==jl.ori){let t=l;l=e,e=t}Qn=Zn.x&&l>=Zn.dist,li=Zn.y&&e>=Zn.dist;let t,n,s=Zn.uni;null!=s?Qn&&li&&(Qn=l>=s,li=e>=s,Qn||li||(e>l?li=!0:Qn=!0)):Zn.x&&Zn.y&&(Qn||li)&&(Qn=li=!0),Qn&&(0==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),di(al(t,n),ol(n-t)),li||pi(0,o)),li&&(1==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),pi(al(t,n),ol(n-t)),Qn||di(0,i)),Qn||li||(di(0,0),pi(0,0))}if(Zn._x=Qn,Zn._y=li,null==l){if(t){if(null!=Ri){let[l,e]=Fi.scales;Fi.values[0]=null!=l?fi(0==jl.ori?Nn:jn,l):null,Fi.values[1]=null!=e?fi(1==jl.ori?Nn:jn,e):null}Ii(f,k,Nn,jn,Ie,Le,n)}if(Et){let l=t&&Fi.setSeries,e=Tt.prox;null==ui?si>e||oi(ri,ai,!0,l):si>e?oi(null,ai,!0,l):ri!=ui&&oi(ri,ai,!0,l)}}_t&&(ie.idx=n,mi()),!1!==e&&Ci(\"setCursor\")}k.setLegend=mi;let wi=null;function _i(l=!1){l?wi=null:(wi=el.getBoundingClientRect(),Ci(\"syncRect\",wi))}function bi(l,e,t,n,i,o){oe._lock||Xn&&null!=l&&0==l.movementX&&0==l.movementY||(vi(l,e,t,n,i,o,0,!1,null!=l),null!=l?xi(null,!0,!0):xi(e,!0,!1))}function vi(l,e,t,n,i,o,s,r,u){if(null==wi&&_i(!1),Mt(l),null!=l)t=l.clientX-wi.left,n=l.clientY-wi.top;else{if(0>t||0>n)return Nn=-10,void(jn=-10);let[l,s]=Fi.scales,r=e.cursor.sync,[u,a]=r.values,[f,c]=r.scales,[h,d]=Fi.match,p=e.axes[0].side%2==1,m=0==jl.ori?Ie:Le,g=1==jl.ori?Ie:Le,x=p?o:i,w=p?i:o,_=p?n:t,b=p?t:n;if(t=null!=f?h(l,f)?C(u,vl[l],m,0):-10:m*(_/x),n=null!=c?d(s,c)?C(a,vl[s],g,0):-10:g*(b/w),1==jl.ori){let l=t;t=n,n=l}}!u||null!=e&&e.cursor.event.type!=f||(t>1&&Ie-1>t||(t=zl(t,Ie)),n>1&&Le-1>n||(n=zl(n,Le))),r?(Fn=t,Rn=n,[Gn,In]=oe.move(k,t,n)):(Nn=t,jn=n)}Object.defineProperty(k,\"rect\",{get:()=>(null==wi&&_i(!1),wi)});const ki={width:0,height:0,left:0,top:0};function yi(){ni(ki,!1)}let Mi,Si,Ti,Ei;function zi(l,e,t,n,i,o){Xn=!0,Qn=li=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!0,!1),null!=l&&(Ce(h,b,Di,!1),Ii(c,k,Gn,In,Ie,Le,null));let{left:s,top:r,width:u,height:a}=ei;Mi=s,Si=r,Ti=u,Ei=a}function Di(l,e,t,n,i,o){Xn=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!1,!0);let{left:s,top:r,width:u,height:a}=ei,f=u>0||a>0,c=Mi!=s||Si!=r||Ti!=u||Ei!=a;if(f&&c&&ni(ei),Zn.setScale&&f&&c){let l=s,e=u,t=r,n=a;if(1==jl.ori&&(l=r,e=a,t=s,n=u),Qn&&ii(El,fi(l,El),fi(l+e,El)),li)for(let l in vl){let e=vl[l];l!=El&&null==e.from&&e.min!=gl&&ii(l,fi(t+n,l),fi(t,l))}yi()}else oe.lock&&(oe._lock=!oe._lock,xi(e,!0,null!=l));null!=l&&(He(h,b),Ii(h,k,Nn,jn,Ie,Le,null))}function Pi(l){oe._lock||(Mt(l),xn(),yi(),null!=l&&Ii(m,k,Nn,jn,Ie,Le,null))}function Ai(){xl.forEach(ln),vt(k.width,k.height,!0)}G(x,v,Ai);const Wi={};Wi.mousedown=zi,Wi.mousemove=bi,Wi.mouseup=Di,Wi.dblclick=Pi,Wi.setSeries=(l,e,t,n)=>{-1!=(t=(0,Fi.match[2])(k,e,t))&&oi(t,n,!0,!1)},re&&(Ce(c,el,zi),Ce(f,el,bi),Ce(d,el,(l=>{Mt(l),_i(!1)})),Ce(p,el,(function(l){if(oe._lock)return;Mt(l);let e=Xn;if(Xn){let l,e,t=!0,n=!0,i=10;0==jl.ori?(l=Qn,e=li):(l=li,e=Qn),l&&e&&(t=i>=Nn||Nn>=Ie-i,n=i>=jn||jn>=Le-i),l&&t&&(Nn=Gn>Nn?0:Ie),e&&n&&(jn=In>jn?0:Le),xi(null,!0,!0),Xn=!1}Nn=-10,jn=-10,te.fill(null),xi(null,!0,!0),e&&(Xn=e)})),Ce(m,el,Pi),It.add(k),k.syncRect=_i);const Yi=k.hooks=u.hooks||{};function Ci(l,e,t){Vn?Bn.push([l,e,t]):l in Yi&&Yi[l].forEach((l=>{l.call(null,k,e,t)}))}(u.plugins||[]).forEach((l=>{for(let e in l.hooks)Yi[e]=(Yi[e]||[]).concat(l.hooks[e])}));const Hi=(l,e,t)=>t,Fi=Bl({key:null,setSeries:!1,filters:{pub:Ml,sub:Ml},scales:[El,pl[1]?pl[1].scale:null],match:[Sl,Sl,Hi],values:[null,null]},oe.sync);2==Fi.match.length&&Fi.match.push(Hi),oe.sync=Fi;const Ri=Fi.key,Gi=dt(Ri);function Ii(l,e,t,n,i,o,s){Fi.filters.pub(l,e,t,n,i,o,s)&&Gi.pub(l,e,t,n,i,o,s)}function Li(){Ci(\"init\",u,g),gn(g||u.data,!1),Kl[El]?Kn(El,Kl[El]):xn(),wt=ei.show&&(ei.width>0||ei.height>0),xt=_t=!0,vt(u.width,u.height)}return Gi.sub(k),k.pub=function(l,e,t,n,i,o,s){Fi.filters.sub(l,e,t,n,i,o,s)&&Wi[l](null,e,t,n,i,o,s)},k.destroy=function(){Gi.unsub(k),It.delete(k),Pe.clear(),I(x,v,Ai),R.remove(),ce?.remove(),Ci(\"destroy\")},pl.forEach(Yt),xl.forEach((function(l,e){if(l._show=l.show,l.show){let t=vl[l.scale];null==t&&(l.scale=l.side%2?pl[1].scale:El,t=vl[l.scale]);let n=t.time;l.size=bl(l.size),l.space=bl(l.space),l.rotate=bl(l.rotate),Gl(l.incrs)&&l.incrs.forEach((l=>{!Wl.has(l)&&Wl.set(l,Yl(l))})),l.incrs=bl(l.incrs||(2==t.distr?ae:n?1==hl?ke:Se:fe)),l.splits=bl(l.splits||(n&&1==t.distr?Ql:3==t.distr?Je:4==t.distr?qe:$e)),l.stroke=bl(l.stroke),l.grid.stroke=bl(l.grid.stroke),l.ticks.stroke=bl(l.ticks.stroke),l.border.stroke=bl(l.border.stroke);let i=l.values;l.values=Gl(i)&&!Gl(i[0])?bl(i):n?Gl(i)?De(Xl,ze(i,Zl)):Ll(i)?function(l,e){let t=ne(e);return(e,n)=>n.map((e=>t(l(e))))}(Xl,i):i||le:i||Be,l.filter=bl(l.filter||(3>t.distr||10!=t.log?3==t.distr&&2==t.log?tt:kl:et)),l.font=Qt(l.font),l.labelFont=Qt(l.labelFont),l._size=l.size(k,null,e,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(Ct[e]=!0,l._el=D(\"u-axis\",X))}})),_?_ instanceof HTMLElement?(_.appendChild(R),Li()):_(k,Li):Li(),k}en.assign=Bl,en.fmtNum=tl,en.rangeNum=Z,en.rangeLog=B,en.rangeAsinh=$,en.orient=pt,en.pxRatio=y,en.join=function(l,e){if(function(l){let e=l[0][0],t=e.length;for(let n=1;l.length>n;n++){let i=l[n][0];if(i.length!=t)return!1;if(i!=e)for(let l=0;t>l;l++)if(i[l]!=e[l])return!1}return!0}(l)){let e=l[0].slice();for(let t=1;l.length>t;t++)e.push(...l[t].slice(1));return function(l,e=100){const t=l.length;if(1>=t)return!0;let n=0,i=t-1;for(;i>=n&&null==l[n];)n++;for(;i>=n&&null==l[i];)i--;if(n>=i)return!0;const o=fl(1,sl((i-n+1)/e));for(let e=l[n],t=n+o;i>=t;t+=o){const n=l[t];if(null!=n){if(e>=n)return!1;e=n}}return!0}(e[0])||(e=function(l){let e=l[0],t=e.length,n=Array(t);for(let l=0;n.length>l;l++)n[l]=l;n.sort(((l,t)=>e[l]-e[t]));let i=[];for(let e=0;l.length>e;e++){let o=l[e],s=Array(t);for(let l=0;t>l;l++)s[l]=o[n[l]];i.push(s)}return i}(e)),e}let t=new Set;for(let e=0;l.length>e;e++){let n=l[e][0],i=n.length;for(let l=0;i>l;l++)t.add(n[l])}let n=[Array.from(t).sort(((l,e)=>l-e))],i=n[0].length,o=new Map;for(let l=0;i>l;l++)o.set(n[0][l],l);for(let t=0;l.length>t;t++){let s=l[t],r=s[0];for(let l=1;s.length>l;l++){let u=s[l],a=Array(i).fill(void 0),f=e?e[t][l]:1,c=[];for(let l=0;u.length>l;l++){let e=u[l],t=o.get(r[l]);null===e?0!=f&&(a[t]=e,2==f&&c.push(t)):a[t]=e}$l(a,c,i),n.push(a)}}return n},en.fmtDate=ne,en.tzDate=function(l,e){let t;return\"UTC\"==e||\"Etc/UTC\"==e?t=new Date(+l+6e4*l.getTimezoneOffset()):e==ie?t=l:(t=new Date(l.toLocaleString(\"en-US\",{timeZone:e})),t.setMilliseconds(l.getMilliseconds())),t},en.sync=dt;{en.addGap=function(l,e,t){let n=l[l.length-1];n&&n[0]==e?n[1]=t:l.push([e,t])},en.clipGaps=wt;let l=en.paths={points:Wt};l.linear=Ft,l.stepped=function(l){const e=Q(l.align,1),t=Q(l.ascDesc,!1),n=Q(l.alignGaps,0),i=Q(l.extend,!1);return(l,o,s,r)=>pt(l,o,((u,a,f,c,h,d,p,m,g,x,w)=>{[s,r]=U(f,s,r);let _=u.pxRound,{left:b,width:v}=l.bbox,k=l=>_(d(l,c,x,m)),M=l=>_(p(l,h,w,g)),S=0==c.ori?Mt:St;const T={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},E=T.stroke,z=c.dir*(0==c.ori?1:-1);let D=M(f[1==z?s:r]),P=k(a[1==z?s:r]),A=P,W=P;i&&-1==e&&(W=b,S(E,W,D)),S(E,P,D);for(let l=1==z?s:r;l>=s&&r>=l;l+=z){let t=f[l];if(null==t)continue;let n=k(a[l]),i=M(t);1==e?S(E,n,D):S(E,A,i),S(E,n,i),D=i,A=n}let Y=A;i&&1==e&&(Y=b+v,S(E,Y,D));let[C,H]=mt(l,o);if(null!=u.fill||0!=C){let e=T.fill=new Path2D(E),t=M(u.fillTo(l,o,u.min,u.max,C));S(e,Y,t),S(e,W,t)}if(!u.spanGaps){let i=[];i.push(..._t(a,f,s,r,z,k,n));let h=u.width*y/2,d=t||1==e?h:-h,p=t||-1==e?-h:h;i.forEach((l=>{l[0]+=d,l[1]+=p})),T.gaps=i=u.gaps(l,o,s,r,i),T.clip=wt(i,c.ori,m,g,x,w)}return 0!=H&&(T.band=2==H?[xt(l,o,s,r,E,-1),xt(l,o,s,r,E,1)]:xt(l,o,s,r,E,H)),T}))},l.bars=function(l){const e=Q((l=l||Hl).size,[.6,gl,1]),t=l.align||0,n=l.gap||0;let i=l.radius;i=null==i?[0,0]:\"number\"==typeof i?[i,0]:i;const o=bl(i),s=1-e[0],r=Q(e[1],gl),u=Q(e[2],1),a=Q(l.disp,Hl),f=Q(l.each,(()=>{})),{fill:c,stroke:h}=a;return(l,e,i,d)=>pt(l,e,((p,m,g,x,w,_,b,v,k,M,S)=>{let T,E,z=p.pxRound,D=t,P=n*y,A=r*y,W=u*y;0==x.ori?[T,E]=o(l,e):[E,T]=o(l,e);const Y=x.dir*(0==x.ori?1:-1);let C,H,F,R=0==x.ori?Tt:Et,G=0==x.ori?f:(l,e,t,n,i,o,s)=>{f(l,e,t,i,n,s,o)},I=Q(l.bands,Fl).find((l=>l.series[0]==e)),L=p.fillTo(l,e,p.min,p.max,null!=I?I.dir:0),O=z(b(L,w,S,k)),N=M,j=z(p.width*y),U=!1,V=null,B=null,$=null,J=null;null==c||0!=j&&null==h||(U=!0,V=c.values(l,e,i,d),B=new Map,new Set(V).forEach((l=>{null!=l&&B.set(l,new Path2D)})),j>0&&($=h.values(l,e,i,d),J=new Map,new Set($).forEach((l=>{null!=l&&J.set(l,new Path2D)}))));let{x0:q,size:K}=a;if(null!=q&&null!=K){D=1,m=q.values(l,e,i,d),2==q.unit&&(m=m.map((e=>l.posToVal(v+e*M,x.key,!0))));let t=K.values(l,e,i,d);H=2==K.unit?t[0]*M:_(t[0],x,M,v)-_(0,x,M,v),N=Rt(m,g,_,x,M,v,N),F=N-H+P}else N=Rt(m,g,_,x,M,v,N),F=N*s+P,H=N-F;1>F&&(F=0),H/2>j||(j=0),5>F&&(z=vl);let X=F>0;H=z(wl(N-F-(X?j:0),W,A)),C=(0==D?H/2:D==Y?0:H)-D*Y*((0==D?P/2:0)+(X?j/2:0));const Z={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},ll=U?null:new Path2D;let el=null;if(null!=I)el=l.data[I.series[1]];else{let{y0:t,y1:n}=a;null!=t&&null!=n&&(g=n.values(l,e,i,d),el=t.values(l,e,i,d))}let tl=T*H,nl=E*H;for(let t=1==Y?i:d;t>=i&&d>=t;t+=Y){let n=g[t];if(null==n)continue;if(null!=el){let l=el[t]??0;if(n-l==0)continue;O=b(l,w,S,k)}let i=_(2!=x.distr||null!=a?m[t]:t,x,M,v),o=b(Q(n,L),w,S,k),s=z(i-C),r=z(fl(o,O)),u=z(al(o,O)),f=r-u;if(null!=n){let i=0>n?nl:tl,o=0>n?tl:nl;U?(j>0&&null!=$[t]&&R(J.get($[t]),s,u+sl(j/2),H,fl(0,f-j),i,o),null!=V[t]&&R(B.get(V[t]),s,u+sl(j/2),H,fl(0,f-j),i,o)):R(ll,s,u+sl(j/2),H,fl(0,f-j),i,o),G(l,e,t,s-j/2,u,H+j,f)}}return j>0?Z.stroke=U?J:ll:U||(Z._fill=0==p.width?p._fill:p._stroke??p._fill,Z.width=0),Z.fill=U?B:ll,Z}))},l.spline=function(l){return function(l,e){const t=Q(e?.alignGaps,0);return(e,n,i,o)=>pt(e,n,((s,r,u,a,f,c,h,d,p,m,g)=>{[i,o]=U(u,i,o);let x,w,_,b=s.pxRound,v=l=>b(c(l,a,m,d)),k=l=>b(h(l,f,g,p));0==a.ori?(x=kt,_=Mt,w=Pt):(x=yt,_=St,w=At);const y=a.dir*(0==a.ori?1:-1);let M=v(r[1==y?i:o]),S=M,T=[],E=[];for(let l=1==y?i:o;l>=i&&o>=l;l+=y)if(null!=u[l]){let e=v(r[l]);T.push(S=e),E.push(k(u[l]))}const z={stroke:l(T,E,x,_,w,b),fill:null,clip:null,band:null,gaps:null,flags:1},D=z.stroke;let[P,A]=mt(e,n);if(null!=s.fill||0!=P){let l=z.fill=new Path2D(D),t=k(s.fillTo(e,n,s.min,s.max,P));_(l,S,t),_(l,M,t)}if(!s.spanGaps){let l=[];l.push(..._t(r,u,i,o,y,v,t)),z.gaps=l=s.gaps(e,n,i,o,l),z.clip=wt(l,a.ori,d,p,m,g)}return 0!=A&&(z.band=2==A?[xt(e,n,i,o,D,-1),xt(e,n,i,o,D,1)]:xt(e,n,i,o,D,A)),z}))}(Gt,l)}}return en}();\n";
/** uPlot's stylesheet. */
const UPLOT_CSS = ".uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif, \"Apple Color Emoji\", \"Segoe UI Emoji\", \"Segoe UI Symbol\", \"Noto Color Emoji\";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: \":\";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline \"background\" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}";

;// CONCATENATED MODULE: ./src/core/render/dashboard/index.ts
/**
 * The ledger dashboard: one static index.html (inline CSS and scripts, uPlot inlined, the content
 * rendered at write time and its chart data embedded as JSON), built as a string with no I/O. The
 * CLI writes it to a folder (`carbon-gate ledger dashboard --out DIR`); the action writes it at the
 * ledger branch's root, ready for GitHub Pages. It works from file:// (no CDN, no fetch there).
 *
 * With {@link DashboardOptions.shardIndex} (the ledger branch's page), the page served over
 * http(s) also re-reads the ledger: its script fetches the shard index and the shards, and redraws
 * with the same code that rendered it here (main.ts, bundled into the page as live.generated.ts),
 * so a page written by an older commit still shows the current ledger. Under file://, or when a
 * fetch fails, it keeps what was embedded.
 *
 * The embedded JSON has `<`, `>` and `&` as \u escapes, so no text in it can close the <script>
 * element; the HTML escaping of records is main.ts's.
 */




/** JSON that is safe inside a <script> element: no `<`, `>` or `&` left raw (they become \u escapes). */
function scriptJson(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
const CSS = `
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2328;background:#fff}
main{max-width:1140px;margin:0 auto;padding:16px 24px}
h1{font-size:24px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d1d9e0;padding-bottom:4px}
.muted{color:#59636e}.bad{color:#cf222e}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #d1d9e0;border-radius:6px;padding:8px 16px;min-width:160px}
.card b{display:block;font-size:20px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d1d9e0;padding:4px 10px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f6f8fa}td.n{text-align:right;white-space:nowrap}
td.bar{width:200px}td.bar span{display:block;height:10px;background:#0969da;border-radius:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:90%}
.chart{min-height:40px}#chart-error{color:#cf222e}#ledger-live-note:empty{display:none}
`;
/**
 * Builds the dashboard page from ledger records: one self-contained HTML document (UTF-8). Pure:
 * the same records and options give the same bytes.
 */
function renderDashboard(records, options) {
    const content = dashboardContent(records, options);
    const title = options.repo ? ` — ${escapeHtml(options.repo)}` : '';
    // What the page's script needs to redraw from the shards: the same options, less the clock.
    const live = options.shardIndex
        ? {
            shardIndex: options.shardIndex,
            ...(options.repo === undefined ? {} : { repo: options.repo }),
            ...(options.budget === undefined ? {} : { budget: options.budget })
        }
        : null;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="carbon-gate (uPlot ${escapeHtml(UPLOT_VERSION)})">
<title>Carbon ledger${title}</title>
<style>${UPLOT_CSS}</style>
<style>${CSS}</style>
</head>
<body>
<p id="ledger-live-note" class="muted"></p>
<main>
${content.main}
</main>
<script type="application/json" id="carbon-gate-chart-data">${scriptJson(content.chart)}</script>
<script type="application/json" id="carbon-gate-live">${scriptJson(live)}</script>
<script>${UPLOT_JS}</script>
${live ? `<script>${LIVE_JS}</script>\n` : ''}<script>${CLIENT_JS}</script>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./src/core/render/ledger.ts
/**
 * `carbon-gate ledger` output: the ledger's totals per window and month, the largest runs,
 * estimate-vs-measured pairs and the policy's window budgets, as text, Markdown, JSON or CSV.
 * User text (manifest paths, run names) is escaped for each output.
 */


/** The formats of `carbon-gate ledger`. */
const LEDGER_FORMATS = ['text', 'markdown', 'json', 'csv'];
/** Renders the view in a format; the text ends with a newline. */
function renderLedger(view, format) {
    switch (format) {
        case 'json':
            return `${JSON.stringify({ source: view.source, ...view.summary, budgets: view.budgets }, null, 2)}\n`;
        case 'csv':
            return renderCsv(view);
        case 'markdown':
            return renderTable(view, markdownTable, (s) => (0,render_escape/* escapeMarkdown */.FV)(s, 200), '## ');
        case 'text':
            return renderTable(view, textTable, (s) => (0,render_escape/* escapeTerminal */.en)(s, 200), '');
    }
}
/** "1.2 t CO2e · 3 MWh". */
function amount(emissionsKg, energyKWh) {
    return `${(0,format/* formatMass */.so)(emissionsKg)} CO2e · ${(0,format/* formatEnergy */.QE)(energyKWh)}`;
}
/** The limits, spend or remainder of a window budget. */
function limited(v) {
    const parts = [];
    if (v.emissionsKg !== undefined)
        parts.push(v.emissionsKg < 0 ? `${(0,format/* formatMass */.so)(-v.emissionsKg)} CO2e over` : `${(0,format/* formatMass */.so)(v.emissionsKg)} CO2e`);
    if (v.energyKWh !== undefined)
        parts.push(v.energyKWh < 0 ? `${(0,format/* formatEnergy */.QE)(-v.energyKWh)} over` : (0,format/* formatEnergy */.QE)(v.energyKWh));
    return parts.join(' · ');
}
function markdownTable(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`)
    ].join('\n');
}
function textTable(header, rows) {
    const widths = header.map((h) => h.length);
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function renderTable(view, table, esc, heading) {
    const { summary } = view;
    const out = [];
    const title = (t) => out.push(heading === '' ? `${t}\n${'='.repeat(t.length)}` : `${heading}${t}`);
    out.push(heading === '' ? 'Carbon ledger' : '# Carbon ledger', '', `${esc(view.source)}: ${summary.total.records} runs, ${amount(summary.total.emissionsKg, summary.total.energyKWh)} in all (as of ${summary.now}).`, '');
    if (view.budgets.length > 0) {
        title('Window budgets');
        out.push('', table(['Budget', 'Window', 'Spent', 'Limit', 'Share', 'Remaining', 'Status', 'Oldest leaves'], view.budgets.map((b) => [
            esc(b.name),
            b.window,
            limited({
                ...(b.limit.emissionsKg !== undefined ? { emissionsKg: b.spent.emissionsKg } : {}),
                ...(b.limit.energyKWh !== undefined ? { energyKWh: b.spent.energyKWh } : {})
            }),
            limited(b.limit),
            (0,format/* formatPercent */.l9)(b.usedFraction),
            limited(b.remaining),
            b.status,
            b.oldestLeavesAt?.slice(0, 10) ?? '—'
        ])), '');
    }
    title('Windows');
    out.push('', table(['Window', 'Since', 'Runs', 'Emissions', 'Energy'], summary.windows.map((w) => [
        w.window,
        w.startsAt.slice(0, 10),
        String(w.records),
        `${(0,format/* formatMass */.so)(w.emissionsKg)} CO2e`,
        (0,format/* formatEnergy */.QE)(w.energyKWh)
    ])), '');
    title('Months');
    out.push('', summary.months.length === 0
        ? 'No spending recorded.'
        : table(['Month', 'Runs', 'Emissions', 'Energy'], summary.months.map((m) => [
            m.month,
            String(m.records),
            `${(0,format/* formatMass */.so)(m.emissionsKg)} CO2e`,
            (0,format/* formatEnergy */.QE)(m.energyKWh)
        ])), '');
    title('Largest runs');
    out.push('', summary.largest.length === 0
        ? 'No runs.'
        : table(['Run', 'Manifest', 'Method', 'Spent', 'Emissions', 'Energy'], summary.largest.map((r) => [
            esc(r.run),
            esc(r.manifest),
            r.method,
            r.spentAt.slice(0, 10),
            `${(0,format/* formatMass */.so)(r.emissionsKg)} CO2e`,
            (0,format/* formatEnergy */.QE)(r.energyKWh)
        ])), '');
    if (summary.pairs.length > 0) {
        title('Estimate vs measured');
        out.push('', table(['Run', 'Manifest', 'Estimated', 'Measured', 'Measured / estimated'], summary.pairs.map((p) => [
            esc(p.run),
            esc(p.manifest),
            `${(0,format/* formatMass */.so)(p.estimatedKg)} CO2e`,
            `${(0,format/* formatMass */.so)(p.measuredKg)} CO2e`,
            p.ratio === undefined ? '—' : (0,format/* formatRatio */.B0)(p.ratio)
        ])), '');
    }
    return out.join('\n');
}
/**
 * CSV: one row per total (`section` = window, month, total, budget), with raw numbers in kg and kWh
 * for spreadsheets. Fields are quoted, and a leading `=`, `+`, `-` or `@` is prefixed with `'` so
 * that a run name cannot become a spreadsheet formula.
 */
function renderCsv(view) {
    const { summary } = view;
    const rows = [
        ['section', 'name', 'since', 'records', 'emissions_kg', 'energy_kwh', 'limit_kg', 'limit_kwh', 'status']
    ];
    rows.push([
        'total',
        'all',
        '',
        String(summary.total.records),
        ledger_num(summary.total.emissionsKg),
        ledger_num(summary.total.energyKWh),
        '',
        '',
        ''
    ]);
    for (const w of summary.windows)
        rows.push(['window', w.window, w.startsAt, String(w.records), ledger_num(w.emissionsKg), ledger_num(w.energyKWh), '', '', '']);
    for (const m of summary.months)
        rows.push(['month', m.month, '', String(m.records), ledger_num(m.emissionsKg), ledger_num(m.energyKWh), '', '', '']);
    for (const b of view.budgets)
        rows.push([
            'budget',
            b.name,
            b.window,
            '',
            ledger_num(b.spent.emissionsKg),
            ledger_num(b.spent.energyKWh),
            b.limit.emissionsKg === undefined ? '' : ledger_num(b.limit.emissionsKg),
            b.limit.energyKWh === undefined ? '' : ledger_num(b.limit.energyKWh),
            b.status
        ]);
    for (const r of summary.largest)
        rows.push([
            'largest',
            `${r.manifest}#${r.run}`,
            r.spentAt,
            '1',
            ledger_num(r.emissionsKg),
            ledger_num(r.energyKWh),
            '',
            '',
            r.method
        ]);
    return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
function ledger_num(x) {
    return String(x);
}
function csvCell(value) {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/io/git-base.ts
var git_base = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/io/read.ts
var io_read = __webpack_require__(9322);
;// CONCATENATED MODULE: ./src/io/ledger.ts
/**
 * Reading the ledger's shards from disk for the CLI: from a folder that holds `ledger/*.jsonl` (a
 * checkout of the ledger branch, a download), or from a git branch of the current repository
 * through `git ls-tree` and `git cat-file` (execFile, no shell, no checkout). Never throws: a
 * problem is one sentence.
 */




/** The largest shard read: 64 MiB (a month of records is far smaller; GitHub refuses files over 100 MB). */
const MAX_SHARD_BYTES = 64 * 1024 * 1024;
/** The most shards read (a century of months). */
const MAX_SHARDS = 1200;
/** A shard file name. */
const SHARD_FILE = /^\d{4}-\d{2}\.jsonl$/;
/**
 * The shards of `folder/ledger/`. A folder without `ledger/` is unreadable (a wrong path), not an
 * empty ledger.
 */
async function readLedgerFolder(folder, cwd) {
    const dir = external_node_path_default().resolve(cwd, folder, 'ledger');
    let names;
    try {
        names = (await (0,promises_.readdir)(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    }
    catch (error) {
        const code = error.code;
        return {
            unreadable: code === 'ENOENT'
                ? `${folder} has no ledger/ folder (expected ledger/YYYY-MM.jsonl shards, as on the ledger branch)`
                : `cannot list ${external_node_path_default().join(folder, 'ledger')}: ${code ?? String(error)}`
        };
    }
    const shards = names.filter((n) => SHARD_FILE.test(n)).sort();
    if (shards.length > MAX_SHARDS)
        return { unreadable: `${folder}/ledger holds ${shards.length} shards, more than ${MAX_SHARDS}` };
    const inputs = [];
    for (const name of shards) {
        const read = await (0,io_read/* readTextFile */.Gu)(external_node_path_default().join(dir, name), {
            baseDir: cwd,
            maxBytes: MAX_SHARD_BYTES,
            what: 'ledger shard'
        });
        if (!read.input) {
            const first = read.diagnostics[0];
            return { unreadable: `cannot read ledger/${name}: ${first?.message ?? 'unknown problem'}` };
        }
        inputs.push({ file: `ledger/${name}`, text: read.input.text });
    }
    return { shards: inputs, source: `folder ${folder}` };
}
/**
 * The shards of a branch: the local branch, else `origin/<branch>` (a CI clone has the ledger
 * branch only as a remote-tracking one). A branch that does not exist is a missing ledger
 * (`shards: []`).
 */
async function readLedgerBranch(branch, cwd) {
    const problem = (0,git_base/* refProblem */.Tb)(branch);
    if (problem)
        return { unreadable: `the branch name "${branch}" is not usable: ${problem}` };
    let commit;
    let name = branch;
    for (const candidate of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
        const found = await (0,git_base/* git */.$Y)(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], cwd);
        if (found.ok) {
            commit = found.stdout.trim();
            name = candidate.replace(/^refs\/(heads|remotes)\//, '');
            break;
        }
        if (found.missing)
            return { unreadable: 'git was not found' };
    }
    if (commit === undefined) {
        const inRepo = await (0,git_base/* git */.$Y)(['rev-parse', '--git-dir'], cwd);
        if (!inRepo.ok)
            return { unreadable: `${cwd} is not in a git repository (${inRepo.message})` };
        return { shards: [], source: `branch ${branch} (it does not exist yet)` };
    }
    const listed = await (0,git_base/* git */.$Y)(['ls-tree', '-z', commit, '--', 'ledger/'], cwd, 4 * 1024 * 1024);
    if (!listed.ok)
        return { unreadable: `cannot list ledger/ on ${name}: ${listed.message}` };
    const blobs = [];
    for (const entry of listed.stdout.split('\0')) {
        const match = /^\d+ blob ([0-9a-f]{40,64})\t(ledger\/[^/]+)$/.exec(entry);
        if (match && SHARD_FILE.test(match[2].slice('ledger/'.length)))
            blobs.push({ sha: match[1], file: match[2] });
    }
    if (blobs.length > MAX_SHARDS)
        return { unreadable: `${name} holds ${blobs.length} shards, more than ${MAX_SHARDS}` };
    const shards = [];
    for (const blob of blobs) {
        const shown = await (0,git_base/* git */.$Y)(['cat-file', 'blob', blob.sha], cwd, MAX_SHARD_BYTES + 1);
        if (!shown.ok)
            return { unreadable: `cannot read ${blob.file} on ${name}: ${shown.message}` };
        shards.push({ file: blob.file, text: shown.stdout });
    }
    return { shards, source: `branch ${name} at ${commit.slice(0, 7)}` };
}

// EXTERNAL MODULE: ./src/io/options.ts + 1 modules
var options = __webpack_require__(9948);
// EXTERNAL MODULE: ./src/io/write.ts
var write = __webpack_require__(5419);
;// CONCATENATED MODULE: ./src/cli/ledger.ts
/**
 * `carbon-gate ledger`: the carbon ledger read from a folder or a git branch (src/io/ledger.ts),
 * summarised (totals per window and month, largest runs, estimate vs measured, the policy's window
 * budgets), verified (`ledger verify`, exit 1 on a broken chain), or drawn (`ledger dashboard
 * --out DIR`, one static index.html). Its flags are its own: none of check's apply.
 */
















/** `ledger`'s subcommands; none: the summary. */
const SUBCOMMANDS = ['verify', 'dashboard'];
/** The flags `ledger` takes. */
const FLAGS = {
    branch: { type: 'string' },
    format: { type: 'string' },
    config: { type: 'string' },
    now: { type: 'string' },
    out: { type: 'string' }
};
/** The usage line, for errors. */
const LEDGER_USAGE = 'carbon-gate ledger [PATH | --branch NAME] [--format text|markdown|json|csv] [--config FILE] [--now TIME]\n' +
    '       carbon-gate ledger verify [PATH | --branch NAME]\n' +
    '       carbon-gate ledger dashboard --out DIR [PATH | --branch NAME] [--config FILE] [--now TIME]';
/** Parses the arguments after `ledger`; every mistake is listed. */
function parseLedgerArgs(argv) {
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: FLAGS,
        allowPositionals: true,
        strict: false,
        tokens: true
    });
    const errors = [];
    const values = {};
    const positionals = [];
    for (const token of tokens) {
        if (token.kind === 'positional')
            positionals.push(token.value);
        if (token.kind !== 'option')
            continue;
        if (!(token.name in FLAGS)) {
            errors.push(`Unknown option '${token.rawName}' for 'carbon-gate ledger'.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(token.name, Object.keys(FLAGS), 1).map((k) => `--${k}`))}`);
            continue;
        }
        const value = token.value;
        if (value === undefined || value.trim() === '' || (!token.inlineValue && value.startsWith('-'))) {
            errors.push(`Option '--${token.name}' needs a value.`);
            continue;
        }
        values[token.name] = value;
    }
    let sub = 'summary';
    if (positionals[0] !== undefined && SUBCOMMANDS.includes(positionals[0])) {
        sub = positionals.shift();
    }
    if (positionals.length > 1)
        errors.push(`Expected at most one PATH (a folder holding ledger/*.jsonl), got ${positionals.length}.`);
    const folder = positionals[0];
    if (folder !== undefined && values.branch !== undefined)
        errors.push('Give a PATH or --branch, not both.');
    const format = values.format ?? 'text';
    if (!LEDGER_FORMATS.includes(format))
        errors.push(`Unknown format '${format}': expected one of ${LEDGER_FORMATS.join(', ')}.${(0,suggest/* didYouMean */.au)((0,suggest/* closestNames */.g9)(format, LEDGER_FORMATS))}`);
    if (sub !== 'summary' && values.format !== undefined)
        errors.push(`Option '--format' applies to 'carbon-gate ledger' only, not 'ledger ${sub}'.`);
    if (sub === 'dashboard' && values.out === undefined)
        errors.push("'carbon-gate ledger dashboard' needs --out DIR (the folder index.html is written to).");
    if (sub !== 'dashboard' && values.out !== undefined)
        errors.push("Option '--out' applies to 'carbon-gate ledger dashboard' only.");
    let nowMs;
    if (values.now !== undefined) {
        nowMs = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/.test(values.now) ? Date.parse(values.now) : NaN;
        if (!Number.isFinite(nowMs))
            errors.push(`Option '--now' needs a UTC time such as 2026-12-31T00:00:00Z or a date such as 2026-12-31, got '${values.now}'.`);
    }
    if (errors.length > 0)
        return { errors };
    return {
        sub,
        format: format,
        ...(folder !== undefined ? { path: folder } : {}),
        ...(values.branch !== undefined ? { branch: values.branch } : {}),
        ...(values.config !== undefined ? { config: values.config } : {}),
        ...(nowMs !== undefined ? { nowMs } : {}),
        ...(values.out !== undefined ? { out: values.out } : {})
    };
}
/**
 * Runs `carbon-gate ledger ...` (the arguments after `ledger`). Exit codes: 0; 1 when `verify`
 * finds a broken ledger or a window budget is over; 2 for usage errors, an unreadable ledger or an
 * invalid policy file.
 */
async function ledgerCommand(argv, io, out, nowMs) {
    const args = parseLedgerArgs(argv);
    if ('errors' in args) {
        for (const error of args.errors)
            out.line(`carbon-gate: ${error}`);
        out.line(`Usage: ${LEDGER_USAGE}`);
        return 2;
    }
    const policy = await readPolicy(args.config, io, out);
    if (policy === 'invalid')
        return 2;
    const input = await readLedger(args, policy, io);
    if ('unreadable' in input) {
        out.line(`carbon-gate: ledger/unreadable: ${input.unreadable}`);
        return 2;
    }
    const parsed = (0,parse/* parseLedger */.h)(input.shards);
    const verified = (0,verify/* verifyLedger */.x)(parsed);
    for (const d of (0,diagnostics/* sortDiagnostics */.Ds)(verified.diagnostics))
        out.line((0,diagnostics/* formatDiagnostic */.xy)(d));
    if (args.sub === 'verify') {
        if (input.shards.length === 0) {
            out.line(`carbon-gate: ledger/missing: no ledger shards in ${input.source}`);
            return 2;
        }
        out.line(verified.ok
            ? `carbon-gate: ledger verified: ${verified.records} records in ${verified.shards} shards (${input.source}), chain intact, tip ${verified.tipHash.slice(0, 12)}`
            : `carbon-gate: ledger does NOT verify (${input.source}): see the problems above`);
        return verified.ok ? 0 : 1;
    }
    if (!verified.ok)
        out.line(`carbon-gate: warning: the ledger does not verify (run 'carbon-gate ledger verify'); totals below are of the records that parse`);
    const records = parsed.entries.map((e) => e.record);
    const now = args.nowMs ?? nowMs;
    const windowRules = (policy?.budgets ?? []).filter((r) => r.scope === 'window');
    if (args.sub === 'dashboard') {
        const budget = dashboardBudget(windowRules);
        const options = { nowMs: now, ...(budget ? { budget } : {}) };
        const html = renderDashboard(records, options);
        const file = external_node_path_default().join(args.out, 'index.html');
        const problems = await (0,write/* writeTextFile */.T)(file, html, { baseDir: io.cwd });
        for (const d of problems)
            out.line((0,diagnostics/* formatDiagnostic */.xy)(d));
        if (problems.length > 0)
            return 2;
        out.line(`carbon-gate: dashboard of ${records.length} records written to ${file}`);
        return 0;
    }
    const budgets = windowBudgetStatus(windowRules, records, now);
    out.stdout(renderLedger({ summary: summarizeLedger(records, now), budgets, source: input.source }, args.format));
    return budgets.some((b) => b.status === 'fail') ? 1 : 0;
}
/** The policy file (`--config`, else the default path where it exists); `undefined` when there is none. */
async function readPolicy(config, io, out) {
    const file = config ?? options/* OPTIONS */.lw.config.default;
    // A named config must exist; the default one need not.
    const read = await (config === undefined ? io_read/* readOptionalTextFile */.Q3 : io_read/* readTextFile */.Gu)(file, {
        baseDir: io.cwd,
        what: 'config file'
    });
    if (!read.input) {
        if (config === undefined && read.diagnostics.length === 0)
            return undefined;
        for (const d of read.diagnostics)
            out.line((0,diagnostics/* formatDiagnostic */.xy)(d));
        return read.diagnostics.length > 0 ? 'invalid' : undefined;
    }
    const parsed = (0,core_config/* parseConfig */.o4)(read.input.file, read.input.text);
    for (const d of (0,diagnostics/* sortDiagnostics */.Ds)(parsed.diagnostics))
        out.line((0,diagnostics/* formatDiagnostic */.xy)(d));
    if (!parsed.config)
        return 'invalid';
    return parsed.config.policy;
}
/** The shards from PATH, else from --branch, else from the policy's ledger branch (default carbon-ledger). */
function readLedger(args, policy, io) {
    if (args.path !== undefined)
        return readLedgerFolder(args.path, io.cwd);
    return readLedgerBranch(args.branch ?? policy?.ledger?.branch ?? policy_parse/* DEFAULT_LEDGER_BRANCH */.Vr, io.cwd);
}


/***/ })

};
