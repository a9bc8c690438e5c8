#!/usr/bin/env python3
"""Writes essor's man pages from the commands' own help, so they never drift.

usage: scripts/gen-man.py ESSOR_BINARY OUTPUT_FOLDER

Runs `ESSOR_BINARY --experimental-dump-help` (swift-argument-parser's description of every
command, option and argument) and writes one page per command: essor.1, essor-tools.1,
essor-finance-loan.1… Prints the files written. No date in the pages: the same binary gives
the same files.
"""
import json
import os
import subprocess
import sys

ENVIRONMENT = [
    ("LC_ALL, LC_MESSAGES, LANG",
     "The language of messages when --lang is not given: French unless one of them names English."),
    ("ESSOR_TEMPLATES",
     "Folders of templates (questionnaires, canvas kinds), separated by colons, searched after the "
     "workspace's templates/ and before the templates built into essor."),
    ("ESSOR_PLUGIN_PATH",
     "Folders searched for external tools (essor-<id> executables) after the workspace's plugins/."),
    ("NO_COLOR", "When set, no colour, even on a terminal."),
    ("SOURCE_DATE_EPOCH", "Fixes the creation date written into workbooks, for byte-identical files."),
]
EXIT_STATUS = [
    ("0", "Success."),
    ("1", "A check found errors (essor canvas check)."),
    ("64", "The command line is wrong: unknown option or subcommand, missing or invalid value."),
    ("65", "An input's data is wrong (file:line:column is named), or a plan breaks a rule."),
    ("66", "An input is missing (a file, the workspace)."),
    ("69", "An external tool is unavailable or failed."),
    ("70", "Internal error in essor."),
]


def roff(text):
    """Escapes text for roff: backslashes, and a dot or quote opening a line."""
    text = text.replace("\\", "\\e")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def flag(text):
    return roff(text).replace("-", "\\-")


def names(argument):
    out = []
    for name in argument.get("names", []):
        kind = name["kind"]
        dash = "-" if kind in ("short", "longWithSingleDash") else "--"
        out.append(dash + name["name"])
    return out


def shown(argument):
    return argument.get("shouldDisplay", True) and not (
        set(n["name"] for n in argument.get("names", [])) & {"help", "version"}
        and argument.get("kind") == "flag")


def synopsis_part(argument):
    value = "<%s>" % argument.get("valueName", "value")
    if argument["kind"] == "positional":
        part = value + (" ..." if argument.get("isRepeating") else "")
    else:
        part = names(argument)[0]
        if argument["kind"] == "option":
            part += " " + value
    return part if not argument.get("isOptional") else "[%s]" % part


def discussion_lines(text):
    """Prose filled by man, paragraphs apart, indented lines (examples) kept as they are."""
    out, verbatim = [], False
    for line in text.split("\n"):
        indented = line.startswith(" ")
        if indented != verbatim:
            out.append(".nf" if indented else ".fi")
            verbatim = indented
        if not line.strip():
            out.append(".PP" if not verbatim else "")
        else:
            out.append(roff(line))
            if not verbatim:
                out.append(".br")
    if verbatim:
        out.append(".fi")
    return out


def page(command, path, version, children):
    title = "-".join(path)
    lines = ['.TH "%s" "1" "" "essor %s" "Essor Manual"' % (title.upper(), version)]
    lines += [".SH NAME", "%s \\- %s" % (flag(" ".join(path)), roff(command.get("abstract", "")))]
    arguments = [a for a in command.get("arguments", []) if shown(a)]
    lines += [".SH SYNOPSIS", ".B %s" % flag(" ".join(path))]
    if children:
        lines.append("\\fI<subcommand>\\fR")
    for argument in arguments:
        lines.append(flag(synopsis_part(argument)))
    discussion = command.get("discussion", "")
    if command.get("abstract") or discussion:
        lines.append(".SH DESCRIPTION")
        if command.get("abstract"):
            lines += [roff(command["abstract"]), ".PP"]
        if discussion:
            lines += discussion_lines(discussion)
    positional = [a for a in arguments if a["kind"] == "positional"]
    options = [a for a in arguments if a["kind"] != "positional"]
    if positional:
        lines.append(".SH ARGUMENTS")
        for argument in positional:
            lines += [".TP", "\\fI<%s>\\fR" % roff(argument.get("valueName", "value")),
                      roff(argument.get("abstract", ""))]
    lines.append(".SH OPTIONS")
    for argument in options:
        head = ", ".join("\\fB%s\\fR" % flag(n) for n in names(argument))
        if argument["kind"] == "option":
            head += " \\fI<%s>\\fR" % roff(argument.get("valueName", "value"))
        lines += [".TP", head, roff(argument.get("abstract", "")) or "."]
    lines += [".TP", "\\fB\\-h\\fR, \\fB\\-\\-help\\fR", "Show help information."]
    if children:
        lines.append(".SH SUBCOMMANDS")
        for child in children:
            lines += [".TP", "\\fB%s\\fR" % flag(child["commandName"]),
                      roff(child.get("abstract", "")) + " See \\fB%s\\fR(1)." % flag(
                          "-".join(path + [child["commandName"]]))]
    if len(path) == 1:
        lines.append(".SH ENVIRONMENT")
        for name, text in ENVIRONMENT:
            lines += [".TP", "\\fB%s\\fR" % roff(name), roff(text)]
        lines.append(".SH EXIT STATUS")
        for code, text in EXIT_STATUS:
            lines += [".TP", "\\fB%s\\fR" % code, roff(text)]
    see = ["essor"] if len(path) > 1 else []
    if len(path) > 2:
        see.append("-".join(path[:-1]))
    see += ["-".join(path + [c["commandName"]]) for c in children]
    if see:
        lines += [".SH SEE ALSO", ", ".join("\\fB%s\\fR(1)" % flag(s) for s in see)]
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().split("\n")[2])
    binary, folder = sys.argv[1], sys.argv[2]
    dump = json.loads(subprocess.run(
        [binary, "--experimental-dump-help"], check=True, capture_output=True, text=True).stdout)
    version_line = subprocess.run(
        [binary, "--version"], check=True, capture_output=True, text=True).stdout.strip()
    version = version_line.split(" ")[0]
    os.makedirs(folder, exist_ok=True)

    def visit(command, path):
        children = [c for c in command.get("subcommands", [])
                    if c.get("shouldDisplay", True) and c["commandName"] != "help"]
        name = os.path.join(folder, "-".join(path) + ".1")
        with open(name, "w", encoding="utf-8") as out:
            out.write(page(command, path, version, children))
        print(name)
        for child in children:
            visit(child, path + [child["commandName"]])

    visit(dump["command"], ["essor"])


if __name__ == "__main__":
    main()
