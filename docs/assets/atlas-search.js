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
        return table;
      });
    }
    return foldTable;
  }

  function toSimplified(query) {
    if (!CJK.test(query)) return Promise.resolve(query);
    return loadFoldTable().then(function (table) {
      return Array.from(query).map(function (ch) { return table[ch] || ch; }).join("");
    });
  }

  // Chinese has no spaces: 行政复议 typed as one run means that phrase, not
  // 行政 somewhere and 复议 somewhere else. Spaces separate required words.
  function asPagefindQuery(query) {
    return /\s|"/.test(query) || !CJK.test(query) ? query : '"' + query + '"';
  }

  // Pagefind's excerpts are HTML with <mark> around matches. Keep only the
  // text and the marks, so no markup from a source text can come through.
  function excerptNode(html) {
    var inert = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html").body;
    var out = document.createElement("p");
    out.className = "atlas-search__excerpt";
    (function copy(node) {
      node.childNodes.forEach(function (child) {
        if (child.nodeType === Node.TEXT_NODE) {
          out.appendChild(document.createTextNode(child.textContent));
        } else if (child.nodeName === "MARK") {
          var mark = document.createElement("mark");
          mark.textContent = child.textContent;
          out.appendChild(mark);
        } else {
          copy(child);
        }
      });
    })(inert);
    return out;
  }

  function link(className, href, text) {
    var a = document.createElement("a");
    a.className = className;
    a.href = href;
    a.textContent = text;
    return a;
  }

  function pageResult(page) {
    var section = document.createElement("section");
    section.className = "atlas-search__page";
    section.appendChild(link("atlas-search__title", page.url, page.meta.title || page.url));
    var hits = (page.sub_results || []).filter(function (sub) { return sub.url !== page.url; })
      .sort(function (a, b) { return b.locations.length - a.locations.length; });
    var list = document.createElement("ul");
    hits.slice(0, HITS_PER_PAGE).forEach(function (sub) {
      var item = document.createElement("li");
      item.appendChild(link("atlas-search__hit", sub.url, sub.title));
      item.appendChild(excerptNode(sub.excerpt));
      list.appendChild(item);
    });
    if (!hits.length) {
      var only = document.createElement("li");
      only.appendChild(excerptNode(page.excerpt));
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

  function showBatch(results, start, ticket) {
    var batch = results.slice(start, start + PAGES_PER_BATCH);
    return Promise.all(batch.map(function (result) { return result.data(); })).then(function (pages) {
      if (ticket !== latest) return;
      var old = panel.querySelector(".atlas-search__next");
      if (old) old.remove();
      pages.forEach(function (page) { panel.appendChild(pageResult(page)); });
      var next = start + PAGES_PER_BATCH;
      if (next < results.length) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "atlas-search__next md-button";
        button.textContent = "显示更多结果（另有 " + (results.length - next) + " 个页面）";
        button.addEventListener("click", function () { showBatch(results, next, ticket); });
        panel.appendChild(button);
      }
    });
  }

  function show(results, ticket) {
    panel.textContent = "";
    var meta = document.createElement("p");
    meta.className = "atlas-search__meta";
    meta.textContent = results.length ? results.length + " 个页面含有检索词" : "没有找到含有检索词的页面";
    panel.appendChild(meta);
    panel.hidden = false;
    return showBatch(results, 0, ticket);
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
      return ready[1].search(asPagefindQuery(ready[0]));
    }).then(function (found) {
      if (ticket === latest) return show(found.results, ticket);
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
