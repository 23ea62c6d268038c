/* framing report: CSV downloads, the article browser and the side-by-side view (the figures: report_charts.js;
   a finding's details: report_details.js).
   Article text is only ever put into the page with textContent, never innerHTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("page-data").textContent);
  var PRIORITY = ["loaded", "anonymous_source", "hedge", "booster", "attribution", "quote", "biased_sentence"];
  // the layers one can switch: span types, and the classifier's sentences where a model ran
  var LAYERS = DATA.types.concat(DATA.classified ? ["biased_sentence"] : []);
  var STRING_FIELDS = ["category", "speaker", "verb", "stance", "rule", "term", "detector"];
  var PER_PAGE = 25;
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
        label.appendChild(el("span", "swatch t-" + type, DATA.typeLabels[type] || type));
        row.appendChild(label);
      });
      // back to every finding after "show" picked one score's (ticking six boxes again was the only way)
      var all = el("button", "all-layers", "show all findings");
      all.type = "button";
      all.addEventListener("click", function () { showOnly(DATA.types); });
      row.appendChild(all);
      box.appendChild(row);
      // what the lines mean, each drawn as it looks in the text (the words alone had to be matched to the underlines)
      var note = el("span", "legend-note");
      [["line-own", "solid", ": the outlet's own words · "], ["line-quoted", "dashed", ": inside a quotation · "], ["line-ignored ignored", "grey", ": left out (page clutter)"]].forEach(function (part) {
        note.appendChild(el("span", part[0], part[1]));
        note.appendChild(document.createTextNode(part[2]));
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
     know where they start (pieces: _at), so the headline shown as the heading and the text after
     it are both found. */
  function jumpTo(from, a, range) {
    var view = from.closest(".column, .article-view");
    if (!view || a.text === null || a.text === undefined) return;
    var map = codePointMap(a.text), at = function (i) { return map ? map[Math.min(i, map.length - 1)] : i; };
    var lo = at(range[0]), hi = at(range[1]), start = null, end = null, nodes = [];
    view.querySelectorAll("h3, .article-text").forEach(function (host) {
      var walk = document.createTreeWalker(host, NodeFilter.SHOW_TEXT), node;
      while ((node = walk.nextNode())) if (node._at !== undefined) nodes.push(node);
    });
    nodes.sort(function (x, y) { return x._at - y._at; });  // in the text's order (clutter above the headline comes before it)
    nodes.forEach(function (node) {
      if (!start && node._at + node.length > lo) start = [node, Math.max(0, lo - node._at)];
      if (start && node._at < hi) end = [node, Math.min(node.length, hi - node._at)];
    });
    if (!start || !end) return;
    var r = document.createRange();
    r.setStart(start[0], start[1]);
    r.setEnd(end[0], end[1]);
    var box = start[0].parentNode.closest(".article-text");
    if (box && box.scrollHeight > box.clientHeight + 1) {  // the article view's text scrolls in its own box
      box.scrollTop += r.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
    }
    window.scrollBy(0, r.getBoundingClientRect().top - window.innerHeight / 3);
    // one mark a line: the range's boxes (one a highlight it crosses) joined where they share a line
    var lines = [];
    Array.prototype.forEach.call(r.getClientRects(), function (rect) {
      if (!rect.width) return;
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
  function showArticle(i) {
    shownArticle = i;
    markRepeat();
    var a = ARTICLES[i], view = document.getElementById("article-view");
    view.textContent = "";
    view.appendChild(articleHeader(a));
    var det = el("details");
    det.appendChild(el("summary", null, "Scores"));
    var t = el("table", "data article-scores");
    var body = el("div", "article-text");
    DATA.scores.forEach(function (s, k) {
      var tr = el("tr"), cell = el("td"), layers = layersOf(s);
      tr.appendChild(el("td", null, s));
      tr.appendChild(el("td", null, DATA.scoreLabels[s] || ""));
      tr.appendChild(el("td", null, fmtScore(s, a.scores[k])));
      if (layers && LAYERS.indexOf(layers[0]) >= 0) {
        var b = el("button", "show-score", "show");
        b.type = "button";
        b.dataset.score = s;
        b.title = "highlight only the findings this score is counted from";
        b.addEventListener("click", function () { showOnly(layers); body.scrollIntoView({ block: "nearest" }); });
        cell.appendChild(b);
      }
      tr.appendChild(cell);
      t.appendChild(tr);
    });
    det.appendChild(t);
    view.appendChild(det);
    view.appendChild(body);
    viewers = viewers.filter(function (v) { return !view.contains(v[0]) && document.body.contains(v[0]); });
    viewers.push([body, a, view.querySelector("h3")]);
    renderText(body, a, view.querySelector("h3"));
    document.querySelectorAll("#article-table tbody tr").forEach(function (tr) { tr.classList.toggle("current", Number(tr.dataset.index) === i); });
  }

  /* ---- the article list: search + pages ---- */
  var filtered = [], page = 0, searchTimer = null;
  /* what a search compares: case, accents and typographic quotes folded, so "erdogan" finds
     "Erdoğan" and a typed "putin's" finds "Putin’s" (a keyboard's apostrophe is straight) */
  var FOLD = { "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u0142": "l", "\u0131": "i", "\u00f8": "o", "\u0111": "d", "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe" };
  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019\u201b\u2032\u201c\u201d\u201e\u0142\u0131\u00f8\u0111\u00df\u00e6\u0153]/g, function (c) { return FOLD[c]; });
  }
  function haystack(a) {
    if (a._hay === undefined) a._hay = fold(a.title + "\n" + a.outlet + "\n" + a.id + "\n" + (a.text || ""));
    return a._hay;
  }
  function applySearch(q) {
    q = fold(q.trim());
    filtered = [];
    ARTICLES.forEach(function (a, i) { if (!q || haystack(a).indexOf(q) >= 0) filtered.push(i); });
    page = 0;
    drawList();
  }
  function drawList() {
    var tbody = document.querySelector("#article-table tbody");
    tbody.textContent = "";
    filtered.slice(page * PER_PAGE, (page + 1) * PER_PAGE).forEach(function (i) {
      var a = ARTICLES[i], tr = el("tr");
      tr.dataset.index = i;
      tr.dataset.id = a.id;
      [a.outlet, a.title || a.id, a.date, fmt(a.words)].forEach(function (v) { tr.appendChild(el("td", null, v)); });
      tr.tabIndex = 0;  // the list is worked by keyboard too: Tab to a row, Enter opens it
      tr.addEventListener("click", function () { showArticle(i); });
      tr.addEventListener("keydown", function (ev) {
        if (ev.key !== "Enter" && ev.key !== " ") return;
        ev.preventDefault();
        showArticle(i);
        // on to the article: the next Tab reaches its findings, not the rest of the list
        var h = document.querySelector("#article-view h3");
        h.tabIndex = -1;
        h.focus();
      });
      tbody.appendChild(tr);
    });
    var pages = Math.max(1, Math.ceil(filtered.length / PER_PAGE));
    document.getElementById("page-info").textContent = "page " + (page + 1) + " of " + pages + " (" + filtered.length + " articles)";
    document.getElementById("page-prev").disabled = page === 0;
    document.getElementById("page-next").disabled = page >= pages - 1;
  }
  document.getElementById("page-prev").addEventListener("click", function () { if (page > 0) { page--; drawList(); } });
  document.getElementById("page-next").addEventListener("click", function () { if ((page + 1) * PER_PAGE < filtered.length) { page++; drawList(); } });
  document.getElementById("article-search").addEventListener("input", function (ev) {
    clearTimeout(searchTimer);
    var q = ev.target.value;
    searchTimer = setTimeout(function () { applySearch(q); }, 150);
  });

  /* ---- side by side ---- */
  // an article's outlet, or its id (the file's name) where no outlet is named: two "(no outlet)" columns told nothing apart
  function nameOf(a) { return a.outlet && a.outlet !== DATA.noOutlet ? a.outlet : a.id; }
  var COLUMNS = ["pair-a", "pair-b", "pair-c"], ORDINALS = ["first", "second", "third"];
  function showPair(k) { showTexts([DATA.pairs[k].a, DATA.pairs[k].b]); }
  /* three articles at once, on a wide screen: a class of three had to pick two of them */
  function showTrio(k) { showTexts(DATA.trios[k].ids); }
  /* two or three articles side by side: their scores, what each contains, their texts */
  function showTexts(ids) {
    shownTexts = ids.slice();
    markRepeat();
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
      function (v, r, c) { return c >= 2 ? fmtScore(rows[r][0], v, two && c === 4) : fmt(v); });
    // each article's column: its outlet, then its headline, which a phone leaves out (report.css)
    box.querySelectorAll("table.pair-scores tr:first-child th").forEach(function (th, j) {
      var a = j >= 2 ? arts[j - 2] : null;
      if (!a) return;
      th.textContent = nameOf(a);
      th.appendChild(el("span", "pair-title", ": " + (a.title || a.id)));
    });
    box.appendChild(pairFindings(arts));
    viewers = viewers.filter(function (v) { return !v[0].closest(".column"); });
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
      viewers.push([body, a, heading]);
      renderText(body, a, heading);
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
  loadArticles().then(function (store) {
    ARTICLES = store.articles;
    STRINGS = store.strings;
    applySearch("");
    if (ARTICLES.length) showArticle(0);
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
