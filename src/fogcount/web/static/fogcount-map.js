// fogcount's maps, drawn by the vendored Leaflet from files of this server only:
// Natural Earth 1:50m countries, first-level boundaries as you zoom in, GeoNames'
// towns as labels by population and zoom, a scale bar, and the events as points
// (clustered where they overlap, sized by the best number killed, coloured by type;
// a click opens the event). The events page's map reads /api/points with the
// page's filters (data-points); an event's page draws its one point (data-point).
"use strict";
(function () {
  var element = document.querySelector("[data-map]");
  if (!element || !window.L) return;
  var BASE = "/static/vendor/";
  var TYPES = {  // event type -> class of its colour (fogcount.css), as the legend shows them
    "Battles": "t-battles", "Explosions/Remote violence": "t-explosions",
    "Violence against civilians": "t-civilians", "Protests": "t-protests", "Riots": "t-riots",
    "Strategic developments": "t-strategic"
  };
  var SIZES = [[1000, 34, "k4"], [100, 26, "k3"], [10, 19, "k2"], [1, 14, "k1"], [0, 10, "k0"]];  // killed at least -> px
  // Towns labelled from this zoom on by population (GeoNames' cities of 15,000 or more).
  var LABELS = [[4, 2000000], [5, 700000], [6, 250000], [7, 80000], [8, 30000], [9, 0]];
  var MOST_LABELS = 250;

  var map = L.map(element, {preferCanvas: true, minZoom: 1, maxZoom: 13, worldCopyJump: false,
                            zoomSnap: 0.5, attributionControl: true});
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · GeoNames");
  L.control.scale({imperial: false, maxWidth: 140}).addTo(map);
  map.setView([25, 20], 2);
  map.createPane("borders").style.zIndex = 420;  // over the land (overlayPane, 400), under the towns and events
  map.createPane("labels").style.zIndex = 450;
  map.getPane("labels").style.pointerEvents = "none";

  var tiles = element.getAttribute("data-tile-url");
  if (tiles) L.tileLayer(tiles, {maxZoom: 13}).addTo(map);

  function getJSON(url) {
    return fetch(url, {credentials: "same-origin"}).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  getJSON(BASE + "natural-earth/countries-50m.geojson").then(function (world) {
    L.geoJSON(world, {interactive: false, style: {className: "land", color: "#9b9383", weight: 0.8,
      fillColor: tiles ? "transparent" : "#f4f1ea", fillOpacity: tiles ? 0 : 1}}).addTo(map).bringToBack();
    element.setAttribute("data-countries", world.features.length);
  });

  var admin1 = null;
  function showAdmin1() {
    if (map.getZoom() < 4 || admin1) return;
    admin1 = L.layerGroup().addTo(map);
    getJSON(BASE + "natural-earth/admin1-lines.geojson").then(function (lines) {
      L.geoJSON(lines, {pane: "borders", interactive: false,
        style: {className: "admin1", color: "#8f887b", weight: 0.7, dashArray: "3 3", opacity: 0.9}}).addTo(admin1);
      element.setAttribute("data-admin1", "1");
    });
  }

  var towns = null, labels = L.layerGroup().addTo(map);
  function showLabels() {
    var zoom = map.getZoom(), least = null;
    LABELS.forEach(function (step) { if (zoom >= step[0]) least = step[1]; });
    labels.clearLayers();
    if (least === null) return;
    if (!towns) {
      towns = [];
      getJSON(BASE + "geonames/places.json").then(function (rows) { towns = rows; showLabels(); });
      return;
    }
    var view = map.getBounds().pad(0.1), shown = 0, taken = [];
    for (var i = 0; i < towns.length && shown < MOST_LABELS; i++) {
      var town = towns[i];
      if (town[3] < least) break;  // most populous first
      if (!view.contains([town[1], town[2]])) continue;
      var at = map.latLngToContainerPoint([town[1], town[2]]), width = 7 * town[0].length;
      if (taken.some(function (box) { return Math.abs(box[0] - at.x) * 2 < box[2] + width && Math.abs(box[1] - at.y) < 16; })) continue;
      taken.push([at.x, at.y, width]);  // a bigger town's label keeps its room: no label over another
      var label = document.createElement("span");
      label.textContent = town[0];
      L.marker([town[1], town[2]], {pane: "labels", interactive: false, keyboard: false,
        icon: L.divIcon({className: "town", html: label, iconSize: null})}).addTo(labels);
      shown++;
    }
    element.setAttribute("data-labels", shown);
  }

  function size(killed) {
    for (var i = 0; i < SIZES.length; i++) if ((killed || 0) >= SIZES[i][0]) return SIZES[i];
    return SIZES[SIZES.length - 1];
  }

  function point(row) {  // id, lat, lon, killed, type, date, place
    var bucket = size(row[3]);
    var title = [row[5] || "date unknown", row[6], row[4], row[3] != null ? row[3] + " killed (best)" : null]
      .filter(Boolean).join(" · ");
    var marker = L.marker([row[1], row[2]], {title: title, alt: title, keyboard: true, killed: row[3] || 0,
      icon: L.divIcon({className: "event " + (TYPES[row[4]] || "t-other") + " " + bucket[2],
                       iconSize: [bucket[1], bucket[1]]})});
    marker.on("click", function () { window.location.href = "/events/" + encodeURIComponent(row[0]); });
    return marker;
  }

  function cluster(group) {
    var children = group.getAllChildMarkers(), killed = 0;
    children.forEach(function (m) { killed += m.options.killed; });
    var side = Math.round(26 + Math.min(26, 6 * Math.log10(children.length)));
    var count = document.createElement("span");
    count.textContent = children.length;
    return L.divIcon({className: "cluster", html: count, iconSize: [side, side]});
  }

  function fit(bounds) {
    if (bounds.isValid()) map.fitBounds(bounds, {padding: [24, 24], maxZoom: 7});
  }

  map.on("zoomend moveend", function () { showAdmin1(); showLabels(); });

  var single = element.getAttribute("data-point");
  if (single) {
    var row = JSON.parse(single);
    point(row).addTo(map);
    map.setView([row[1], row[2]], 7);
    element.setAttribute("data-events", "1");
    element.setAttribute("data-ready", "1");
    return;
  }
  var source = element.getAttribute("data-points");
  getJSON(source).then(function (data) {
    var group = L.markerClusterGroup({chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45,
                                      spiderfyOnMaxZoom: true, iconCreateFunction: cluster});
    var markers = data.points.map(point);
    group.addLayers(markers);
    map.addLayer(group);
    if (markers.length) fit(group.getBounds());
    element.setAttribute("data-events", markers.length);
    element.setAttribute("data-ready", "1");
  }).catch(function (error) {
    element.setAttribute("data-error", String(error));
  });
})();
