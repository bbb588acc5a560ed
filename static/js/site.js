/*
 * e-Mocni: progressive enhancement only. Every page works without this file;
 * CSS uses html.js to collapse the menu on narrow screens. Loaded with defer,
 * no inline scripts (CSP).
 */
(function () {
  "use strict";

  var root = document.documentElement;
  if (root.classList) {
    root.classList.remove("no-js");
    root.classList.add("js");
  }

  function setOpen(nav, button, open) {
    nav.classList.toggle("is-open", open);
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }

  function initNavToggle(button) {
    var nav = button.closest ? button.closest(".site-nav") : null;
    if (!nav) {
      return; // markup without a .site-nav around the button: do nothing
    }

    // The button ships with `hidden` so no-JS visitors never see a dead
    // control; CSS decides from here on (shown only on narrow screens).
    button.hidden = false;

    // Start from the state the markup says, so class and attribute agree.
    setOpen(nav, button, nav.classList.contains("is-open"));

    button.addEventListener("click", function () {
      setOpen(nav, button, !nav.classList.contains("is-open"));
    });

    // Escape anywhere in the menu closes it and puts focus back on the
    // button, so keyboard users are not left inside a hidden list.
    nav.addEventListener("keydown", function (event) {
      var key = event.key;
      if ((key === "Escape" || key === "Esc") && nav.classList.contains("is-open")) {
        setOpen(nav, button, false);
        button.focus();
      }
    });
  }

  // Copy buttons ([data-copy-target] = id of the element whose text to copy,
  // [data-copied-label] = what to announce after copying, translated by the template).
  // Hidden in the HTML: without JS the text itself stays selectable.
  function initCopyButton(button) {
    var target = document.getElementById(button.getAttribute("data-copy-target"));
    var copied = button.getAttribute("data-copied-label");
    if (!target || !copied || !navigator.clipboard) {
      return;
    }
    var label = button.textContent;
    var live = document.createElement("span");
    live.className = "visually-hidden";
    live.setAttribute("role", "status");
    button.insertAdjacentElement("afterend", live);
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        live.textContent = copied;
      }, function () {
        live.textContent = "";
      });
    });
    button.textContent = label;
  }

  // Counts one view of the page (stats.beacon): the page id and language the server wrote on
  // <body>, nothing else, no cookie. Without sendBeacon nothing is sent.
  function sendViewCount() {
    var body = document.body;
    var url = body && body.getAttribute("data-view-count");
    if (!url || !navigator.sendBeacon || typeof URLSearchParams === "undefined") {
      return;
    }
    var data = new URLSearchParams();
    data.append("page", body.getAttribute("data-view-page") || "");
    data.append("lang", body.getAttribute("data-view-language") || "");
    navigator.sendBeacon(url, data);
  }

  // setUp(element) for every element the selector finds.
  function each(selector, setUp) {
    var elements = document.querySelectorAll(selector);
    for (var i = 0; i < elements.length; i += 1) {
      setUp(elements[i]);
    }
  }

  function init() {
    sendViewCount();
    each("[data-nav-toggle]", initNavToggle);
    each("[data-copy-target]", initCopyButton);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
