// The explanation of a verdict on the page: the justification graph ("how") as a tree of nested
// lists and as a diagram drawn here in SVG (the same graph `classify --format dot|mermaid` writes),
// why each other label does not apply, and what would change the answer.
// The diagram is laid out by this file rather than by the Mermaid library: Mermaid's browser
// bundle is megabytes of third-party code for what is always a small tree.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

const DIAGRAM = {
  nodeWidth: 210,
  columnGap: 40,
  rowGap: 12,
  lineHeight: 15,
  padding: 8,
  font: "12px",
  smallFont: "italic 11px",
};

/** Shows the explanation, or hides its section when the result has none. */
function showExplanation(explanation) {
  const section = $("explanation-section");
  if (!explanation) {
    section.hidden = true;
    return;
  }
  const catalogue = explanation.catalogue || {};
  const tree = $("how-tree");
  clear(tree);
  tree.append(treeList([explanation.how], catalogue));
  const diagram = $("how-diagram");
  clear(diagram);
  diagram.append(drawDiagram(explanation.how));
  showWhyNot(explanation.whyNot || []);
  const whatIf = $("what-if");
  clear(whatIf);
  for (const c of explanation.counterfactuals || []) whatIf.append(el("li", { text: c.summary }));
  $("what-if-section").hidden = whatIf.childElementCount === 0;
  section.hidden = false;
}

// ---- the tree -------------------------------------------------------------------------------

function treeList(nodes, catalogue) {
  const list = el("ul", { className: "how-tree" });
  for (const node of nodes) {
    const line = el("div", { className: "how-node kind-" + node.kind.toLowerCase() },
      el("span", { className: "kind", text: words(node.kind) }), " ",
      el("span", { className: "statement", text: node.statement }));
    if (node.rule) line.append(el("div", { className: "rule", text: node.rule }));
    if (node.sources && node.sources.length) line.append(sourceList(node.sources, catalogue));
    const item = el("li", {}, line);
    if (node.because && node.because.length) item.append(treeList(node.because, catalogue));
    list.append(item);
  }
  return list;
}

/** Catalogue IDs, each with its plain statement on hover. */
function sourceList(ids, catalogue) {
  const span = el("span", { className: "sources" }, "[");
  ids.forEach((id, i) => {
    if (i > 0) span.append(", ");
    span.append(el("abbr", { title: catalogue[id] || "", text: id }));
  });
  span.append("]");
  return span;
}

// ---- the diagram ----------------------------------------------------------------------------

/** A canvas context to measure text in the diagram's fonts, so that lines wrap where they fit. */
let measurer = null;

function textWidth(text, font) {
  if (!measurer) measurer = document.createElement("canvas").getContext("2d");
  measurer.font = font + " " + getComputedStyle(document.body).fontFamily;
  return measurer.measureText(text).width;
}

/**
 * Words of `text` in lines that fit the box. A word too long for a line of its own is broken
 * after its underscores (RECEPTOR_MEDIATED_ENDOCYTOSIS), the way its parts are read.
 */
function wrap(text, font) {
  const width = DIAGRAM.nodeWidth - 2 * DIAGRAM.padding;
  const pieces = [];
  for (const word of text.split(/\s+/)) {
    const parts = textWidth(word, font) > width ? word.split(/(?<=_)/) : [word];
    parts.forEach((part, i) => pieces.push({ text: part, glue: i === 0 ? " " : "" }));
  }
  const lines = [];
  let line = "";
  for (const piece of pieces) {
    const longer = line ? line + piece.glue + piece.text : piece.text;
    if (line && textWidth(longer, font) > width) {
      lines.push(line);
      line = piece.text;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays the tree out left to right, causes before what they cause, as the DOT and Mermaid pictures
 * do: the inputs on the left, the verdict on the right. Each subtree gets a band of rows as tall as
 * its causes' bands stacked (or as its own box, if taller), and its box sits in the band's middle,
 * so no two boxes overlap.
 */
function layout(root) {
  const boxes = [];
  let depth = 0;
  const measure = (node, level) => {
    depth = Math.max(depth, level);
    const lines = wrap(node.statement, DIAGRAM.font);
    const extra = node.rule ? wrap(node.rule, DIAGRAM.smallFont) : [];
    const sourced = node.sources && node.sources.length ? 1 : 0;
    const box = { node, level, lines, extra };
    box.height = DIAGRAM.padding * 2 + DIAGRAM.lineHeight * (lines.length + extra.length + sourced);
    box.children = (node.because || []).map(child => measure(child, level + 1));
    const stacked = box.children.reduce((sum, c) => sum + c.band, 0)
      + DIAGRAM.rowGap * Math.max(box.children.length - 1, 0);
    box.band = Math.max(box.height, stacked);
    boxes.push(box);
    return box;
  };
  const place = (box, top) => {
    box.x = (depth - box.level) * (DIAGRAM.nodeWidth + DIAGRAM.columnGap);
    box.y = top + (box.band - box.height) / 2;
    const stacked = box.children.reduce((sum, c) => sum + c.band, 0)
      + DIAGRAM.rowGap * Math.max(box.children.length - 1, 0);
    let y = top + (box.band - stacked) / 2;
    for (const child of box.children) {
      place(child, y);
      y += child.band + DIAGRAM.rowGap;
    }
  };
  const top = measure(root, 0);
  place(top, 0);
  return { boxes, width: (depth + 1) * (DIAGRAM.nodeWidth + DIAGRAM.columnGap) - DIAGRAM.columnGap,
    height: top.band };
}

function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function drawDiagram(root) {
  const { boxes, width, height } = layout(root);
  const picture = svg("svg", { width: width + 2, height: height + 2,
    viewBox: `-1 -1 ${width + 2} ${height + 2}`, role: "img",
    "aria-label": "How the rules reached the verdict, from the inputs on the left to the verdict on the right" });
  picture.classList.add("how-diagram");
  const defs = svg("defs");
  for (const [id, colour] of [["arrow", "#5b6475"], ["arrow-conflict", "#b3261e"]]) {
    const marker = svg("marker", { id, viewBox: "0 0 10 10", refX: 10, refY: 5,
      markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" });
    marker.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: colour }));
    defs.append(marker);
  }
  picture.append(defs);
  for (const box of boxes) {
    for (const cause of box.children) {
      const conflict = box.node.kind === "CONFLICT";
      const fromX = cause.x + DIAGRAM.nodeWidth;
      const fromY = cause.y + cause.height / 2;
      const toY = box.y + box.height / 2;
      const bend = (box.x - fromX) / 2;
      picture.append(svg("path", {
        d: `M ${fromX} ${fromY} C ${fromX + bend} ${fromY}, ${box.x - bend} ${toY}, ${box.x} ${toY}`,
        class: conflict ? "edge conflict" : "edge",
        "marker-end": conflict ? "url(#arrow-conflict)" : "url(#arrow)" }));
    }
  }
  for (const box of boxes) picture.append(drawBox(box));
  return picture;
}

function drawBox(box) {
  const group = svg("g", { class: "box kind-" + box.node.kind.toLowerCase(),
    transform: `translate(${box.x} ${box.y})` });
  group.append(svg("rect", { width: DIAGRAM.nodeWidth, height: box.height,
    rx: box.node.kind === "INPUT" ? 2 : 8 }));
  const title = svg("title");
  title.textContent = box.node.statement + (box.node.rule ? "\n" + box.node.rule : "");
  group.append(title);
  let y = DIAGRAM.padding + DIAGRAM.lineHeight - 3;
  const line = (text, className) => {
    const t = svg("text", { x: DIAGRAM.padding, y, class: className });
    t.textContent = text;
    group.append(t);
    y += DIAGRAM.lineHeight;
  };
  box.lines.forEach(text => line(text, "statement"));
  box.extra.forEach(text => line(text, "rule"));
  if (box.node.sources && box.node.sources.length) line("[" + box.node.sources.join(", ") + "]", "sources");
  return group;
}

// ---- why not, what if ----------------------------------------------------------------------

function showWhyNot(entries) {
  const body = $("why-not").tBodies[0];
  clear(body);
  for (const w of entries) {
    body.append(el("tr", {},
      el("td", {}, label(w.label)),
      el("td", { text: w.summary }),
      el("td", { text: w.closest ? w.closest.summary : "no change to one or two fields gives it" })));
  }
}

function setUpExplanationViews() {
  switchPanels("#how-views button[data-view]", "aria-pressed", button => button.dataset.view);
}
