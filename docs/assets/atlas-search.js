// fazhi-atlas search: the header search box over the site's own chunked index
// (written by generator/search.py, whose docstring describes the files).
//
// Nothing is downloaded until the reader types: then search/index.json, one
// term bucket per pair of characters in the query, the unit chunks of the
// results shown, and (for a query in Chinese) the table that folds
// traditional characters to simplified. Text is folded here exactly as the
// index folded it, so a query in either script finds plans in either script.
// Each result lists the matching parts of a page, linking to their anchors.
(function () {
  "use strict";

  var PAGES_PER_BATCH = 5;
  var HITS_PER_PAGE = 4;
  var EXCERPT_BEFORE = 24;
  var CLAUSE_END = /[。；，、：！？;,:!?\s]/;
  var EXCERPT_LENGTH = 72;
  var MAX_COUNT = 4;
  var MAX_CHECKED = 16;
  var REGIONAL_BETS = 3;
  var CJK = /[\u3400-\u9fff]/;

  var root = new URL("../", document.currentScript.src);
  var input = document.getElementById("atlas-search-input");
  var panel = document.getElementById("atlas-search-results");
  if (!input || !panel) return;

  var foldTable = null;
  var foldMap = {};  // the table, once loaded (a query in Chinese has loaded it)
  var index = null;
  var buckets = {};
  var chunks = {};
  var latest = 0;

  function fetchJson(path, options) {
    return fetch(new URL(path, root), options).then(function (response) {
      if (!response.ok) throw new Error(path + ": " + response.status);
      return response.json();
    });
  }

  function cached(store, key, load) {
    if (!(key in store)) store[key] = load();
    return store[key];
  }

  function loadFoldTable() {
    if (!foldTable) {
      // assets/t2s.txt: traditional and simplified characters in pairs.
      foldTable = fetch(new URL("assets/t2s.txt", root)).then(function (response) {
        return response.text();
      }).then(function (pairs) {
        var chars = Array.from(pairs);
        for (var k = 0; k + 1 < chars.length; k += 2) foldMap[chars[k]] = chars[k + 1];
      });
    }
    return foldTable;
  }

  // Page starts become unit numbers; topic pages are known by number.
  // index.json is asked for afresh (a revalidation) on the first query, since
  // each build's buckets and chunks live in a folder of their own.
  function loadIndex() {
    if (!index) {
      index = fetchJson("search/index.json", { cache: "no-cache" }).then(function (raw) {
        var starts = [], unit = 0;
        raw.page_starts.forEach(function (gap) { unit += gap; starts.push(unit); });
        var regions = raw.regions.map(function (row) { return { anchor: row[0], name: row[1], short: row[2] }; });
        var topics = {}, traditional = {};
        raw.traditional_pages.forEach(function (page) { traditional[page] = true; });
        raw.topic_pages.forEach(function (row) {
          topics[row[0]] = { url: row[1], title: row[2], regions: row[3].map(function (k) { return regions[k]; }) };
        });
        raw.indicator_pages.forEach(function (page) { topics[page].indicator = true; });
        return { folder: raw.folder, buckets: raw.buckets, perChunk: raw.units_per_chunk, starts: starts,
                 topics: topics, places: raw.page_places, traditional: traditional };
      });
    }
    return index;
  }

  // After the site is rebuilt, an open page's index points to a folder that is
  // gone: start again from the new index.
  function forgetIndex() {
    index = null;
    buckets = {};
    chunks = {};
  }

  // One character for one, as generator/search.py folds: simplified script,
  // full-width forms to ASCII, A-Z to a-z.
  function fold(text) {
    return Array.from(text).map(function (ch) {
      var folded = foldMap[ch] || ch;
      var code = folded.codePointAt(0);
      if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCharCode(code - 0xfee0);
      return folded >= "A" && folded <= "Z" ? folded.toLowerCase() : folded;
    });
  }

  function isSymbol(ch) {
    var code = ch.codePointAt(0);
    return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
  }

  // A query's words: its runs of symbols, folded (spaces and punctuation
  // separate them, as they cut the indexed text), and figures apart from the
  // Chinese around them, as a reader numbers a task (第38项, 任务38: 38). A word
  // needs two symbols.
  function queryWords(query) {
    var words = [], run = [];
    function end() {
      if (run.length >= 2) {
        var terms = run.slice(1).map(function (second, k) { return run[k] + second; });
        words.push({ text: run.join(""), terms: terms });
      }
      run = [];
    }
    fold(query).concat([" "]).forEach(function (ch) {
      if (!isSymbol(ch)) return end();
      if (run.length && isFigure(ch) !== isFigure(run[run.length - 1]) && (isChinese(ch) || isChinese(run[run.length - 1]))) end();
      run.push(ch);
    });
    return words;
  }

  function isFigure(ch) {
    return ch >= "0" && ch <= "9";
  }

  function isChinese(ch) {
    return isSymbol(ch) && !isFigure(ch) && !(ch >= "a" && ch <= "z");
  }

  // Every other pair covers a word's characters (行政复议: 行政, 复议), and the
  // phrase check on the results does the rest: a pasted sentence fetches half
  // as many buckets.
  function coveringTerms(terms) {
    return terms.filter(function (term, k) { return k % 2 === 0 || k === terms.length - 1; });
  }

  function bucketOf(term, count) {
    return (31 * term.codePointAt(0) + term.codePointAt(1)) % count;
  }

  // A term's postings as {unit: count}.
  function postings(term, ready) {
    var number = bucketOf(term, ready.buckets);
    return cached(buckets, number, function () { return fetchJson(ready.folder + "terms/" + number + ".json"); })
      .then(function (bucket) {
        var found = {}, unit = 0;
        (bucket[term] || []).forEach(function (code) {
          unit += Math.floor(code / MAX_COUNT);
          found[unit] = code % MAX_COUNT + 1;
        });
        return found;
      });
  }

  function pageOf(unit, starts) {
    var low = 0, high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (starts[middle] <= unit) low = middle; else high = middle - 1;
    }
    return low;
  }

  // The pages whose place or province holds a word (四川 for 成都市 四川省 2015), or whose year is
  // the word (2015; 15 is none), as {page: true}.
  function pagesNaming(word, ready) {
    var named = {}, figures = /^[0-9]+$/.test(word.text);
    ready.places.forEach(function (places, page) {
      if (figures ? places.split(" ").indexOf(word.text) >= 0 : places.indexOf(word.text) >= 0) named[page] = true;
    });
    return named;
  }

  // A word is held by a unit that holds each of its covering terms (``word.lists``
  // their postings), or by every unit of a page that it names (``word.pages``).
  // Units holding every word, scored by the rarest term's count, grouped by page;
  // pages ranked by their units' scores, topic pages last. A query of places
  // alone finds the openings of their plans.
  function rank(words, ready) {
    var pages = {};
    candidateUnits(words, ready).forEach(function (key) {
      var score = MAX_COUNT, unit = Number(key), page = pageOf(unit, ready.starts);
      for (var w = 0; w < words.length; w++) {
        if (page in words[w].pages) continue;
        for (var k = 0; k < words[w].lists.length; k++) {
          if (!(key in words[w].lists[k])) return;
          score = Math.min(score, words[w].lists[k][key]);
        }
      }
      if (!pages[page]) pages[page] = { page: page, score: 0, units: [] };
      pages[page].score += score;
      pages[page].units.push({ unit: unit, score: score });
    });
    return Object.keys(pages).map(function (key) {
      var page = pages[key];
      page.units.sort(function (a, b) { return b.score - a.score || a.unit - b.unit; });
      page.topic = ready.topics[page.page] || null;
      return page;
    }).sort(function (a, b) {
      return (!!a.topic - !!b.topic) || (b.score - a.score) || (a.page - b.page);
    });
  }

  // The units that may hold every word: those of the smallest postings list of a
  // word that names no page, which every result holds; where each word names a
  // page, those of each word's smallest list and the named pages' openings.
  function candidateUnits(words, ready) {
    function smallest(lists) {
      return lists.reduce(function (a, b) { return Object.keys(a).length <= Object.keys(b).length ? a : b; });
    }
    var unnamed = words.filter(function (word) { return !Object.keys(word.pages).length; });
    if (unnamed.length) return Object.keys(smallest([].concat.apply([], unnamed.map(function (w) { return w.lists; }))));
    var candidates = {};
    words.forEach(function (word) { Object.keys(smallest(word.lists)).forEach(function (key) { candidates[key] = true; }); });
    Object.keys(words[0].pages).forEach(function (page) {
      if (words.every(function (word) { return page in word.pages; })) candidates[ready.starts[page]] = true;
    });
    return Object.keys(candidates);
  }

  function unitData(unit, ready) {
    var number = Math.floor(unit / ready.perChunk);
    return cached(chunks, number, function () { return fetchJson(ready.folder + "units/" + number + ".json"); })
      .then(function (chunk) {
        var row = chunk.units[unit - number * ready.perChunk];
        var page = chunk.pages[row[0]];
        return { url: page[0], title: page[1], anchor: row[1], heading: row[2], text: row[3] };
      });
  }

  // Where each word occurs in ``chars`` (folded alike), as a true/false per character.
  function marks(chars, words) {
    var folded = fold(chars.join(""));
    var marked = chars.map(function () { return false; });
    words.forEach(function (word) {
      var wanted = Array.from(word.text);
      for (var i = 0; i + wanted.length <= folded.length; i++) {
        if (wanted.every(function (ch, k) { return folded[i + k] === ch; })) {
          for (var k = 0; k < wanted.length; k++) marked[i + k] = true;
        }
      }
    });
    return marked;
  }

  function holdsEveryWord(text, words) {
    var folded = fold(text).join("");
    return words.every(function (word) { return folded.indexOf(word.text) >= 0; });
  }

  // Where an excerpt showing position ``first`` begins: at the start of its
  // clause if that is near, so it does not open mid-word or mid-number.
  function clauseStart(chars, first) {
    for (var k = first - 1; k >= Math.max(0, first - EXCERPT_BEFORE); k--) {
      if (CLAUSE_END.test(chars[k])) return k + 1;
    }
    return Math.max(0, first - EXCERPT_BEFORE);
  }

  // A window of the text around the first match, with the words marked; all
  // of it text nodes, so nothing in a source text can act as markup.
  function excerptNode(text, words) {
    var chars = Array.from(text.replace(/\s+/g, " "));
    var marked = marks(chars, words);
    var start = clauseStart(chars, Math.max(0, marked.indexOf(true)));
    var end = Math.min(chars.length, start + EXCERPT_LENGTH);
    var out = document.createElement("p");
    out.className = "atlas-search__excerpt";
    if (start > 0) out.appendChild(document.createTextNode("…"));
    for (var from = start, to; from < end; from = to) {
      for (to = from + 1; to < end && marked[to] === marked[from]; to++);
      var piece = document.createTextNode(chars.slice(from, to).join(""));
      if (marked[from]) {
        var mark = document.createElement("mark");
        mark.appendChild(piece);
        out.appendChild(mark);
      } else {
        out.appendChild(piece);
      }
    }
    if (end < chars.length) out.appendChild(document.createTextNode("…"));
    return out;
  }

  function link(className, href, text) {
    var a = document.createElement("a");
    a.className = className;
    a.href = href;
    a.textContent = text;
    return a;
  }

  // Root-relative, so the links work wherever the site is hosted.
  function href(unit) {
    return root.pathname + unit.url + (unit.anchor ? "#" + unit.anchor : "");
  }

  // The page's best units that hold the words themselves (the index only knows
  // that each pair of characters occurs somewhere in a unit), checked a few at
  // a time; null if none of the first MAX_CHECKED does.
  function pageHits(found, ready, words) {
    var hits = [], checked = 0;
    function more() {
      var next = found.units.slice(checked, Math.min(checked + HITS_PER_PAGE - hits.length, MAX_CHECKED));
      if (!next.length) return hits.length ? pageFound(hits, found.units.length - checked) : null;
      checked += next.length;
      return Promise.all(next.map(function (item) { return unitData(item.unit, ready); })).then(function (units) {
        var unnamed = words.filter(function (word) { return !(found.page in word.pages); });
        units.forEach(function (unit) { if (holdsEveryWord(unit.heading + "\n" + unit.text, unnamed)) hits.push(unit); });
        return hits.length < HITS_PER_PAGE ? more() : pageFound(hits, found.units.length - checked);
      });
    }
    // A plan in traditional script has its words marked so, as on its page; a task numbered as a query's
    // figure says (成都 15) comes first, before the opening whose dates hold it (2015).
    function pageFound(hits, others) {
      hits.sort(function (a, b) { return numbered(b, words) - numbered(a, words); });
      return { hits: hits, others: others, lang: ready.traditional[found.page] ? "zh-Hant" : "" };
    }
    return more();
  }

  function numbered(unit, words) {
    var heading = fold(unit.heading).join("");
    return words.some(function (word) {
      return /^[0-9]+$/.test(word.text) && heading.indexOf(word.text) === 0 && !/[0-9]/.test(heading[word.text.length] || "");
    }) ? 1 : 0;
  }

  function pageResult(result, words) {
    var hits = result.hits;
    var section = document.createElement("section");
    section.className = "atlas-search__page";
    section.appendChild(inScript(link("atlas-search__title", root.pathname + hits[0].url, hits[0].title), result));
    var list = document.createElement("ul");
    hits.forEach(function (unit) {
      var item = document.createElement("li");
      // A unit that is a whole page (a topic) has no heading of its own under the page's title.
      if (unit.anchor) item.appendChild(inScript(link("atlas-search__hit", href(unit), unit.heading), result));
      item.appendChild(inScript(excerptNode(unit.text, words), result));
      list.appendChild(item);
    });
    section.appendChild(list);
    if (result.others > 0) {
      var more = document.createElement("p");
      more.className = "atlas-search__more";
      more.textContent = "本页另有 " + result.others + (exact(words) ? " 处匹配" : " 处可能匹配");
      section.appendChild(more);
    }
    return section;
  }

  function inScript(element, result) {
    if (result.lang) element.lang = result.lang;
    return element;
  }

  // A word of two symbols is one term, so the index alone says where it occurs.
  function exact(words) {
    return words.every(function (word) { return word.terms.length === 1; });
  }

  // A topic page whose title holds every word is what the reader is after:
  // it is listed first, from index.json alone.
  function isBestBet(page, words) {
    return !!page.topic && holdsEveryWord(page.topic.title, words);
  }

  function bestBetResult(url, title, text) {
    var section = document.createElement("section");
    section.className = "atlas-search__page atlas-search__topic";
    section.appendChild(link("atlas-search__title", root.pathname + url, title));
    var note = document.createElement("p");
    note.className = "atlas-search__excerpt";
    note.textContent = text;
    section.appendChild(note);
    return section;
  }

  // A province named beside a topic's name (四川 行政复议) asks for that topic
  // where that province is: the province's section of the topic page, where the
  // page has one, comes first too. A word names a province by its short name or
  // as its name opens (四川, 四川省; 兵团). Where the other words fit several
  // topics (北京 行政), the few they name most closely, the shortest names.
  function regionalBestBets(words, ready) {
    function names(region, word) { return region.short === word.text || region.name.indexOf(word.text) === 0; }
    var topics = Object.keys(ready.topics).map(function (page) { return ready.topics[page]; });
    var regional = words.filter(function (word) {
      return topics.some(function (topic) { return topic.regions.some(function (r) { return names(r, word); }); });
    });
    var others = words.filter(function (word) { return regional.indexOf(word) < 0; });
    if (!regional.length || !others.length) return [];
    var bets = [];
    topics.forEach(function (topic) {
      if (!holdsEveryWord(topic.title, others)) return;
      topic.regions.forEach(function (region) {
        if (regional.some(function (word) { return names(region, word); })) bets.push({ topic: topic, region: region });
      });
    });
    return bets.map(function (bet, k) { return { bet: bet, k: k }; }).sort(function (a, b) {
      return a.bet.topic.title.length - b.bet.topic.title.length || a.k - b.k;
    }).slice(0, REGIONAL_BETS).map(function (item) { return item.bet; });
  }

  function countText(count) {
    return count ? count + " 个页面含有检索词" : "没有找到含有检索词的页面";
  }

  // Shows ``wanted`` more pages from ``start`` on. A page none of whose units
  // holds the words is dropped from the results, and the count with it.
  function showBatch(found, start, ticket, wanted) {
    var batch = found.pages.slice(start, start + wanted);
    return Promise.all(batch.map(function (page) { return pageHits(page, found.ready, found.words); }))
      .then(function (results) {
        if (ticket !== latest) return;
        var old = panel.querySelector(".atlas-search__next");
        if (old) old.remove();
        var kept = batch.filter(function (page, k) { return results[k]; });
        results.forEach(function (result) { if (result) panel.appendChild(pageResult(result, found.words)); });
        found.pages.splice.apply(found.pages, [start, batch.length].concat(kept));
        found.count.textContent = countText(found.pages.length + found.bestBets);
        var next = start + kept.length;
        if (kept.length < wanted && next < found.pages.length) return showBatch(found, next, ticket, wanted - kept.length);
        if (next < found.pages.length) {
          var button = document.createElement("button");
          button.type = "button";
          button.className = "atlas-search__next md-button";
          button.textContent = "显示更多结果（另有 " + (found.pages.length - next) + " 个页面）";
          button.addEventListener("click", function () {
            showBatch(found, next, ticket, PAGES_PER_BATCH).catch(function (error) {
              showMessage("检索索引无法加载（" + error.message + "）");
            });
          });
          panel.appendChild(button);
        }
      });
  }

  function showMessage(text) {
    panel.textContent = "";
    var meta = document.createElement("p");
    meta.className = "atlas-search__meta";
    meta.textContent = text;
    panel.appendChild(meta);
    panel.hidden = false;
    return meta;
  }

  function find(query) {
    return Promise.all([CJK.test(query) ? loadFoldTable() : null, loadIndex()]).then(function (loaded) {
      var ready = loaded[1], words = queryWords(query);
      if (!words.length) return { words: words, pages: [], ready: ready };
      var terms = {};
      words.forEach(function (word) { coveringTerms(word.terms).forEach(function (term) { terms[term] = true; }); });
      var wanted = Object.keys(terms);
      return Promise.all(wanted.map(function (term) { return postings(term, ready); })).then(function (lists) {
        words.forEach(function (word) {
          word.lists = coveringTerms(word.terms).map(function (term) { return lists[wanted.indexOf(term)]; });
          word.pages = pagesNaming(word, ready);
        });
        return { words: words, pages: rank(words, ready), ready: ready };
      });
    });
  }

  function search(text, retried) {
    var ticket = ++latest;
    var query = text.trim();
    if (!query) {
      panel.hidden = true;
      panel.textContent = "";
      return Promise.resolve();
    }
    return find(query).then(function (found) {
      if (ticket !== latest) return;
      if (!found.words.length) return showMessage("请输入至少两个相连的字（汉字、字母或数字）");
      var bestBets = found.pages.filter(function (page) { return isBestBet(page, found.words); });
      var regional = regionalBestBets(found.words, found.ready);
      found.pages = found.pages.filter(function (page) { return bestBets.indexOf(page) < 0; });
      found.bestBets = bestBets.length + regional.length;
      found.count = showMessage(countText(found.pages.length + found.bestBets));
      regional.forEach(function (bet) {
        panel.appendChild(bestBetResult(bet.topic.url + "#" + bet.region.anchor, bet.topic.title + " · " + bet.region.name,
                                        "主题页：" + bet.region.name + "各规划的相关任务"));
      });
      bestBets.forEach(function (page) {
        panel.appendChild(bestBetResult(page.topic.url, page.topic.title, page.topic.indicator
          ? "量化指标：各地为这一指标定下的数值并列比较" : "主题页：各地规划的相关任务并列对照"));
      });
      return showBatch(found, 0, ticket, PAGES_PER_BATCH).then(function () {
        if (ticket === latest) panel.dataset.query = query;  // what the results shown are for
      });
    }).catch(function (error) {
      if (ticket !== latest) return;
      if (!retried) {
        forgetIndex();
        return search(text, true);
      }
      showMessage("检索索引无法加载（" + error.message + "）");
    });
  }

  var timer = 0;
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { search(input.value); }, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      panel.hidden = true;
      input.blur();
    } else if (event.key === "Enter") {
      var first = panel.querySelector("a.atlas-search__hit, a.atlas-search__title");
      if (first) window.location.href = first.href;
    } else if (event.key === "ArrowDown" && !panel.hidden) {
      event.preventDefault();
      moveAmongResults(1);
    }
  });
  // The arrow keys go from the box through the results' links and buttons and back up to the box, as in
  // the theme's own search; Escape there closes the results and returns to the box.
  panel.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      moveAmongResults(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Escape") {
      input.focus();  // which shows the results again: hide them after it
      panel.hidden = true;
    }
  });

  function moveAmongResults(step) {
    var stops = Array.prototype.slice.call(panel.querySelectorAll("a, button"));
    var next = stops.indexOf(document.activeElement) + step;
    if (next < 0) input.focus();
    else if (stops.length) stops[Math.min(next, stops.length - 1)].focus();
  }
  input.addEventListener("focus", function () {
    if (panel.childNodes.length) panel.hidden = false;
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest(".atlas-search")) panel.hidden = true;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== input) {
      event.preventDefault();
      input.focus();
    }
  });
})();
