// Runs the web interface's script against a live server with a minimal stand-in for the
// browser DOM, visits the given pages and prints one JSON line per page (what was drawn).
// Usage: node page_check.mjs BASE_URL app.js HASH...
import {readFileSync} from "node:fs";

class FakeNode {}
class FakeText extends FakeNode {
  constructor(text) { super(); this.text = text; }
  get textContent() { return this.text; }
}
class FakeElement extends FakeNode {
  constructor(tag) {
    super();
    this.tag = tag; this.attrs = {}; this.children = []; this.listeners = {}; this.style = {};
    this.value = ""; this.checked = false;
    const self = this;
    this.classList = {
      toggle(name, on) {
        const names = new Set((self.attrs.class || "").split(" ").filter(Boolean));
        if (on) names.add(name); else names.delete(name);
        self.attrs.class = [...names].join(" ");
      },
      contains(name) { return (self.attrs.class || "").split(" ").includes(name); },
    };
    this.dataset = new Proxy({}, {get: (_, key) => self.attrs["data-" + key]});
  }
  get type() { return this.attrs.type || (this.tag === "select" ? "select-one" : "text"); }
  setAttribute(key, value) { this.attrs[key] = String(value); }
  addEventListener(type, handler) { (this.listeners[type] ||= []).push(handler); }
  append(...children) {
    for (const child of children) {
      if (Array.isArray(child)) throw new Error("array appended as a child");
      this.children.push(child instanceof FakeNode ? child : new FakeText(String(child)));
    }
  }
  replaceChildren(...children) { this.children = []; this.append(...children); }
  set textContent(text) { this.children = [new FakeText(text)]; }
  get textContent() { return this.children.map(child => child.textContent).join(""); }
  descendants() { return this.children.flatMap(c => c instanceof FakeElement ? [c, ...c.descendants()] : []); }
  querySelectorAll(selector) {
    const [tag, ...classes] = selector.split(".");
    return this.descendants().filter(e => e.tag === tag && classes.every(c => e.classList.contains(c)));
  }
  querySelector(selector) { return this.querySelectorAll(selector)[0] || null; }
  scrollIntoView() {}
}

const [base, script, ...hashes] = process.argv.slice(2);
const byId = {};
for (const id of ["view", "stats", "search-q"]) byId[id] = new FakeElement("div");
for (const id of ["filters", "search-form"]) byId[id] = new FakeElement("form");
byId.filters.elements = {};
for (const name of ["actor", "recipient", "type", "country", "since", "until", "lang", "canonical"]) {
  const field = new FakeElement(name === "type" || name === "lang" ? "select" : "input");
  if (name === "canonical") field.attrs.type = "checkbox";
  byId.filters.elements[name] = field;
}
globalThis.Node = FakeNode;
globalThis.document = {
  getElementById: id => byId[id],
  createElement: tag => new FakeElement(tag),
  createElementNS: (_, tag) => new FakeElement(tag),
  createTextNode: text => new FakeText(text),
};
globalThis.location = {hash: ""};
globalThis.window = {addEventListener() {}};
const realFetch = globalThis.fetch;
globalThis.fetch = (url, options) => realFetch(base + url, options);
process.on("unhandledRejection", error => { console.error(String(error)); process.exit(1); });

(0, eval)(readFileSync(script, "utf8") + "\nglobalThis.__route = route; globalThis.__stats = showStats;");
await globalThis.__stats();
for (const hash of hashes) {
  location.hash = hash;
  await globalThis.__route();
  const view = byId.view;
  const error = view.querySelector("p.error");
  console.log(JSON.stringify({
    hash, elements: view.descendants().length, error: error ? error.textContent : null,
    marks: view.querySelectorAll("mark.ev").length, active: view.querySelectorAll("mark.ev.active").length,
    mentions: view.querySelectorAll("span.mention").length, rects: view.querySelectorAll("rect").length,
    circles: view.querySelectorAll("circle").length, lines: view.querySelectorAll("line").length,
    rows: view.querySelectorAll("tr").length, rtl: view.descendants().some(e => e.attrs.dir === "rtl"),
    text: view.textContent.slice(0, 2000),
  }));
}
console.log(JSON.stringify({footer: byId.stats.textContent}));
