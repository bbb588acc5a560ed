/*
 * Scenario catalogue: progressive enhancement of the GET filter form. Without this file the
 * form, the chips and the page links work as ordinary links and submissions. With it, every
 * change fetches the same URL, swaps in the new results and counts, keeps the address in
 * step (history) and tells screen readers the new number of results.
 */
(function () {
  "use strict";

  // The filters are folded in a <details> so that phones show the results first; wide
  // screens, where they sit beside the results, get them unfolded.
  var disclosure = document.querySelector("[data-filter-disclosure]");
  if (disclosure && window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) {
    disclosure.open = true;
  }

  var form = document.querySelector("[data-catalogue-form]");
  var results = document.querySelector("[data-catalogue-results]");
  var announcer = document.querySelector("[data-catalogue-announcer]");
  if (!form || !results || !announcer || !window.fetch || !window.DOMParser || !window.URLSearchParams ||
      !window.FormData || !(window.history && window.history.pushState)) {
    return;
  }
  var root = document.querySelector("[data-catalogue]");
  var controller = null;
  var timer = null;
  var typed = false;

  function formQuery() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== "") {
        params.append(key, value);
      }
    });
    return params.toString();
  }

  function formUrl() {
    var query = formQuery();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function announce(text) {
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = text; }, 100);
  }

  // Checked boxes, counts, text fields and "Clear all" as the server rendered them.
  function syncForm(doc) {
    var fresh = doc.querySelector("[data-catalogue-form]");
    if (!fresh) {
      return;
    }
    Array.prototype.forEach.call(fresh.querySelectorAll("input"), function (input) {
      var own = input.id ? document.getElementById(input.id) : null;
      if (!own) {
        return;
      }
      if (input.type === "checkbox") {
        own.checked = input.checked;
      } else if (!(typed && own === document.activeElement)) {
        own.value = input.value;
      }
    });
    Array.prototype.forEach.call(fresh.querySelectorAll("[data-count-for]"), function (count) {
      var own = form.querySelector('[data-count-for="' + count.getAttribute("data-count-for") + '"]');
      if (own) {
        own.textContent = count.textContent;
      }
    });
    var clear = form.querySelector("[data-clear-all]");
    var freshClear = fresh.querySelector("[data-clear-all]");
    if (clear && freshClear) {
      clear.hidden = freshClear.hidden;
    }
  }

  function load(url, push, focusSummary) {
    if (controller) {
      controller.abort();
    }
    controller = new AbortController();
    var focusedId = document.activeElement && results.contains(document.activeElement) ? document.activeElement.id : "";
    results.setAttribute("aria-busy", "true");
    fetch(url, { signal: controller.signal, credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-catalogue-results]");
        if (!fresh) {
          throw new Error("no results in the response");
        }
        results.innerHTML = fresh.innerHTML;
        results.removeAttribute("aria-busy");
        syncForm(doc);
        typed = false;
        if (push) {
          window.history.pushState({ catalogue: true }, "", url);
        }
        var summary = results.querySelector("[data-total]");
        var notice = results.querySelector(".notice[role=status] p");
        announce((notice ? notice.textContent + " " : "") + (summary ? summary.textContent : ""));
        if (focusSummary && summary) {
          summary.focus();
        } else if (focusedId && document.getElementById(focusedId)) {
          document.getElementById(focusedId).focus();
        }
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") {
          return;
        }
        window.location.assign(url); // let the server render it the ordinary way
      });
  }

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { load(formUrl(), true, false); }, delay);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    load(formUrl(), true, false);
  });

  // The sort list sits by the results but belongs to the form (form="…"): listen on the document.
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (!target || target.form !== form) {
      return;
    }
    if (target.type === "text" && target.checkValidity && !target.checkValidity()) {
      return; // "1,5" yes, "abc" no: the browser says why on Apply
    }
    schedule(target.type === "checkbox" ? 250 : 0);
  });

  var search = form.querySelector("input[type=search]");
  if (search) {
    search.addEventListener("input", function () {
      var length = search.value.trim().length;
      if (length === 0 || length >= 2) {
        typed = true;
        schedule(600);
      }
    });
  }

  results.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.chip, .pagination a") : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    load(link.href, true, link.closest(".pagination") !== null);
  });

  window.addEventListener("popstate", function () {
    load(window.location.href, false, false);
  });

  if (root) {
    root.classList.add("catalogue--live");
  }
})();
