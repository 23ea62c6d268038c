/* framing report: the side-by-side view: two articles (a pair) or a class's three, their scores,
   what each text contains, and the texts in columns under a pinned legend.  report.js (the rest of
   the page) follows it in one script and calls `framingSideBySide(DATA, helpers)` once, after the
   legend's switches are built; it gets back `start`, called with the articles once they are unpacked.
   Article text is only ever put into the page with textContent, never innerHTML. */
(function () {
  "use strict";
  window.framingSideBySide = function (DATA, helpers) {
    var el = helpers.el, fmt = helpers.fmt, verbLabel = helpers.verbLabel, isMention = helpers.isMention;
    var findings = helpers.findings, articleHeader = helpers.articleHeader, downloadableTable = helpers.downloadableTable;
    // the texts on screen, re-drawn when the layers are switched; which articles are shown (the article view's print needs it)
    var viewText = helpers.viewText, keepViewers = helpers.keepViewers, textsShown = helpers.textsShown;
    var ARTICLES = null;

    // an article's outlet, or its id (the file's name) where no outlet is named: two "(no outlet)" columns told nothing apart
    function nameOf(a) { return a.outlet && a.outlet !== DATA.noOutlet ? a.outlet : a.id; }
    var COLUMNS = ["pair-a", "pair-b", "pair-c"], ORDINALS = ["first", "second", "third"];
    function showPair(k) { showTexts([DATA.pairs[k].a, DATA.pairs[k].b], DATA.pairs[k].difference); }
    /* three articles at once, on a wide screen: a class of three had to pick two of them */
    function showTrio(k) { showTexts(DATA.trios[k].ids); }
    /* two or three articles side by side: their scores, what each contains, their texts; `difference`,
       a pair's difference in each score as text (report_score_texts) */
    function showTexts(ids, difference) {
      textsShown(ids);
      var arts = ids.map(function (i) { return ARTICLES[i]; }), two = arts.length === 2;
      // which way the difference runs, in the header: a class read "-4.01" without knowing whose was higher
      // (with three texts there is no one difference: the values side by side say it)
      var cols = ["score", "what it counts"].concat(arts.map(function (a) { return nameOf(a) + ": " + (a.title || a.id); }));
      if (two) cols.push("difference (" + nameOf(arts[0]) + " \u2212 " + nameOf(arts[1]) + ")");
      var rows = DATA.scores.map(function (s, j) {
        var values = arts.map(function (a) { return a.scores[j]; }), x = values[0], y = values[1];
        var row = [s, DATA.scoreLabels[s] || ""].concat(values);
        if (two) row.push(x === null || y === null ? null : Math.round((x - y) * 10000) / 10000);
        return row;
      });
      var box = document.getElementById("pair-scores");
      box.textContent = "";
      downloadableTable(box, "pair", "Scores of the " + (two ? "two" : "three") + " articles", cols, rows, "data pair-scores",
        // the scores as Python wrote them, as the table of means writes an outlet's mean (report_score_texts):
        // "50.0" in both places, where three significant digits here had written "50"; the CSV keeps the numbers
        function (v, r, c) { return c < 2 ? fmt(v) : c - 2 < arts.length ? arts[c - 2].scoreTexts[r] : difference ? difference[r] : fmt(v); });
      // each article's column: its outlet, then its headline, which a phone leaves out (report.css)
      box.querySelectorAll("table.pair-scores tr:first-child th").forEach(function (th, j) {
        var a = j >= 2 ? arts[j - 2] : null;
        if (!a) return;
        th.textContent = nameOf(a);
        th.appendChild(el("span", "pair-title", ": " + (a.title || a.id)));
      });
      box.appendChild(pairFindings(arts));
      keepViewers(function (v) { return !v[0].closest(".column"); });
      document.getElementById("side-by-side").classList.toggle("three", !two);
      pinLegend();  // the legend is as wide as the texts: its height may change
      COLUMNS.forEach(function (id, k) {
        var col = document.getElementById(id);
        if (!col) return;
        col.textContent = "";
        col.hidden = k >= arts.length;
        if (col.hidden) return;
        var a = arts[k];
        col.setAttribute("aria-label", "text of " + nameOf(a));
        col.appendChild(skipLinks(k, arts));
        // whose text this is, pinned at the top of its column under the legend while it is read (report.css):
        // mid-text, nothing had said which column was Fox News and which The New York Times
        col.appendChild(el("div", "column-name", nameOf(a)));
        var head = articleHeader(a), heading = head.querySelector("h3");
        heading.id = id + "-title";
        heading.tabIndex = -1;  // where a skip link puts the focus
        col.appendChild(head);
        var body = el("div", "article-text");
        col.appendChild(body);
        viewText(body, a, heading);
      });
      var summary = document.querySelector("#pair-tables summary");
      if (summary) summary.textContent = "Scores and findings of the " + (two ? "two" : "three") + " texts, compared in two tables";
      var print = document.getElementById("print-pair");
      if (print) {
        print.textContent = two ? "Print this pair only" : "Print these three only";
        print.title = "print (or save as PDF) only this view: the " + (two ? "two" : "three") + " texts, their scores and the legend";
      }
    }
    /* Keyboard order in the side-by-side view: each text's findings in reading order, the first
       text's before the next's, as a reader goes; links first in each column (shown when they have
       the focus) jump past a text's findings: on to the next text, back to the first, or (from the
       last) past them all (thirty Tab stops had stood between a student and the other text) */
    function skipLinks(k, arts) {
      var nav = el("div", "skip-links");
      var link = function (text, target) {
        var a = el("a", "skip-link", text);
        a.href = "#" + target;
        a.addEventListener("click", function (ev) {
          ev.preventDefault();
          var to = document.getElementById(target);
          if (!to) return;
          if (!to.hasAttribute("tabindex")) to.tabIndex = -1;
          to.focus({ preventScroll: true });
          to.scrollIntoView({ block: "start" });
        });
        nav.appendChild(a);
      };
      if (k + 1 < arts.length) link("Skip to the " + ORDINALS[k + 1] + " text (" + nameOf(arts[k + 1]) + ")", COLUMNS[k + 1] + "-title");
      if (k > 0) link("Back to the first text (" + nameOf(arts[0]) + ")", "pair-a-title");
      if (k === arts.length - 1) {
        // on past the texts: the heading of the section after them
        var next = document.querySelector("#side-by-side ~ section h2");
        if (next) {
          next.id = next.id || next.closest("section").id + "-heading";
          link("Skip past the texts (to " + next.textContent + ")", next.id);
        }
      }
      return nav;
    }

    /* what the two texts contain, counted from their findings: the classroom "what differs" */
    function findingCounts(a) {
      var f = findings(a).spans, c = {}, sources = {};
      f.forEach(function (s) {
        var key = s.type + (s.type === "loaded" || s.type === "hedge" || s.type === "booster" || s.type === "quote" ? ":" + s.voice : "");
        if (isMention(s)) return;  // a term only named is nobody's word: counted once, by its quotation
        if (s.type === "quote" && s.category === "mention") key = "quote:mention";
        c[key] = (c[key] || 0) + 1;
        if (s.type === "attribution") {
          var who = s.speaker || "(not named)";
          sources[who] = sources[who] || {};
          if (s.verb) sources[who][s.verb] = (sources[who][s.verb] || 0) + 1;
        }
      });
      var who = Object.keys(sources).map(function (k) {
        var verbs = Object.keys(sources[k]).map(function (v) { return verbLabel(v) + (sources[k][v] > 1 ? " ×" + sources[k][v] : ""); });
        return k + (verbs.length ? " (" + verbs.join(", ") + ")" : "");
      });
      return { counts: c, who: who.join("; ") };
    }
    function pairFindings(arts) {
      var counted = arts.map(findingCounts);
      var lines = [
        ["loaded words, the outlet's own", "loaded:author"], ["loaded words, inside quotations", "loaded:quoted"],
        ["hedges, the outlet's own", "hedge:author"], ["boosters, the outlet's own", "booster:author"],
        ["quotations (spoken)", "quote:quoted"], ["scare quotes (quoted words in the outlet's own voice)", "quote:author"],
        ["terms named, not used (\u201cthe term \u2026\u201d)", "quote:mention"],
        ["attributions", "attribution"], ["anonymous sources", "anonymous_source"]];
      if (DATA.classified) lines.push(["sentences the classifier marks as biased", "biased_sentence"]);
      var rows = lines.map(function (l) { return [l[0]].concat(counted.map(function (c) { return c.counts[l[1]] || 0; })); });
      rows.push(["who is quoted, with which verbs"].concat(counted.map(function (c) { return c.who || "–"; })));
      var cols = ["findings"].concat(arts.map(nameOf));
      var wrap = el("div", "table-wrap");
      downloadableTable(wrap, "pairFindings", "What each text contains", cols, rows, "data pair-findings");
      return wrap;
    }

    /* The chooser: "all three" (value "t0") is offered on a screen of 1200 px or more, and shown
       first there; narrower, two texts (three columns of some 250 px read as a word a line).  A
       window narrowed under three texts goes to two of them, and back to three when widened, unless
       the reader picked a pair. */
    function startSideBySide() {
      var sel = document.getElementById("pair-select"), trios = DATA.trios || [];
      if (!DATA.pairs.length) return;
      var wide = window.matchMedia("(min-width: 1200px)"), picked = false;
      var label = document.querySelector("#side-by-side .pair-label-text"), asked = label ? label.textContent : "";
      var show = function (v) { if (String(v).charAt(0) === "t") showTrio(Number(v.slice(1))); else showPair(Number(v)); };
      var offer = function () {
        if (!sel || !trios.length) return;
        sel.querySelectorAll(".trio-option").forEach(function (o) { o.hidden = o.disabled = !wide.matches; });
        var every = asked.match(/^Compare two of the (\d+) articles:$/);
        if (label) label.textContent = !wide.matches ? asked : every ? "Compare all " + every[1] + " articles, or two of them:" : "Side by side:";
      };
      var start = function (v) { if (sel) sel.value = v; show(v); };
      offer();
      start(trios.length && wide.matches ? "t0" : "0");
      if (!sel) return;
      sel.addEventListener("change", function () { picked = true; show(sel.value); });
      if (!trios.length) return;
      // printing lays the page out at the paper's width: that is no narrower window (three texts print as three)
      var printing = false;
      window.addEventListener("beforeprint", function () { printing = true; });
      window.addEventListener("afterprint", function () { printing = false; });
      wide.addEventListener("change", function () {
        if (printing) return;
        offer();
        if (!wide.matches && sel.value.charAt(0) === "t") {
          var ids = trios[Number(sel.value.slice(1))].ids;  // the trio's first two
          start(String(Math.max(0, DATA.pairs.findIndex(function (p) { return p.a === ids[0] && p.b === ids[1]; }))));
        } else if (wide.matches && !picked) start("t0");
      });
    }

    /* Side by side, the legend is pinned under the header while the texts scroll (report.css): it sat
       above the two score tables, some 2,000 px from the texts on a phone, so a student reading them
       had no key to the colours.  The pinned heights go to CSS, so a finding reached by Tab scrolls
       clear of them. */
    function pinLegend() {
      var header = document.querySelector("header"), legend = document.querySelector('.toggles[data-for="pair"]');
      var top = header && getComputedStyle(header).position === "sticky" ? header.offsetHeight : 0;
      document.documentElement.style.setProperty("--header-h", top + "px");
      document.documentElement.style.setProperty("--legend-h", (legend ? legend.offsetHeight : 0) + "px");
    }
    pinLegend();
    window.addEventListener("resize", pinLegend);

    /* once the articles are unpacked: the print buttons, then the texts */
    function startWith(articles) {
      ARTICLES = articles;
      // a handout of the pair alone: the rest of the page is left out of this one printing
      var printPair = document.getElementById("print-pair");
      if (printPair) printPair.addEventListener("click", function () { document.body.classList.add("print-pair"); window.print(); });
      window.addEventListener("afterprint", function () { document.body.classList.remove("print-pair"); });
      // printed, the texts' scores are part of the handout: their folded tables open for it, and fold again after
      var tablesBox = document.getElementById("pair-tables"), wasOpen = false;
      if (tablesBox) {
        window.addEventListener("beforeprint", function () { wasOpen = tablesBox.open; tablesBox.open = true; });
        window.addEventListener("afterprint", function () { tablesBox.open = wasOpen; });
      }
      startSideBySide();
    }
    return { start: startWith };
  };
})();
