/*
 * e-Mocni webinars: progressive enhancement only (loaded with defer, no inline script: CSP).
 *
 * 1. Video placeholder: nothing comes from YouTube or Google until the visitor presses
 *    "Play". Without this file the play control is a plain link to the video on YouTube.
 *    With it, the link becomes a button that puts one youtube-nocookie.com player in
 *    place of the local thumbnail and moves focus to it. The sentence on what playing sends to
 *    YouTube is shown until the visitor allows external media (cookie consent); the server
 *    leaves it out of the page once they have, and a choice made on this page hides or shows it.
 * 2. Series page: "Copy all links" and "Print" buttons for the list of links.
 */
(function () {
  "use strict";

  function play(player) {
    var stage = player.querySelector("[data-player-stage]");
    var url = player.getAttribute("data-embed-url");
    if (!stage || !url || player.querySelector("iframe")) {
      return;
    }
    var frame = document.createElement("iframe");
    frame.src = url;
    frame.title = player.getAttribute("data-frame-title"); // translated by the template
    frame.setAttribute("allow", "autoplay; encrypted-media; picture-in-picture; fullscreen");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    while (stage.firstChild) {
      stage.removeChild(stage.firstChild);
    }
    stage.appendChild(frame);
    player.classList.add("is-playing");
    frame.focus();
  }

  function initPlayer(player) {
    var link = player.querySelector("a[data-play]");
    var template = player.querySelector("template[data-play-template]");
    if (!link || !template || !template.content || !player.getAttribute("data-embed-url") ||
        !player.getAttribute("data-frame-title")) {
      return; // keep the plain YouTube link
    }
    var button = template.content.firstElementChild.cloneNode(true);
    link.parentNode.replaceChild(button, link);
    button.addEventListener("click", function () {
      play(player);
    });
  }

  // The consent banner or settings form saved a choice on this page (consent.js).
  function followConsent(event) {
    var allowed = !!(event.detail && event.detail.categories && event.detail.categories.external_media);
    each("[data-webinar-player] [data-player-notice]", function (notice) {
      notice.hidden = allowed;
    });
  }

  function selectContents(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function listText(list) {
    var lines = [];
    var items = list.querySelectorAll("li");
    for (var i = 0; i < items.length; i += 1) {
      lines.push(items[i].textContent.replace(/\s+/g, " ").trim());
    }
    return lines.join("\n");
  }

  function initLinkActions(actions) {
    var copyButton = actions.querySelector("[data-copy-links]");
    var printButton = actions.querySelector("[data-print]");
    var status = actions.querySelector("[data-copy-status]");
    var list = copyButton ? document.getElementById(copyButton.getAttribute("data-copy-links")) : null;
    actions.hidden = false;

    function say(key) {
      if (status) {
        status.textContent = status.getAttribute(key) || "";
      }
    }

    if (copyButton && list) {
      copyButton.addEventListener("click", function () {
        var text = listText(list);
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(
            function () { say("data-copied"); },
            function () { selectContents(list); say("data-selected"); }
          );
        } else {
          selectContents(list);
          say("data-selected");
        }
      });
    }
    if (printButton) {
      printButton.addEventListener("click", function () {
        window.print();
      });
    }
  }

  // setUp(element) for every element the selector finds.
  function each(selector, setUp) {
    var elements = document.querySelectorAll(selector);
    for (var i = 0; i < elements.length; i += 1) {
      setUp(elements[i]);
    }
  }

  function init() {
    each("[data-webinar-player]", initPlayer);
    document.addEventListener("emocni:consent", followConsent);
    each("[data-link-actions]", initLinkActions);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
