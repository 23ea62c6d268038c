/* framing report: what the page's views share, and its start: the page data, an article's findings,
   the layer switches, CSV downloads.  The views each have their own file, joined before this one
   into one script (framing/report.py): the figures report_charts.js, a finding's details
   report_details.js, an article's highlighted text report_text.js, the Articles view
   report_article_browser.js, the side-by-side view report_side_by_side.js; each is called once
   below, with what it uses passed explicitly.
   Article text is only ever put into the page with textContent, never innerHTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("page-data").textContent);
  // the layers one can switch: span types, and the classifier's sentences where a model ran
  var LAYERS = DATA.types.concat(DATA.classified ? ["biased_sentence"] : []);
  var STRING_FIELDS = ["category", "speaker", "verb", "stance", "rule", "term", "detector"];
  var enabled = new Set(DATA.types);  // the classifier's sentences start switched off: they shade whole sentences
  var tables = Object.assign({}, DATA.tables);
  var ARTICLES = null, STRINGS = [null];
  var viewers = [];  // [text element, article, heading] currently on screen, re-rendered on toggles

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmt(v) {
    if (v === null || v === undefined) return "–";
    if (typeof v === "number") return Number.isInteger(v) ? v.toLocaleString("en") : String(Number(v.toPrecision(3)));
    return String(v);
  }

  /* a reporting verb as a reader says it: "according to", not the lemma "according_to"; "colon" is no verb */
  function verbLabel(v) { return v === "colon" ? "a colon (:)" : v.replace(/_/g, " "); }

  /* ---- CSV downloads (built in the page, nothing is fetched) ---- */
  function csvCell(v) {
    if (v === null || v === undefined) return "";
    var s = String(v);
    // text that a spreadsheet would run as a formula (=, +, -, @) is kept as text
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function downloadCsv(name) {
    var t = name === "articles" ? articleTable() : tables[name];
    if (!t) return;
    var lines = [t.columns].concat(t.rows).map(function (r) { return r.map(csvCell).join(","); });
    var url = URL.createObjectURL(new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" }));
    var a = el("a");
    a.href = url;
    a.download = name + ".csv";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 2000);
  }
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest(".csv-button");
    if (b) downloadCsv(b.dataset.table);
  });
  function articleTable() {
    var cols = ["id", "outlet", "title", "date", "url", "event", "words"].concat(DATA.scores);
    var rows = (ARTICLES || []).map(function (a) {
      return [a.id, a.outlet, a.title, a.date, a.url, a.event, a.words].concat(a.scores);
    });
    return { columns: cols, rows: rows };
  }
  // A titled table with a "Download CSV" button, registered in `tables` under `key` so the
  // page-wide CSV handler finds its rows; values go in as text (textContent), never as markup.
  function downloadableTable(parent, key, title, cols, rows, cls, format) {
    tables[key] = { columns: cols, rows: rows };
    var head = el("div", "table-head");
    head.appendChild(el("span", "table-title", title));
    var btn = el("button", "csv-button", "Download CSV");
    btn.type = "button";
    btn.dataset.table = key;
    if (title) btn.setAttribute("aria-label", "Download CSV: " + title);  // a screen reader's list of buttons had read "Download CSV" a dozen times
    head.appendChild(btn);
    parent.appendChild(head);
    var t = el("table", cls), tr = el("tr");
    if (title) t.setAttribute("aria-label", title);
    cols.forEach(function (c) { tr.appendChild(el("th", null, c)); });
    t.appendChild(tr);
    rows.forEach(function (r, i) {
      var row = el("tr");
      r.forEach(function (v, j) { row.appendChild(el("td", null, format ? format(v, i, j) : fmt(v))); });
      t.appendChild(row);
    });
    parent.appendChild(t);
  }

  /* ---- findings: the compact store (see framing/report_articles.py) expanded on first use ---- */
  function findings(a) {
    if (a._findings) return a._findings;
    var start = 0, spans = [], ignored = [];
    a.spans.forEach(function (row) {
      start += row[0];
      var f = { start: start, end: start + row[1], type: DATA.types[row[2]], voice: DATA.voices[row[3]], weight: row[4] || null };
      STRING_FIELDS.forEach(function (k, j) { f[k] = STRINGS[row[5 + j] || 0]; });
      spans.push(f);
    });
    start = 0;
    (a.sentences || []).forEach(function (row) {
      start += row[0];
      var p = row[2] / 1000;
      if (p >= DATA.threshold) {
        spans.push({ start: start, end: start + row[1], type: "biased_sentence", voice: "author",
                     probability: p.toFixed(3) + " (threshold " + DATA.threshold.toFixed(3) + "): how likely a model trained on sentences people labelled "
                       + "finds it that they would call this sentence biased; marked from the threshold up. A model's guess: read the sentence" });
      }
    });
    start = 0;
    a.ignored.forEach(function (row) {
      start += row[0];
      ignored.push({ start: start, end: start + row[1], reason: STRINGS[row[2] || 0] || "" });
    });
    a._findings = { spans: spans, ignored: ignored };
    return a._findings;
  }

  /* ---- an article's text, highlighted, and going to a place in it: report_text.js ---- */
  var articleText = window.framingText({ el: el, findings: findings, typeLabels: DATA.typeLabels });

  /* a finding inside a quoted term the outlet only names (models.MENTION_RULE starts its rule) */
  function isMention(f) { return typeof f.rule === "string" && f.rule.indexOf("mention:") === 0; }
  /* ---- a finding's details on hover, tap or focus: report_details.js ---- */
  var details = window.framingDetails(DATA, { el: el, verbLabel: verbLabel, isMention: isMention });

  /* ---- span-type toggles, shared by every view ---- */
  function buildToggles() {
    document.querySelectorAll(".toggles").forEach(function (box) {
      box.textContent = "";
      var row = el("div", "layer-switches");  // one scrolling row on a phone, where the pinned legend must stay short
      row.setAttribute("role", "group");  // a screen reader names the switches for what they switch
      row.setAttribute("aria-label", "highlights shown in the text");
      LAYERS.forEach(function (type) {
        var label = el("label");
        var cb = el("input");
        cb.type = "checkbox";
        cb.checked = enabled.has(type);
        cb.dataset.type = type;
        label.appendChild(cb);
        // a label's aside ("attribution (reporting verb)") is its own piece: a tablet's pinned legend leaves it out (report.css)
        var name = DATA.typeLabels[type] || type, aside = name.indexOf(" ("), swatch = el("span", "swatch t-" + type, aside > 0 ? name.slice(0, aside) : name);
        if (aside > 0) { swatch.appendChild(el("span", "label-aside", name.slice(aside))); label.title = name; }
        label.appendChild(swatch);
        row.appendChild(label);
      });
      // back to every finding after "show" picked one score's (ticking six boxes again was the only way)
      var all = el("button", "all-layers", "show all findings");
      all.type = "button";
      all.addEventListener("click", function () { showOnly(DATA.types); });
      row.appendChild(all);
      box.appendChild(row);
      // on a phone the row scrolls sideways: a fading edge says more switches lie that way (report.css)
      var edges = function () {
        var more = (row.scrollLeft > 1 ? ["left"] : []).concat(row.scrollLeft + row.clientWidth < row.scrollWidth - 1 ? ["right"] : []);
        row.dataset.more = more.join(" ");
      };
      row.addEventListener("scroll", edges, { passive: true });
      window.addEventListener("resize", edges);
      requestAnimationFrame(edges);
      // what the lines mean, each drawn as it looks in the text (the words alone had to be matched to the
      // underlines); on a phone the meanings alone, each drawn as its line (report.css), keep it one line
      var note = el("span", "legend-note");
      [["own", "line-own", "solid", "the outlet's own words", ""], ["quoted", "line-quoted", "dashed", "inside a quotation", ""],
       ["ignored", "line-ignored ignored", "grey", "left out", " (page clutter)"]].forEach(function (part, k) {
        var key = el("span", "key key-" + part[0]);
        key.appendChild(el("span", "key-name " + part[1], part[2]));
        key.appendChild(el("span", "key-sep", ": "));
        key.appendChild(el("span", "key-meaning", part[3]));
        if (part[4]) key.appendChild(el("span", "key-aside", part[4]));
        if (k) note.appendChild(document.createTextNode(" \u00b7 "));
        note.appendChild(key);
      });
      box.appendChild(note);
    });
  }
  function redraw() {
    document.querySelectorAll(".toggles input[data-type]").forEach(function (cb) { cb.checked = enabled.has(cb.dataset.type); });
    details.hide();
    viewers.forEach(function (v) { articleText.render(v[0], v[1], v[2], enabled); });
  }
  document.addEventListener("change", function (ev) {
    var type = ev.target.dataset && ev.target.dataset.type;
    if (!type) return;
    if (ev.target.checked) enabled.add(type); else enabled.delete(type);
    redraw();
  });
  /* which findings a score is counted from: "show" next to a score switches to just those */
  function layersOf(score) {
    if (/^loaded/.test(score)) return ["loaded"];
    if (/^hedge/.test(score)) return ["hedge"];
    if (/^booster/.test(score)) return ["booster"];
    if (/^quote/.test(score)) return ["quote"];
    if (/^anonymous/.test(score)) return ["attribution", "anonymous_source"];
    if (/attribution|verb/.test(score)) return ["attribution"];
    if (/bias/.test(score)) return ["biased_sentence"];
    return null;
  }
  function showOnly(layers) {
    enabled = new Set(layers);
    redraw();
  }

  /* ---- one article ---- */
  function articleHeader(a) {
    var head = el("div", "article-head");
    head.appendChild(el("h3", null, a.title || a.id));
    var meta = [a.outlet, a.date, fmt(a.words) + " words", "id " + a.id].filter(Boolean).join(" · ");
    head.appendChild(el("div", "article-meta", meta));
    if (a.url) head.appendChild(el("div", "article-meta", a.url));
    // how the text was read (unpaired quotation marks, ...): folded, so a page of them does not push the text away
    if (a.warnings.length) {
      var notes = el("details", "note reading-notes");
      notes.appendChild(el("summary", null, a.warnings.length + (a.warnings.length === 1 ? " note" : " notes") + " on how this text was read"));
      // each one that names a place in the text is a button that goes there (a class read 'near "...said
      // “the plan was doomed from..."' and then hunted for the words)
      a.warnings.forEach(function (w, k) {
        var at = (a.warningAt || [])[k];
        if (!at) { notes.appendChild(el("div", null, w)); return; }
        var b = el("button", "reading-note", w);
        b.type = "button";
        b.appendChild(el("span", "jump-hint", " \u2192 show in the text"));
        b.addEventListener("click", function () { articleText.jumpTo(b, a, at); });
        notes.appendChild(b);
      });
      head.appendChild(notes);
    }
    return head;
  }
  /* printed, the article view is left out when it shows a text the side-by-side view already
     prints (a class handout had the first article twice) */
  var shownArticle = null, shownTexts = [];
  function markRepeat() {
    document.getElementById("articles").classList.toggle("repeats-pair", shownTexts.indexOf(shownArticle) >= 0);
  }
  function articleShown(i) { shownArticle = i; markRepeat(); }
  function textsShown(ids) { shownTexts = ids.slice(); markRepeat(); }
  /* the texts on screen, each re-drawn (redraw) when a layer is switched */
  function viewText(host, a, heading) {
    viewers.push([host, a, heading]);
    articleText.render(host, a, heading, enabled);
  }
  function keepViewers(keep) { viewers = viewers.filter(keep); }

  /* ---- start ---- */
  function loadArticles() {
    var raw = document.getElementById("article-data").textContent;
    if (DATA.storeEncoding === "json") return Promise.resolve(JSON.parse(raw));
    if (typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("This browser cannot unpack the article texts (no DecompressionStream); open the report in a current browser."));
    }
    var bin = atob(raw.trim()), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }
  buildToggles();
  /* ---- "top": where the header scrolls away (up to 860 px high, a phone), its section links had been
     only at the top of the page; the link shows once the header is out of sight (never where it stays) ---- */
  (function () {
    var top = document.getElementById("to-top"), header = document.querySelector("header");
    if (!top || !header || !window.IntersectionObserver) return;
    new IntersectionObserver(function (seen) { top.hidden = seen[seen.length - 1].isIntersecting; }).observe(header);
  })();
  /* ---- the Articles view: report_article_browser.js; side by side: report_side_by_side.js ---- */
  var browser = window.framingArticleBrowser(DATA, { el: el, fmt: fmt, articleHeader: articleHeader,
    layers: LAYERS, layersOf: layersOf, showOnly: showOnly, viewText: viewText, keepViewers: keepViewers, articleShown: articleShown });
  var sideBySide = window.framingSideBySide(DATA, { el: el, fmt: fmt, verbLabel: verbLabel, isMention: isMention,
    findings: findings, articleHeader: articleHeader, downloadableTable: downloadableTable,
    viewText: viewText, keepViewers: keepViewers, textsShown: textsShown });
  loadArticles().then(function (store) {
    ARTICLES = store.articles;
    STRINGS = store.strings;
    browser.start(ARTICLES);
    sideBySide.start(ARTICLES);
    // ready once the charts are laid out too (the radar is sized after it is drawn: fitRadar)
    var ready = function () { document.body.dataset.ready = "true"; };
    window.framingCharts.drawn().then(ready, ready);
  }, function (err) {
    var view = document.getElementById("article-view");
    view.textContent = "";
    view.appendChild(el("p", "note", err.message));
    document.body.dataset.ready = "error";
  });
})();