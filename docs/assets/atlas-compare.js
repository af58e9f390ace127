// fazhi-atlas: two plans side by side, topic by topic (the page compare/), and the figures they set for the
// indicators of 量化指标. The page lists the plans to choose from, the taxonomy's topics and the indicators; each
// plan's tasks by topic, with their deadlines and targets, and its figures by indicator, are fetched as it is chosen
// (compare/<slug>.json). The choice is kept in the address (compare/?a=chengdu-2015&b=tongchuan-2024), so it can be
// linked.
// Text from the plans is set as text, never as HTML.
(function () {
  var root = document.querySelector(".atlas-compare");
  if (!root) return;
  var topics = JSON.parse(root.querySelector(".atlas-compare__topics").textContent);
  var indicators = JSON.parse(root.querySelector(".atlas-compare__indicators").textContent);
  var pickers = {a: root.querySelector("select[name=a]"), b: root.querySelector("select[name=b]")};
  pickers.b.innerHTML = pickers.a.innerHTML;  // the page lists the plans once
  var summary = root.querySelector(".atlas-compare__summary");
  var body = root.querySelector(".atlas-compare__table:not(.atlas-compare__figures) tbody");
  var figuresTable = root.querySelector(".atlas-compare__figures");
  var loaded = {};

  function plan(slug) {
    if (!loaded[slug]) {
      loaded[slug] = fetch(encodeURIComponent(slug) + ".json").then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      });
    }
    return loaded[slug];
  }

  // The plans the address names, else the first two listed; the second, if the address names one
  // plan only (a plan page's "对照" link), the first other.
  function choose() {
    var query = new URLSearchParams(window.location.search);
    var values = Array.prototype.map.call(pickers.a.options, function (option) { return option.value; });
    var a = values.indexOf(query.get("a")) >= 0 ? query.get("a") : values[0];
    var b = values.indexOf(query.get("b")) >= 0 ? query.get("b") : values.filter(function (value) { return value !== a; })[0];
    pickers.a.value = a;
    pickers.b.value = b || a;
  }

  function taskList(slug, data, tasks) {
    var list = document.createElement("ul");
    tasks.forEach(function (task) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "../plans/" + encodeURIComponent(slug) + "/#" + encodeURIComponent(task[0]);
      link.textContent = task[1] + " " + task[2];
      if (data.traditional) link.lang = "zh-Hant";
      item.appendChild(link);
      // Its deadlines and its targets (each in the clause that says what it measures), where it has any.
      chips(item, task[3], "atlas-deadline", data);
      chips(item, task[4], "atlas-target", data);
      list.appendChild(item);
    });
    return list;
  }

  function chips(item, texts, kind, data) {
    (texts || []).forEach(function (text) {
      var chip = document.createElement("span");
      chip.className = "atlas-chip " + kind;
      chip.textContent = text;
      if (data.traditional) chip.lang = "zh-Hant";
      item.appendChild(document.createTextNode(" "));
      item.appendChild(chip);
    });
  }

  function cell(slug, data, topic) {
    var td = document.createElement("td");
    var tasks = data.topics[topic] || [];
    if (tasks.length) td.appendChild(taskList(slug, data, tasks));
    else {
      td.className = "atlas-compare__missing";
      td.textContent = "未涉及";
    }
    return td;
  }

  // A column's heading: the chosen plan as the list names it, in the plan's script.
  function heading(th, select) {
    var option = select.options[select.selectedIndex];
    th.textContent = option.textContent;
    if (option.lang) th.lang = option.lang;
    else th.removeAttribute("lang");
  }

  // The figures a plan sets for an indicator, each linked to its task and named with its number; 未定 where none.
  function figureCell(slug, data, indicator) {
    var td = document.createElement("td");
    var figures = data.figures[indicator] || [];
    if (!figures.length) {
      td.className = "atlas-compare__missing";
      td.textContent = "未定";
    }
    figures.forEach(function (figure, k) {
      if (k) td.appendChild(document.createTextNode("、"));
      var link = document.createElement("a");
      link.href = "../plans/" + encodeURIComponent(slug) + "/#" + encodeURIComponent(figure[0]);
      link.textContent = figure[2] + "（" + figure[1] + "）";
      if (data.traditional) link.lang = "zh-Hant";
      td.appendChild(link);
    });
    return td;
  }

  // A row of a comparison's table (data-<key>: the slug of ``named``, [slug, name]): its heading linked to the page of
  // the topic or indicator named, in ``folder``, then the two plans' cells.
  function comparedRow(key, named, folder, cells) {
    var row = document.createElement("tr");
    row.dataset[key] = named[0];
    var th = document.createElement("th");
    var link = document.createElement("a");
    link.href = "../" + folder + "/" + encodeURIComponent(named[0]) + "/";
    link.textContent = named[1];
    th.appendChild(link);
    row.appendChild(th);
    cells.forEach(function (td) { row.appendChild(td); });
    return row;
  }

  // The indicators either plan sets a figure for, in the list's order; returns how many both set one for.
  function showFigures(a, b, dataA, dataB) {
    var tbody = figuresTable.querySelector("tbody"), both = 0;
    tbody.textContent = "";
    indicators.forEach(function (indicator) {
      var inA = !!dataA.figures[indicator[0]], inB = !!dataB.figures[indicator[0]];
      if (!inA && !inB) return;
      if (inA && inB) both += 1;
      tbody.appendChild(comparedRow("indicator", indicator, "targets",
                                    [figureCell(a, dataA, indicator[0]), figureCell(b, dataB, indicator[0])]));
    });
    figuresTable.hidden = !tbody.children.length;
    return both;
  }

  function show(a, b, dataA, dataB) {
    var counts = {both: 0, a: 0, b: 0};
    body.textContent = "";
    root.querySelectorAll("th.atlas-compare__a").forEach(function (th) { heading(th, pickers.a); });
    root.querySelectorAll("th.atlas-compare__b").forEach(function (th) { heading(th, pickers.b); });
    topics.forEach(function (topic) {
      var inA = (dataA.topics[topic[0]] || []).length > 0;
      var inB = (dataB.topics[topic[0]] || []).length > 0;
      if (!inA && !inB) return;
      counts[inA && inB ? "both" : inA ? "a" : "b"] += 1;
      body.appendChild(comparedRow("topic", topic, "topics", [cell(a, dataA, topic[0]), cell(b, dataB, topic[0])]));
    });
    summary.textContent = "两份规划共同涉及 " + counts.both + " 个主题；仅规划甲涉及 " + counts.a +
      " 个，仅规划乙涉及 " + counts.b + " 个；共同定下数值的量化指标 " + showFigures(a, b, dataA, dataB) + " 个。";
  }

  function update() {
    var a = pickers.a.value, b = pickers.b.value;
    var address = "?a=" + encodeURIComponent(a) + "&b=" + encodeURIComponent(b);
    if (window.location.search !== address) window.history.replaceState(null, "", address);
    root.dataset.shown = "";
    if (a === b) {
      body.textContent = "";
      figuresTable.hidden = true;
      summary.textContent = "请选择两份不同的规划。";
      root.dataset.shown = a + "|" + b;
      return;
    }
    summary.textContent = "正在载入……";
    Promise.all([plan(a), plan(b)]).then(function (data) {
      if (pickers.a.value !== a || pickers.b.value !== b) return;  // chosen again meanwhile
      show(a, b, data[0], data[1]);
      root.dataset.shown = a + "|" + b;
    }, function () {
      summary.textContent = "未能载入规划的数据，请刷新页面重试。";
    });
  }

  choose();
  pickers.a.addEventListener("change", update);
  pickers.b.addEventListener("change", update);
  update();
})();
