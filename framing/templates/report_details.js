/* framing report: a finding's details, on hover, tap or focus.  report.js (the rest of the page)
   follows it in one script and calls `framingDetails(DATA, helpers)` once; it gets back `hide`.
   Article text is only ever put into the page with textContent, never innerHTML. */
(function () {
  "use strict";
  window.framingDetails = function (DATA, helpers) {
    var el = helpers.el, verbLabel = helpers.verbLabel, isMention = helpers.isMention;
    var FIELDS = [["probability", "classifier probability"], ["voice", "voice"], ["speaker", "speaker"], ["category", "category"], ["weight", "strength"], ["verb", "verb"],
      ["stance", "stance"], ["term", "word-list entry"], ["rule", "rule"], ["detector", "found by"]];
    // the finders, in words a student reads (models.Span.detector)
    var DETECTORS = { lexicon: "a word list (a lexicon: words, each with its category and a note)", rule: "a context rule",
      quotes: "the quotation and attribution rules", classifier: "the sentence classifier" };
    var WEIGHTS = { 1: "1 of 3 (mild)", 2: "2 of 3 (clear)", 3: "3 of 3 (strong)" };
    /* What a student reads at once: what kind of word it is, whose, what the category means, how
       strong, what it counts in.  The word-list row (file:line and the note written for lexicon
       builders: "weight 2: ...", "BABE's experts mark it in 68% of uses"), the rule and the finder are
       folded under one line, open for anyone who asks why; opened once, it stays open for the next finding.
       The rule stays in sight: it says in words why this use counts ("'wasn't' before a booster makes it a hedge"). */
    var WHY = { term: 1, detector: 1 }, whyOpen = false;

    /* ---- details on hover / tap ---- */
    /* One box of details, for the finding under the pointer or with the focus; a click (a tap,
       Enter) keeps it open.  It goes when the pointer leaves an unkept one, at a click elsewhere, at
       Escape, and when another finding takes the focus or a click; it never stays behind. */
    var tip = document.getElementById("tip"), shownFor = null, pinned = false;
    function hideTip() {
      if (shownFor) shownFor.removeAttribute("aria-describedby");
      shownFor = null;
      pinned = false;
      tip.hidden = true;
    }
    function showTip(target, pin) {
      if (shownFor && shownFor !== target) shownFor.removeAttribute("aria-describedby");
      shownFor = target;
      pinned = !!pin;
      target.setAttribute("aria-describedby", "tip");  // a screen reader reads the details with the words
      tip.textContent = "";
      // the words sit inside quotation marks that credit no one: their own finding says why that is still the outlet's voice
      var inScare = target._cover.some(function (s) { return s[2].type === "quote" && s[2].category === "scare"; });
      target._cover.forEach(function (s) {
        var box = el("div", "tip-finding"), f = s[2], why = el("details", "tip-why");
        var summary = el("summary", null, "why the tool flagged it (for lexicon builders)");
        // the click (a mouse's, or Enter on the summary) says at once which way the fold goes; the "toggle"
        // event comes later, and keys pressed meanwhile had read the old state and reopened the fold
        summary.addEventListener("click", function () { if (tip.contains(why)) whyOpen = !why.open; });
        why.appendChild(summary);
        box.appendChild(el("b", null, DATA.typeLabels[f.type] || f.type));
        box.appendChild(el("div", null, inMarks(clipped(target._text.slice(s[0], s[1])))));
        FIELDS.forEach(function (field) {
          var v = f[field[0]];
          if (field[0] === "speaker" && f.voice === "quoted" && f.speaker !== "anonymous") v = null;  // the voice line names them
          if (field[0] === "stance" && v === f.category) v = null;  // an attribution's category is its stance: said once
          if (field[0] === "voice") v = voiceLabel(f, inScare);
          if (field[0] === "speaker" && v === "anonymous") v = "anonymous (a source the outlet does not name)";
          if (field[0] === "term") v = entryLine(f, target._text.slice(s[0], s[1]));
          if (field[0] === "rule" && v) {  // its words in sight, its ids (code names: "vague-quantifier") folded under why
            var parts = (DATA.ruleWords || {})[v] || [["", v]], ids = parts.map(function (p) { return p[0]; }).filter(Boolean);
            v = parts.filter(function (p) { return !(p[0] === "mention" && isMention(f)); })  // a mention: the voice line says it
              .map(function (p) { return p[1]; }).join("; ") || null;
            if (ids.length) why.appendChild(el("div", null, "rule id (framing's rules): " + ids.join(", ")));
          }
          if (field[0] === "weight" && v) v = WEIGHTS[v] || v;
          if (field[0] === "detector" && v) v = DETECTORS[v] || v;
          if (field[0] === "verb" && v) v = verbLabel(v);
          if (field[0] === "category" && v) {  /* what the category means, from the lexicon's metadata */
            // a negated booster is a hedge of the booster's category ("wasn't clear"), a negated doubt a booster: explained all the same
            var flipped = { hedge: "booster", booster: "hedge" }[f.type];
            var note = (DATA.categoryNotes[f.type] || {})[v] || (flipped && (DATA.categoryNotes[flipped] || {})[v]);
            v = v.replace(/_/g, " ") + (note ? ": " + note : "");  // "vague group", not the code name "vague_group"
          }
          if (v !== null && v !== undefined && v !== "") (WHY[field[0]] ? why : box).appendChild(el("div", null, field[1] + ": " + v));
        });
        countedIn(f).forEach(function (line) { box.appendChild(el("div", "counts-in", line)); });
        if (why.children.length > 1) {
          why.open = whyOpen;
          // (its toggle event, which comes later and may come from a box already replaced, only places the box)
          why.addEventListener("toggle", function () { if (tip.contains(why) && shownFor) placeTip(shownFor); });
          box.appendChild(why);
        }
        tip.appendChild(box);
      });
      placeTip(target);
    }
    /* which of the report's scores a finding counts in, named as the charts and tables name them
       (report_counted_in.counted_in: worked out from the scores themselves), as lines of the details:
       those it raises, then the shares it counts in as one that is not ("said": counts as one that is
       not, in: Share of reported speech with a non-neutral verb; "counts in" alone had read as 'said is loaded') */
    function countedKey(f) {
      if (f.type === "biased_sentence") return "biased_sentence";
      return [f.type, f.voice || "", isMention(f) ? 1 : 0, f.stance || "", f.speaker === "anonymous" ? 1 : 0].join("|");
    }
    function countedIn(f) {
      var key = countedKey(f), found = (DATA.countedIn || {})[key], asNot = (DATA.countedAsNot || {})[key] || [];
      if (found === undefined) return [];
      var names = function (list) { return list.map(function (i) { var s = DATA.scores[i]; return DATA.scoreLabels[s] || s; }).join("; "); };
      if (!found.length) {
        // an anonymous source counts in no score itself, but the verb crediting it does: "no score" alone,
        // on Fox's "law enforcement sources" beside its 31.6% anonymous share, read as 'not counted'
        var share = DATA.scores.indexOf("anonymous_source_share");
        if (f.type === "anonymous_source" && share >= 0) return ["counts in: no score itself; the reporting verb that credits it counts in: " + names([share])];
        return ["counts in: no score"];
      }
      var raises = found.filter(function (i) { return asNot.indexOf(i) < 0; }), lines = [];
      if (raises.length) lines.push("counts in: " + names(raises));
      if (asNot.length) lines.push("counts as one that is not, in: " + names(asNot));
      return lines;
    }
    /* Below the line the words are on, or above it where the screen ends first: never over the
       words themselves nor over the rest of their line (the box had sat 6 px under the words, over
       the line's neighbours below them), and within the words' own column, so the other text of a
       pair stays in sight; never past the screen's edges (on a phone a box from a word near the edge
       ran off the screen, and one near the foot below it). */
    function placeTip(target, again) {
      var rects = target.getClientRects(), first = rects[0] || target.getBoundingClientRect(), last = rects[rects.length - 1] || first;
      var line = parseFloat(getComputedStyle(target.parentNode).lineHeight) || first.height * 1.5;
      var leading = Math.max(0, (line - first.height) / 2) + 2;  // from the words' box to their line's
      var column = target.closest(".column, .article-view") || document.body, bounds = column.getBoundingClientRect();
      var view = document.documentElement.clientWidth, header = document.querySelector("header");
      var ceiling = header && getComputedStyle(header).position === "sticky" ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
      tip.style.left = "0px";
      tip.style.top = "0px";
      tip.style.maxWidth = Math.max(200, Math.min(340, bounds.width, view - 8)) + "px";
      tip.hidden = false;
      var w = tip.offsetWidth, h = tip.offsetHeight;
      var under = last.bottom + leading, over = first.top - leading;
      var below = window.innerHeight - under - 4, above = over - ceiling - 4;
      var useAbove = h > below && above > below;
      /* a box taller than the room on either side: the page scrolls by what is missing, as far as the
         words stay in sight, for a finding tapped, clicked or reached by the keyboard (not one the
         pointer passes over: the words would slide from under it).  On a phone the box of a word in
         BASIL 87609973's Fox headline ran off the top of the screen, its first lines (what was found,
         whose words) out of sight above it. */
      var missing = h - (useAbove ? above : below);
      if (!again && missing > 0 && (pinned || document.activeElement === target)) {
        var room = useAbove ? Math.min(window.scrollY, window.innerHeight - last.bottom - 4) : first.top - leading - ceiling - 4;
        var by = Math.min(missing, Math.max(0, Math.floor(room)));
        if (by > 0) {
          window.scrollBy(0, useAbove ? -by : by);
          placeTip(target, true);
          return;
        }
      }
      var anchor = useAbove ? first : last;
      var left = Math.min(Math.max(anchor.left, bounds.left), bounds.right - w);  // in the column
      left = Math.max(4, Math.min(left, view - w - 4));  // on the screen
      tip.style.left = (left + window.scrollX) + "px";
      tip.style.top = ((useAbove ? over - h : under) + window.scrollY) + "px";
    }
    /* the words found, in quotation marks, unless they bring their own (a quotation's marks, ““...”” twice, read as a typo) */
    function inMarks(t) { return /^["\u201c\u2018'\u00ab\u201e]/.test(t) ? t : "\u201c" + t + "\u201d"; }
    /* a long quotation in the details: its opening and its end, not a box over the whole text */
    function clipped(t) { return t.length > 200 ? t.slice(0, 140).replace(/\s+\S*$/, "") + " \u2026 " + t.slice(-50).replace(/^\S*\s+/, "") : t; }
    /* why a lexicon finding was flagged: the entry, the file and line it is written on, its note
       (report_entries.entry_notes); the entry is named even where it is the word itself */
    function entryLine(f, text) {
      var notes = DATA.entryNotes, line;
      if (f.type === "attribution" || f.type === "anonymous_source") {
        // its reporting_verbs / anonymous_sources row (report_entries.sourcing_key builds the same key)
        var i = (notes[f.type] || {})[sourcingKey(f, text)];
        if (i === undefined) return f.term ? f.term + " (the entry that matched these words)" : null;
        return rowLine(notes.rows[i][2], notes.rows[i]);
      }
      if (f.detector !== "lexicon") return f.term ? f.term + " (the entry that matched these words)" : null;
      var term = f.term || text.toLowerCase(), k = (notes[f.type] || {})[term];
      line = term + (f.term ? " (the entry that matched these words)" : "");
      return k === undefined ? line : rowLine(line, notes.rows[k]);
    }
    function rowLine(line, row) { return line + ", " + row[0] + (row[1] ? ". Note: " + row[1] : ""); }
    function sourcingKey(f, text) {
      var words = text.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
      return f.type === "attribution" ? (f.verb || "") + "|" + (f.stance || "") + "|" + words : words;
    }
    /* a speaker the text names by a common noun ("authority", "port authority", "officials") reads
       with its article, "the words of the authority"; a name ("Trump") as it is; and one the text
       gives with its own determiner, possessive or number as it is: "the words of his lawyer", "of
       one senator" (BASIL's texts had "the words of the his lawyer", "the one senator") */
    var DETERMINED = /^(?:a|an|the|his|her|their|its|our|my|your|one|two|three|four|five|six|seven|eight|nine|ten|another|some|each|every|many|several|both|all|half|any|no|this|that|these|those|most|few)\s/;
    function whose(speaker) { return /^[a-z]/.test(speaker) && !DETERMINED.test(speaker) ? "the " + speaker : speaker; }
    /* whose words a finding is in, said in full: the point of the report.  `inScare`: the words are
       inside a scare quote (quotation marks no one is said to have spoken): HuffPost's 'renewed his
       attack on his “deep state” Justice Department' showed "deep state" in quotation marks beside
       "the outlet's own words", and a class read that as a mistake */
    function voiceLabel(f, inScare) {
      if (f.voice === "quoted") return "quoted: " + (f.speaker && f.speaker !== "anonymous" ? "the words of " + whose(f.speaker) : "a source's words") + ", not the outlet's own";
      if (f.voice !== "author") return null;
      if (isMention(f)) return "named, not used: the outlet names the term (\u201cthe term \u2026\u201d) but does not use it as its own word, so it is left out of the outlet's own-voice scores";
      if (f.type === "quote" && f.category === "mention") return "named, not used: quotation marks around a term the outlet only names";
      // a name and a colon (an interview transcript's 'DOYLE: ...') choose no verb: "its choice of verb" had misled
      if (f.type === "attribution" && f.verb === "colon") return "the outlet's layout: the name before the colon says who speaks the words after it; no verb is chosen";
      if (f.type === "attribution") return "the outlet's own: its choice of verb for what " + (f.speaker ? "the source" : "someone") + " said";
      if (f.type === "quote") return "the outlet's own: quotation marks that no one is said to have spoken";
      if (inScare && f.type !== "quote") return "the outlet's own words: the quotation marks around them credit no one (a scare quote), so they count as the outlet's own choice of words";
      return "the outlet's own words";
    }
    document.addEventListener("mouseover", function (ev) {
      var t = ev.target.closest && ev.target.closest(".hl");
      if (t && !pinned && shownFor !== t) showTip(t);
    });
    document.addEventListener("mouseout", function (ev) {
      var t = ev.target.closest && ev.target.closest(".hl");
      // not when the pointer goes on to the box (to read it) or the words have the keyboard's focus
      if (t && t === shownFor && !pinned && document.activeElement !== t && !(ev.relatedTarget && tip.contains(ev.relatedTarget))) hideTip();
    });
    tip.addEventListener("mouseleave", function (ev) {
      if (!pinned && shownFor && document.activeElement !== shownFor && ev.relatedTarget !== shownFor) hideTip();
    });
    document.addEventListener("click", function (ev) {
      var t = ev.target.closest && ev.target.closest(".hl");
      if (t) { if (pinned && shownFor === t) hideTip(); else showTip(t, true); }
      else if (shownFor && !tip.contains(ev.target)) hideTip();
    });
    // keyboard: the details follow the focus, from one finding to the next, and Escape puts them away
    document.addEventListener("focusin", function (ev) {
      var t = ev.target;
      if (t.classList && t.classList.contains("hl") && shownFor !== t) showTip(t);
    });
    // a kept box goes too when the focus moves on to anything else (not when a click in the box takes it away)
    // ... but not to the box's own "why the tool flagged it" line (a click on it had put the box away)
    document.addEventListener("focusout", function (ev) {
      var into = ev.relatedTarget && tip.contains(ev.relatedTarget);
      if (ev.target === shownFor && !into && (!pinned || ev.relatedTarget)) hideTip();
      else if (tip.contains(ev.target) && ev.relatedTarget && !tip.contains(ev.relatedTarget) && ev.relatedTarget !== shownFor) hideTip();
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") hideTip();
      // Enter on a finding keeps its details open, as a click does; Enter again opens or folds "why the
      // tool flagged it" (the box is not in the Tab order: without this the keyboard never reached the row)
      // (Space as Enter: a highlight is a button to a screen reader, and a button takes both)
      else if ((ev.key === "Enter" || ev.key === " ") && ev.target.classList && ev.target.classList.contains("hl")) {
        ev.preventDefault();  // Space had scrolled the page
        if (pinned && shownFor === ev.target) whyOpen = !whyOpen;
        showTip(ev.target, true);
      }
    });
    window.addEventListener("resize", function () { if (shownFor) placeTip(shownFor); });
    return { hide: hideTip };
  };
})();
