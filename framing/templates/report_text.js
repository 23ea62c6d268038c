/* framing report: an article's text with its findings highlighted, and going to a place in it.
   report.js (the rest of the page) follows it in one script and calls `framingText(helpers)` once;
   it gets back `render` (the text of an article, its headline in its heading, the page clutter above
   the headline folded, the findings of the layers switched on as focusable highlights) and `jumpTo`
   (a reading note's words, scrolled to and marked).  Each piece of text knows where it starts in the
   article (its text node's `_at`), which is how jumpTo finds a note's words.
   Article text is only ever put into the page with textContent, never innerHTML. */
(function () {
  "use strict";
  window.framingText = function (helpers) {
    var el = helpers.el, findings = helpers.findings, typeLabels = helpers.typeLabels || {};
    // which finding's colour a piece of text takes where several cover it
    var PRIORITY = ["loaded", "anonymous_source", "hedge", "booster", "attribution", "quote", "biased_sentence"];

    function codePointMap(text) {
      // Offsets count Python code points; JS strings count UTF-16 units. Map when they differ.
      if (!/[\uD800-\uDBFF]/.test(text)) return null;
      var map = [], u = 0;
      for (var ch of text) { map.push(u); u += ch.length; }
      map.push(u);
      return map;
    }
    /* an article's text in `host`, the findings of the layers in `enabled` (a Set of types)
       highlighted; where `heading` is given and the text holds its headline
       (report_articles.headline_range), that line goes into the heading, its findings highlighted
       there, and is left out of the text below: the headline had been read twice */
    function renderText(host, a, heading, enabled) {
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
      // named by its own words: a screen reader's list of headings had read each highlight's kind in it
      heading.setAttribute("aria-label", text.slice(from, to).replace(/\s+/g, " ").trim());
      // page clutter above the headline (an app's prompts, a byline block): folded under one line, or
      // a class began The Independent's text with eight grey lines of "Get all your news in one place."
      var above = pieces(text, spans, ignored, 0, from), lines = text.slice(0, from).split("\n").filter(function (l) { return l.trim(); }).length;
      if (lines && allClutter(text, ignored, 0, from)) {
        var fold = el("details", "clutter-above");
        // what the clutter is, folded too: its reasons had been only on its grey pieces, a click away
        fold.appendChild(el("summary", null, lines + (lines === 1 ? " line" : " lines") + " of page clutter above the headline, left out of the counts"
          + reasonsIn(ignored, 0, from)));
        fold.appendChild(above);
        host.appendChild(fold);
      } else host.appendChild(above);
      host.appendChild(pieces(text, spans, ignored, after, text.length));
    }
    /* the reasons of the clutter in text[lo:hi], each once in the order met, its count where it recurs
       and its aside left out, for the fold's one line: ": reader-app prompt ×7, masthead before the
       headline" (each grey piece keeps its whole reason, "(outlet, section, byline)" and all) */
    function reasonsIn(ignored, lo, hi) {
      var seen = [], times = Object.create(null);
      ignored.filter(function (g) { return g[2] && g[0] < hi && g[1] > lo; })
        .sort(function (x, y) { return x[0] - y[0]; })
        .forEach(function (g) {
          var r = String(g[2]).replace(/\s*\([^)]*\)\s*$/, "");
          if (!(r in times)) { seen.push(r); times[r] = 0; }
          times[r] += 1;
        });
      return seen.length ? ": " + seen.map(function (r) { return times[r] > 1 ? r + " \u00d7" + times[r] : r; }).join(", ") : "";
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
        if (ign) {
          e.className = "ignored";
          e.title = "left out of the counts: " + ign[2];
          // where the clutter begins, a screen reader hears what a sighted reader sees in grey and why (the
          // hover's reason had been all it told): report.css reads data-clutter out, hidden from sight and
          // from the text's copy, and shows it where the keyboard stops (a Tab stop, or the reason was the
          // pointer's alone)
          if (from === ign[0] || from === lo) {
            e.dataset.clutter = "page clutter, left out of the counts" + (ign[2] ? ": " + ign[2] : "");
            e.tabIndex = 0;
          }
        }
        if (cover.length) {
          cover.sort(function (x, y) { return PRIORITY.indexOf(x[2].type) - PRIORITY.indexOf(y[2].type); });
          var top = cover[0];
          e.className = "hl t-" + top[2].type + (top[2].voice === "quoted" ? " voice-quoted" : "");
          e.dataset.types = cover.map(function (s) { return s[2].type; }).join(" ");
          // one Tab stop where a finding begins (or where its part in this range does): the rest of a
          // quotation after a loaded word inside it shows the same details again, and had been one more stop
          e.tabIndex = cover.some(function (s) { return s[0] === from || (from === lo && s[0] < lo); }) ? 0 : -1;
          // a screen reader says what a sighted reader sees in colour and line: where a finding begins, a
          // control (Enter shows the details) named by its words, their kind and whose words they are;
          // the rest of a quotation after a word inside it reads as text (its kind was said at its start)
          if (e.tabIndex === 0) {
            e.setAttribute("role", "button");
            e.setAttribute("aria-label", spoken(piece, cover));
          }
          e._cover = cover;
          e._text = text;
        }
        frag.appendChild(e);
      }
      return frag;
    }

    /* what a screen reader says of a highlight: its words, then each finding's kind and whose words
       they are, as an aside ("disastrous (loaded language, the outlet's own words)"; "farce (loaded
       language, the words of Mark Warner; quotation, the words of Mark Warner)"), each said once */
    function spoken(piece, cover) {
      var said = [];
      cover.forEach(function (s) {
        var kind = typeLabels[s[2].type] || s[2].type, aside = kind.indexOf(" (");  // "attribution", not "attribution (reporting verb)"
        var line = (aside > 0 ? kind.slice(0, aside) : kind) + ", " + whoseWords(s[2]);
        if (said.indexOf(line) < 0) said.push(line);
      });
      return piece.replace(/\s+/g, " ").trim() + " (" + said.join("; ") + ")";
    }
    function whoseWords(f) {
      var who = f.speaker === "anonymous" ? "an unnamed source" : f.speaker ? (/^[a-z]/.test(f.speaker) ? "the " + f.speaker : f.speaker) : null;
      if (f.voice === "quoted") return who ? "the words of " + who : "a source's words";
      if (f.type === "attribution") return "the outlet's verb" + (who ? " for " + who : "");
      if (f.type === "quote") return "the outlet's own quotation marks";
      return "the outlet's own words";
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

    return { render: renderText, jumpTo: jumpTo };
  };
})();
