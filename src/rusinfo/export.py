"""The checklist as a file's text: Markdown, a standalone HTML page or the print text, chosen by suffix."""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Callable
from pathlib import Path

from rusinfo.checklist import (
    OWN_QUESTION_LINES,
    Checklist,
    Group,
    Item,
    Style,
    date_text,
    footer_text,
    print_text,
)
from rusinfo.content import DATA_DIR, code_spans
from rusinfo.errors import BadFile
from rusinfo.names import printable

Writer = Callable[[Checklist, datetime.date], str]


class UnknownFormat(BadFile):
    """The file name's suffix names no format we write."""


def for_path(path: Path) -> Writer:
    """The writer for a file name's suffix (any case): .txt, .md or .html; raises UnknownFormat."""
    suffix = path.suffix.lower()
    if suffix not in WRITERS:
        known = ".txt, .md eller .html"
        if not suffix:
            name = printable(path.name, 40)
            raise UnknownFormat(f"Filnavnet «{name}» har ingen filtype. Velg et navn som slutter på {known}.")
        raise UnknownFormat(
            f"Filtypen «{printable(suffix, 20)}» støttes ikke. Velg et navn som slutter på {known}."
        )
    return WRITERS[suffix]


# --- Markdown ----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def _md(text: str) -> str:
    """Content text as Markdown: `kode` marks stay code spans, everything else is escaped."""
    out = [
        f"`{run}`" if is_command else _MD_SPECIAL.sub(r"\\\1", run) for run, is_command in code_spans(text)
    ]
    return " ".join("".join(out).split())


def _md_item(item: Item) -> str:
    title = f"**{_md(item.title.rstrip('.'))}.** " if item.title else ""
    return title + _md(item.text)


def _md_group(group: Group) -> list[str]:
    lines = [f"## {_md(group.heading)}", ""]
    if group.intro:
        lines += [_md(group.intro), ""]
    if group.style is Style.TICK:
        lines += [*(f"- [ ] {_md_item(item)}" for item in group.items), ""]
    elif group.style is Style.ANSWER:
        for number, item in enumerate(group.items, 1):
            lines += [f"{number}. {_md_item(item)}", "", "   Svar: …", ""]
    else:
        lines += [*(["- [ ] …"] * OWN_QUESTION_LINES), ""]
    for paragraph in group.outro:
        lines += [_md(paragraph), ""]
    return lines


def markdown(checklist: Checklist, day: datetime.date) -> str:
    """The checklist as Markdown: task-list boxes (`- [ ]`), «…» where the user writes."""
    lines = [f"# {_md(checklist.title)}", "", f"Laget {date_text(day)}", ""]
    for paragraph in checklist.intro:
        lines += [_md(paragraph), ""]
    for group in checklist.groups:
        lines += _md_group(group)
    lines += ["---", "", _md(footer_text(checklist))]
    return "\n".join(lines) + "\n"


# --- HTML --------------------------------------------------------------------------------


def _html(text: str) -> str:
    """Content text as HTML: escaped, `kode` marks as <code>."""
    out = [
        f"<code>{html.escape(run)}</code>" if is_command else html.escape(run)
        for run, is_command in code_spans(text)
    ]
    return " ".join("".join(out).split())


def _html_item(item: Item) -> str:
    title = f"<strong>{_html(item.title.rstrip('.'))}.</strong> " if item.title else ""
    return title + _html(item.text)


def _html_group(group: Group, number: int) -> list[str]:
    heading_id = f"del-{number}"
    kind = {Style.TICK: "sjekk", Style.ANSWER: "svar", Style.WRITE_IN: "egne"}[group.style]
    lines = [
        f'<section class="{kind}" aria-labelledby="{heading_id}">',
        f'<h2 id="{heading_id}">{_html(group.heading)}</h2>',
    ]
    if group.intro:
        lines.append(f"<p>{_html(group.intro)}</p>")
    if group.style is Style.TICK:
        lines.append('<ul class="sjekk">')
        for item in group.items:
            lines.append(f'<li><label><input type="checkbox"> <span>{_html_item(item)}</span></label></li>')
        lines.append("</ul>")
    elif group.style is Style.ANSWER:
        lines.append('<ol class="svar">')
        for index, item in enumerate(group.items, 1):
            question = f"sporsmal-{number}-{index}"
            lines.append(
                f'<li><span id="{question}">{_html_item(item)}</span>'
                f'<input type="text" aria-labelledby="{question}"></li>'
            )
        lines.append("</ol>")
    else:
        lines.append('<ul class="sjekk egne">')
        for index in range(1, OWN_QUESTION_LINES + 1):
            lines.append(
                f'<li><input type="checkbox" aria-label="Spørsmål {index} er stilt">'
                f'<input type="text" aria-label="Mitt spørsmål {index}"></li>'
            )
        lines.append("</ul>")
    lines += [f"<p>{_html(p)}</p>" for p in group.outro]
    lines.append("</section>")
    return lines


def _stylesheet() -> str:
    return (DATA_DIR / "sjekkliste.css").read_text(encoding="utf-8").strip()


def html_page(checklist: Checklist, day: datetime.date) -> str:
    """The checklist as one standalone HTML page (lang="nb", embedded CSS for screen and A4 print)."""
    title = _html(checklist.title)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="nb">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>\n{_stylesheet()}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        f'<h1>{title}</h1>\n<p class="dato">Laget {date_text(day)}</p>',
        *(f"<p>{_html(p)}</p>" for p in checklist.intro),
    ]
    for number, group in enumerate(checklist.groups, 1):
        lines += _html_group(group, number)
    lines += ["</main>", f"<footer>{_html(footer_text(checklist))}</footer>", "</body>", "</html>"]
    return "\n".join(lines) + "\n"


WRITERS: dict[str, Writer] = {
    # by lower-case suffix; .markdown and .htm are accepted quietly
    ".txt": print_text,
    ".md": markdown,
    ".markdown": markdown,
    ".html": html_page,
    ".htm": html_page,
}
