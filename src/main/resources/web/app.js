// The Cytosis page: plain DOM, no framework, nothing loaded from outside this server.
// Everything the user typed or uploaded is put on the page as text (textContent), never as HTML.
"use strict";

const FIELD_LABELS = {
  direction: "direction",
  membraneEvent: "membrane event",
  vesicleOrigin: "vesicle origin",
  membraneSizeChange: "membrane size",
  cargo: "cargo",
  vesicleType: "vesicle type",
  trigger: "trigger",
  mechanism: "mechanism (no vesicle)",
};

// ---- small helpers --------------------------------------------------------------------------

function $(id) {
  return document.getElementById(id);
}

/** An element with text and optional class; children may be nodes or strings. */
function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.title) node.title = options.title;
  if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

/**
 * A label as code that may break after its underscores (CONSTITUTIVE_SECRETORY_ / PATHWAY), so
 * that a table of labels fits a narrow panel without breaking inside a word.
 */
function label(text) {
  const node = el("code", {});
  String(text).split(/(?<=_)/).forEach((part, i) => {
    if (i > 0) node.append(document.createElement("wbr"));
    node.append(part);
  });
  return node;
}

/** INTO_CELL -> "into cell"; RECEPTOR_MEDIATED_ENDOCYTOSIS -> "receptor mediated endocytosis". */
function words(value) {
  return value ? String(value).toLowerCase().replace(/_/g, " ") : "";
}

/** Receptor-mediated endocytosis, Phagocytosis: a label as a person writes it. */
function labelName(label) {
  const text = words(label).replace("receptor mediated", "receptor-mediated");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function showError(box, message) {
  box.textContent = message;
  box.hidden = false;
}

/** POSTs and returns [status, parsed JSON or text]; a network failure becomes a message. */
async function post(url, body, headers = {}) {
  let response;
  try {
    response = await fetch(url, { method: "POST", body, headers });
  } catch (e) {
    return [0, { status: 0, error: "The server cannot be reached: is `cytosis serve` still running?" }];
  }
  const type = response.headers.get("Content-Type") || "";
  const payload = type.includes("json") ? await response.json() : await response.text();
  return [response.status, payload];
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

// ---- tabs and view switches ----------------------------------------------------------------

/**
 * Buttons that each show one panel and hide the others': `state` is the attribute that marks the
 * chosen button (aria-selected for tabs, aria-pressed for toggles), `panelOf` finds its panel.
 */
function switchPanels(selector, state, panelOf) {
  const buttons = document.querySelectorAll(selector);
  for (const button of buttons) {
    button.addEventListener("click", () => {
      for (const other of buttons) {
        const chosen = other === button;
        other.setAttribute(state, String(chosen));
        $(panelOf(other)).hidden = !chosen;
      }
    });
  }
}

function setUpTabs() {
  switchPanels('[role="tab"]', "aria-selected", tab => tab.getAttribute("aria-controls"));
}

// ---- the classify tab -----------------------------------------------------------------------

/** One select per enumerated event field, with the values the API description lists. */
async function buildFieldSelects() {
  const response = await fetch("/api/openapi.json");
  const api = await response.json();
  const properties = api.components.schemas.CellEvent.properties;
  const fields = $("fields");
  for (const [name, schema] of Object.entries(properties)) {
    if (!schema.enum) continue;
    const select = el("select", {});
    select.id = "field-" + name;
    select.name = name;
    select.append(el("option", { text: "(not given)" }));
    select.options[0].value = "";
    for (const value of schema.enum) {
      const option = el("option", { text: words(value) });
      option.value = value;
      select.append(option);
    }
    fields.append(el("label", {}, (FIELD_LABELS[name] || name) + " ", select));
  }
}

/** The event the form describes: only the fields given. */
function eventFromForm(form) {
  const event = {};
  for (const element of form.elements) {
    if (element.name && element.value && element.value.trim() !== "") {
      event[element.name] = element.name === "description" ? element.value : element.value.trim();
    }
  }
  return event;
}

/** The event last classified, so that its diagram can be downloaded in another format. */
let lastEvent = null;

async function classify(form) {
  const error = $("classify-error");
  error.hidden = true;
  const button = $("classify-button");
  button.disabled = true;
  try {
    const event = eventFromForm(form);
    const [status, result] = await post("/api/classify", JSON.stringify(event),
      { "Content-Type": "application/json" });
    if (status !== 200) {
      $("result").hidden = true;
      showError(error, result.error || String(result));
      return;
    }
    // The short answer is the command line's, word for word: the server renders it.
    const [textStatus, shortAnswer] = await post("/api/classify?format=text", JSON.stringify(event),
      { "Content-Type": "application/json" });
    lastEvent = event;
    $("short-answer").textContent = textStatus === 200 ? shortAnswer : "";
    showResult(result, event.description);
  } finally {
    button.disabled = false;
  }
}

function showResult(result, description) {
  const named = result.label || result.status;
  $("verdict-name").textContent = result.label ? labelName(result.label) : words(result.status);
  $("verdict-code").textContent = named;
  const status = $("verdict-status");
  status.textContent = result.status;
  status.className = "badge status-" + result.status.toLowerCase();
  $("lineage").textContent = result.lineage.length ? result.lineage.join(" › ") : "none";
  $("go-term").textContent = result.goTerm || "none";
  $("confidence-meter").value = result.confidence;
  $("confidence").textContent = result.confidence.toFixed(3);

  showMarkedText(description, result);
  showFindings(result.findings);
  showList("conflicts", result.conflicts, c =>
    `${words(c.level)} conflict: ${findingText(c.first)} against ${findingText(c.second)}`);
  showList("missing", result.missing, q => `${q.criterion ? words(q.criterion) + ": " : ""}${q.question}`);
  showTrace(result.trace);
  showExplanation(result.explanation);
  $("result-json").textContent = JSON.stringify(result, null, 2);
  $("result").hidden = false;
}

function findingText(f) {
  return `${words(f.criterion)} ${f.value} → ${f.supports} [${f.sources.join(", ")}]`;
}

/** The description with the words read as evidence marked, and denied ones struck out. */
function showMarkedText(description, result) {
  const section = $("text-section");
  const target = $("marked-text");
  clear(target);
  if (!description) {
    section.hidden = true;
    return;
  }
  const spans = [];
  for (const f of result.findings) {
    if (f.evidence && f.evidence.start !== undefined) {
      spans.push({ start: f.evidence.start, end: f.evidence.end, negated: false,
        title: `${words(f.criterion)} ${f.value} supports ${f.supports}` });
    }
  }
  for (const n of result.negated || []) {
    spans.push({ start: n.evidence.start, end: n.evidence.end, negated: true,
      title: `${words(n.criterion)} ${n.value} denied by "${n.evidence.negatedBy}"` });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlaps one already marked
    target.append(description.slice(at, span.start));
    const text = description.slice(span.start, span.end);
    target.append(span.negated ? el("span", { className: "negated", title: span.title, text })
      : el("mark", { title: span.title, text }));
    at = span.end;
  }
  target.append(description.slice(at));
  section.hidden = false;
}

function showFindings(findings) {
  const body = $("findings").tBodies[0];
  clear(body);
  for (const f of findings) {
    const from = f.evidence.start !== undefined ? `“${f.evidence.text}”` : `field ${f.evidence.field}`;
    body.append(el("tr", {},
      el("td", { text: words(f.criterion) }),
      el("td", {}, label(f.value)),
      el("td", {}, label(f.supports)),
      el("td", { text: words(f.weight) }),
      el("td", { text: from }),
      el("td", { text: f.sources.join(", "), title: f.rule })));
  }
  if (!findings.length) {
    body.append(el("tr", {}, el("td", { text: "Nothing in the event is evidence for any label." })));
    body.rows[0].cells[0].colSpan = 6;
  }
}

function showList(id, items, render) {
  const list = $(id);
  clear(list);
  for (const item of items) list.append(el("li", { text: render(item) }));
  $(id + "-section").hidden = items.length === 0;
}

function showTrace(trace) {
  const list = $("trace");
  clear(list);
  for (const step of trace) {
    const concluded = step.concluded.length ? step.concluded.join("; ") : "(nothing new)";
    list.append(el("li", {},
      el("span", { className: "rule", text: step.rule }),
      el("span", { className: "sources", text: ` [${step.sources.join(", ")}]` }),
      el("div", { className: "concluded", text: "⇒ " + concluded })));
  }
}

// ---- the bank tab ---------------------------------------------------------------------------

function bankRequest(format) {
  const data = new FormData();
  data.append("bank", $("bank-file").files[0]);
  const query = new URLSearchParams({ strict: String($("bank-strict").checked), format });
  return post("/api/validate?" + query, data);
}

/**
 * Sends an upload form's request and shows the answer with `show`, or the server's error; the
 * report can be downloaded once an answer is shown, until another file is chosen.
 */
function setUpUpload({ form, button, error, result, download, inputs, request, show, report }) {
  $(form).addEventListener("submit", async e => {
    e.preventDefault();
    $(error).hidden = true;
    $(button).disabled = true;
    try {
      const [status, answer] = await request("json");
      if (status !== 200) {
        $(result).hidden = true;
        showError($(error), answer.error || String(answer));
        return;
      }
      show(answer);
      $(result).hidden = false;
      $(download).disabled = false;
    } finally {
      $(button).disabled = false;
    }
  });
  for (const input of inputs) {
    $(input).addEventListener("change", () => { $(download).disabled = true; });
  }
  $(download).addEventListener("click", async () => {
    const problem = await saveAnswer(request("csv"), report, "text/csv");
    if (problem) showError($(error), problem);
  });
}

function showBank(run) {
  $("bank-summary").textContent = run.summary;
  const notes = $("bank-notes");
  clear(notes);
  for (const note of run.notes || []) notes.append(el("li", { text: note }));
  const body = $("bank-table").tBodies[0];
  clear(body);
  for (const r of run.results) {
    const expected = r.expected ? (r.expected.label || r.expected.status || "") : "–";
    const actual = r.actual ? (r.actual.label || r.actual.status) : "–";
    const why = r.verdict === "PASS" && !r.lint.length ? ""
      : r.reason + (r.lint.length ? "\nlint: " + r.lint.join("; ") : "");
    body.append(el("tr", { className: "verdict-" + r.verdict.toLowerCase() },
      el("td", {}, el("span", { className: "badge", text: r.verdict })),
      el("td", { text: r.id, title: r.location }),
      el("td", {}, label(expected)),
      el("td", {}, label(actual)),
      el("td", { className: "why", text: why })));
  }
}

/** Saves what the server answers (a CSV report, a diagram's source) under the given name. */
async function saveAnswer(request, name, type) {
  const [status, payload] = await request;
  if (status !== 200) {
    return payload.error || String(payload);
  }
  const link = el("a", {});
  link.href = URL.createObjectURL(new Blob([payload], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  return null;
}

/** The last event's justification graph as `classify --format dot|mermaid` writes it. */
async function downloadDiagram(format, extension) {
  const request = post("/api/classify?format=" + format, JSON.stringify(lastEvent),
    { "Content-Type": "application/json" });
  const name = (lastEvent.id || "cytosis").replace(/[^A-Za-z0-9._-]/g, "_") + "." + extension;
  const problem = await saveAnswer(request, name, "text/plain");
  if (problem) showError($("classify-error"), problem);
}

// ---- start ----------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", async () => {
  setUpTabs();
  setUpExplanationViews();
  setUpGrading();
  const form = $("classify-form");
  form.addEventListener("submit", e => {
    e.preventDefault();
    classify(form);
  });
  setUpUpload({ form: "bank-form", button: "bank-button", error: "bank-error", result: "bank-result",
    download: "bank-download", inputs: ["bank-file", "bank-strict"], request: bankRequest,
    show: showBank, report: "validation.csv" });
  $("download-mermaid").addEventListener("click", () => downloadDiagram("mermaid", "mmd"));
  $("download-dot").addEventListener("click", () => downloadDiagram("dot", "dot"));
  try {
    await buildFieldSelects();
  } catch (e) {
    showError($("classify-error"), "The list of event fields could not be loaded: " + e);
  }
  document.body.dataset.ready = "true";
});
