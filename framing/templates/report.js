/* framing report: what the page's views share, and its start: the page data, an article's findings
   and its highlighted text, the layer switches, CSV downloads.  The views each have their own file,
   joined before this one into one script (framing/report.py): the figures report_charts.js, a
   finding's details report_details.js, the Articles view report_article_browser.js, the side-by-side
   view report_side_by_side.js; each is called once below, with what it uses passed explicitly.
   Article text is only ever put into the page with textContent, never innerHTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("page-data").textContent);
  var PRIORITY = ["loaded", "anonymous_source", "hedge", "booster", "attribution", "quote", "biased_sentence"];
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

  /* a share's value as a percentage ("17%"; a difference of two, "4.86 points"), as the charts and the
     table of means show it (report_figures.percent); every other score as fmt; a CSV keeps the fraction */
  var PERCENT = new Set(DATA.percentScores || []);
  function fmtScore(score, v, points) {
    if (!PERCENT.has(score) || typeof v !== "number") return fmt(v);
    return String(Number((v * 100).toPrecision(3))) + (points ? " points" : "%");
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
    head.appendChild(btn);
    parent.appendChild(head);
    var t = el("table", cls), tr = el("tr");
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

  /* ---- highlighted text ---- */
  function codePointMap(text) {
    // Offsets count Python code points; JS strings count UTF-16 units. Map when they differ.
    if (!/[\uD800-\uDBFF]/.test(text)) return null;
    var map = [], u = 0;
    for (var ch of text) { map.push(u); u += ch.length; }
    map.push(u);
    return map;
  }
  /* an article's text in `host`; where `heading` is given and the text holds its headline
     (report_articles.headline_range), that line goes into the heading, its findings highlighted
     there, and is left out of the text below: the headline had been read twice */
  function renderText(host, a, heading) {
    host.textContent = "";
    if (a.text === null || a.text === undefined) {
      host.appendChild(el("p", "empty", "The text of this article is not stored in this report."));
      return;
    }
    var text = a.text, map = codePointMap(text);
    var at = function (i) { return map ? map[Math.min(i, map.length - 1)] : i; };
    var all = findings(a);
    // [start, end, finding] in JS string positions, only the types switched on
    var spans = all.spans.filter(function (f) { return f.type && enabled.has(f.type) && f.end > f.start; })
      .map(function (f) { return [at(f.start), at(f.end), f]; });
    var ignored = all.ignored.map(function (r) { return [at(r.start), at(r.end), r.reason]; });
    if (!heading || !a.headline) {
      host.appendChild(pieces(text, spans, ignored, 0, text.length));
      return;
    }
    // after it, the text goes on past blank lines and the headline's repeats right under it
    var from = at(a.headline[0]), to = at(a.headline[1]), after = at(a.headline[2]);
    heading.textContent = "";
    heading.appendChild(pieces(text, spans, ignored, from, to));
    // page clutter above the headline (an app's prompts, a byline block): folded under one line, or
    // a class began The Independent's text with eight grey lines of "Get all your news in one place."
    var above = pieces(text, spans, ignored, 0, from), lines = text.slice(0, from).split("\n").filter(function (l) { return l.trim(); }).length;
    if (lines && allClutter(text, ignored, 0, from)) {
      var fold = el("details", "clutter-above");
      fold.appendChild(el("summary", null, lines + (lines === 1 ? " line" : " lines") + " of page clutter above the headline, left out of the counts"));
      fold.appendChild(above);
      host.appendChild(fold);
    } else host.appendChild(above);
    host.appendChild(pieces(text, spans, ignored, after, text.length));
  }
  /* whether every word of text[lo:hi] lies in a range left out as page clutter */
  function allClutter(text, ignored, lo, hi) {
    for (var i = lo; i < hi; i++) {
      if (/\s/.test(text[i])) continue;
      var r = ignored.find(function (g) { return g[0] <= i && i < g[1]; });
      if (!r) return false;
      i = r[1] - 1;
    }
    return true;
  }
  /* text[lo:hi] with its findings as focusable highlights and its clutter greyed */
  function pieces(text, spans, ignored, lo, hi) {
    var cuts = new Set([lo, hi]);
    spans.forEach(function (s) { cuts.add(s[0]); cuts.add(s[1]); });
    ignored.forEach(function (r) { cuts.add(r[0]); cuts.add(r[1]); });
    var points = Array.from(cuts).filter(function (x) { return x >= lo && x <= hi; }).sort(function (x, y) { return x - y; });
    var frag = document.createDocumentFragment();
    for (var k = 0; k < points.length - 1; k++) {
      var from = points[k], to = points[k + 1], piece = text.slice(from, to);
      var cover = spans.filter(function (s) { return s[0] <= from && s[1] >= to; });
      var ign = ignored.find(function (r) { return r[0] <= from && r[1] >= to; });
      // each piece knows where it starts in the text: a reading note finds its words by it (jumpTo)
      if (!cover.length && !ign) { var plain = document.createTextNode(piece); plain._at = from; frag.appendChild(plain); continue; }
      var e = el("span", null, piece);
      e.firstChild._at = from;
      if (ign) { e.className = "ignored"; e.title = "left out of the counts: " + ign[2]; }
      if (cover.length) {
        cover.sort(function (x, y) { return PRIORITY.indexOf(x[2].type) - PRIORITY.indexOf(y[2].type); });
        var top = cover[0];
        e.className = "hl t-" + top[2].type + (top[2].voice === "quoted" ? " voice-quoted" : "");
        e.dataset.types = cover.map(function (s) { return s[2].type; }).join(" ");
        // one Tab stop where a finding begins (or where its part in this range does): the rest of a
        // quotation after a loaded word inside it shows the same details again, and had been one more stop
        e.tabIndex = cover.some(function (s) { return s[0] === from || (from === lo && s[0] < lo); }) ? 0 : -1;
        e._cover = cover;
        e._text = text;
      }
      frag.appendChild(e);
    }
    return frag;
  }

  /* a finding inside a quoted term the outlet only names (models.MENTION_RULE starts its rule) */
  function isMention(f) { return typeof f.rule === "string" && f.rule.indexOf("mention:") === 0; }
  /* ---- a finding's details on hover, tap or focus: report_details.js ---- */
  var details = window.framingDetails(DATA, { el: el, verbLabel: verbLabel, isMention: isMention });

  /* ---- span-type toggles, shared by every view ---- */
  function buildToggles() {
    document.querySelectorAll(".toggles").forEach(function (box) {
      box.textContent = "";
      var row = el("div", "layer-switches");  // one scrolling row on a phone, where the pinned legend must stay short
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
    viewers.forEach(function (v) { renderText(v[0], v[1], v[2]); });
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
        b.addEventListener("click", function () { jumpTo(b, a, at); });
        notes.appendChild(b);
      });
      head.appendChild(notes);
    }
    return head;
  }
  /* A reading note's words in their text: scrolled into sight (inside the article view's box too),
     a third down the screen, clear of the pinned legend, and marked a moment.  The text's pieces
     know where they start (pieces: _at), so the headline shown as the heading, the clutter folded
     above the text (opened for it) and the text after it are all found, each piece measured on its
     own: in the page they do not stand in the text's order (the heading comes before the fold). */
  function jumpTo(from, a, range) {
    var view = from.closest(".column, .article-view");
    if (!view || a.text === null || a.text === undefined) return;
    var map = codePointMap(a.text), at = function (i) { return map ? map[Math.min(i, map.length - 1)] : i; };
    var lo = at(range[0]), hi = at(range[1]), parts = [];
    view.querySelectorAll("h3, .article-text").forEach(function (host) {
      var walk = document.createTreeWalker(host, NodeFilter.SHOW_TEXT), node;
      while ((node = walk.nextNode())) {
        if (node._at === undefined || node._at >= hi || node._at + node.length <= lo) continue;
        var r = document.createRange();
        r.setStart(node, Math.max(0, lo - node._at));
        r.setEnd(node, Math.min(node.length, hi - node._at));
        parts.push(r);
        // words folded away (the page clutter above a headline) are opened first: a note's words
        // starting in the fold had been scrolled to and marked only where they left it
        for (var d = node.parentNode.closest("details"); d && view.contains(d); d = d.parentNode.closest("details")) d.open = true;
      }
    });
    if (!parts.length) return;
    var rects = function (of) {
      var all = [];
      of.forEach(function (r) { Array.prototype.forEach.call(r.getClientRects(), function (x) { if (x.width) all.push(x); }); });
      return all;
    };
    var highest = function (list) { return Math.min.apply(null, list.map(function (x) { return x.top; })); };
    var box = view.querySelector(".article-text");
    var inBox = rects(parts.filter(function (r) { return box && box.contains(r.startContainer); }));
    if (inBox.length && box.scrollHeight > box.clientHeight + 1) {  // the article view's text scrolls in its own box
      box.scrollTop += highest(inBox) - box.getBoundingClientRect().top - box.clientHeight / 3;
    }
    var first = rects(parts);
    if (!first.length) return;
    window.scrollBy(0, highest(first) - window.innerHeight / 3);
    // one mark a line: the pieces' boxes (one a highlight they cross) joined where they share a line
    var lines = [];
    rects(parts).forEach(function (rect) {
      var line = lines.find(function (l) { return Math.abs(l.top - rect.top) < rect.height / 2; });
      if (!line) { lines.push({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom }); return; }
      line.left = Math.min(line.left, rect.left); line.right = Math.max(line.right, rect.right);
      line.top = Math.min(line.top, rect.top); line.bottom = Math.max(line.bottom, rect.bottom);
    });
    lines.forEach(function (line) {
      var mark = el("div", "jump-flash");
      mark.style.left = (line.left + window.scrollX - 2) + "px";
      mark.style.top = (line.top + window.scrollY - 1) + "px";
      mark.style.width = (line.right - line.left + 4) + "px";
      mark.style.height = (line.bottom - line.top + 2) + "px";
      document.body.appendChild(mark);
      setTimeout(function () { mark.remove(); }, 2600);
    });
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
    renderText(host, a, heading);
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
  /* ---- the Articles view: report_article_browser.js; side by side: report_side_by_side.js ---- */
  var browser = window.framingArticleBrowser(DATA, { el: el, fmt: fmt, fmtScore: fmtScore, articleHeader: articleHeader,
    layers: LAYERS, layersOf: layersOf, showOnly: showOnly, viewText: viewText, keepViewers: keepViewers, articleShown: articleShown });
  var sideBySide = window.framingSideBySide(DATA, { el: el, fmt: fmt, fmtScore: fmtScore, verbLabel: verbLabel, isMention: isMention,
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