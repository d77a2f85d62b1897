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
export const CLIENT_JS = String.raw`
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
