// fogcount: small niceties only; every page works without script.
// Hovering an event's row lights its marker on the map and timeline, and the reverse.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  function light(id, on) {
    document.querySelectorAll("svg a[data-event]").forEach(function (a) {
      if (a.getAttribute("data-event") === id) a.classList.toggle("hot", on);
    });
    document.querySelectorAll("tr[data-event]").forEach(function (tr) {
      if (tr.getAttribute("data-event") === id) tr.classList.toggle("hot", on);
    });
  }
  document.querySelectorAll("[data-event]").forEach(function (el) {
    var id = el.getAttribute("data-event");
    el.addEventListener("mouseenter", function () { light(id, true); });
    el.addEventListener("mouseleave", function () { light(id, false); });
  });
});
