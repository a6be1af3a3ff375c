#!/usr/bin/env python3
"""Check the development corpus files of quoted real text.

Checks, for testcases-corpus/real-text-extra.jsonl (and the shared file it extends):
  * every line is one JSON object with the required keys;
  * labels (and `also` labels) come from the allowed set;
  * ids are unique across both files;
  * no text of the extra file repeats, or nearly repeats, a text of the shared file;
  * every extra text is found verbatim in the source excerpt recorded for it in
    testcases-corpus/sources/excerpts.jsonl (same repository, commit, path and element),
    after markup (XML tags, wiki-link brackets) is stripped, entities are decoded, empty "( )" left by dropped figure
    links are removed and whitespace is collapsed.

Usage: python3 scripts/check-corpus.py [--shared PATH] [--extra PATH] [--excerpts PATH]
Exit code 0 when everything holds, 1 otherwise (each problem is printed with file and line).
"""
import argparse
import difflib
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = {
    "EXOCYTOSIS", "CONSTITUTIVE_SECRETORY_PATHWAY", "REGULATED_SECRETORY_PATHWAY",
    "ENDOCYTOSIS", "PHAGOCYTOSIS", "PINOCYTOSIS", "RECEPTOR_MEDIATED_ENDOCYTOSIS",
    "TRANSCYTOSIS", "NOT_BULK_TRANSPORT", "NO_EVENT",
}
SOURCE_KEYS = ["work", "licence", "repository", "commit", "path", "element or row"]
NEAR_DUPLICATE = 0.80  # difflib ratio above which two texts count as near-duplicates


def normalise(text):
    """Presentation-only normalisation: markup, entities, empty parentheses, whitespace."""
    text = re.sub(r"<[^>]*>", "", text)
    text = text.replace("[[", "").replace("]]", "")  # wiki-link markup in mirrored Wikipedia text
    text = html.unescape(text)
    text = re.sub(r"\s*\(\s*\)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def read_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                problems.append(f"{path}:{number}: empty line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{path}:{number}: not valid JSON ({error.msg})")
                continue
            if not isinstance(row, dict):
                problems.append(f"{path}:{number}: not a JSON object")
                continue
            rows.append((number, row))
    return rows


def check_item(path, number, row, problems, need_note):
    where = f"{path}:{number}"
    for key in ("id", "text", "label", "source"):
        if key not in row:
            problems.append(f"{where}: missing key '{key}'")
    if need_note and not str(row.get("note", "")).strip():
        problems.append(f"{where}: missing key 'note'")
    label = row.get("label")
    if label is not None and label not in LABELS:
        problems.append(f"{where}: label '{label}' is not one of the allowed labels")
    also = row.get("also", [])
    if not isinstance(also, list) or any(a not in LABELS for a in also):
        problems.append(f"{where}: 'also' must be a list of allowed labels")
    elif label in also:
        problems.append(f"{where}: 'also' repeats the main label {label}")
    source = row.get("source")
    if isinstance(source, dict):
        for key in SOURCE_KEYS:
            if key not in source:
                problems.append(f"{where}: source has no '{key}'")
        commit = source.get("commit")
        if source.get("repository") and not re.fullmatch(r"[0-9a-f]{40}", str(commit)):
            problems.append(f"{where}: source commit '{commit}' is not 40 hex digits")
    elif "source" in row:
        problems.append(f"{where}: 'source' must be an object")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="/work/shared/corpus/real-text.jsonl")
    parser.add_argument("--extra", default=str(ROOT / "testcases-corpus/real-text-extra.jsonl"))
    parser.add_argument("--excerpts", default=str(ROOT / "testcases-corpus/sources/excerpts.jsonl"))
    args = parser.parse_args()
    problems = []

    shared = read_jsonl(args.shared, problems)
    extra = read_jsonl(args.extra, problems)
    for number, row in shared:
        check_item(args.shared, number, row, problems, need_note=False)
    for number, row in extra:
        check_item(args.extra, number, row, problems, need_note=True)

    seen = {}
    for path, rows in ((args.shared, shared), (args.extra, extra)):
        for number, row in rows:
            item_id = row.get("id")
            if item_id in seen:
                problems.append(f"{path}:{number}: id '{item_id}' already used at {seen[item_id]}")
            else:
                seen[item_id] = f"{path}:{number}"

    shared_texts = [normalise(row.get("text", "")) for _, row in shared]
    worst = (0.0, "", "")
    for number, row in extra:
        text = normalise(row.get("text", ""))
        for other in shared_texts + [normalise(r.get("text", "")) for n, r in extra if n < number]:
            ratio = difflib.SequenceMatcher(None, text, other).ratio()
            if ratio > worst[0]:
                worst = (ratio, row.get("id"), other[:60])
            if ratio >= NEAR_DUPLICATE:
                problems.append(f"{args.extra}:{number}: text of '{row.get('id')}' nearly repeats "
                                f"'{other[:60]}...' (similarity {ratio:.2f})")

    excerpts = read_jsonl(args.excerpts, problems)
    by_source = {}
    for _, ex in excerpts:
        key = (ex.get("repository"), ex.get("commit"), ex.get("path"))
        by_source.setdefault(key, []).append((ex.get("element", ""), normalise(ex.get("excerpt", ""))))
    for number, row in extra:
        source = row.get("source") or {}
        key = (source.get("repository"), source.get("commit"), source.get("path"))
        element = str(source.get("element or row", ""))
        candidates = [body for name, body in by_source.get(key, []) if name and element.endswith(name)]
        if not candidates:
            problems.append(f"{args.extra}:{number}: no source excerpt recorded for {key} / {element}")
            continue
        text = normalise(row.get("text", ""))
        if not any(text in body for body in candidates):
            problems.append(f"{args.extra}:{number}: text of '{row.get('id')}' is not verbatim in its source excerpt")

    counts = {}
    for _, row in extra:
        counts[row.get("label")] = counts.get(row.get("label"), 0) + 1
    print(f"shared items: {len(shared)}, extra items: {len(extra)}, excerpts: {len(excerpts)}")
    for label in sorted(counts, key=str):
        print(f"  {label}: {counts[label]}")
    print(f"highest similarity of an extra text to another text: {worst[0]:.2f} ({worst[1]})")
    for problem in problems:
        print(problem, file=sys.stderr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
