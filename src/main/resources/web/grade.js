// The grading tab: a key and a class's answers in, the graded table and the class summary out.
"use strict";

function gradeRequest(format) {
  const data = new FormData();
  data.append("key", $("key-file").files[0]);
  data.append("answers", $("answers-file").files[0]);
  return post("/api/grade?format=" + format, data);
}

/** 0.25 -> "0.25", null -> "–": the summary's numbers as the text report prints them. */
function number(value) {
  return value === null || value === undefined ? "–" : String(Math.round(value * 100) / 100);
}

/** "ENDOCYTOSIS ×2, PINOCYTOSIS ×1" as a cell whose labels may break after underscores. */
function counted(items) {
  const cell = el("td", {});
  items.forEach((item, i) => cell.append(i > 0 ? ", " : "", label(item.name), ` ×${item.count}`));
  if (!items.length) cell.append("–");
  return cell;
}

function showGrades(run) {
  const summary = run.summary;
  const counts = Object.entries(summary.verdicts).map(([verdict, n]) => `${n} ${verdict}`).join(", ");
  $("grade-summary").textContent = `${summary.answers} answers: ${counts}`;
  const problems = $("grade-problems");
  clear(problems);
  for (const line of [...(run.notes || []), ...run.problems]) problems.append(el("li", { text: line }));

  const body = $("grade-table").tBodies[0];
  clear(body);
  for (const g of run.results) {
    const feedback = g.verdict === "UNREADABLE" ? g.reason : g.feedback;
    body.append(el("tr", { className: "verdict-" + g.verdict.toLowerCase() },
      el("td", { text: g.student_id || "" }),
      el("td", { text: g.scenario_id || "", title: g.location }),
      el("td", { text: g.answer || "", title: g.justification || "" }),
      el("td", {}, el("span", { className: "badge", text: g.verdict })),
      el("td", { text: g.score === null ? "–" : `${g.score}/${g.maxScore}` }),
      el("td", {}, label(g.readAs || "–")),
      el("td", { className: "why", text: feedback })));
  }

  const scenarios = $("grade-scenarios").tBodies[0];
  clear(scenarios);
  for (const s of summary.scenarios) {
    scenarios.append(el("tr", {},
      el("td", { text: s.scenarioId }),
      el("td", {}, label(s.key), s.keyFromRules ? " (rules)" : ""),
      el("td", { text: s.answers }),
      el("td", { text: number(s.facility) }),
      el("td", { text: number(s.discrimination) }),
      el("td", { text: number(s.meanScore) }),
      counted(s.wrongAnswers),
      counted(s.misconceptions)));
  }
  showQuestions(summary.questions || []);
  const students = $("grade-students").tBodies[0];
  clear(students);
  for (const s of summary.students) {
    students.append(el("tr", {},
      el("td", { text: s.studentId }),
      el("td", { text: s.answers }),
      el("td", { text: `${number(s.total)}/${number(s.maxTotal)}` }),
      el("td", { text: s.correct })));
  }
}

/** Per concept question: how many answers named each element, and described it correctly. */
function showQuestions(questions) {
  const box = $("grade-questions");
  clear(box);
  for (const q of questions) {
    box.append(el("h2", { text: `Class summary: question ${q.questionId}` }),
      el("p", { className: "hint", text: `${q.answers} answers, mean score ${number(q.meanScore)}`
        + ` of ${number(q.maxScore)}, full marks ${q.fullMarks}` }));
    const body = el("tbody", {});
    for (const e of q.elements) {
      body.append(el("tr", {}, el("td", { text: e.element }), el("td", {}, label(e.concept)),
        el("td", { text: e.named }), el("td", { text: e.described }),
        counted(e.wrongDescriptions)));
    }
    box.append(el("table", { className: "grid" }, el("thead", {}, el("tr", {},
      ...["element", "concept", "named", "described correctly", "common wrong descriptions"]
        .map(h => el("th", { text: h })))), body));
  }
}

function setUpGrading() {
  setUpUpload({ form: "grade-form", button: "grade-button", error: "grade-error",
    result: "grade-result", download: "grade-download", inputs: ["key-file", "answers-file"],
    request: gradeRequest, show: showGrades, report: "grades.csv" });
}
