"""Write the man page, man/rusinfo.1, from the same help text as `rusinfo -h`.

    python tools/manpage.py           # writes man/rusinfo.1
    python tools/manpage.py --check   # exit 1 if man/rusinfo.1 is not what it would write

The commands, arguments and options come from the Click command tree Typer builds
(`typer.main.get_command(rusinfo.cli.app)`), through the same Norwegian help records as `-h`
(norsk.py); the app's help and epilog, and each command's help and epilog («Eksempler», the
shell lines of `fullføring`), are set as man paragraphs. Click's `\\b` paragraphs keep their
lines as they are, as in `-h`. Only the sections `-h` has no words for (environment, exit
codes, privacy, sources) are written here. Run it after changing a help text;
tests/test_manpage.py fails until the committed page is the one this writes.

The wheel installs the page as share/man/man1/rusinfo.1 (pyproject.toml, shared-data), where
`man rusinfo` finds it when the environment's bin folder is on PATH.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "man" / "rusinfo.1"

_METAVAR = re.compile(r"\b[A-ZÆØÅ][A-ZÆØÅ_]+\b")
"""Words in capitals in a usage line or an option's name: metavars, set in italics."""


def render() -> str:
    """The whole page, as roff."""
    import typer.main

    from rusinfo import __version__, cli, options, terminal

    group: Any = typer.main.get_command(cli.app)
    root = group.context_class(group, info_name="rusinfo", **group.context_settings)
    commands = [(name, group.get_command(root, name)) for name in group.list_commands(root)]
    visible = [(name, command) for name, command in commands if command is not None and not command.hidden]
    contexts = {
        name: command.context_class(command, info_name=name, parent=root) for name, command in visible
    }

    out: list[str] = [
        r".\" -*- coding: UTF-8 -*-",
        r".\" Laget av tools/manpage.py fra hjelpeteksten i rusinfo. Ikke rediger for hånd:",
        r".\" endre hjelpeteksten og kjør «python tools/manpage.py».",
        f'.TH RUSINFO 1 "" "rusinfo {_escape(__version__)}" "Brukerkommandoer"',
        ".nh",
        ".ad l",
        ".SH NAVN",
        _line(f"rusinfo \\- {_escape(_whatis(group.help or ''))}"),
        ".SH SYNOPSIS",
        ".nf",
        _line(_usage(root, group)),
        *(_line(_usage(contexts[name], command)) for name, command in visible),
        ".fi",
        ".SH BESKRIVELSE",
        *_text(group.help),
        ".PP",
        "rusinfo er ikke et diagnoseverktøy. Selvtesten kan hjelpe deg å tenke gjennom "
        "situasjonen, men bare en lege eller psykolog kan stille en diagnose.",
        ".PP",
        r"Ved akutt fare: ring \fB113\fR. Trenger du lege raskt: legevakt \fB116 117\fR.",
        ".PP",
        "Navn på seksjoner og stoffer kan skrives med store eller små bokstaver og med eller "
        r"uten æ, ø og å, og de kan forkortes så lenge bare ett navn passer: \fBrusinfo vis års\fR "
        r"er det samme som \fBrusinfo vis årsaker\fR og \fBrusinfo vis arsaker\fR.",
        *_text(group.epilog),
        ".SH KOMMANDOER",
    ]
    for name, command in visible:
        ctx = contexts[name]
        out += [f".SS {_usage(ctx, command, fonts=False)}", *_text(command.help)]
        out += _parameters(command, ctx)
        out += _text(command.epilog)
    out += _ascii_names(commands, visible)
    out += [".SH VALG", *_parameters(group, root, with_help=True)]
    out += [
        ".PP",
        r"\fB\-h\fR og \fB\-\-help\fR virker også etter hver kommando, for eksempel "
        r"\fBrusinfo vis \-h\fR.",
        ".SH MILJØVARIABLER",
        ".TP",
        r"\fBNO_COLOR\fR",
        "Har den en verdi, skriver rusinfo uten farger.",
        ".TP",
        r"\fBACCESSIBLE\fR",
        f"Har den en verdi som ikke er {_either(sorted(w for w in options._OFF if w))}, virker rusinfo "
        r"som med \fB\-\-enkel\fR: enkel visning for skjermleser og leselist, uten rammer, pynt og farger.",
        ".TP",
        r"\fBPAGER\fR",
        r"Programmet som viser lange sider, som \fBrusinfo vis alle\fR og \fBrusinfo akutt\fR, "
        r"når de er høyere enn terminalen. Uten \fBPAGER\fR brukes \fBless\fR. Med \fBPAGER=cat\fR "
        r"eller en tom \fBPAGER\fR skrives sidene rett i terminalen.",
        ".TP",
        r"\fBLESS\fR",
        r"Valgene til \fBless\fR. Er \fBLESS\fR ikke satt, bruker rusinfo "
        rf"\fB{_escape(terminal.LESS_OPTIONS.split()[0])}\fR og en norsk ledetekst. "
        r"\fB\-R\fR legges alltid til, slik at fargene vises riktig.",
        ".TP",
        r"\fBCOLUMNS\fR",
        "Bredden på sidene, når verdien er et positivt heltall. Ellers brukes terminalens "
        f"bredde, og uten terminal {options.DEFAULT_COLUMNS} tegn. Sidene blir aldri smalere enn "
        f"{options.MIN_COLUMNS} eller bredere enn {options.MAX_COLUMNS} tegn.",
        ".SH AVSLUTNINGSKODER",
        *_items(
            [
                ("0", "Gikk bra."),
                ("1", r"Ingen treff for \fBrusinfo søk\fR."),
                (
                    "2",
                    "Feil i det du skrev, for eksempel en kommando, en seksjon eller et stoff som rusinfo "
                    "ikke kjenner, eller et ugyldig valg.",
                ),
                ("74", "Utdataene kunne ikke skrives, for eksempel fordi disken er full."),
                ("130", "Avbrutt med Ctrl+C."),
            ]
        ),
        ".SH PERSONVERN",
        "rusinfo virker helt uten nett. Det sender ingenting, lagrer ingenting og skriver ingen "
        "filer, verken svarene dine i selvtesten, søk eller historikk. Det eneste unntaket er når "
        r"du selv ber om en fil med \fBrusinfo time \-\-fil\fR \fISTI\fR.",
        ".SH KILDER",
        r"\fBrusinfo kilder\fR viser kildene teksten bygger på, hver med datoen den sist ble "
        "kontrollert.",
        ".SH SE OGSÅ",
        r"\fBrusinfo kilder\fR, \fBrusinfo akutt\fR, \fBless\fR(1)",
    ]
    return "\n".join(out) + "\n"


def _whatis(text: str) -> str:
    """The app's first sentence, as the NAVN line wants it: «norsk oppslagsverk og …»."""
    first = _paragraphs(text)[0][1][0].split(". ")[0].rstrip(".")
    if first[1:2].islower():
        first = first[0].lower() + first[1:]
    return first


def _usage(ctx: Any, command: Any, *, fonts: bool = True) -> str:
    """`rusinfo vis [VALG] [SEKSJON]`, as in `-h`'s «Bruk:» line: the command bold, metavars
    italic; without `fonts` for a heading, which has its own."""
    path, pieces = _escape(ctx.command_path), _escape(" ".join(command.collect_usage_pieces(ctx)))
    if not fonts:
        return f"{path} {pieces}"
    return rf"\fB{path}\fR " + _METAVAR.sub(r"\\fI\g<0>\\fR", pieces)


def _parameters(command: Any, ctx: Any, *, with_help: bool = False) -> list[str]:
    """The arguments, then the options, each with its help as in `-h`. `-h, --help` only where
    asked for: it is the same for every command."""
    from rusinfo.norsk import _help_records

    help_option = command.get_help_option(ctx)
    help_names = set(help_option.opts) if help_option is not None else set()
    rows: list[tuple[str, str]] = []
    for kind in ("argument", "option"):
        for name, text in _help_records(command, ctx, kind):
            if with_help or not help_names & set(re.split(r"[,\s]+", name)):
                rows.append((_parameter_name(name), _escape(_one_line(text))))
    return _items(rows)


def _parameter_name(name: str) -> str:
    """`--fil STI` as `\\fB--fil\\fR \\fISTI\\fR`: option names bold, metavars italic."""
    words = re.split(r"(,?\s+)", name)
    return "".join(
        word
        if not word.strip(", ")
        else (rf"\fB{_escape(word)}\fR" if word.startswith("-") else rf"\fI{_escape(word)}\fR")
        for word in words
    )


def _items(rows: Iterable[tuple[str, str]]) -> list[str]:
    lines: list[str] = []
    for tag, text in rows:
        lines += [".TP", _line(tag), _line(text)]
    return lines


def _ascii_names(commands: list[tuple[str, Any]], visible: list[tuple[str, Any]]) -> list[str]:
    """A sentence on the hidden ASCII names (`rusinfo sok` for `rusinfo søk`): a hidden command
    with the same help and parameters as a visible one is another name for it."""

    def same(a: Any, b: Any) -> bool:
        return bool(a.help == b.help and [p.name for p in a.params] == [p.name for p in b.params])

    pairs = [
        (hidden, shown)
        for hidden, command in commands
        if command is not None and command.hidden
        for shown, other in visible
        if same(command, other)
    ]
    if not pairs:
        return []
    names = [
        rf"\fBrusinfo {_escape(hidden)}\fR for \fBrusinfo {_escape(shown)}\fR" for hidden, shown in pairs
    ]
    return [".PP", f"Mangler tastaturet æ, ø og å, kan du skrive {_listed(names, 'og')}."]


def _listed(words: list[str], last: str) -> str:
    """«a, b og c» («eller» for `last`)."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" {last} " + words[-1]


def _either(words: list[str]) -> str:
    return _listed([_escape(word) for word in words], "eller")


def _text(text: str | None) -> Iterator[str]:
    """Help or epilog text as man paragraphs: filled as `-h` fills them, a `\\b` paragraph line by line."""
    for keep_lines, lines in _paragraphs(text or ""):
        yield ".PP"
        if keep_lines:
            yield ".nf"
            yield from (_line(_escape(line.rstrip())) for line in lines)
            yield ".fi"
        else:
            yield _line(_escape(_one_line(" ".join(lines))))


def _paragraphs(text: str) -> list[tuple[bool, list[str]]]:
    """Click's reading of a help text: cut at `\\f`, paragraphs split by blank lines, and a
    paragraph whose first line is `\\b` kept line by line."""
    text = inspect.cleandoc(text.split("\f")[0])
    found: list[tuple[bool, list[str]]] = []
    for block in re.split(r"\n\s*\n", text):
        lines = block.splitlines()
        keep = bool(lines) and lines[0].strip() == "\b"
        lines = [line for line in (lines[1:] if keep else lines) if line.strip() or keep]
        if lines:
            found.append((keep, lines))
    return found


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escape(text: str) -> str:
    """Text safe in roff: a backslash printed as one, hyphens as the ASCII hyphen-minus (so that
    `--json` and `veien-til-behandling` can be copied), double quotes as characters."""
    return text.replace("\\", r"\e").replace("-", r"\-").replace('"', r"\(dq")


def _line(text: str) -> str:
    """A line of text that roff will not read as a request (a leading `.` or `'`)."""
    return rf"\&{text}" if text.startswith((".", "'")) else text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Skriv man/rusinfo.1 fra hjelpeteksten.")
    parser.add_argument("--check", action="store_true", help="bare sjekk at man/rusinfo.1 er oppdatert")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))  # document this checkout, not some other installed copy
    page = render()
    if args.check:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != page:
            print(
                f"{PAGE.relative_to(ROOT)} er ikke oppdatert: kjør «python tools/manpage.py».",
                file=sys.stderr,
            )
            return 1
        return 0
    PAGE.parent.mkdir(exist_ok=True)
    PAGE.write_text(page, encoding="utf-8")
    print(f"Skrev {PAGE.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
