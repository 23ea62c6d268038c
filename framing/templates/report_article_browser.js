/* framing report: the article browser (the Articles view): every article in a list to search and
   page through, and the one picked, with its scores and its highlighted text.  report.js (the rest
   of the page) follows it in one script and calls `framingArticleBrowser(DATA, helpers)` once; it
   gets back `start`, called with the articles once they are unpacked.
   Article text is only ever put into the page with textContent, never innerHTML. */
(function () {
  "use strict";
  window.framingArticleBrowser = function (DATA, helpers) {
    var el = helpers.el, fmt = helpers.fmt, articleHeader = helpers.articleHeader;
    // a score's "show" button switches the layers to its findings
    var LAYERS = helpers.layers, layersOf = helpers.layersOf, showOnly = helpers.showOnly;
    // the texts on screen, re-drawn when the layers are switched; which article is shown (the print needs it)
    var viewText = helpers.viewText, keepViewers = helpers.keepViewers, articleShown = helpers.articleShown;
    var PER_PAGE = 25;
    var ARTICLES = null;

    /* ---- the article shown ---- */
    function showArticle(i) {
      articleShown(i);
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
        // written in Python as the table of means writes an outlet's mean (report_score_texts): "50.0", "17.3%"
        tr.appendChild(el("td", null, a.scoreTexts[k]));
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
      keepViewers(function (v) { return !view.contains(v[0]) && document.body.contains(v[0]); });
      viewText(body, a, view.querySelector("h3"));
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

    /* once the articles are unpacked: the whole list, and its first article */
    function startWith(articles) {
      ARTICLES = articles;
      applySearch("");
      if (ARTICLES.length) showArticle(0);
    }
    return { start: startWith };
  };
})();
