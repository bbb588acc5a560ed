/*
 * e-Mocni cookie consent: progressive enhancement only. The banner and the settings form are
 * server-rendered POST forms that work without this file; with it they are sent with fetch()
 * (no token: the server checks that the post comes from this site) and the page stays where it is.
 *
 * Stores nothing in the browser: no localStorage, no sessionStorage, no cookies from here (the
 * server sets the signed decision cookie, HttpOnly).
 *
 * API for other features (e.g. the webinar player):
 *   window.emocniConsent.allows("external_media")  -> true / false
 *   window.emocniConsent.decided()                  -> true / false
 *   document.addEventListener("emocni:consent", function (event) {
 *     event.detail.decided; event.detail.categories.external_media;  // after every saved change
 *   });
 * A server-rendered {% consent_grant_form "external_media" "…" %} is enhanced here too.
 */
(function () {
  "use strict";

  var CONFIRM_PARAM = "zgoda";
  var stateScript = document.querySelector("script[data-consent-state]");
  var state = { decided: false, categories: {} };
  if (stateScript) {
    try {
      state = JSON.parse(stateScript.getAttribute("data-consent-state")) || state;
    } catch (error) {
      state = { decided: false, categories: {} };
    }
  }

  function allows(category) {
    if (category === "necessary") {
      return true;
    }
    return !!(state.decided && state.categories && state.categories[category] === true);
  }

  function copyCategories() {
    var copy = {};
    var key;
    for (key in state.categories) {
      if (Object.prototype.hasOwnProperty.call(state.categories, key)) {
        copy[key] = state.categories[key] === true;
      }
    }
    return copy;
  }

  function announce() {
    var detail = { decided: !!state.decided, categories: copyCategories() };
    if (typeof window.CustomEvent === "function") {
      document.dispatchEvent(new CustomEvent("emocni:consent", { detail: detail }));
    }
  }

  // The optional self-hosted analytics script (configured on the server), once allowed.
  function loadAnalytics() {
    var config = state.analytics;
    if (!config || !config.src || !allows("analytics") || document.querySelector("script[data-consent-analytics]")) {
      return;
    }
    var script = document.createElement("script");
    script.src = config.src;
    script.defer = true;
    script.setAttribute("data-consent-analytics", "");
    var attrs = config.attrs || {};
    for (var name in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, name)) {
        script.setAttribute(name, attrs[name]);
      }
    }
    document.body.appendChild(script);
  }

  window.emocniConsent = {
    allows: allows,
    decided: function () {
      return !!state.decided;
    }
  };

  function closest(element, selector) {
    return element && element.closest ? element.closest(selector) : null;
  }

  function dropConfirmParam() {
    if (!window.history || !window.history.replaceState || !window.URL) {
      return;
    }
    var url = new URL(window.location.href);
    if (url.searchParams.has(CONFIRM_PARAM)) {
      url.searchParams.delete(CONFIRM_PARAM);
      window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    }
  }

  function showError(form, message) {
    var box = form.querySelector("[data-consent-error]");
    if (!box) {
      box = document.createElement("p");
      box.className = "consent-banner__error";
      box.setAttribute("data-consent-error", "");
      box.setAttribute("role", "alert");
      box.setAttribute("tabindex", "-1");
      form.appendChild(box);
    }
    box.textContent = message;
    box.hidden = false;
    box.focus();
  }

  function hideBanners() {
    var banners = document.querySelectorAll("[data-consent-banner]");
    for (var i = 0; i < banners.length; i++) {
      banners[i].hidden = true;
    }
  }

  function done(form, data) {
    var kind = form.getAttribute("data-consent-form");
    var error = form.querySelector("[data-consent-error]");
    if (error) {
      error.hidden = true;
    }
    if (kind === "banner") {
      var banner = closest(form, "[data-consent-banner]");
      var question = banner && banner.querySelector("[data-consent-question]");
      var confirmation = banner && banner.querySelector("[data-consent-confirmation]");
      if (question && confirmation) {
        confirmation.querySelector("[data-consent-message]").textContent = data.message;
        question.hidden = true;
        confirmation.hidden = false;
        confirmation.focus();
      }
    } else if (kind === "settings") {
      hideBanners();
      var status = document.querySelector("[data-consent-status]");
      if (status) {
        status.hidden = false;
        status.focus();
      }
    } else {
      hideBanners();
    }
  }

  function send(form, event) {
    if (!window.fetch || !window.FormData) {
      return; // the browser sends the form the ordinary way
    }
    event.preventDefault();
    if (form.getAttribute("aria-busy") === "true") {
      return;
    }
    form.setAttribute("aria-busy", "true");
    window
      .fetch(form.getAttribute("action"), {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (result) {
        form.removeAttribute("aria-busy");
        if (result.ok && result.data && result.data.ok) {
          state = { decided: true, categories: result.data.categories || {}, analytics: state.analytics };
          done(form, result.data);
          loadAnalytics();
          announce();
        } else if (result.data && result.data.error) {
          showError(form, result.data.error); // translated by the server
        } else {
          form.submit(); // no message to show: let the server render its error page
        }
      })
      .catch(function () {
        // No answer or not JSON: send the form the ordinary way (a page load) instead.
        form.removeAttribute("aria-busy");
        form.submit();
      });
  }

  var forms = document.querySelectorAll("form[data-consent-form]");
  for (var i = 0; i < forms.length; i++) {
    forms[i].addEventListener("submit", function (event) {
      send(event.currentTarget, event);
    });
  }

  var hideButtons = document.querySelectorAll("[data-consent-hide]");
  for (var j = 0; j < hideButtons.length; j++) {
    hideButtons[j].addEventListener("click", function (event) {
      event.preventDefault();
      var banner = closest(event.currentTarget, "[data-consent-banner]");
      if (banner) {
        var hadFocus = banner.contains(document.activeElement);
        banner.hidden = true;
        // The focused button has just disappeared: carry on at the start of the content
        // instead of leaving keyboard and screen reader users at the top of <body>.
        var main = document.getElementById("main");
        if (hadFocus && main) {
          main.focus();
        }
      }
      dropConfirmParam();
    });
  }

  dropConfirmParam();
})();
