// fogcount's maps, drawn by the vendored Leaflet from files of this server only:
// Natural Earth 1:50m countries (generalised at the world's zooms), first-level boundaries as you zoom in, GeoNames'
// towns as labels by population and zoom (both read a tile at a time for the view), a scale bar, and the events as points
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

  // The countries: below DETAIL_ZOOM their outlines generalised (a third of the points, under a pixel apart
  // there), from it on Natural Earth's 1:50m outlines, read when first needed. Drawn once the view is where
  // it stays (the outlines projected once, not again after the map fits its points).
  var DETAIL_ZOOM = 5;
  var outlines = {overview: getJSON(BASE + "natural-earth/countries-50m-overview.geojson")}, land = {}, shown = null;
  function drawWorld() {
    var level = map.getZoom() >= DETAIL_ZOOM ? "detail" : "overview";
    if (level === shown) return;
    shown = level;
    outlines.detail = outlines.detail || (level === "detail" ? getJSON(BASE + "natural-earth/countries-50m.geojson") : null);
    outlines[level].then(function (countries) {
      if (shown !== level) return;  // zoomed across meanwhile: the other is on its way
      land[level] = land[level] || L.geoJSON(countries, {interactive: false, style: {className: "land",
        color: "#9b9383", weight: 0.8, fillColor: tiles ? "transparent" : "#f4f1ea", fillOpacity: tiles ? 0 : 1}});
      Object.keys(land).forEach(function (other) { if (other !== level) map.removeLayer(land[other]); });
      land[level].addTo(map).bringToBack();
      element.setAttribute("data-countries", countries.features.length);
      if (!basemapStarted) {  // the borders and towns after the events and the countries: they wait for them
        basemapStarted = true;
        showBasemap();
      }
    });
  }

  // First-level borders and town labels, a tile at a time (web/basemap.py; data-basemap says how to ask): a view
  // of zoom Z reads the tiles of zoom Z - lag that it covers, once its events and countries are drawn. The
  // tiles of the zoom shown are kept; another zoom's are dropped.
  var basemap = JSON.parse(element.getAttribute("data-basemap"));
  var borders = L.layerGroup().addTo(map), labels = L.layerGroup().addTo(map);
  // generation: moves whenever the kept tiles are dropped, so that a tile asked for before (another zoom, even
  // one left and come back to) is not drawn into the tiles of now
  var tileZoom = null, generation = 0, borderTiles = {}, townTiles = {}, basemapStarted = false;
  function clamp(value, low, high) { return Math.max(low, Math.min(high, value)); }
  function tileX(lon, n) { return clamp(Math.floor((lon + 180) / 360 * n), 0, n - 1); }
  function tileY(lat, n) {
    var radians = clamp(lat, -85.0511287798, 85.0511287798) * Math.PI / 180;
    return clamp(Math.floor((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2 * n), 0, n - 1);
  }
  function tileUrl(layer, z, x, y) {
    return basemap.url.replace("{layer}", layer).replace("{z}", z).replace("{x}", x).replace("{y}", y);
  }
  function showBasemap() {
    var zoom = Math.floor(map.getZoom() + 1e-9), z = clamp(zoom - basemap.lag, 0, basemap.max), n = 1 << z;
    if (z !== tileZoom) {
      tileZoom = z;
      generation++;
      borderTiles = {};
      townTiles = {};
      borders.clearLayers();
    }
    var view = map.getBounds(), pending = [], current = generation;
    for (var x = tileX(view.getWest(), n); x <= tileX(view.getEast(), n); x++) {
      for (var y = tileY(view.getNorth(), n); y <= tileY(view.getSouth(), n); y++) {
        pending.push(borderTile(zoom, z, x, y), townTile(zoom, z, x, y));
      }
    }
    element.removeAttribute("data-basemap-drawn");
    Promise.all(pending.map(function (tile) {  // each tile drawn or not; one that failed is asked again on the next move
      return Promise.resolve(tile).then(function () { return true; }, function () { return false; });
    })).then(function (drawn) {
      if (generation !== current) return;
      showLabels();  // the rest of the view is drawn all the same
      var missing = drawn.filter(function (ok) { return !ok; }).length;
      if (missing) {
        element.setAttribute("data-basemap-missing", missing);
      } else {
        element.removeAttribute("data-basemap-missing");
        element.setAttribute("data-basemap-drawn", z);  // every tile of this view is drawn
      }
    }).catch(function (error) {
      element.setAttribute("data-error", String(error));
    });
    showLabels();
  }
  function tileFailed(tiles, key, kept, error) {
    if (tiles[key] === kept) delete tiles[key];
    element.setAttribute("data-tile-error", String(error));
  }
  function borderTile(zoom, z, x, y) {
    var key = x + "/" + y, current = generation, tiles = borderTiles, kept;
    if (zoom < basemap.borders || borderTiles[key]) return borderTiles[key];
    kept = borderTiles[key] = getJSON(tileUrl("borders", z, x, y)).then(function (lines) {
      if (generation !== current || !lines.length) return;
      L.polyline(lines, {pane: "borders", interactive: false, className: "admin1", color: "#8f887b", weight: 0.7,
                         dashArray: "3 3", opacity: 0.9}).addTo(borders);
      element.setAttribute("data-admin1", borders.getLayers().length);
    }, function (error) { tileFailed(tiles, key, kept, error); throw error; });
    return kept;
  }
  function townTile(zoom, z, x, y) {
    var key = x + "/" + y, current = generation, tiles = townTiles, entry;
    if (zoom < basemap.labels || townTiles[key]) return townTiles[key] && townTiles[key].loaded;
    entry = townTiles[key] = {rows: []};
    entry.loaded = getJSON(tileUrl("towns", z, x, y)).then(function (rows) {
      if (generation === current) entry.rows = rows;
    }, function (error) { tileFailed(tiles, key, entry, error); throw error; });
    return entry.loaded;
  }

  var MOST_LABELS = 250;
  function showLabels() {  // the most populous towns in view first, none over another's label
    var view = map.getBounds().pad(0.1), shown = 0, taken = [], towns = [];
    labels.clearLayers();
    if (map.getZoom() >= basemap.labels) {
      Object.keys(townTiles).forEach(function (key) { towns = towns.concat(townTiles[key].rows); });
      towns.sort(function (a, b) { return b[3] - a[3]; });
    }
    for (var i = 0; i < towns.length && shown < MOST_LABELS; i++) {
      var town = towns[i];
      if (!view.contains([town[1], town[2]])) continue;
      var at = map.latLngToContainerPoint([town[1], town[2]]), width = 7 * town[0].length;
      if (taken.some(function (box) { return Math.abs(box[0] - at.x) * 2 < box[2] + width && Math.abs(box[1] - at.y) < 16; })) continue;
      taken.push([at.x, at.y, width]);
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

  var icons = {};  // one icon per type and size, shared by the markers that look alike
  function icon(type, bucket) {
    var name = "event " + (TYPES[type] || "t-other") + " " + bucket[2];
    return icons[name] || (icons[name] = L.divIcon({className: name, iconSize: [bucket[1], bucket[1]]}));
  }

  function title(row) {
    return [row[5] || "date unknown", row[6], row[4], row[3] != null ? row[3] + " killed (best)" : null]
      .filter(Boolean).join(" · ");
  }

  function point(row) {  // id, lat, lon, killed, type, date, place
    var text = title(row);
    return L.marker([row[1], row[2]], {title: text, alt: text, keyboard: true, event: row[0],
                                       icon: icon(row[4], size(row[3]))});
  }

  // Points that overlap are gathered, at the zoom shown, as markercluster gathers them (a point joins the first
  // gathering whose first point is within RADIUS pixels, found through a grid of RADIUS cells), but only for the
  // points in view and only for this zoom: one pass over the points per move (10,000 points: milliseconds),
  // where a cluster tree of every zoom built up front took seconds.
  var RADIUS = 45;
  function gathered(rows) {
    var zoom = map.getZoom(), view = map.getBounds().pad(0.25), grid = {}, groups = [];
    var south = view.getSouth(), north = view.getNorth(), west = view.getWest(), east = view.getEast();
    var side = 256 * Math.pow(2, zoom), radius2 = RADIUS * RADIUS, DEGREES = Math.PI / 180;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (row[1] < south || row[1] > north || row[2] < west || row[2] > east) continue;
      // the point in the zoom's pixels, as map.project gives it (spherical Mercator), without an object per point
      var sine = Math.sin(Math.max(-85.0511287798, Math.min(85.0511287798, row[1])) * DEGREES);
      var px = (row[2] + 180) / 360 * side, py = (0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * side;
      var x = Math.floor(px / RADIUS), y = Math.floor(py / RADIUS), near = null;
      for (var dx = -1; dx <= 1 && !near; dx++) {
        for (var dy = -1; dy <= 1 && !near; dy++) {
          var cell = grid[(x + dx) * 1048576 + (y + dy)];
          if (!cell) continue;
          for (var j = 0; j < cell.length && !near; j++) {
            var ex = cell[j].x - px, ey = cell[j].y - py;
            if (ex * ex + ey * ey <= radius2) near = cell[j];
          }
        }
      }
      if (near) {
        near.rows.push(row);
      } else {
        var group = {x: px, y: py, rows: [row]}, key = x * 1048576 + y;
        (grid[key] = grid[key] || []).push(group);
        groups.push(group);
      }
    }
    return groups;
  }

  function gathering(rows) {  // n events drawn as one: at their middle, their count, a click zooms in to them
    var lat = 0, lon = 0;
    rows.forEach(function (row) { lat += row[1]; lon += row[2]; });
    var side = Math.round(26 + Math.min(26, 6 * Math.log10(rows.length)));
    var count = document.createElement("span");
    count.textContent = rows.length;
    return L.marker([lat / rows.length, lon / rows.length], {title: rows.length + " events: click to zoom in",
      keyboard: true, rows: rows, icon: L.divIcon({className: "cluster", html: count, iconSize: [side, side]})});
  }

  var MOST_LISTED = 40;
  function opened(marker) {  // an event opens its page; a gathering zooms in, or at the last zoom lists its events
    var rows = marker.options.rows;
    if (!rows) {
      window.location.href = "/events/" + encodeURIComponent(marker.options.event);
      return;
    }
    var bounds = L.latLngBounds(rows.map(function (row) { return [row[1], row[2]]; }));
    var zoom = Math.min(map.getMaxZoom(), Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds.pad(0.2))));
    if (map.getZoom() < map.getMaxZoom() && !bounds.getNorthEast().equals(bounds.getSouthWest())) {
      map.setView(bounds.getCenter(), zoom);
      return;
    }
    var list = document.createElement("ul");  // the same place (or closer than the last zoom shows): a list
    list.className = "gathered";
    rows.slice(0, MOST_LISTED).forEach(function (row) {
      var item = document.createElement("li"), link = document.createElement("a");
      link.href = "/events/" + encodeURIComponent(row[0]);
      link.textContent = title(row);
      item.appendChild(link);
      list.appendChild(item);
    });
    if (rows.length > MOST_LISTED) {
      var more = document.createElement("li");
      more.textContent = "and " + (rows.length - MOST_LISTED) + " more: narrow the filters";
      list.appendChild(more);
    }
    L.popup({maxHeight: 260}).setLatLng(marker.getLatLng()).setContent(list).openOn(map);
  }

  function ready(events) {
    element.setAttribute("data-events", events);
    element.setAttribute("data-ready", "1");
  }

  function fit(bounds) {
    if (bounds.isValid()) map.fitBounds(bounds, {padding: [24, 24], maxZoom: 7, animate: false});
  }

  map.on("moveend", function () { if (basemapStarted) showBasemap(); });
  map.on("zoomend", function () { if (shown) drawWorld(); });

  var single = element.getAttribute("data-point");
  if (single) {
    var row = JSON.parse(single);
    point(row).addTo(map);
    map.setView([row[1], row[2]], 7);
    drawWorld();
    ready(1);
    return;
  }
  var events = L.featureGroup().on("click", function (click) { opened(click.layer); }).addTo(map);
  var rows = [];
  function drawEvents() {
    events.clearLayers();
    gathered(rows).forEach(function (group) {
      events.addLayer(group.rows.length === 1 ? point(group.rows[0]) : gathering(group.rows));
    });
  }
  map.on("moveend", drawEvents);
  var source = element.getAttribute("data-points");
  getJSON(source).then(function (data) {
    rows = data.points;
    var bounds = L.latLngBounds(rows.map(function (row) { return [row[1], row[2]]; }));
    if (bounds.isValid()) fit(bounds);  // its moveend draws the events, once, in the view they are fitted to
    else drawEvents();
    ready(rows.length);
  }).catch(function (error) {
    element.setAttribute("data-error", String(error));
  }).then(drawWorld);
})();
