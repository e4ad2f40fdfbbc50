"""List and fill a part's Vietnamese entries without a Qt Linguist window.

    python resources/i18n/ts_tool.py todo draw > todo.json     # unfinished entries: [{context, source}]
    python resources/i18n/ts_tool.py apply draw done.json      # [{context, source, translation}] -> draw_vi.ts
    python resources/i18n/ts_tool.py dump draw                  # every entry with its translation

Qt Linguist (``pyside6-linguist resources/i18n/draw_vi.ts``) edits the same files.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET

from update_translations import ts_path, write_ts


def entries(part: str, code: str = "vi"):
    tree = ET.parse(ts_path(part, code))
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield tree, context.findtext("name"), message


def main(argv: list[str]) -> int:
    command, part = argv[0], argv[1]
    if command in ("todo", "dump"):
        rows = []
        for _tree, context, message in entries(part):
            translation = message.find("translation")
            done = translation.get("type") != "unfinished" and (translation.text or "").strip()
            if command == "dump" or not done:
                row = {"context": context, "source": message.findtext("source")}
                if command == "dump":
                    row["translation"] = translation.text or ""
                rows.append(row)
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if command == "apply":
        with open(argv[2], encoding="utf-8") as f:
            wanted = {(r["context"], r["source"]): r["translation"] for r in json.load(f)}
        tree = ET.parse(ts_path(part, "vi"))
        applied = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                key = (name, message.findtext("source"))
                if key in wanted and wanted[key].strip():
                    translation = message.find("translation")
                    translation.attrib.pop("type", None)
                    translation.text = wanted.pop(key)
                    applied += 1
        write_ts(tree, ts_path(part, "vi"))
        print(f"{applied} entries filled; {len(wanted)} not found in {part}_vi.ts: "
              + "; ".join(f"{c}: {s!r}" for c, s in list(wanted)[:10]), file=sys.stderr)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
