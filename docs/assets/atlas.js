// fazhi-atlas: the "copy citation" control on every task heading, and the address a printed task shows.
// The citation text comes from the page (data-citation, HTML-escaped at build
// time); the URL is the page's own address with the task's anchor.
(function () {
  // The table of contents repeats a traditional plan's headings, which the
  // theme writes without their lang: each entry takes its heading's.
  document.querySelectorAll(".md-nav--secondary a.md-nav__link[href^='#']").forEach(function (link) {
    var heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (heading && heading.lang) link.lang = heading.lang;
  });

  function addressOf(anchor) {
    return window.location.href.split("#")[0] + "#" + anchor;
  }

  function citationFor(button) {
    return button.dataset.citation + " " + addressOf(button.dataset.anchor);
  }

  // On paper there is nothing to click: each task prints its address where its button stood (atlas.css).
  document.querySelectorAll(".atlas-tools .atlas-cite").forEach(function (button) {
    button.parentNode.dataset.address = addressOf(button.dataset.anchor);
  });

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
