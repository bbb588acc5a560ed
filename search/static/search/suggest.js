/* Suggestions while typing: fills a <datalist> for the search box from a small JSON
   endpoint. Without JS the search box is a plain form. */
(function () {
  "use strict";

  function init(form) {
    var input = form.querySelector("input[type=search]");
    var url = form.getAttribute("data-suggest-url");
    if (!input || !url || !window.fetch) {
      return;
    }
    var list = document.createElement("datalist");
    list.id = input.id + "-suggestions";
    form.appendChild(list);
    input.setAttribute("list", list.id);
    var timer = null;
    var last = "";

    input.addEventListener("input", function () {
      var value = input.value.trim();
      window.clearTimeout(timer);
      if (value.length < 2 || value === last) {
        return;
      }
      timer = window.setTimeout(function () {
        last = value;
        fetch(url + "?q=" + encodeURIComponent(value), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            list.textContent = "";
            data.results.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
  }

  var forms = document.querySelectorAll("form[data-suggest-url]");
  for (var i = 0; i < forms.length; i += 1) {
    init(forms[i]);
  }
})();
