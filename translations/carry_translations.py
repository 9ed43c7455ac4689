#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carry translations between a Qt Linguist .ts file and a context-free translation memory.

After lupdate, a string whose context changed (a file-local tr() helper replaced by
QCoreApplication::translate("Context", ...), a class renamed, a message moved to another file)
arrives as a new, unfinished message although its English text was translated before. This tool
keeps a memory of every finished translation keyed by the English source text alone and

  1. fills every unfinished or empty message of the .ts whose source text and plural-ness are in
     the memory, and marks it finished;
  2. adds every finished translation of the .ts to the memory (so the memory grows from the file);
  3. prints how many messages remain unfinished (and, with --list, which ones).

Running it twice changes nothing the second time. Only the standard library is used.

Usage:
  translations/carry_translations.py [--memory FILE] [--seed FILE] [--list] [--todo FILE] [--strict]
                                     [--dry-run] TS_FILE [TS_FILE ...]

  TS_FILE       .ts files to fill; each is read, filled and learnt from in the order given (so a
                first, older file can seed the memory: "carry OLD.ts NEW.ts").
  --seed FILE   learn the finished translations of FILE (e.g. the last committed .ts) into the
                memory without changing FILE; may be given more than once.
  --memory      the memory (default: steward_de.memory.tsv next to this script).
  --list        list the messages that remain unfinished, as "context | source".
  --todo FILE   write the remaining unfinished source texts (once each) as memory lines with an
                empty translation column: fill in the third column and append them to the memory.
  --strict      exit with status 1 if any message remains unfinished.
  --dry-run     change no file; only report.

Memory format (UTF-8, one translation per line, sorted by source text; the first line is the
header "source<TAB>plural<TAB>translation"):

  source      the English source text, exactly as in <source>, context-independent
  plural      1 for a numerus message (%n / %Ln with numerus="yes"), 0 otherwise
  translation the translation; for numerus messages, the plural forms in .ts order (German:
              singular, plural) joined by the two characters \\|

  Escapes in every column: \\\\ backslash, \\t tab, \\n newline, \\r carriage return, \\| the
  plural-form separator. Any other character stands for itself.

When the memory and a finished translation in the .ts disagree, the memory wins for filling and
is left as it is; the disagreement is reported on stderr (edit the memory to settle it).
"""

import argparse
import os
import signal
import sys
import xml.etree.ElementTree as ET

HEADER = "source\tplural\ttranslation"
FORM_SEPARATOR = "\\|"  # written between numerus forms (a backslash and a bar)
_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


# ---------------------------------------------------------------------------------------- memory

def escape(text):
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def unescape_forms(field):
    """Split a translation column into its forms, undoing the escapes."""
    forms, current, i = [], [], 0
    while i < len(field):
        ch = field[i]
        if ch == "\\" and i + 1 < len(field):
            nxt = field[i + 1]
            if nxt == "|":
                forms.append("".join(current))
                current = []
            elif nxt in _UNESCAPES:
                current.append(_UNESCAPES[nxt])
            else:
                raise ValueError("unknown escape \\%s" % nxt)
            i += 2
            continue
        if ch == "\\":
            raise ValueError("dangling backslash")
        current.append(ch)
        i += 1
    forms.append("".join(current))
    return forms


def unescape(field):
    forms = unescape_forms(field)
    if len(forms) != 1:
        raise ValueError("plural separator \\| outside the translation column")
    return forms[0]


def read_memory(path):
    """{(source, plural): [forms]}; a missing file is an empty memory."""
    memory = {}
    if not os.path.exists(path):
        return memory
    with open(path, encoding="utf-8", newline="\n") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if number == 1 and line == HEADER:
                continue
            if not line.strip():
                continue
            columns = line.split("\t")
            if len(columns) != 3:
                sys.exit("%s:%d: expected 3 tab-separated columns, found %d" % (path, number, len(columns)))
            try:
                source = unescape(columns[0])
                plural = columns[1].strip()
                if plural not in ("0", "1"):
                    raise ValueError("plural column must be 0 or 1, not %r" % plural)
                forms = unescape_forms(columns[2])
            except ValueError as error:
                sys.exit("%s:%d: %s" % (path, number, error))
            if plural == "0" and len(forms) != 1:
                sys.exit("%s:%d: a non-plural message has %d forms" % (path, number, len(forms)))
            if not any(form.strip() for form in forms):
                continue  # an empty translation (e.g. a --todo line not yet filled) is no memory
            key = (source, plural == "1")
            if key in memory and memory[key] != forms:
                print("%s:%d: %r is in the memory twice; the first one is kept" % (path, number, source),
                      file=sys.stderr)
                continue
            memory[key] = forms
    return memory


def memory_lines(memory):
    lines = [HEADER]
    for (source, plural) in sorted(memory, key=lambda key: (key[0], key[1])):
        forms = memory[(source, plural)]
        lines.append("%s\t%d\t%s" % (escape(source), 1 if plural else 0,
                                     FORM_SEPARATOR.join(escape(form) for form in forms)))
    return "\n".join(lines) + "\n"


# -------------------------------------------------------------------------------------- .ts file

def _text(element):
    return (element.text or "") if element is not None else ""


def message_key(message):
    return _text(message.find("source")), message.get("numerus") == "yes"


def translation_forms(translation):
    """The translation's forms: its text, or its <numerusform>s (length variants: the first)."""
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [_text(form) if not form.findall("lengthvariant") else _text(form.find("lengthvariant"))
                for form in forms]
    variants = translation.findall("lengthvariant")
    if variants:
        return [_text(variants[0])]
    return [_text(translation)]


def is_dropped(translation):
    return translation is not None and translation.get("type") in ("obsolete", "vanished")


def is_finished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:
        return False
    return any(form.strip() for form in translation_forms(translation))


def set_translation(message, forms):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def _escape_xml(text, attribute=False):
    text = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))
    out = []
    for ch in text:
        code = ord(ch)
        if (code < 0x20 and ch not in "\n\t") or (attribute and ch in "\n\t"):
            out.append("&#x%x;" % code)
        else:
            out.append(ch)
    return "".join(out)


def _write_element(element, indent, out):
    attributes = "".join(' %s="%s"' % (name, _escape_xml(value, True)) for name, value in element.attrib.items())
    children = list(element)
    pad = " " * indent
    if not children:
        out.append("%s<%s%s>%s</%s>\n" % (pad, element.tag, attributes, _escape_xml(element.text or ""),
                                          element.tag))
        return
    out.append("%s<%s%s>\n" % (pad, element.tag, attributes))
    # lupdate writes <context> flush left under <TS>, everything deeper indented by four.
    child_indent = 0 if element.tag == "TS" else indent + 4
    for child in children:
        _write_element(child, child_indent, out)
    out.append("%s</%s>\n" % (pad, element.tag))


def serialize_ts(root):
    """The .ts as lupdate writes it (declaration, doctype, entities, four-space indentation)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    _write_element(root, 0, out)
    return "".join(out)


# ------------------------------------------------------------------------------------------ main

def write_if_changed(path, text, dry_run):
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8", newline="") as f:
            old = f.read()
    if old == text:
        return False
    if not dry_run:
        temporary = path + ".tmp"
        with open(temporary, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(temporary, path)
    return True


def learn(ts_path, memory):
    """Add the finished translations of ts_path to the memory; the file is not changed."""
    root = ET.parse(ts_path).getroot()
    learnt = 0
    for context in root.iter("context"):
        for message in context.findall("message"):
            if is_finished(message) and message_key(message) not in memory:
                memory[message_key(message)] = translation_forms(message.find("translation"))
                learnt += 1
    print("%s: %d learnt (file not changed)" % (ts_path, learnt))


def process(ts_path, memory, args):
    root = ET.parse(ts_path).getroot()
    if root.tag != "TS":
        sys.exit("%s: not a Qt Linguist file" % ts_path)
    filled = learnt = 0
    conflicts = []
    remaining = []
    for context in root.iter("context"):
        context_name = _text(context.find("name"))
        for message in context.findall("message"):
            translation = message.find("translation")
            if is_dropped(translation):
                continue
            key = message_key(message)
            if is_finished(message):
                forms = translation_forms(translation)
                if key not in memory:
                    memory[key] = forms
                    learnt += 1
                elif memory[key] != forms:
                    conflicts.append((context_name, key[0]))
                continue
            if key in memory:
                forms = memory[key]
                expected = len(translation.findall("numerusform")) if translation is not None else 0
                if key[1] and expected and len(forms) != expected:
                    print("%s: %s | %s: the memory has %d plural forms, the file wants %d; left unfinished"
                          % (ts_path, context_name, key[0], len(forms), expected), file=sys.stderr)
                    remaining.append((context_name, key))
                    continue
                set_translation(message, forms)
                filled += 1
            else:
                remaining.append((context_name, key))
    changed = write_if_changed(ts_path, serialize_ts(root), args.dry_run)
    for context_name, source in conflicts:
        print("%s: %s | %s: finished translation differs from the memory (memory kept)"
              % (ts_path, context_name, source), file=sys.stderr)
    print("%s: %d filled from the memory, %d learnt, %d unfinished%s"
          % (ts_path, filled, learnt, len(remaining), "" if changed or args.dry_run else " (file unchanged)"))
    return remaining


def main():
    parser = argparse.ArgumentParser(
        description="Fill unfinished .ts messages from a context-free translation memory and grow the "
                    "memory from the finished ones.")
    parser.add_argument("ts_files", nargs="+", metavar="TS_FILE")
    parser.add_argument("--memory", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                         "steward_de.memory.tsv"))
    parser.add_argument("--seed", action="append", default=[], metavar="FILE",
                        help="learn from FILE's finished translations without changing it")
    parser.add_argument("--list", action="store_true", help="list the messages that remain unfinished")
    parser.add_argument("--todo", metavar="FILE", help="write the remaining source texts as memory lines to fill")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any message remains unfinished")
    parser.add_argument("--dry-run", action="store_true", help="change no file")
    args = parser.parse_args()

    memory = read_memory(args.memory)
    before = len(memory)
    for seed in args.seed:
        learn(seed, memory)
    remaining = []
    for ts_path in args.ts_files:
        remaining = process(ts_path, memory, args)  # only the last file's remainder counts
    write_if_changed(args.memory, memory_lines(memory), args.dry_run)
    print("%s: %d entries (%d new)" % (args.memory, len(memory), len(memory) - before))
    print("%d message(s) remain unfinished" % len(remaining))
    if args.list:
        for context_name, (source, plural) in remaining:
            print("  %s | %s%s" % (context_name, escape(source), "  [plural]" if plural else ""))
    if args.todo:
        todo = {}
        for _, key in remaining:
            todo.setdefault(key, None)
        with open(args.todo, "w", encoding="utf-8", newline="\n") as f:
            for source, plural in todo:
                f.write("%s\t%d\t%s\n" % (escape(source), 1 if plural else 0, FORM_SEPARATOR if plural else ""))
    return 1 if args.strict and remaining else 0


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # "... --list | head" ends quietly
    sys.exit(main())
