// The report's filters: destination, origin, status and a span of months, kept in the address's
// fragment (report.html#destination=GT&from=2024-01) so a filtered view can be shared. Offline: it
// reads only the page. Without script the form stays hidden and every section is shown.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var keys = ["destination", "origin", "status", "from", "to"];
  form.hidden = false;

  function wanted() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    var state = {};
    keys.forEach(function (key) { state[key] = params.get(key) || ""; });
    return state;
  }

  function shown(element, state) {
    var data = element.dataset;
    return (!state.destination || data.destination === state.destination) &&
      (!state.origin || data.origin === state.origin) &&
      (!state.status || !data.status || data.status === state.status);
  }

  function apply() {
    var state = wanted();
    keys.forEach(function (key) { form.elements[key].value = state[key]; });
    document.querySelectorAll("[data-destination]").forEach(function (element) {
      element.hidden = !shown(element, state);
    });
    document.querySelectorAll("tr[data-month]").forEach(function (row) {
      var month = row.dataset.month;
      row.hidden = Boolean((state.from && month < state.from) || (state.to && month > state.to));
    });
  }

  form.addEventListener("change", function () {
    var params = new URLSearchParams();
    keys.forEach(function (key) { if (form.elements[key].value) { params.set(key, form.elements[key].value); } });
    window.location.hash = params.toString();
  });
  window.addEventListener("hashchange", apply);
  apply();
}());
