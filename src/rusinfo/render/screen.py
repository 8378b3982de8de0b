"""The console for a run and the pieces every page is built from. Only rusinfo.render imports Rich."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text
from rich.theme import Theme

from rusinfo.content import (
    Block,
    Bullet,
    BulletList,
    Content,
    HelpLine,
    Paragraph,
    Part,
    code_spans,
    source_line,
)
from rusinfo.names import did_you_mean, printable
from rusinfo.options import Options

THEME = Theme(
    {
        "tittel": "bold cyan",
        "deltittel": "bold",
        "lead": "bold",
        "kommando": "bold green",
        "nummer": "bold",
        "dempet": "dim",
        "fare": "bold red",
        "feil": "bold red",
    }
)


def make_console(options: Options, *, stderr: bool = False) -> Console:
    """A console for this run: colour in a terminal, clean text in pipes, NO_COLOR and plain
    mode; the width always from `options` (COLUMNS is read there, once, and kept sane)."""
    no_colour = options.simple or bool(os.environ.get("NO_COLOR"))
    return Console(
        stderr=stderr,
        theme=THEME,
        highlight=False,
        emoji=False,
        color_system=None if no_colour else "auto",
        width=options.width,
    )


def rich_text(text: str, style: str = "") -> Text:
    """Content text as a Rich Text: `kode` spans become commands, never Rich markup."""
    result = Text(style=style)
    for run, is_command in code_spans(text):
        result.append(run, style="kommando" if is_command else None)
    return result


def paragraph(text: str, style: str = "", *, indent: int = 0) -> RenderableType:
    """A paragraph of content text, wrapped without trailing spaces, its lines `indent` in."""
    return Hanging(" " * (indent - 1) if indent else "", rich_text(text, style))


def titled(title: str, text: str) -> Text:
    """A list item's text, its title (if any) in bold as the first sentence."""
    line = Text()
    if title:
        line.append(title.rstrip(".") + ". ", style="lead")
    line.append_text(rich_text(text))
    return line


class Screen:
    """One console and the user's display options: `simple` is the screen-reader mode, with no
    boxes, decoration or colour. Page modules build their pages from its pieces."""

    def __init__(self, console: Console, simple: bool = False, *, paging: bool = True) -> None:
        self.console = console
        self.simple = simple
        self.paging = paging
        """False with `--ikke-bla`: every page is written straight to the terminal."""

    @classmethod
    def create(cls, options: Options) -> Screen:
        return cls(make_console(options), options.simple, paging=options.pager)

    # --- pieces ----------------------------------------------------------------------

    def heading(self, title: str) -> Text:
        return Text(title, style="" if self.simple else "tittel")

    def bullets(self, items: Iterable[Bullet | Text]) -> RenderableType:
        marker = "-" if self.simple else "•"
        return Group(
            *(
                Hanging(marker, item if isinstance(item, Text) else titled(item.title, item.text))
                for item in items
            )
        )

    def steps(self, items: Sequence[Bullet]) -> RenderableType:
        """Numbered steps, to be done in order."""
        width = len(f"{len(items)}.")
        return Group(
            *(
                Hanging(f"{number}.".rjust(width), titled(item.title, item.text), "lead")
                for number, item in enumerate(items, 1)
            )
        )

    def bullet_list(self, block: BulletList) -> Iterator[RenderableType]:
        if block.intro:
            yield paragraph(block.intro)
        yield self.steps(block.items) if block.numbered else self.bullets(block.items)

    def list_group(self, block: BulletList) -> RenderableType:
        """A whole list, its intro and its items, as one item of a page."""
        return Group(*self.bullet_list(block))

    def block(self, block: Block) -> Iterator[RenderableType]:
        if isinstance(block, Paragraph):
            yield paragraph(block.text)
        else:
            yield from self.bullet_list(block)

    def parts(self, parts: Sequence[Part]) -> Iterator[RenderableType]:
        for part in parts:
            if part.title:
                yield Text(part.title, style="deltittel")
            for block in part.blocks:
                yield from self.block(block)

    def help_grid(self, lines: Iterable[HelpLine], *, brief: bool = False, indent: int = 0) -> RenderableType:
        """Numbers and names; with their descriptions unless `brief`; `indent` spaces in."""
        rows: list[tuple[str, str | Text]] = []
        for line in lines:
            name = Text(line.name, style="deltittel")
            rows.append(
                (line.number or "nett", name if brief else Text.assemble(name, "\n", line.description))
            )
        return columns(rows, "nummer", indent=indent)

    def footer(self, content: Content) -> RenderableType:
        lines = Text()
        lines.append(content.texts.footer_emergency, style="" if self.simple else "fare")
        lines.append("\n")
        lines.append_text(rich_text(source_line(content), "dempet"))
        return Hanging("", lines)

    # --- printing --------------------------------------------------------------------

    def say(self, text: str) -> None:
        """Lines as they are, wrapped to the width: the plain-mode questions."""
        self.console.print(Text(text))

    def page(self, items: Iterable[RenderableType], *, pager: bool = True) -> None:
        """The items with a blank line after each, in one print: each print has its own overhead.

        This is the one place that decides about paging, as git does: a page taller than the
        terminal goes through the pager, so that it opens at its top. Never when the output
        is not a terminal, in plain mode (a screen reader reads on by itself), with
        `--ikke-bla` or `PAGER=cat`, or for the self-test's steps (`pager=False`).
        """
        spaced: list[RenderableType] = []
        for item in items:
            spaced += [item, Text()]
        page = Group(*spaced)
        console = self.console
        # The file itself, not `console.is_terminal`: FORCE_COLOR makes Rich call a pipe a terminal.
        may_page = pager and self.paging and not self.simple and _isatty(console)
        if may_page and _rendered_height(console, spaced) > console.size.height:
            from rusinfo import terminal

            found = terminal.find_pager()
            if found is not None:
                with console.capture() as captured:
                    console.print(page)
                if terminal.run_pager(found, captured.get()):
                    return
        console.print(page)


def columns(rows: Sequence[tuple[str, str | Text]], key_style: str, *, indent: int = 0) -> RenderableType:
    """Two columns, a key and its text, like a grid but without padding at the line ends."""
    width = max((len(key) for key, _ in rows), default=0)
    return Group(
        *(
            Hanging(
                " " * indent + key.ljust(width + 1), Text(text) if isinstance(text, str) else text, key_style
            )
            for key, text in rows
        )
    )


class Hanging:
    """Text wrapped to the width with no trailing spaces; with a marker, a list item with a hanging indent."""

    def __init__(self, marker: str, text: Text, marker_style: str = "") -> None:
        self.marker = marker
        self.text = text
        self.marker_style = marker_style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        indent = len(self.marker) + 1 if self.marker else 0
        lines = self.text.wrap(console, max(options.max_width - indent, 8))
        result = Text()
        for number, line in enumerate(lines):
            if number == 0 and self.marker:
                result.append(self.marker, style=self.marker_style)
                result.append(" ")
            else:
                result.append(" " * indent)
            line.rstrip()
            result.append_text(line)
            if number < len(lines) - 1:
                result.append("\n")
        # Segments, not the Text itself: Rich would wrap a Text a second time.
        yield from result.render(console)
        yield Segment.line()


def _isatty(console: Console) -> bool:
    try:
        return console.file.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _rendered_height(console: Console, items: Sequence[RenderableType]) -> int:
    options = console.options
    return sum(len(console.render_lines(item, options, pad=False)) for item in items)


def error(
    message: str, suggestions: Sequence[str] = (), options: Options | None = None, *, is_error: bool = True
) -> None:
    """A Norwegian error on stderr, with «Mente du …?» when there are suggestions; plain in plain
    mode. Without `is_error`, the message stands alone, without «Feil:»."""
    console = make_console(options or Options.from_environment(), stderr=True)
    text = Text()
    if is_error:
        text.append("Feil: ", style="feil")
    # User text inside the message is already cut and cleaned; here only the message's own
    # line breaks stay, so that nothing typed can start a line of its own. An address on a
    # line of its own is never broken: the terminal can then open or copy it whole.
    lines = [printable(line) for line in message.split("\n")]
    addresses: list[str] = []
    while lines and lines[-1].startswith("https://"):
        addresses.insert(0, lines.pop())
    text.append("\n".join(lines))
    if suggestions:
        text.append("\n" + did_you_mean(suggestions))
    console.print(text)
    for address in addresses:
        console.print(Text(address), soft_wrap=True)


def notice(message: str) -> None:
    """A plain message on stderr that is not an error, such as the one after Ctrl-C."""
    make_console(Options.from_environment(), stderr=True).print(Text(message))
