// fazhi-atlas: the "copy citation" control on every task heading, the address a printed task shows, a task
// asked for by its number (#38), the filter by level and year of the pages that list plans by province, and the
// plans of the place a missing page's address names.
// The citation text comes from the page (data-citation, HTML-escaped at build
// time); the URL is the page's own address with the task's anchor.
(function () {
  var siteRoot = new URL("../", document.currentScript.src);

  // The table of contents repeats a traditional plan's headings, which the
  // theme writes without their lang: each entry takes its heading's.
  document.querySelectorAll(".md-nav--secondary a.md-nav__link[href^='#']").forEach(function (link) {
    var heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (heading && heading.lang) link.lang = heading.lang;
  });

  // A task's address: the page's, without a query a link to it may have carried (?levels=, a tracker's), and its anchor.
  function addressOf(anchor) {
    return window.location.href.split("#")[0].split("?")[0] + "#" + anchor;
  }

  function citationFor(button) {
    return button.dataset.citation + " " + addressOf(button.dataset.anchor);
  }

  // A task asked for by its number, as a plan prints it or a citation gives it (#38, #二(八)38, #第38条, #二十六), where
  // the address names no anchor of the page: the one task so numbered, whose anchor then takes the number's place in
  // the address, as if it had been linked to. A number the plan gives two tasks (五21 and 六21, asked for as #21)
  // finds neither.
  var NUMBER_PART = /([0-9]+|[一二三四五六七八九十百〇零]+)\)?$/;

  function numberKey(number) {
    return number.normalize("NFKC").replace(/\s+/g, "").replace(/^第/, "").replace(/[条條项項]$/, "");
  }

  // Whether a task's number ends in the one asked for, at the start of a part of it: 二(八)38 in 38 or (八)38, not
  // in 8; 七(二十六) in 二十六.
  function endsWithPart(number, asked) {
    var last = number.match(NUMBER_PART);
    if (last && last[1] === asked) return true;
    var before = number.charAt(number.length - asked.length - 1);
    var kind = /^[0-9]/.test(asked) ? /[0-9]/ : /^[一二三四五六七八九十百〇零]/.test(asked) ? /[一二三四五六七八九十百〇零]/ : null;
    return number.length > asked.length && number.slice(-asked.length) === asked && !(kind && kind.test(before));
  }

  // Text an address carries, decoded; "" for a stray % (#%E4), which names nothing of ours.
  function decoded(text) {
    try {
      return decodeURIComponent(text);
    } catch (malformed) {
      return "";
    }
  }

  function findNumbered() {
    var asked = decoded(window.location.hash.slice(1));
    var key = numberKey(asked);
    if (!key || document.getElementById(asked)) return;
    var tasks = Array.prototype.slice.call(document.querySelectorAll(".atlas-cite[data-number]"));
    var found = tasks.filter(function (task) { return numberKey(task.dataset.number) === key; });
    if (!found.length) found = tasks.filter(function (task) { return endsWithPart(numberKey(task.dataset.number), key); });
    if (found.length === 1) window.location.replace("#" + found[0].dataset.anchor);
  }

  findNumbered();
  window.addEventListener("hashchange", findNumbered);

  // On paper there is nothing to click: each task prints its address where its button stood (atlas.css).
  document.querySelectorAll(".atlas-tools .atlas-cite").forEach(function (button) {
    button.parentNode.dataset.address = addressOf(button.dataset.anchor);
  });

  // Pages that list plans by province (a topic's, a year's deadlines): the boxes of .atlas-levels and the first and
  // last year of .atlas-years show the plans of the levels ticked and the years chosen (and a topic's pairs side by
  // side where both plans are shown) and hide the others, with a province's heading and its table-of-contents entry
  // where none of its plans is left; the choice is kept in the address (?levels=province,city&years=2021-2025), so
  // it can be linked. An address that asks for none takes the choice last made in the tab, so a reader comparing one
  // round of plans, or counties', keeps to it from one topic to the next.
  var CHOICE_KEY = "atlas-choice";
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".atlas-levels input"));
  var bounds = Array.prototype.slice.call(document.querySelectorAll(".atlas-years select"));
  if (boxes.length || bounds.length) {
    var asked = new URLSearchParams(window.location.search);
    var carried = !asked.has("levels") && !asked.has("years") && lastChoice();
    if (carried) asked = new URLSearchParams(carried);
    var levelsAsked = asked.get("levels") === null ? null : asked.get("levels").split(",");
    // Levels carried from another page, none of which this one has, would show nothing: all are shown.
    var onThisPage = boxes.some(function (box) { return levelsAsked && levelsAsked.indexOf(box.value) >= 0; });
    if (levelsAsked && (onThisPage || !carried)) {
      boxes.forEach(function (box) { box.checked = levelsAsked.indexOf(box.value) >= 0; });
    }
    var years = (asked.get("years") || "").split("-").sort();
    if (bounds.length && years.length === 2) showYears(years[0], years[1]);
    document.querySelectorAll(".atlas-levels, .atlas-years").forEach(function (filter) {
      filter.addEventListener("change", function () { keepChoice(showChosen(), true); });
      filter.hidden = false;
    });
    var shown = showChosen();
    if (carried) keepChoice(shown, false);  // the address says what the page shows
  }

  // The years from ``first`` to ``last`` asked for, each moved to the nearest of the page's own within them (a page
  // of plans of 2015, 2018 and 2024 asked for 2016–2023, or carrying them from another, shows 2018's); where none of
  // its years is within them, all.
  function showYears(first, last) {
    var within = Array.prototype.map.call(bounds[0].options, function (option) { return option.value; })
      .filter(function (year) { return year >= first && year <= last; });
    if (!within.length) return;
    bounds[0].value = within[0];
    bounds[1].value = within[within.length - 1];
  }

  // The levels and years last chosen in this tab, as an address's query gives them; "" where none or where the
  // browser keeps nothing for the page.
  function lastChoice() {
    try {
      return window.sessionStorage.getItem(CHOICE_KEY) || "";
    } catch (refused) {
      return "";
    }
  }

  // Shows the plans chosen; returns the years chosen, and whether they are all the page's.
  function showChosen() {
    var levels = {};
    boxes.forEach(function (box) { levels[box.value] = box.checked; });
    // The years between the two chosen, whichever way round; all of them (and the plans of no known year) when
    // they are the first and the last.
    var range = bounds.map(function (bound) { return bound.value; }).sort();
    var whole = !bounds.length || (range[0] === bounds[0].options[0].value &&
                                   range[1] === bounds[1].options[bounds[1].options.length - 1].value);
    function chosen(level, year) {
      return levels[level] !== false && (whole || (year !== "" && year >= range[0] && year <= range[1]));
    }
    document.querySelectorAll(".md-content [data-level]").forEach(function (part) {
      part.hidden = !chosen(part.dataset.level, part.dataset.year);
    });
    document.querySelectorAll(".md-content h2[id^='province-']").forEach(function (heading) {
      var next = heading.nextElementSibling;
      while (next && next.tagName !== "H2" && !(next.tagName === "H3" && !next.hidden)) next = next.nextElementSibling;
      heading.hidden = !next || next.tagName === "H2";
    });
    document.querySelectorAll(".atlas-gaps li").forEach(function (line) {
      line.hidden = !line.querySelector("[data-level]:not([hidden])");
    });
    // A topic's pairs side by side: a pair goes when either of its plans does, the section with its last pair.
    var pairs = Array.prototype.slice.call(document.querySelectorAll(".md-content .atlas-pair[data-levels]"));
    pairs.forEach(function (pair) {
      var pairYears = pair.dataset.years.split(" ");
      pair.hidden = !pair.dataset.levels.split(" ").every(function (level, k) { return chosen(level, pairYears[k]); });
    });
    if (pairs.length) {
      var none = pairs.every(function (pair) { return pair.hidden; });
      document.querySelectorAll(".md-content h2#compare, .md-content .atlas-pairs-intro").forEach(function (part) {
        part.hidden = none;
      });
    }
    document.querySelectorAll(".md-nav--secondary a.md-nav__link[href^='#']").forEach(function (link) {
      var heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (heading) link.parentNode.hidden = heading.hidden;
    });
    return { whole: whole, range: range };
  }

  // The choice ``shown`` in the page's address and, where the reader made it (``made``), in the tab's memory.
  function keepChoice(shown, made) {
    var query = new URLSearchParams(window.location.search);
    var ticked = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    if (ticked.length === boxes.length) query.delete("levels");
    else query.set("levels", ticked.join(","));
    if (shown.whole) query.delete("years");
    else query.set("years", shown.range.join("-"));
    var search = query.toString();
    window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    if (!made) return;
    var choice = new URLSearchParams();
    ["levels", "years"].forEach(function (name) { if (query.has(name)) choice.set(name, query.get(name)); });
    try {
      window.sessionStorage.setItem(CHOICE_KEY, choice.toString());
    } catch (refused) {  // a browser that keeps nothing: the address alone keeps the choice
    }
  }

  // The page for an address with no page (404): where it asked for a plan (plans/chengdu-2016/#c2-s8-i38), the plans
  // of the place its address names (chengdu-2015 …), the nearest year first, each link keeping the anchor asked for.
  var missing = document.querySelector(".atlas-missing");
  if (missing) offerPlansOfThePlace(missing);

  function offerPlansOfThePlace(box) {
    var asked = window.location.pathname.match(/\/plans\/([^\/]+)/);
    if (!asked) return;
    var slug = decoded(asked[1]).toLowerCase();
    var place = placeOfSlug(slug), year = yearOfSlug(slug);
    if (!place) return;
    fetch(new URL("data/plans.json", siteRoot)).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (plans) {
      // The place as spelt, else one spelt within two letters of it (chendu for chengdu).
      var found = plans.filter(function (plan) { return placeOfSlug(plan.slug) === place; });
      if (!found.length && place.length > 3) {
        found = plans.filter(function (plan) { return editDistance(placeOfSlug(plan.slug), place) <= 2; });
      }
      found.sort(function (a, b) {
        return Math.abs(yearOfSlug(a.slug) - year) - Math.abs(yearOfSlug(b.slug) - year) || (a.slug < b.slug ? -1 : 1);
      });
      var list = box.querySelector("ul");
      found.slice(0, 12).forEach(function (plan) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = new URL(plan.url, siteRoot).href + window.location.hash;
        link.textContent = plan.jurisdiction + " " + (yearOfSlug(plan.slug) || "") + " " + plan.title;
        item.appendChild(link);
        list.appendChild(item);
      });
      box.hidden = !found.length;
    });
  }

  // A slug's place, before its year (chengdu of chengdu-2015-yaodian, changsha-changsha of changsha-changsha-2022).
  function placeOfSlug(slug) {
    return slug.replace(/-\d{4}(?:-.*)?$/, "");
  }

  // The fewest letters to add, drop or change to make one word of the other.
  function editDistance(a, b) {
    var previous = [], row;
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      row = [i];
      for (j = 1; j <= b.length; j++) {
        row.push(Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
      }
      previous = row;
    }
    return previous[b.length];
  }

  function yearOfSlug(slug) {
    return Number((slug.match(/-(\d{4})(?:-|$)/) || [])[1]) || 0;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    document.body.removeChild(area);
    return Promise.resolve();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".atlas-cite") : null;
    if (!button) return;
    var label = button.textContent;
    copy(citationFor(button)).then(function () {
      button.textContent = "已复制";
      window.setTimeout(function () { button.textContent = label; }, 1500);
    });
  });
})();
