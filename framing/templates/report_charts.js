/* framing report: the Plotly figures laid out for the screen they are on (a phone, a tablet, a
   laptop) and laid out again when it turns.  report.js (the rest of the page) follows it in one
   script; it reads `framingCharts.drawn()` to know when the charts are done. */
(function () {
  "use strict";
  /* ---- figures ---- */
  var NARROW = 600;  // below this width (a phone; a chart half a laptop's width) a figure's legend goes under it and small multiples stack
  var FIGURES = [];  // [div, the figure's JSON]: drawn again when a screen turns (a phone's 390 px become 844)
  var FULL_AXIS_NAMES = 900;  // below this width the radar's axes go under short names (shortAxisNames)
  document.querySelectorAll("script.figure-data").forEach(function (s) {
    var div = document.getElementById(s.dataset.target);
    if (!div) return;
    FIGURES.push([div, s.textContent]);
    drawFigure(div, s.textContent);
  });
  /* a figure laid out for its width: the phone's layout below NARROW, the figure's own above */
  function drawFigure(div, json) {
    var fig = JSON.parse(json), layout = fig.layout || {}, width = div.clientWidth;
    div._narrow = !!width && width < NARROW;
    div._width = width;
    if (div._narrow) layout = narrowLayout(layout, fig.data, width);
    else if (width && layout.meta && layout.meta.panels) layout = widePanels(layout, fig.data, width);
    if (layout.polar && width && width < FULL_AXIS_NAMES) shortAxisNames(layout, fig.data);
    // a phone on its side (390 px high): the radar is seen whole, not 480 px tall on it
    if (layout.polar && window.innerHeight < (layout.height || 450) + 20) layout.height = Math.max(300, window.innerHeight - 20);
    // on a phone Plotly's zoom bar came up over a panel's title at a tap (a phone zooms the page instead);
    // a laptop's half-width charts keep theirs (its PNG download)
    // no "Share chart..." button: this plotly.js offers one by default, and it uploads the chart (the
    // class's outlets and scores) to Plotly Cloud; the report sends nothing anywhere
    var drawn = Plotly.react(div, fig.data, layout, { displaylogo: false, responsive: true, displayModeBar: window.innerWidth >= NARROW,
      showSendToCloud: false, plotlyServerURL: "" });
    if (layout.polar) drawn = drawn.then(function () { return fitRadar(div); });
    // the drawing hidden from a screen reader, which had read its axes' numbers as one heap: the chart
    // is a figure named by what it shows, described by the table its numbers are in (report.html.j2, chart)
    div._drawn = drawn.then(function () {
      div.querySelectorAll("svg.main-svg").forEach(function (svg) { svg.setAttribute("aria-hidden", "true"); });
      div.dataset.drawnWidth = String(width);
    });
    return div._drawn;
  }
  /* The radar's axes under short names (report_figures.SHORT_TITLES) where the full ones would
     leave it small: a phone, held either way up; the hover keeps the full names.  fitRadar sizes it
     once drawn; the 0 to 1 labels of the radius are left out (they ran over the shapes). */
  function shortAxisNames(layout, data) {
    var short = (layout.meta && layout.meta.short) || [];
    data.forEach(function (t) {
      if (!t.theta) return;
      t.text = t.theta.map(function (x) { return x.replace(/<br>/g, " "); });
      t.theta = t.theta.map(function (x, k) { return short.length ? wrapWords(short[k % short.length], 13) : wrapWords(t.text[k], 20); });
      t.hovertemplate = (t.hovertemplate || "").replace("%{theta}", "%{text}");
    });
    layout.margin = Object.assign({}, layout.margin, { l: 10, r: 10 });
    layout.polar = Object.assign({}, layout.polar, { angularaxis: { tickfont: { size: 10 } },
      radialaxis: Object.assign({}, layout.polar.radialaxis, { showticklabels: false, ticks: "" }) });
  }
  /* A turned screen: Plotly's `responsive` only stretches a figure to the new width; the phone's
     layout (the legend under it, one panel a row, the radar's short names) was kept on a 844 px
     wide screen, and the laptop's on a 390 px one.  Each figure whose width changed is drawn again. */
  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      FIGURES.forEach(function (f) {
        var w = f[0].clientWidth;
        if (w && w !== f[0]._width) drawFigure(f[0], f[1]);
      });
    }, 150);
  });
  /* The radar's size: Plotly keeps no room for the axis names around a polar chart, so a fixed
     size either clipped a name at the screen's edge or left the chart small.  A name keeps its
     offset from the rim as the radius changes and moves with the centre, so one measure of the
     drawn chart gives the largest radius (and the centre) at which every name stays inside the
     figure and clear of its legend: the names on one side can be longer than on the other. */
  function fitRadar(div) {
    var full = div._fullLayout, polar = full.polar, size = full._size;
    var svg = div.querySelector(".main-svg").getBoundingClientRect();
    var disc = div.querySelector(".polarlayer path.maindrag").getBoundingClientRect();
    var names = Array.prototype.map.call(div.querySelectorAll(".polarlayer g.angularaxistick text"), function (t) { return t.getBoundingClientRect(); });
    if (!names.length || !disc.width) return null;
    var r = disc.width / 2, cx = disc.left + r, cy = disc.top + r;
    // the room: the figure, less the legend (under the chart on a phone, beside it on a wider screen)
    var room = { left: svg.left + 4, right: svg.right - 4, top: svg.top + 4, bottom: svg.bottom - 4 };
    var legend = div.querySelector("g.legend"), key = legend && legend.getBoundingClientRect();
    if (key && full.legend.orientation === "h") room.bottom = Math.min(room.bottom, key.top - 4);
    else if (key) room.right = Math.min(room.right, key.left - 4);
    var plot = { left: svg.left + size.l, right: svg.left + size.l + size.w, top: svg.top + size.t, bottom: svg.top + size.t + size.h };
    var step = 2 * Math.PI / names.length, sign = polar.angularaxis.direction === "clockwise" ? -1 : 1;
    var dirs = names.map(function (b, k) {
      var a = polar.angularaxis.rotation * Math.PI / 180 + sign * k * step;
      return [Math.cos(a), -Math.sin(a)];
    });
    // at radius r + d, the centre moved by s: the shifts s that keep every name (and the disc) inside, or null
    function shift(d, lo, hi, plotLo, plotHi, centre, axis) {
      var from = plotLo - centre + r + d, to = plotHi - centre - r - d;
      names.forEach(function (b, k) {
        var move = d * dirs[k][axis];
        from = Math.max(from, room[lo] - b[lo] - move);
        to = Math.min(to, room[hi] - b[hi] - move);
      });
      return from <= to ? (from + to) / 2 : null;
    }
    function fits(d) {
      return shift(d, "left", "right", plot.left, plot.right, cx, 0) !== null && shift(d, "top", "bottom", plot.top, plot.bottom, cy, 1) !== null;
    }
    var low = -r + 20, high = Math.min(size.w, size.h) / 2 - r;
    if (!fits(low)) return null;
    for (var i = 0; i < 30; i++) { var mid = (low + high) / 2; if (fits(mid)) low = mid; else high = mid; }
    var d = Math.floor(low), R = r + d;
    var x = cx + shift(d, "left", "right", plot.left, plot.right, cx, 0), y = cy + shift(d, "top", "bottom", plot.top, plot.bottom, cy, 1);
    return Plotly.relayout(div, {
      "polar.domain.x": [(x - R - plot.left) / size.w, (x + R - plot.left) / size.w],
      "polar.domain.y": [(plot.bottom - y - R) / size.h, (plot.bottom - y + R) / size.h] });
  }
  /* Three panels a row on a screen between a phone's and a wide laptop's (a tablet, half a
     laptop): the titles, one line each, ran into each other and past the figure's edges.  Each
     goes on the lines its column holds, and the rows move apart to make room. */
  function widePanels(layout, data, width) {
    var n = layout.meta.panels, cols = 3, rows = Math.ceil(n / cols), margin = layout.margin || {};
    var shown = data.filter(function (t) { return t.showlegend !== false && t.name; }).map(function (t) { return String(t.name); });
    var names = shown.map(function (name) { return name.length; });
    var legend = names.length ? 50 + 7 * Math.max.apply(null, names) : 0;  // beside the panels, as Plotly places it
    var column = 0.9 * (width - (margin.l || 60) - (margin.r || 20) - legend) / cols;  // 0.9: the gaps between columns
    var fit = Math.max(12, Math.floor(column / 6.5)), lines = 1;
    (layout.annotations || []).slice(0, n).forEach(function (a) {
      var parts = String(a.text).split("<br>"), plain = wrapWords(parts[0], fit);
      lines = Math.max(lines, plain.split("<br>").length);
      a.text = [plain].concat(parts.slice(1)).join("<br>");
    });
    // each panel names its outlets under their bars, as on a phone: a class's three bars a panel in
    // three colours, with the key far to the right of the panels, had a student matching colours
    var ticks = outletTicks(shown, column, 5.6), tickLines = ticks ? ticks.lines : 0;
    if (lines === 1 && !ticks) return layout;  // as report_figures laid it out
    var under = ticks ? tickLines * 13 + 6 : 0;
    var panel = 155, gap = 45 + (lines + 1) * 15 + under, top = 10 + (lines + 1) * 15, plot = rows * panel + (rows - 1) * gap;
    layout.margin = Object.assign({}, margin, { t: top, b: (margin.b || 50) + under });
    layout.height = plot + top + layout.margin.b;
    for (var k = 0; k < n; k++) {
      var x = "xaxis" + (k ? k + 1 : ""), y = "yaxis" + (k ? k + 1 : ""), hi = 1 - Math.floor(k / cols) * (panel + gap) / plot;
      if (layout[y]) layout[y].domain = [Math.max(0, hi - panel / plot), hi];
      if (ticks && layout[x]) Object.assign(layout[x], { showticklabels: true, tickvals: shown, ticktext: ticks.text, tickangle: 0, tickfont: { size: 10 } });
      if (layout.annotations && layout.annotations[k]) Object.assign(layout.annotations[k], { y: hi, yanchor: "bottom" });
    }
    return layout;
  }
  /* Up to six outlets' names, each on short lines under its bar in a panel `width` px wide at about
     `letter` px a letter (a name too long for its share cut with an ellipsis, in full on hover), or
     null for more outlets. */
  function outletTicks(names, width, letter) {
    if (!names.length || names.length > 6) return null;
    var chars = Math.max(5, Math.floor(width / names.length / letter));
    var text = names.map(function (name) {
      return wrapWords(name, chars).split("<br>").map(function (line) {
        return line.length > chars ? line.slice(0, chars - 1) + "\u2026" : line;
      }).join("<br>");
    });
    return { text: text, lines: Math.max.apply(null, text.map(function (t) { return t.split("<br>").length; })) };
  }
  /* words on lines of about `width` letters, for Plotly (which breaks lines only at <br>) */
  function wrapWords(text, width) {
    var lines = [""];
    text.split(/\s+/).forEach(function (w) {
      var last = lines.length - 1;
      if (lines[last] && lines[last].length + 1 + w.length > width) lines.push(w);
      else lines[last] += (lines[last] ? " " : "") + w;
    });
    return lines.join("<br>");
  }
  /* A phone's width: the legend across the foot instead of a column eating a third of the width,
     and small multiples (layout.meta.panels, report_figures.profile_figure) one panel a row, each
     with its title above it: three columns had put the titles on top of each other. */
  function narrowLayout(layout, data, width) {
    // the legend's rows at this width, about 7 px a letter and 40 for the swatch and gap
    var names = data.filter(function (t) { return t.showlegend !== false && t.name; }).map(function (t) { return t.name; });
    var rows = names.length ? 1 : 0, used = 0;
    names.forEach(function (name) {
      var w = 40 + 7 * String(name).length;
      if (used && used + w > width - 20) { rows++; used = 0; }
      used += w;
    });
    var legend = rows * 22 + 10, bottom = (layout.margin || {}).b || 50;
    layout.legend = Object.assign({}, layout.legend, { orientation: "h", x: 0, xanchor: "left", y: 0, yanchor: "bottom", yref: "container" });
    layout.margin = Object.assign({}, layout.margin, { l: 45, r: 10, b: bottom + legend });
    layout.height = (layout.height || 450) + legend;
    if (layout.polar) {  // a radar about as tall as wide, centred on the screen (no room kept for a y axis it has not got)
      layout.margin.t = 20;
      layout.height = Math.round(width * 0.9) + layout.margin.b;
    }
    var n = layout.meta && layout.meta.panels;
    if (!n) return layout;
    // each panel names its outlets under their bars: stacked one a row, a phone's panels ran some
    // 3,000 px above the legend, and a student could not tell whose bar was whose (up to six outlets;
    // the names on short lines, a name too long for its share of the width cut, in full on hover)
    var named = outletTicks(names.map(String), width - 55, 6.5), ticks = named && named.text, lines = named ? named.lines : 0;
    // a panel's title on lines the width holds, centred on the figure (on the plot, the longest ran
    // past the screen's right edge); the score's code name under it stays one line
    var fit = Math.floor((width - 12) / 6.8), titleLines = 1;
    (layout.annotations || []).slice(0, n).forEach(function (a) {
      var parts = String(a.text).split("<br>"), plain = wrapWords(parts[0], fit);
      titleLines = Math.max(titleLines, plain.split("<br>").length);
      a.text = [plain].concat(parts.slice(1)).join("<br>");
    });
    var panel = 170, gap = 70 + (titleLines - 1) * 15 + (ticks ? lines * 13 + 4 : 0), top = 50 + (titleLines - 1) * 15;
    var plot = n * panel + (n - 1) * gap, centre = (width / 2 - layout.margin.l) / (width - layout.margin.l - layout.margin.r);
    layout.height = plot + top + bottom + legend;
    layout.margin.t = top;
    for (var k = 0; ; k++) {
      var x = "xaxis" + (k ? k + 1 : ""), y = "yaxis" + (k ? k + 1 : "");
      if (!layout[x] || !layout[y]) break;
      var hi = 1 - k * (panel + gap) / plot, lo = hi - panel / plot;
      if (k >= n) { layout[x].visible = layout[y].visible = false; hi = lo = 0; }
      layout[x].domain = [0, 1];
      layout[y].domain = [Math.max(0, lo), Math.max(0, hi)];
      if (ticks && k < n) Object.assign(layout[x], { showticklabels: true, tickvals: names, ticktext: ticks, tickangle: 0, tickfont: { size: 10 } });
      var title = (layout.annotations || [])[k];
      if (title && k < n) Object.assign(title, { x: centre, xanchor: "center", y: hi, yanchor: "bottom" });
    }
    return layout;
  }

  window.framingCharts = { drawn: function () { return Promise.all(FIGURES.map(function (f) { return f[0]._drawn; })); } };
})();
