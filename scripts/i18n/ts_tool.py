#!/usr/bin/env python3
"""Maintain SyncStudio's Qt translation files.

  ts_tool.py fill-en FILE.ts            mark every English entry finished (translation = source)
  ts_tool.py unfinished FILE.ts [--tsv] list entries without a finished translation
  ts_tool.py apply FILE.ts TRANSLATIONS.tsv
                                        set translations from a TSV of context, source, translation
                                        (tabs and newlines in texts written as \\t and \\n)
"""
import sys
import xml.etree.ElementTree as ET

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def load(path):
    return ET.parse(path)


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER + body + "\n")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def is_finished(message):
    t = message.find("translation")
    if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = t.findall("numerusform")
        return bool(forms) and all((f.text or "") for f in forms)
    return bool(t.text)


def set_translation(message, text):
    t = message.find("translation")
    if t is None:
        t = ET.SubElement(message, "translation")
    t.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for f in list(t):
            t.remove(f)
        forms = text.split("\x1f") if "\x1f" in text else [text]
        for form in forms:
            ET.SubElement(t, "numerusform").text = form
        t.text = None
    else:
        t.text = text


def fill_en(path):
    tree = load(path)
    n = 0
    for _, m in messages(tree):
        if not is_finished(m):
            source = m.findtext("source") or ""
            if m.get("numerus") == "yes":
                singular = source.replace("(s)", "").replace("%n", "%n")
                plural = source.replace("(s)", "s")
                set_translation(m, singular + "\x1f" + plural)
            else:
                set_translation(m, source)
            n += 1
    save(tree, path)
    print(f"{path}: {n} English entries filled")


def unfinished(path, tsv):
    tree = load(path)
    count = 0
    for context, m in messages(tree):
        if is_finished(m):
            continue
        count += 1
        if tsv:
            print(f"{context}\t{escape(m.findtext('source') or '')}\t")
    if not tsv:
        print(f"{path}: {count} unfinished")
    return count


def apply(path, tsv_path):
    table = {}
    with open(tsv_path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not parts[2]:
                sys.exit(f"{tsv_path}:{line_no}: expected context<TAB>source<TAB>translation")
            table[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    tree = load(path)
    used = 0
    for context, m in messages(tree):
        key = (context, m.findtext("source") or "")
        if key in table:
            set_translation(m, table[key])
            used += 1
    save(tree, path)
    print(f"{path}: {used} translations applied from {tsv_path} ({len(table)} given)")


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    command, path = argv[1], argv[2]
    if command == "fill-en":
        fill_en(path)
    elif command == "unfinished":
        sys.exit(1 if unfinished(path, "--tsv" in argv) else 0)
    elif command == "apply" and len(argv) == 4:
        apply(path, argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
