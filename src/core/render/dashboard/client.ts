/**
 * The dashboard's own browser script, as text inlined into the page after uPlot. It reads only the
 * embedded JSON (`#carbon-gate-chart-data`), never the page's text, and writes text with
 * `textContent`, so nothing from a record is ever parsed as HTML. When it has drawn the charts it
 * sets `data-charts="drawn"` on <html> (or `data-charts="error"` and a message): the headless
 * Chromium test reads that to know the script ran.
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
  try {
    var data = JSON.parse(document.getElementById('carbon-gate-chart-data').textContent);
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
  } catch (err) {
    fail(err);
  }
})();
`;
