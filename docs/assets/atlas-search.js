// fazhi-atlas search: the header search box over Pagefind's chunked index.
//
// Nothing is downloaded until the reader types: then Pagefind's loader, its
// WebAssembly and the few index chunks the query needs, plus (for a query in
// Chinese) the table that folds traditional characters to simplified, since
// the index holds every plan in simplified script. Each result lists the
// matching task headings of a page and links to their anchors.
(function () {
  "use strict";

  // Each page shown costs one fragment download (the page's text), so results
  // come five at a time.
  var PAGES_PER_BATCH = 5;
  var HITS_PER_PAGE = 4;
  var CJK = /[\u3400-\u9fff]/;

  var root = new URL("../", document.currentScript.src);
  var input = document.getElementById("atlas-search-input");
  var panel = document.getElementById("atlas-search-results");
  if (!input || !panel) return;

  var engine = null;
  var foldTable = null;
  var foldMap = {};  // the table, once loaded (a phrase query has loaded it)
  var latest = 0;

  function loadEngine() {
    if (!engine) {
      var options = { baseUrl: root.pathname, excerptLength: 36 };
      engine = import(new URL("pagefind/pagefind.js", root).href).then(function (pagefind) {
        return pagefind.options(options).then(function () {
          return fetch(new URL("pagefind/atlas-shards.json", root));
        }).then(function (response) {
          return response.json();
        }).then(function (shards) {
          // A large site is indexed in shards (generator/search.py); Pagefind
          // searches them all and ranks the results together.
          return Promise.all(shards.map(function (shard) {
            return pagefind.mergeIndex(new URL(shard, root).pathname, options);
          }));
        }).then(function () {
          return pagefind;
        });
      });
    }
    return engine;
  }

  function loadFoldTable() {
    if (!foldTable) {
      // assets/t2s.txt: traditional and simplified characters in pairs.
      foldTable = fetch(new URL("assets/t2s.txt", root)).then(function (response) {
        return response.text();
      }).then(function (pairs) {
        var table = {};
        var chars = Array.from(pairs);
        for (var k = 0; k + 1 < chars.length; k += 2) table[chars[k]] = chars[k + 1];
        foldMap = table;
        return table;
      });
    }
    return foldTable;
  }

  function toSimplified(query) {
    if (!CJK.test(query)) return Promise.resolve(query);
    return loadFoldTable().then(function (table) { return foldWith(table, query); });
  }

  function foldWith(table, text) {
    return Array.from(text).map(function (ch) { return table[ch] || ch; }).join("");
  }

  // Chinese has no spaces: 行政复议 typed as one run means that phrase, not
  // 行政 somewhere and 复议 somewhere else. Spaces separate required words.
  function asPagefindQuery(query) {
    return /\s|"/.test(query) || !CJK.test(query) ? query : '"' + query + '"';
  }

  // Pagefind's excerpts are HTML with <mark> around matches. Keep only the
  // text and the marks, so no markup from a source text can come through. The
  // phrase is marked wherever it occurs in either script: in a traditional text
  // Pagefind marks only the words it matched (行政, not 復議).
  function excerptNode(html, phrase) {
    var inert = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html").body;
    var chars = [], marked = [];
    (function collect(node, inMark) {
      node.childNodes.forEach(function (child) {
        if (child.nodeType === Node.TEXT_NODE) {
          Array.from(child.textContent).forEach(function (ch) { chars.push(ch); marked.push(inMark); });
        } else {
          collect(child, inMark || child.nodeName === "MARK");
        }
      });
    })(inert, false);
    markPhrase(chars, marked, phrase);
    var out = document.createElement("p");
    out.className = "atlas-search__excerpt";
    for (var start = 0, end; start < chars.length; start = end) {
      for (end = start + 1; end < chars.length && marked[end] === marked[start]; end++);
      var text = document.createTextNode(chars.slice(start, end).join(""));
      if (marked[start]) {
        var mark = document.createElement("mark");
        mark.appendChild(text);
        out.appendChild(mark);
      } else {
        out.appendChild(text);
      }
    }
    return out;
  }

  function markPhrase(chars, marked, phrase) {
    var wanted = Array.from(phrase || "");
    if (!wanted.length) return;
    var folded = Array.from(foldWith(foldMap, chars.join("")));
    for (var i = 0; i + wanted.length <= folded.length; i++) {
      if (wanted.every(function (ch, k) { return folded[i + k] === ch; })) {
        for (var k = 0; k < wanted.length; k++) marked[i + k] = true;
      }
    }
  }

  function link(className, href, text) {
    var a = document.createElement("a");
    a.className = className;
    a.href = href;
    a.textContent = text;
    return a;
  }

  function plainText(html) {
    return new DOMParser().parseFromString("<p>" + html + "</p>", "text/html").body.textContent;
  }

  // Pagefind reports only the first place a phrase occurs on a page. The same
  // words searched loosely give every section that has them; a section whose
  // excerpt shows the whole phrase (in either script) joins the hits, and the section with most
  // of the words comes first (行政复议 in Yunnan: 七(二十六), not a list in 七(二十四)).
  function sectionHits(page, loosePage, phrase) {
    var hits = (page.sub_results || []).slice();
    var seen = {};
    hits.forEach(function (sub) { seen[sub.url] = sub; });
    ((loosePage && loosePage.sub_results) || []).forEach(function (sub) {
      if (seen[sub.url]) {
        seen[sub.url].locations = sub.locations;
      } else if (foldWith(foldMap, plainText(sub.excerpt)).indexOf(phrase) >= 0) {
        seen[sub.url] = sub;
        hits.push(sub);
      }
    });
    return hits.filter(function (sub) { return sub.url !== page.url; })
      .sort(function (a, b) { return b.locations.length - a.locations.length; });
  }

  function pageResult(page, loosePage, phrase) {
    var section = document.createElement("section");
    section.className = "atlas-search__page";
    section.appendChild(link("atlas-search__title", page.url, page.meta.title || page.url));
    var hits = sectionHits(page, loosePage, phrase);
    var list = document.createElement("ul");
    hits.slice(0, HITS_PER_PAGE).forEach(function (sub) {
      var item = document.createElement("li");
      item.appendChild(link("atlas-search__hit", sub.url, sub.title));
      item.appendChild(excerptNode(sub.excerpt, phrase));
      list.appendChild(item);
    });
    if (!hits.length) {
      var only = document.createElement("li");
      only.appendChild(excerptNode(page.excerpt, phrase));
      list.appendChild(only);
    }
    section.appendChild(list);
    if (hits.length > HITS_PER_PAGE) {
      var more = document.createElement("p");
      more.className = "atlas-search__more";
      more.textContent = "本页另有 " + (hits.length - HITS_PER_PAGE) + " 处匹配";
      section.appendChild(more);
    }
    return section;
  }

  // A copy of what a result shows: Pagefind hands out one cached object per
  // page and rewrites its sub-results on the next search of that page.
  function pageData(result) {
    return result.data().then(function (page) {
      return {
        url: page.url, meta: page.meta, excerpt: page.excerpt,
        sub_results: (page.sub_results || []).map(function (sub) {
          return { url: sub.url, title: sub.title, excerpt: sub.excerpt, locations: sub.locations.slice() };
        })
      };
    });
  }

  // ``found``: the results, and for a phrase the loose results by page id
  // (their fragments are the same files, which Pagefind downloads once).
  function showBatch(found, start, ticket) {
    var results = found.results;
    var batch = results.slice(start, start + PAGES_PER_BATCH);
    return Promise.all(batch.map(function (result) {
      return pageData(result).then(function (page) {
        var loose = found.loose[result.id];
        return loose ? pageData(loose).then(function (loosePage) { return [page, loosePage]; }) : [page, null];
      });
    })).then(function (pages) {
      if (ticket !== latest) return;
      var old = panel.querySelector(".atlas-search__next");
      if (old) old.remove();
      pages.forEach(function (pair) { panel.appendChild(pageResult(pair[0], pair[1], found.phrase)); });
      var next = start + PAGES_PER_BATCH;
      if (next < results.length) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "atlas-search__next md-button";
        button.textContent = "显示更多结果（另有 " + (results.length - next) + " 个页面）";
        button.addEventListener("click", function () { showBatch(found, next, ticket); });
        panel.appendChild(button);
      }
    });
  }

  function show(found, ticket) {
    var results = found.results;
    panel.textContent = "";
    var meta = document.createElement("p");
    meta.className = "atlas-search__meta";
    meta.textContent = results.length ? results.length + " 个页面含有检索词" : "没有找到含有检索词的页面";
    panel.appendChild(meta);
    panel.hidden = false;
    return showBatch(found, 0, ticket);
  }

  function search(text) {
    var ticket = ++latest;
    var query = text.trim();
    if (!query) {
      panel.hidden = true;
      panel.textContent = "";
      return Promise.resolve();
    }
    return Promise.all([toSimplified(query), loadEngine()]).then(function (ready) {
      var simplified = ready[0], pagefind = ready[1];
      var pagefindQuery = asPagefindQuery(simplified);
      var isPhrase = pagefindQuery !== simplified;
      return Promise.all([pagefind.search(pagefindQuery), isPhrase ? pagefind.search(simplified) : null])
        .then(function (both) {
          var loose = {};
          if (both[1]) both[1].results.forEach(function (result) { loose[result.id] = result; });
          return { results: both[0].results, loose: loose, phrase: isPhrase ? simplified : "" };
        });
    }).then(function (found) {
      if (ticket === latest) return show(found, ticket);
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
    }
  });
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
