// wirewatch web interface: plain JavaScript over the JSON API, no external code.
"use strict";

const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "SANCTION"];
const QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QUAD_COLOURS = {1: "#2e8b57", 2: "#7cb342", 3: "#f0a030", 4: "#c0392b", 0: "#999"};
const FILTERS = ["actor", "recipient", "type", "country", "since", "until", "lang", "canonical"];
const PAGE = 100;
const SVG_NS = "http://www.w3.org/2000/svg";
const view = document.getElementById("view");

// --- DOM and fetch utilities-------------------------------------------------------------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, value);
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, {headers: {Accept: "application/json"}});
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) throw new Error((body && body.error) || `${url}: HTTP ${response.status}`);
  return body;
}

function hashRoute() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  return {name: parts[0] || "events", arg: parts.slice(1).join("/"), params: new URLSearchParams(query || "")};
}

function go(name, arg, params) {
  const query = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null)).toString() : "";
  location.hash = "#/" + name + (arg ? "/" + encodeURIComponent(arg) : "") + (query ? "?" + query : "");
}

function articleLink(id, label) {
  return h("a", {href: "#/article/" + encodeURIComponent(id), dir: "auto"}, label || id);
}

function names(refs) {
  return (refs || []).map(r => r.identifier_text || r.entity_text).join("; ");
}

function typeCell(event) {
  const type = event.event || event.event_type;
  return h("span", {class: "type q" + (event.quad_class || 0), title: QUADS[event.quad_class] || ""}, type);
}

function flags(event) {
  const out = [];
  if (event.negated) out.push(h("span", {class: "flag"}, "negated"));
  if (event.aux) out.push(h("span", {class: "flag"}, event.aux));
  if (event.mode) out.push(h("span", {class: "flag"}, event.mode));
  return out;
}

function show(...nodes) {
  view.replaceChildren(...nodes.flat(Infinity).filter(node => node !== null && node !== undefined));
}

function showError(error) {
  show(h("p", {class: "error", role: "alert"}, error.message || String(error)));
}

function filterParams(params) {
  const out = {};
  for (const key of FILTERS) if (params.get(key)) out[key] = params.get(key);
  return out;
}

// --- filters form ----------------------------------------------------------------

const form = document.getElementById("filters");
for (const type of EVENT_TYPES) form.elements.type.append(h("option", {value: type}, type));

function fillFilters(params) {
  for (const key of FILTERS) {
    const field = form.elements[key];
    if (field.type === "checkbox") field.checked = params.get(key) === "true";
    else field.value = params.get(key) || "";
  }
}

form.addEventListener("submit", event => {
  event.preventDefault();
  const params = {};
  for (const key of FILTERS) {
    const field = form.elements[key];
    const value = field.type === "checkbox" ? (field.checked ? "true" : "") : field.value.trim();
    if (value) params[key] = value;
  }
  const current = hashRoute().name;
  go(current === "stories" ? "stories" : "events", "", params);
});
form.addEventListener("reset", () => setTimeout(() => go(hashRoute().name === "stories" ? "stories" : "events", "", {}), 0));

document.getElementById("search-form").addEventListener("submit", event => {
  event.preventDefault();
  const q = document.getElementById("search-q").value.trim();
  if (q) go("search", "", {q});
});

// --- timeline (stacked bars per period by quad class) -----------------------------

function timelineChart(data) {
  const periods = data.periods;
  if (!periods.length) return h("p", {class: "muted"}, "No dated events.");
  const width = 640, height = 220, left = 34, bottom = 40, top = 10;
  const max = Math.max(...periods.map(p => p.total));
  const band = (width - left - 6) / periods.length;
  const bar = Math.max(2, Math.min(48, band * 0.7));
  const y = v => top + (height - top - bottom) * (1 - v / max);
  const svg = s("svg", {viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Events per period by quad class"});
  for (const tick of [0, Math.ceil(max / 2), max]) {
    svg.append(s("line", {x1: left, x2: width, y1: y(tick), y2: y(tick), class: "axis"}),
      s("text", {x: left - 4, y: y(tick) + 4, "text-anchor": "end"}, tick));
  }
  const every = Math.ceil(periods.length / 12);
  periods.forEach((period, index) => {
    const x = left + index * band + (band - bar) / 2;
    let base = 0;
    for (const quad of ["1", "2", "3", "4", "0"]) {
      const n = period.by_quad[quad] || 0;
      if (!n) continue;
      const rect = s("rect", {x, width: bar, y: y(base + n), height: y(base) - y(base + n), fill: QUAD_COLOURS[quad]},
        s("title", {}, `${period.period}: ${n} ${QUADS[quad] || "other"}`));
      rect.style.cursor = "pointer";
      rect.addEventListener("click", () => drillDown(period.period, data.interval));
      svg.append(rect);
      base += n;
    }
    if (index % every === 0) {
      svg.append(s("text", {x: x + bar / 2, y: height - bottom + 14, "text-anchor": "middle"}, period.period));
    }
  });
  const notes = [];
  if (data.imprecise) notes.push(`${data.imprecise} with a coarser date`);
  if (data.undated) notes.push(`${data.undated} undated`);
  return h("div", {},
    svg,
    h("div", {class: "legend"}, Object.entries(QUADS).map(([q, label]) => h("span", {style: `--c:${QUAD_COLOURS[q]}`}, label))),
    notes.length ? h("p", {class: "muted"}, "Not shown: " + notes.join(", ") + ".") : null);
}

function drillDown(period, interval) {
  const params = filterParams(hashRoute().params);
  params.since = period;
  params.until = period;
  go("events", "", params);
}

// --- actor network (circular layout) ----------------------------------------------

function networkChart(data) {
  const nodes = data.nodes.slice(0, 30);
  const keep = new Set(nodes.map(n => n.id));
  const edges = data.edges.filter(e => keep.has(e.source) && keep.has(e.target));
  if (!edges.length) return h("p", {class: "muted"}, "No actor→recipient pairs.");
  const size = 460, cx = size / 2, cy = size / 2, radius = size / 2 - 90;
  const pos = {};
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    pos[node.id] = {x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle};
  });
  const svg = s("svg", {viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": "Actor network"});
  svg.append(s("defs", {}, s("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 16, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse"},
    s("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: "#7a8591"}))));
  const maxCount = Math.max(...edges.map(e => e.count));
  for (const edge of edges) {
    const a = pos[edge.source], b = pos[edge.target];
    const quads = edge.quad_classes || [];
    const colour = QUAD_COLOURS[quads.length === 1 ? quads[0] : 0];
    const types = Object.entries(edge.types).map(([t, n]) => `${t} ${n}`).join(", ");
    svg.append(s("line", {x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: colour, "stroke-opacity": 0.75,
      "stroke-width": 1 + 4 * edge.count / maxCount, "marker-end": "url(#arrow)"},
    s("title", {}, `${edge.source} → ${edge.target}: ${types}`)));
  }
  for (const node of nodes) {
    const p = pos[node.id];
    const degree = node.as_actor + node.as_recipient;
    const circle = s("circle", {cx: p.x, cy: p.y, r: 4 + Math.min(8, Math.sqrt(degree) * 1.5), fill: "#1f5f99"},
      s("title", {}, `${node.name} (${node.code || "?"}): ${node.as_actor} as actor, ${node.as_recipient} as recipient`));
    circle.style.cursor = "pointer";
    circle.addEventListener("click", () => go("events", "", {...filterParams(hashRoute().params), actor: node.id}));
    const right = Math.cos(p.angle) >= 0;
    const label = s("text", {x: p.x + (right ? 10 : -10), y: p.y + 4, "text-anchor": right ? "start" : "end"},
      (node.name || node.id).slice(0, 26));
    svg.append(circle, label);
  }
  return svg;
}

// --- events table ------------------------------------------------------------------

function eventsTable(events) {
  if (!events.length) return h("p", {class: "muted"}, "No events match.");
  return h("table", {},
    h("thead", {}, h("tr", {}, ["Date", "Type", "Actor", "Recipient", "Evidence", "Report"].map(c => h("th", {}, c)))),
    h("tbody", {}, events.map(event => {
      const evidence = event.text_info || [];
      const first = evidence[0] || {};
      return h("tr", {},
        h("td", {}, event.date || "—", event.date_precision && event.date_precision !== "day" ? h("span", {class: "flag"}, event.date_precision) : null),
        h("td", {}, typeCell(event), flags(event)),
        h("td", {dir: "auto"}, names(event.actor)),
        h("td", {dir: "auto"}, names(event.recipient)),
        h("td", {class: "evidence", dir: "auto", lang: first.lang || null}, first.text || ""),
        h("td", {}, evidence.length > 1
          ? evidence.map(ev => h("div", {}, articleLink(ev.article_id + "#" + ev.start + "-" + ev.end, ev.article_id), " ", h("span", {class: "lang"}, ev.lang || "?")))
          : articleLink(event.article_id + (first.start !== undefined ? "#" + first.start + "-" + first.end : ""), event.article_id)));
    })));
}

async function showEvents(params) {
  const filters = filterParams(params);
  const offset = Number(params.get("offset") || 0);
  show(h("p", {class: "muted"}, "Loading events…"));
  const [events, timeline, network] = await Promise.all([
    api("events", {...filters, limit: PAGE, offset}),
    api("timeline", {...filters, interval: "month"}),
    api("network", {...filters, limit: 60}),
  ]);
  const csv = "/api/events.csv?" + new URLSearchParams(filters);
  const pager = h("div", {class: "pager"},
    offset > 0 ? h("button", {type: "button", onclick: () => go("events", "", {...filters, offset: Math.max(0, offset - PAGE)})}, "← previous") : null,
    h("span", {class: "muted"}, `events ${events.count ? offset + 1 : 0}–${offset + events.count}`),
    events.more ? h("button", {type: "button", onclick: () => go("events", "", {...filters, offset: offset + PAGE})}, "next →") : null,
    h("a", {href: csv, download: "events.csv"}, "CSV"));
  show(
    h("div", {class: "panels"},
      h("section", {class: "panel"}, h("h2", {}, "Timeline (events per month by quad class)"), timelineChart(timeline)),
      h("section", {class: "panel"}, h("h2", {}, "Actor network (actor → recipient)"), networkChart(network))),
    h("h2", {}, filters.canonical ? "Events (deduplicated)" : "Events"),
    pager,
    eventsTable(events.events));
}

// --- search ------------------------------------------------------------------------

async function showSearch(params) {
  const q = params.get("q") || "";
  document.getElementById("search-q").value = q;
  const result = await api("search", {q, lang: params.get("lang"), limit: 50});
  show(h("h1", {}, `${result.count} reports for `, h("bdi", {}, `“${result.query}”`)),
    result.hits.map(hit => h("div", {class: "hit", dir: "auto", lang: hit.lang || null},
      h("span", {class: "lang"}, hit.lang || "?"), articleLink(hit.article_id, hit.title || hit.article_id),
      h("p", {}, hit.snippet))));
}

// --- articles ----------------------------------------------------------------------

async function showArticles(params) {
  const offset = Number(params.get("offset") || 0);
  const filters = {lang: params.get("lang"), since: params.get("since"), until: params.get("until")};
  const result = await api("articles", {...filters, limit: PAGE, offset});
  show(h("h1", {}, "Articles"),
    h("table", {},
      h("thead", {}, h("tr", {}, ["Published", "Lang", "Outlet", "Title"].map(c => h("th", {}, c)))),
      h("tbody", {}, result.articles.map(a => h("tr", {},
        h("td", {}, a.pub_date || "—"), h("td", {}, h("span", {class: "lang"}, a.lang || "?")),
        h("td", {dir: "auto"}, a.source || ""),
        h("td", {dir: "auto"}, articleLink(a.id, a.title || a.id),
          a.near_duplicate_of ? h("span", {class: "flag"}, "near-duplicate of " + a.near_duplicate_of) : null))))),
    h("div", {class: "pager"},
      offset > 0 ? h("button", {type: "button", onclick: () => go("articles", "", {...filters, offset: Math.max(0, offset - PAGE)})}, "← previous") : null,
      result.more ? h("button", {type: "button", onclick: () => go("articles", "", {...filters, offset: offset + PAGE})}, "next →") : null));
}

// The article text split at every span boundary; each piece knows the spans covering it.
function highlightedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    if (span.start >= 0 && span.end <= text.length && span.start < span.end) { cuts.add(span.start); cuts.add(span.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter(sp => sp.start <= from && sp.end >= to);
    let node = document.createTextNode(text.slice(from, to));
    const mention = covering.find(sp => sp.kind === "mention");
    if (mention) node = h("span", {class: "mention", title: mention.label}, node);
    const evidence = covering.filter(sp => sp.kind === "event");
    if (evidence.length) {
      node = h("mark", {class: "ev", "data-events": evidence.map(sp => sp.index).join(" "),
        title: evidence.map(sp => sp.label).join("\n")}, node);
    }
    pieces.push(node);
  }
  return pieces;
}

async function showArticle(id) {
  const [articleId, anchor] = id.split("#");
  const data = await api("articles/" + encodeURIComponent(articleId));
  const article = data.article;
  const spans = [];
  data.mentions.forEach(m => spans.push({kind: "mention", start: m.start, end: m.end,
    label: `${m.type}${m.actor_name ? ": " + m.actor_name : ""}${m.actor_id ? " (" + m.actor_id + ")" : ""}`}));
  data.events.forEach((event, index) => {
    for (const ev of event.text_info || []) {
      if (ev.article_id && ev.article_id !== article.id) continue;
      spans.push({kind: "event", index, start: ev.start, end: ev.end,
        label: `${event.event}: ${names(event.actor)} → ${names(event.recipient)}`});
    }
  });
  const rtl = article.lang === "ar";
  const textBox = h("div", {class: "article-text", dir: rtl ? "rtl" : "auto", lang: article.lang || null},
    highlightedText(article.text, spans));
  const activate = index => {
    for (const mark of textBox.querySelectorAll("mark.ev")) {
      mark.classList.toggle("active", mark.dataset.events.split(" ").includes(String(index)));
    }
    const first = textBox.querySelector("mark.ev.active");
    if (first) first.scrollIntoView({block: "center", behavior: "smooth"});
  };
  const meta = [article.pub_date, article.source, article.lang].filter(Boolean).join(" · ");
  show(
    h("h1", {dir: "auto", lang: article.lang || null}, article.title || article.id),
    h("p", {class: "muted"}, meta, " · ", article.id,
      article.url ? [" · ", h("a", {href: article.url, rel: "noopener noreferrer"}, "source")] : null,
      article.near_duplicate_of ? [" · near-duplicate of ", articleLink(article.near_duplicate_of)] : null,
      data.story_ids.length ? [" · story ", data.story_ids.map(sid => h("a", {href: "#/story/" + encodeURIComponent(sid)}, sid + " "))] : null),
    textBox,
    h("h2", {}, `${data.events.length} events`),
    h("table", {},
      h("thead", {}, h("tr", {}, ["Date", "Type", "Actor", "Recipient", "Evidence"].map(c => h("th", {}, c)))),
      h("tbody", {}, data.events.map((event, index) => h("tr", {onclick: () => activate(index), style: "cursor:pointer"},
        h("td", {}, event.date || "—"), h("td", {}, typeCell(event), flags(event)),
        h("td", {dir: "auto"}, names(event.actor)), h("td", {dir: "auto"}, names(event.recipient)),
        h("td", {dir: "auto"}, (event.text_info[0] || {}).text || ""))))));
  if (anchor) {
    const [start, end] = anchor.split("-").map(Number);
    const index = data.events.findIndex(e => (e.text_info || []).some(ev => ev.start === start && ev.end === end));
    if (index >= 0) activate(index);
  }
}

// --- stories -----------------------------------------------------------------------

async function showStories(params) {
  const filters = {actor: params.get("actor"), since: params.get("since"), until: params.get("until"), lang: params.get("lang")};
  const result = await api("stories", filters);
  show(h("h1", {}, `${result.total} stories`),
    h("table", {},
      h("thead", {}, h("tr", {}, ["Dates", "Titles", "Reports", "Events"].map(c => h("th", {}, c)))),
      h("tbody", {}, result.stories.map(story => h("tr", {},
        h("td", {}, `${story.first_date || "?"} – ${story.last_date || "?"}`),
        h("td", {}, h("ul", {class: "titles"}, Object.entries(story.titles).map(([lang, title]) =>
          h("li", {dir: "auto", lang}, h("span", {class: "lang"}, lang), h("a", {href: "#/story/" + encodeURIComponent(story.id)}, title))))),
        h("td", {}, story.n_articles), h("td", {}, story.n_events))))));
}

async function showStory(id) {
  const data = await api("stories/" + encodeURIComponent(id));
  const story = data.story;
  show(
    h("h1", {dir: "auto"}, story.title || story.id),
    h("ul", {class: "titles"}, Object.entries(story.titles).map(([lang, title]) =>
      h("li", {dir: "auto", lang}, h("span", {class: "lang"}, lang), title))),
    h("p", {class: "muted"}, `${story.first_date || "?"} – ${story.last_date || "?"} · ${story.id}`),
    h("h2", {}, `${data.reports.length} reports`),
    h("table", {},
      h("thead", {}, h("tr", {}, ["Published", "Lang", "Outlet", "Title"].map(c => h("th", {}, c)))),
      h("tbody", {}, data.reports.map(r => h("tr", {},
        h("td", {}, r.pub_date || "—"), h("td", {}, h("span", {class: "lang"}, r.lang || "?")),
        h("td", {dir: "auto"}, r.source || ""), h("td", {dir: "auto", lang: r.lang || null}, articleLink(r.id, r.title || r.id)))))),
    h("h2", {}, `Timeline: ${data.events.length} events`),
    eventsTable(data.events));
}

// --- router ------------------------------------------------------------------------

async function route() {
  const {name, arg, params} = hashRoute();
  fillFilters(params);
  try {
    if (name === "search") await showSearch(params);
    else if (name === "article") await showArticle(arg);
    else if (name === "articles") await showArticles(params);
    else if (name === "stories") await showStories(params);
    else if (name === "story") await showStory(arg);
    else await showEvents(params);
  } catch (error) {
    showError(error);
  }
}

async function showStats() {
  try {
    const stats = await api("stats");
    document.getElementById("stats").textContent =
      `${stats.articles} articles (${Object.entries(stats.articles_by_lang).map(([l, n]) => `${l} ${n}`).join(", ")}), ` +
      `${stats.events} events, ${stats.stories} stories · ${stats.backend} store`;
  } catch (error) {
    document.getElementById("stats").textContent = error.message;
  }
}

window.addEventListener("hashchange", route);
route();
showStats();
