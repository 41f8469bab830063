/* Marsad dashboard. Everything shown from the store is untrusted article text: the DOM is
 * built with createElement/textContent only, never by parsing strings as HTML. */
(function () {
  "use strict";

  var TYPES = {
    "Battles": { ar: "معارك", color: "#c0392b" },
    "Explosions/Remote violence": { ar: "انفجارات/عنف عن بعد", color: "#e67e22" },
    "Violence against civilians": { ar: "عنف ضد المدنيين", color: "#8e44ad" },
    "Protests": { ar: "احتجاجات", color: "#2980b9" },
    "Riots": { ar: "أعمال شغب", color: "#16a085" },
    "Strategic developments": { ar: "تطورات استراتيجية", color: "#7f8c8d" }
  };
  var KINDS = {
    trigger: "الحدث · trigger", actor: "فاعل · actor", place: "مكان · place",
    date: "تاريخ · date", number: "عدد · number", speaker: "مصدر القول · speaker"
  };
  var MAP_FIELDS = "event_type,event_date,location,latitude,longitude,fatalities";
  var TABLE_FIELDS = "event_date,event_type,sub_event_type,actor1,actor2,location,admin1,fatalities,n_sources";
  var MAP_PAGE = 1000, MAP_MAX_PAGES = 10, TABLE_PAGE = 50;

  var state = { filters: {}, brush: null, page: 1, sort: "event_date", order: "desc", selected: null };
  var map = null, cluster = null, fallback = null, mapEvents = [];
  window.marsad = { state: state, mapCount: 0, ready: false, showEvent: function (uid) { return showEvent(uid); } };

  // -- small helpers ----------------------------------------------------------
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "class") e.className = attrs[k];
      else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function typeColor(t) { return (TYPES[t] || { color: "#555" }).color; }
  function typeLabel(t) { return TYPES[t] ? TYPES[t].ar + " · " + t : String(t || "—"); }
  function qs(params) {
    var parts = [];
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      if (v === null || v === undefined || v === "") return;
      (Array.isArray(v) ? v : [v]).forEach(function (x) { parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(x)); });
    });
    return parts.join("&");
  }
  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) return r.json().catch(function () { return {}; }).then(function (b) {
        throw new Error(url + ": " + r.status + " " + (b.detail ? JSON.stringify(b.detail) : ""));
      });
      return r.json();
    });
  }
  function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }
  function addDays(iso, n) {
    var d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10);
  }
  function maxDate(a, b) { return !a ? b : !b ? a : (a > b ? a : b); }
  function minDate(a, b) { return !a ? b : !b ? a : (a < b ? a : b); }

  // The query for map and table: form filters, narrowed by the timeline brush.
  function eventParams() {
    var p = Object.assign({}, state.filters);
    if (state.brush) {
      p.date_from = maxDate(p.date_from, state.brush[0]);
      p.date_to = minDate(p.date_to, state.brush[1]);
    }
    return p;
  }

  // -- filters -----------------------------------------------------------------
  var form = document.getElementById("filter-form");
  function readForm() {
    var f = {};
    ["date_from", "date_to", "event_type", "sub_event_type", "actor", "country", "admin1", "min_sources", "q"].forEach(function (k) {
      var v = form.elements[k].value.trim();
      if (v) f[k] = v;
    });
    if (form.elements.unmerged && form.elements.unmerged.checked) f.unmerged = "true";
    if (form.elements.in_view.checked && map) {
      var b = map.getBounds();
      f.bbox = [Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()), Math.min(180, b.getEast()), Math.min(90, b.getNorth())]
        .map(function (x) { return x.toFixed(4); }).join(",");
    }
    return f;
  }
  function fillSelect(name, values, label) {
    var s = form.elements[name];
    while (s.options.length > 1) s.remove(1);
    values.forEach(function (v) { s.appendChild(el("option", { value: v, text: label ? label(v) : v })); });
  }
  function fillSubtypes(meta) {
    var t = form.elements.event_type.value, subs = [];
    Object.keys(meta.event_types).forEach(function (k) { if (!t || k === t) subs = subs.concat(meta.event_types[k]); });
    fillSelect("sub_event_type", subs);
  }

  // -- map ---------------------------------------------------------------------
  function dotSize(ev) { return Math.min(34, 10 + 4 * Math.sqrt(ev.fatalities || 0)); }
  function makeDot(ev) {
    var s = dotSize(ev);
    var d = el("div", { class: "ev-dot", "data-uid": ev.event_uid, title: typeLabel(ev.event_type) + " — " + (ev.location || "") + " " + (ev.event_date || "") });
    d.style.width = d.style.height = s + "px";
    d.style.background = typeColor(ev.event_type);
    return d;
  }

  function initMap(meta) {
    var note = document.getElementById("map-note");
    if (!window.L || !meta.assets.available) {
      note.hidden = false;
      note.textContent = "خريطة مبسطة: ملفات الخريطة غير مثبتة · Plain map: map assets are not installed — " + (meta.assets.hint || "run npm ci");
      fallback = el("div", { class: "fallback-map" });
      document.getElementById("map").appendChild(fallback);
      return;
    }
    map = L.map("map", { minZoom: 2, maxZoom: 18, zoomControl: true, attributionControl: true, worldCopyJump: true }).setView([35, 38], 6);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Borders: Natural Earth via world-atlas");
    var ClusterGroup = L.markerClusterGroup ? L.markerClusterGroup : null;
    cluster = ClusterGroup ? ClusterGroup({
      maxClusterRadius: 28, disableClusteringAtZoom: 11, showCoverageOnHover: false,
      iconCreateFunction: function (c) {
        var n = c.getChildCount(), counts = {};
        c.getAllChildMarkers().forEach(function (m) { counts[m.options.evType] = (counts[m.options.evType] || 0) + 1; });
        var top = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; })[0];
        var s = Math.min(48, 22 + 4 * Math.log2(n));
        var d = el("div", { class: "ev-cluster", text: String(n) });
        d.style.width = d.style.height = d.style.lineHeight = s + "px";
        d.style.borderColor = typeColor(top);
        return L.divIcon({ html: d, className: "", iconSize: [s, s] });
      }
    }) : L.layerGroup();
    cluster.addTo(map);
    var base = L.layerGroup().addTo(map);
    fetch("/assets/world-atlas/countries-50m.json").then(function (r) { return r.ok ? r.json() : null; }).then(function (topo) {
      if (!topo || !window.topojson) return;
      L.geoJSON(topojson.feature(topo, topo.objects.countries), {
        style: { color: "#b9b0a0", weight: 0.5, fill: true, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false
      }).addTo(base);
      L.geoJSON(topojson.mesh(topo, topo.objects.countries, function (a, b) { return a !== b; }), {
        style: { color: "#6b6258", weight: 1.2 }, interactive: false
      }).addTo(base);
    }).catch(function () { /* borders are decoration */ });
    if (meta.assets.admin1_borders) {
      getJSON("/assets-admin1.geojson").then(function (gj) {
        L.geoJSON(gj, { style: { color: "#9b8f80", weight: 0.7, dashArray: "3 3", fill: false }, interactive: false }).addTo(base);
      }).catch(function () {});
    }
    // Online tiles are an optional layer, offered only when the tile server answers.
    var probe = new Image(), timer = setTimeout(function () { probe.src = ""; }, 4000);
    probe.onload = function () {
      clearTimeout(timer);
      var osm = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        { maxZoom: 18, attribution: "© OpenStreetMap contributors" });
      L.control.layers({ "حدود فقط · Borders only (offline)": L.layerGroup(), "خريطة على الإنترنت · OpenStreetMap (online)": osm }).addTo(map);
    };
    probe.src = "https://tile.openstreetmap.org/0/0/0.png";
    map.on("moveend", function () { if (form.elements.in_view.checked) applyFilters(); });
  }

  function drawMap(events) {
    mapEvents = events.filter(function (e) { return e.latitude != null && e.longitude != null; });
    window.marsad.mapCount = mapEvents.length;
    if (map) {
      cluster.clearLayers();
      var markers = mapEvents.map(function (ev) {
        var s = dotSize(ev);
        var m = L.marker([ev.latitude, ev.longitude], {
          icon: L.divIcon({ html: makeDot(ev), className: "", iconSize: [s, s] }),
          evType: ev.event_type, keyboard: true, title: ev.location || ""
        });
        m.on("click", function () { showEvent(ev.event_uid); });
        return m;
      });
      if (cluster.addLayers) cluster.addLayers(markers); else markers.forEach(function (m) { cluster.addLayer(m); });
      if (mapEvents.length && !form.elements.in_view.checked) {
        map.fitBounds(L.latLngBounds(robustExtent(mapEvents)).pad(0.3), { maxZoom: 9 });
      }
    } else if (fallback) {
      drawFallback();
    }
  }

  // The view to open on: all points, or with 20+ points the 10th-90th percentile box, so a
  // few far-off (often mis-geocoded) events do not zoom the map out to the whole world.
  function robustExtent(evs) {
    var lats = evs.map(function (e) { return e.latitude; }).sort(function (a, b) { return a - b; });
    var lons = evs.map(function (e) { return e.longitude; }).sort(function (a, b) { return a - b; });
    var k = evs.length >= 20 ? Math.floor(evs.length * 0.1) : 0, j = evs.length - 1 - k;
    return [[lats[k], lons[k]], [lats[j], lons[j]]];
  }

  // Without Leaflet: points on a plain equirectangular background.
  function drawFallback() {
    clear(fallback);
    if (!mapEvents.length) return;
    var lats = mapEvents.map(function (e) { return e.latitude; }), lons = mapEvents.map(function (e) { return e.longitude; });
    var s = Math.min.apply(null, lats), n = Math.max.apply(null, lats), w = Math.min.apply(null, lons), e = Math.max.apply(null, lons);
    var padLat = Math.max(0.5, (n - s) * 0.1), padLon = Math.max(0.5, (e - w) * 0.1);
    s -= padLat; n += padLat; w -= padLon; e += padLon;
    mapEvents.forEach(function (ev) {
      var d = makeDot(ev);
      d.style.position = "absolute";
      d.style.left = (100 * (ev.longitude - w) / (e - w)) + "%";
      d.style.top = (100 * (n - ev.latitude) / (n - s)) + "%";
      d.addEventListener("click", function () { showEvent(ev.event_uid); });
      fallback.appendChild(d);
    });
  }

  function loadMapEvents() {
    var base = eventParams(), all = [];
    function page(p) {
      var params = Object.assign({}, base, { page: p, page_size: MAP_PAGE, sort: "event_date", order: "desc", fields: MAP_FIELDS });
      return getJSON("/api/events?" + qs(params)).then(function (r) {
        all = all.concat(r.events);
        if (all.length < r.total && p < MAP_MAX_PAGES) return page(p + 1);
        return r.total;
      });
    }
    return page(1).then(function (total) {
      drawMap(all);
      var s = document.getElementById("summary");
      s.textContent = total + " حدث · events" + (all.length < total ? " (الخريطة تعرض " + all.length + " · map shows " + all.length + ")" : "");
    });
  }

  // -- table -------------------------------------------------------------------
  function loadTable() {
    var params = Object.assign({}, eventParams(), { page: state.page, page_size: TABLE_PAGE, sort: state.sort, order: state.order, fields: TABLE_FIELDS });
    return getJSON("/api/events?" + qs(params)).then(function (r) {
      var tb = clear(document.querySelector("#events-table tbody"));
      r.events.forEach(function (ev) {
        var sw = el("span", { class: "swatch" }); sw.style.background = typeColor(ev.event_type);
        var tr = el("tr", { "data-uid": ev.event_uid, tabindex: "0" }, [
          el("td", { text: ev.event_date || "" }),
          el("td", null, [sw, typeLabel(ev.event_type)]),
          el("td", { text: ev.sub_event_type || "" }),
          el("td", { text: ev.actor1 || "" }),
          el("td", { text: ev.actor2 || "" }),
          el("td", { text: ev.location || "" }),
          el("td", { text: ev.admin1 || "" }),
          el("td", { class: "num", text: String(ev.fatalities || 0) }),
          el("td", { class: "num", text: String(ev.n_sources || 1) })
        ]);
        if (ev.event_uid === state.selected) tr.className = "selected";
        tr.addEventListener("click", function () { showEvent(ev.event_uid); });
        tr.addEventListener("keydown", function (k) { if (k.key === "Enter") showEvent(ev.event_uid); });
        tb.appendChild(tr);
      });
      var pages = Math.max(1, Math.ceil(r.total / TABLE_PAGE));
      document.getElementById("page-info").textContent = state.page + " / " + pages;
      document.getElementById("prev").disabled = state.page <= 1;
      document.getElementById("next").disabled = state.page >= pages;
    });
  }

  // -- evidence panel -------------------------------------------------------------
  // Split text into runs, each marked with the innermost span covering it.
  function highlighted(text, spans, startKey, endKey) {
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s[startKey], s[endKey]); });
    cuts = cuts.filter(function (x, i, a) { return x >= 0 && x <= text.length && a.indexOf(x) === i; }).sort(function (a, b) { return a - b; });
    var frag = document.createDocumentFragment();
    for (var i = 0; i < cuts.length - 1; i++) {
      var a = cuts[i], b = cuts[i + 1], piece = text.slice(a, b);
      var cover = spans.filter(function (s) { return s[startKey] <= a && s[endKey] >= b; })
        .sort(function (x, y) { return (x[endKey] - x[startKey]) - (y[endKey] - y[startKey]); });
      if (!cover.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      var s = cover[0];
      var title = cover.map(function (c) { return (KINDS[c.kind] || c.kind) + (c.value != null ? ": " + JSON.stringify(c.value) : ""); }).join(" | ");
      frag.appendChild(el("mark", { class: "k-" + s.kind, "data-kind": s.kind, title: title, text: piece }));
    }
    return frag;
  }

  function field(labelAr, labelEn, value) {
    if (value === null || value === undefined || value === "") return null;
    return el("div", { class: "field" }, [el("dt", null, [labelAr + " ", el("span", { class: "en", text: labelEn })]), el("dd", { text: String(value) })]);
  }

  function showEvent(uid) {
    state.selected = uid;
    if (history.replaceState) history.replaceState(null, "", "#event=" + encodeURIComponent(uid));
    document.querySelectorAll("#events-table tr.selected").forEach(function (r) { r.className = ""; });
    document.querySelectorAll(".ev-dot.selected").forEach(function (d) { d.classList.remove("selected"); });
    document.querySelectorAll('[data-uid="' + CSS.escape(uid) + '"]').forEach(function (e) {
      if (e.tagName === "TR") e.className = "selected"; else e.classList.add("selected");
    });
    var body = clear(document.getElementById("evidence-body"));
    body.appendChild(el("p", { class: "hint", text: "…" }));
    return getJSON("/api/events/" + encodeURIComponent(uid)).then(function (ev) {
      clear(body);
      var sw = el("span", { class: "swatch" }); sw.style.background = typeColor(ev.event_type);
      body.appendChild(el("h3", { class: "ev-title" }, [sw, typeLabel(ev.event_type), " — ", ev.sub_event_type || ""]));
      body.appendChild(el("dl", { class: "fields" }, [
        field("التاريخ", "Date", ev.event_date + (ev.date_end && ev.date_end !== ev.event_date ? " → " + ev.date_end : "")),
        field("المكان", "Location", [ev.location, ev.admin2, ev.admin1, ev.country].filter(Boolean).join("، ")),
        field("الفاعل 1", "Actor 1", ev.actor1), field("الفاعل 2", "Actor 2", ev.actor2),
        field("القتلى", "Fatalities", ev.fatalities), field("المصادر", "Sources", ev.n_sources), field("التقارير", "Reports", ev.members ? ev.members.length : null),
        field("الثقة", "Confidence", ev.confidence != null ? Number(ev.confidence).toFixed(2) : null),
        field("منسوب إلى", "Claimed by", (ev.claimed_by || []).join("، ")),
        field("القواعد", "Rules", (ev.rule_ids || []).join(", "))
      ]));
      var docs = {};
      (ev.documents || []).forEach(function (d) { docs[d.doc_id] = d; });
      ev.evidence.forEach(function (x) {
        var p = el("p", { class: "sentence", dir: "rtl", lang: "ar" });
        p.appendChild(highlighted(x.text, x.spans, "rel_start", "rel_end"));
        body.appendChild(el("blockquote", { class: "evidence-item", "data-doc": x.doc_id }, [p, docLine(docs[x.doc_id] || { doc_id: x.doc_id })]));
      });
      body.appendChild(legend());
    }).catch(function (e) { clear(body).appendChild(el("p", { class: "error", text: String(e.message || e) })); });
  }

  function docLine(d) {
    var url = safeUrl(d.url);
    var parts = [d.source, d.published].filter(Boolean).join(" · ");
    var link = url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer nofollow", text: d.title || url })
                   : el("span", { class: "title", text: (d.title || d.doc_id) + (d.url ? " (رابط غير آمن · unsafe link not shown)" : "") });
    var more = el("button", { type: "button", class: "linkish", text: "النص الكامل · Full text" });
    var line = el("div", { class: "doc-line" }, [link, parts ? el("span", { class: "muted", text: " — " + parts }) : null, " ", more]);
    more.addEventListener("click", function () {
      getJSON("/api/documents/" + encodeURIComponent(d.doc_id)).then(function (doc) {
        var pre = el("div", { class: "fulltext", dir: "rtl", lang: "ar" });
        pre.appendChild(highlighted(doc.text, doc.spans, "start", "end"));
        line.appendChild(pre);
        more.disabled = true;
      });
    });
    return line;
  }

  function legend() {
    return el("div", { class: "kinds" }, Object.keys(KINDS).map(function (k) { return el("mark", { class: "k-" + k, text: KINDS[k] }); }));
  }

  // -- timeline (stacked weekly bars, brushable) -------------------------------------
  var tl = document.getElementById("timeline"), SVGNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }
  function loadTimeline() {
    var p = Object.assign({ include: "by_week" }, state.filters); // the brush narrows map and table, not its own context
    return getJSON("/api/stats?" + qs(p)).then(function (s) { drawTimeline(s.by_week); });
  }
  function drawTimeline(rows) {
    clear(tl);
    var W = tl.clientWidth || 800, H = tl.clientHeight || 140, padB = 22, padT = 8, padX = 8;
    tl.setAttribute("viewBox", "0 0 " + W + " " + H);
    var weeks = [], by = {};
    rows.forEach(function (r) {
      if (!by[r.week]) { by[r.week] = {}; weeks.push(r.week); }
      by[r.week][r.event_type] = r.events;
    });
    weeks.sort();
    if (!weeks.length) { tl.appendChild(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "axis" }, "لا أحداث · no events")); return; }
    // Fill empty weeks so time is to scale.
    var all = [], w = weeks[0];
    while (w <= weeks[weeks.length - 1] && all.length < 2000) { all.push(w); w = addDays(w, 7); }
    var max = 1;
    all.forEach(function (k) { var t = 0; Object.keys(by[k] || {}).forEach(function (x) { t += by[k][x]; }); max = Math.max(max, t); });
    var bw = (W - 2 * padX) / all.length;
    // Time runs left to right even in the RTL page, as on a calendar axis.
    var g = svg("g", {});
    all.forEach(function (k, i) {
      var y = H - padB, x = padX + i * bw;
      Object.keys(TYPES).forEach(function (t) {
        var n = (by[k] || {})[t] || 0;
        if (!n) return;
        var h = (H - padB - padT) * n / max;
        y -= h;
        var r = svg("rect", { x: x + 0.5, y: y, width: Math.max(1, bw - 1), height: h, fill: typeColor(t) });
        r.appendChild(svg("title", {}, k + " · " + typeLabel(t) + ": " + n));
        g.appendChild(r);
      });
      if (all.length <= 30 || i % Math.ceil(all.length / 12) === 0) {
        g.appendChild(svg("text", { x: x + bw / 2, y: H - 6, "text-anchor": "middle", class: "axis" }, k.slice(5)));
      }
      if (i === 0 || k.slice(0, 4) !== all[i - 1].slice(0, 4)) {  // a year starts: mark it at the top
        g.appendChild(svg("line", { x1: x, x2: x, y1: 0, y2: H - padB, class: "year-line" }));
        g.appendChild(svg("text", { x: x + 3, y: 10, class: "axis year" }, k.slice(0, 4)));
      }
    });
    tl.appendChild(g);
    var brush = svg("rect", { class: "brush", y: padT, height: H - padB - padT, x: 0, width: 0 });
    tl.appendChild(brush);
    if (state.brush) {
      var i0 = all.indexOf(state.brush[0]), i1 = all.indexOf(addDays(state.brush[1], -6));
      if (i0 >= 0 && i1 >= 0) { brush.setAttribute("x", padX + i0 * bw); brush.setAttribute("width", (i1 - i0 + 1) * bw); }
    }
    var start = null;
    function idx(ev) {
      var r = tl.getBoundingClientRect(), x = (ev.clientX - r.left) * W / r.width;
      return Math.max(0, Math.min(all.length - 1, Math.floor((x - padX) / bw)));
    }
    tl.onmousedown = function (ev) { start = idx(ev); ev.preventDefault(); move(ev); };
    function move(ev) {
      if (start === null) return;
      var a = Math.min(start, idx(ev)), b = Math.max(start, idx(ev));
      brush.setAttribute("x", padX + a * bw); brush.setAttribute("width", (b - a + 1) * bw);
    }
    tl.onmousemove = move;
    onBrushEnd = function (ev) {
      if (start === null) return;
      var a = Math.min(start, idx(ev)), b = Math.max(start, idx(ev));
      start = null;
      state.brush = [all[a], addDays(all[b], 6)];
      document.getElementById("clear-brush").hidden = false;
      state.page = 1;
      refreshEvents();
    };
  }
  var onBrushEnd = function () {};
  window.addEventListener("mouseup", function (ev) { onBrushEnd(ev); });

  // -- wiring --------------------------------------------------------------------
  function refreshEvents() { return Promise.all([loadMapEvents(), loadTable()]); }
  function applyFilters() {
    state.filters = readForm();
    state.page = 1;
    return Promise.all([refreshEvents(), loadTimeline()]);
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); applyFilters(); });
  form.addEventListener("reset", function () { setTimeout(function () { state.brush = null; document.getElementById("clear-brush").hidden = true; applyFilters(); }, 0); });
  document.getElementById("clear-brush").addEventListener("click", function () {
    state.brush = null; this.hidden = true; refreshEvents(); loadTimeline();
  });
  document.getElementById("prev").addEventListener("click", function () { if (state.page > 1) { state.page--; loadTable(); } });
  document.getElementById("next").addEventListener("click", function () { state.page++; loadTable(); });
  document.querySelectorAll("th[data-sort]").forEach(function (th) {
    th.addEventListener("click", function () {
      var k = th.getAttribute("data-sort");
      state.order = state.sort === k && state.order === "desc" ? "asc" : "desc";
      state.sort = k; state.page = 1; loadTable();
    });
  });

  var lg = document.getElementById("legend");
  Object.keys(TYPES).forEach(function (t) {
    var sw = el("span", { class: "swatch" }); sw.style.background = TYPES[t].color;
    lg.appendChild(el("div", null, [sw, typeLabel(t)]));
  });
  lg.appendChild(el("div", { class: "muted", text: "الحجم حسب القتلى · size = fatalities" }));

  getJSON("/api/meta").then(function (meta) {
    fillSelect("event_type", Object.keys(meta.event_types), typeLabel);
    fillSubtypes(meta);
    form.elements.event_type.addEventListener("change", function () { fillSubtypes(meta); });
    fillSelect("country", meta.countries);
    fillSelect("admin1", meta.admin1);
    initMap(meta);
    return applyFilters();
  }).then(function () {
    window.marsad.ready = true;
    // Deep link: /#event=<uid> opens that event's evidence.
    var m = /(?:^#|&)event=([A-Za-z0-9_-]{1,64})/.exec(location.hash);
    if (m) showEvent(m[1]);
  })
    .catch(function (e) {
      var n = document.getElementById("map-note"); n.hidden = false; n.textContent = "خطأ · Error: " + (e.message || e);
    });
})();
