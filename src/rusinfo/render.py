"""Everything the user sees on screen is set here, with Rich; no other module imports Rich."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text
from rich.theme import Theme

from rusinfo.content import (
    EMERGENCY_LIST,
    FIRST_AID_LIST,
    NALOXONE_LIST,
    OVERDOSE_SIGNS_LIST,
    Block,
    Bullet,
    BulletList,
    Content,
    HelpLine,
    Paragraph,
    Part,
    Section,
    SubstanceClass,
    code_spans,
    source_line,
)
from rusinfo.names import printable

if TYPE_CHECKING:
    # Imported where used, so that each command loads only what it shows (start-up time).
    import datetime

    from rusinfo.checklist import Checklist
    from rusinfo.screening import Person, Result
    from rusinfo.screening_text import ScreeningText
    from rusinfo.search import Group as HitGroup
    from rusinfo.search import Hit
    from rusinfo.search import Result as SearchResult

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

EMERGENCY_LINE = "Akutt fare: ring 113. Trenger du lege raskt: legevakt 116 117."

LESS_OPTIONS = r"-FRX -PsMellomrom\: neste side, q\: avslutt$"
"""For `less` unless the user set LESS: quit if the page fits, keep colours and the text on
screen, and a Norwegian prompt that says how to go on (in a prompt, a backslash before «:» makes it a plain colon)."""


def _wants_plain_env() -> bool:
    return bool(os.environ.get("ACCESSIBLE"))


def make_console(*, stderr: bool = False, plain: bool = False) -> Console:
    """A console for this run: colour in a terminal, clean text in pipes, NO_COLOR and plain mode."""
    no_colour = plain or bool(os.environ.get("NO_COLOR"))
    return Console(
        stderr=stderr,
        theme=THEME,
        highlight=False,
        emoji=False,
        color_system=None if no_colour else "auto",
    )


def paragraph(text: str, style: str = "") -> RenderableType:
    """A paragraph of content text, wrapped without trailing spaces."""
    return Hanging("", rich_text(text, style))


def rich_text(text: str, style: str = "") -> Text:
    """Content text as a Rich Text: `kode` spans become commands, never Rich markup."""
    result = Text(style=style)
    for run, is_command in code_spans(text):
        result.append(run, style="kommando" if is_command else None)
    return result


def _titled(title: str, text: str) -> Text:
    """A list item's text, its title (if any) in bold as the first sentence."""
    line = Text()
    if title:
        line.append(title.rstrip(".") + ". ", style="lead")
    line.append_text(rich_text(text))
    return line


class Renderer:
    """Sets content on one console; `simple` is the screen-reader mode with no decoration."""

    def __init__(self, console: Console, simple: bool = False) -> None:
        self.console = console
        self.simple = simple

    @classmethod
    def create(cls, *, simple: bool = False) -> Renderer:
        simple = simple or _wants_plain_env()
        return cls(make_console(plain=simple), simple)

    # --- building blocks -------------------------------------------------------------

    def _bullet_char(self) -> str:
        return "-" if self.simple else "•"

    def heading(self, title: str) -> Text:
        return Text(title, style="" if self.simple else "tittel")

    def _bullets(self, bullets: Iterable[Bullet | Text]) -> RenderableType:
        items = []
        for bullet in bullets:
            if isinstance(bullet, Text):
                items.append(Hanging(self._bullet_char(), bullet))
                continue
            items.append(Hanging(self._bullet_char(), _titled(bullet.title, bullet.text)))
        return Group(*items)

    def _block(self, block: Block) -> Iterator[RenderableType]:
        if isinstance(block, Paragraph):
            yield paragraph(block.text)
        else:
            yield from self._list(block)

    def _list(self, block: BulletList) -> Iterator[RenderableType]:
        if block.intro:
            yield paragraph(block.intro)
        if block.numbered:
            yield self._steps(block.items)
        else:
            yield self._bullets(block.items)

    def _steps(self, items: Sequence[Bullet]) -> RenderableType:
        """Numbered steps, to be done in order."""
        width = len(f"{len(items)}.")
        return Group(
            *(
                Hanging(f"{number}.".rjust(width), _titled(item.title, item.text), "lead")
                for number, item in enumerate(items, 1)
            )
        )

    def _list_group(self, block: BulletList) -> RenderableType:
        """A whole list, its intro and its items, as one item of a page."""
        return Group(*self._list(block))

    def _parts(self, parts: Sequence[Part]) -> Iterator[RenderableType]:
        for part in parts:
            if part.title:
                yield Text(part.title, style="deltittel")
            for block in part.blocks:
                yield from self._block(block)

    def _page(self, items: Iterable[RenderableType], *, pager: bool = False) -> None:
        """The items with a blank line after each, in one print: each print has its own overhead.

        With `pager`, a page taller than the terminal goes through the pager, so that it opens
        at its top (the first aid on `rusinfo akutt`, the start of the article).
        """
        spaced: list[RenderableType] = []
        for item in items:
            spaced += [item, Text()]
        page = Group(*spaced)
        console = self.console
        tall = pager and console.is_terminal and not self.simple
        if tall and _rendered_height(console, spaced) > console.size.height:
            os.environ.setdefault("LESS", LESS_OPTIONS)
            with console.pager(styles=True):
                console.print(page)
            return
        console.print(page)

    def footer(self, content: Content) -> RenderableType:
        lines = Text()
        lines.append(EMERGENCY_LINE, style="fare" if not self.simple else "")
        lines.append("\n")
        lines.append_text(rich_text(source_line(content.about), "dempet"))
        return Hanging("", lines)

    # --- pages -----------------------------------------------------------------------

    def overview(self, content: Content, version: str) -> None:
        intro = Text.assemble(
            ("rusinfo", "tittel"),
            f" {version}: et norsk oppslagsverk og en selvtest om narkotikaavhengighet. ",
            "Alt virker uten nett, og ingenting du skriver eller svarer, blir lagret.",
        )
        commands = [
            ("rusinfo vis", "seksjonene i artikkelen"),
            ("rusinfo vis symptomer", "én seksjon, her symptomer og tegn"),
            ("rusinfo vis alle", "hele artikkelen"),
            ("rusinfo stoff heroin", "tegn på bruk av et stoff eller en stoffklasse"),
            ("rusinfo sjekk", "gå gjennom kriteriene for avhengighet, steg for steg"),
            ("rusinfo time", "sjekkliste til legetimen (--skriv-ut for papir)"),
            ("rusinfo søk abstinenser", "søk i alt innholdet"),
            ("rusinfo akutt", "ring 113: førstehjelp ved overdose, og hvem du kan ringe"),
            ("rusinfo kilder", "kildene teksten bygger på"),
        ]
        grid = columns(commands, "kommando")
        self._page(
            [
                Hanging("", intro),
                Group(Text("Kommandoer", style="deltittel"), grid),
                Text("Skriv «rusinfo KOMMANDO -h» for hjelp til en kommando.", style="dempet"),
                self.footer(content),
            ]
        )

    def section_list(self, content: Content) -> None:
        grid = columns([(section.id, section.title) for section in content.sections], "kommando")
        self._page(
            [
                self.heading("Seksjoner i artikkelen"),
                grid,
                paragraph("Vis en seksjon med `rusinfo vis SEKSJON`, alt med `rusinfo vis alle`."),
            ]
        )

    def _section_items(self, content: Content, section: Section) -> Iterator[RenderableType]:
        yield self.heading(section.title)
        yield from self._parts(section.parts)
        if section.substances_follow:
            yield self._substance_pointers(content)

    def _substance_pointers(self, content: Content) -> RenderableType:
        rows = [
            Text.assemble((f"rusinfo stoff {c.id}", "kommando"), f": {c.name}") for c in content.substances
        ]
        return self._bullets(rows)

    def section(self, content: Content, section: Section) -> None:
        self._page([*self._section_items(content, section), self.footer(content)])

    def article(self, content: Content) -> None:
        items: list[RenderableType] = []
        for section in content.sections:
            items.append(self.heading(section.title))
            items.extend(self._parts(section.parts))
            if section.substances_follow:
                for substance in content.substances:
                    items.extend(self._substance_items(substance, with_withdrawal=False))
        items.append(self.footer(content))
        self._page(items, pager=True)

    def substance_list(self, content: Content) -> None:
        grid = columns(
            [
                (c.id, Text.assemble((c.name, "deltittel"), "\n", ", ".join(c.examples)))
                for c in content.substances
            ],
            "kommando",
        )
        self._page(
            [
                self.heading("Stoffklasser"),
                grid,
                paragraph(
                    "Vis tegn på bruk med `rusinfo stoff KLASSE` eller et stoffnavn, som `rusinfo stoff heroin`."
                ),
            ]
        )

    def _substance_items(
        self, substance: SubstanceClass, *, with_withdrawal: bool
    ) -> Iterator[RenderableType]:
        yield self.heading(substance.name)
        yield from self._parts(substance.parts)
        if with_withdrawal:
            # In the whole article these lists stand in their own section already.
            yield from (self._list_group(block) for block in substance.lists)
            yield Text("Avrusning og behandling", style="deltittel")
            if substance.withdrawal:
                yield self._bullets(substance.withdrawal)
            else:
                yield Text("Artikkelen omtaler ikke avrusning særskilt for denne stoffklassen.")
            yield paragraph("Mer om behandling og avrusning: `rusinfo vis behandling`.")

    def substance(self, content: Content, substance: SubstanceClass, matched_name: str = "") -> None:
        items: list[RenderableType] = []
        if matched_name:
            items.append(Text(f"«{matched_name}» hører til stoffklassen «{substance.name}».", style="dempet"))
        items.extend(self._substance_items(substance, with_withdrawal=True))
        items.append(self.footer(content))
        self._page(items)

    def emergency(self, content: Content, today: datetime.date) -> None:
        """`rusinfo akutt`: when to call 113 and what to do until help comes, then the signs,
        naloxone and the numbers; short enough to read in a crisis."""
        from rich.panel import Panel

        from rusinfo import dates

        body = Group(*self._list(content.bullet_list(FIRST_AID_LIST)))
        if self.simple:
            first: RenderableType = Group(Text("RING 113 VED AKUTT FARE"), body)
        else:
            first = Panel(body, title="Ring 113", title_align="left", border_style="fare", expand=False)
        checked = f"Numrene ble sist kontrollert {dates.short(content.help_lines_checked())}."
        if content.help_lines_may_be_outdated(today):
            checked += (
                " Det er over et år siden, så de kan ha endret seg: sjekk dem på tjenestenes egne "
                "nettsider eller på helsenorge.no."
            )
        self._page(
            [
                first,
                self._list_group(content.bullet_list(EMERGENCY_LIST)),
                self._list_group(content.bullet_list(OVERDOSE_SIGNS_LIST)),
                self._list_group(content.bullet_list(NALOXONE_LIST)),
                paragraph("Mer om overdose, nalokson og toleranse etter en pause: `rusinfo vis overdose`."),
                self.heading("Hvem du kan ringe"),
                *self._help_groups(content.help_lines),
                Text(checked, style="dempet"),
                self.footer(content),
            ],
            pager=True,
        )

    def sources(self, content: Content) -> None:
        """`rusinfo kilder`: who stands behind the text, then every source with what it supports."""
        from rusinfo import dates

        items: list[RenderableType] = [self.heading("Kilder"), *(paragraph(p) for p in content.about.basis)]
        for source in content.sources:
            lines = Text()
            lines.append(source.title, style="deltittel")
            lines.append(f"\n{source.publisher}. {source.url}")
            lines.append(f"\nBrukt til: {source.supports}")
            lines.append(f"\nKontrollert {dates.short(source.checked)}.", style="dempet")
            items.append(Hanging("", lines))
        items.append(self.footer(content))
        self._page(items)

    def _help_groups(self, lines: Sequence[HelpLine]) -> Iterator[RenderableType]:
        """The help lines under their group headings, in the order of the data."""
        groups: dict[str, list[HelpLine]] = {}
        for line in lines:
            groups.setdefault(line.group, []).append(line)
        for title, members in groups.items():
            yield Group(Text(title, style="deltittel"), self._help_grid(members))

    def checklist(self, content: Content, checklist: Checklist) -> None:
        """The appointment checklist on screen: boxes to tick; the lines to write on are for paper."""
        from rusinfo.checklist import Style

        items: list[RenderableType] = [self.heading(checklist.title)]
        items += [paragraph(text) for text in checklist.intro]
        for group in checklist.groups:
            if group.style is Style.WRITE_IN:
                continue
            items.append(Text(group.heading, style="deltittel"))
            if group.intro:
                items.append(paragraph(group.intro))
            rows = []
            for number, item in enumerate(group.items, 1):
                marker = "[ ]" if group.style is Style.TICK else f"{number}."
                rows.append(Hanging(marker, _titled(item.title, item.text)))
            items.append(Group(*rows))
            items += [paragraph(text) for text in group.outro]
        ways = [
            Text.assemble(("rusinfo time --skriv-ut", "kommando"), ": ren tekst, klar for skriveren"),
            Text.assemble(
                ("rusinfo time --fil sjekkliste.html", "kommando"),
                ": en nettside du kan fylle ut og skrive ut",
            ),
        ]
        hint = paragraph("På papir er det også plass til dine egne spørsmål og til svarene dine:")
        items += [Group(hint, self._bullets(ways)), self.footer(content)]
        self._page(items)

    # --- the screening: rusinfo sjekk -------------------------------------------------

    def _help_grid(self, lines: Iterable[HelpLine], *, brief: bool = False) -> RenderableType:
        """Numbers and names; with their descriptions unless `brief`."""
        rows: list[tuple[str, str | Text]] = []
        for line in lines:
            name = Text(line.name, style="deltittel")
            rows.append(
                (line.number or "nett", name if brief else Text.assemble(name, "\n", line.description))
            )
        return columns(rows, "nummer")

    def _signs(self, content: Content) -> RenderableType:
        signs = content.bullet_list(EMERGENCY_LIST)
        return Group(paragraph(signs.intro), self._bullets(signs.items))

    def screening_intro(self, text: ScreeningText) -> None:
        self._page([self.heading(text.title), *(paragraph(p) for p in text.intro)])

    def screening_safety(self, content: Content, text: ScreeningText) -> None:
        """The emergency signs, shown just before the question whether any of them is present now."""
        self.console.print()
        self._page([Group(Text(text.safety_heading, style="deltittel"), self._signs(content))])

    def screening_emergency(self, content: Content, text: ScreeningText, person: Person) -> None:
        """What to do when the safety question is answered «Ja»: call 113, before anything else."""
        from rich.panel import Panel

        body = Group(paragraph(text.emergency_text(person), "lead"), Text(), self._signs(content))
        if self.simple:
            first: RenderableType = Group(Text(text.emergency_heading.upper()), body)
        else:
            first = Panel(
                body, title=text.emergency_heading, title_align="left", border_style="fare", expand=False
            )
        # Brief, so that «Ring 113 nå» is still on a 24-line screen when the numbers are printed.
        urgent = [line for line in content.help_lines if line.urgent]
        numbers = Group(Text(text.emergency_numbers, style="deltittel"), self._help_grid(urgent, brief=True))
        self.console.print()
        self._page([first, numbers, paragraph(text.emergency_after)])

    def screening_result(self, content: Content, text: ScreeningText, result: Result, person: Person) -> None:
        """The count, what it means for this person, why it is no diagnosis, and what to do next."""
        from rich.padding import Padding

        from rusinfo.screening import Answer, UnknownEffect
        from rusinfo.screening_text import fill

        items: list[RenderableType] = [self.heading(fill(text.result_heading, result))]
        effect = result.unknown_effect
        # When «Vet ikke» could reach the threshold, the band's «does not point to dependence» would
        # say too much: that text is replaced by the one about the unknowns.
        if effect is not UnknownEffect.COULD_REACH:
            items.append(paragraph(fill(text.bands[result.band](person), result)))
        if effect is not UnknownEffect.NONE:
            items.append(paragraph(fill(text.unknown[effect](person), result)))
        labels = {q.criterion: q.label for q in text.questions}
        for title, answer in ((text.yes_list, Answer.YES), (text.unknown_list, Answer.UNKNOWN)):
            if chosen := result.ids_answered(answer):
                items.append(
                    Group(Text(title, style="deltittel"), self._bullets(Text(labels[c]) for c in chosen))
                )
        items.append(Group(paragraph(text.not_diagnosis, "lead"), paragraph(text.source_note)))
        by_id = {line.id: line for line in content.help_lines}
        steps = [rich_text(step(person)) for step in (*text.next_steps, text.help_intro)]
        help_lines = Group(
            self._help_grid(by_id[i] for i in text.help_lines(person)), paragraph(text.help_after)
        )
        items.append(
            Group(
                Text(text.next_heading, style="deltittel"),
                self._bullets(steps),
                Padding(help_lines, (0, 0, 0, 2), expand=False),
            )
        )
        items.append(Text(text.emergency_line, style="" if self.simple else "fare"))
        items.append(Text(text.not_stored, style="dempet"))
        self._page(items)

    # --- search ----------------------------------------------------------------------

    def search_results(self, result: SearchResult, query: str) -> None:
        """`rusinfo søk`: the hits by place, best place first, the matched words marked."""
        places = len(result.groups)
        where = "på ett sted" if places == 1 else f"på {places} steder"
        summary = Text(f"{result.hit_count} treff for «{printable(query, 60)}» {where}.", style="dempet")
        self._page([summary, *(self._hit_group(g) for g in result.groups)])

    def _hit_group(self, group: HitGroup) -> RenderableType:
        heading = self.heading(group.place.title)
        hits: list[Hit] = []
        for hit in group.hits:
            if hit.is_title and hit.text == group.place.title:
                _mark(heading, hit.marks)
            else:
                hits.append(hit)
        more = len(hits) - HITS_SHOWN
        link = Text.assemble(
            (f"{more} treff til. " if more > 0 else "", "dempet"),
            ("Les mer: ", "dempet"),
            (group.place.command, "kommando"),
        )
        if not hits:
            return Group(heading, link)
        return Group(heading, self._bullets(_hit_text(h) for h in hits[:HITS_SHOWN]), link)


def columns(rows: Sequence[tuple[str, str | Text]], key_style: str) -> RenderableType:
    """Two columns, a key and its text, like a grid but without padding at the line ends."""
    width = max((len(key) for key, _ in rows), default=0)
    return Group(
        *(
            Hanging(key.ljust(width + 1), Text(text) if isinstance(text, str) else text, key_style)
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


def _rendered_height(console: Console, items: Sequence[RenderableType]) -> int:
    options = console.options
    return sum(len(console.render_lines(item, options, pad=False)) for item in items)


def error(message: str, suggestions: Sequence[str] = ()) -> None:
    """A Norwegian error on stderr, with «Mente du …?» when there are suggestions."""
    console = make_console(stderr=True)
    text = Text()
    text.append("Feil: ", style="feil")
    text.append(printable(message))
    if suggestions:
        text.append("\nMente du " + " eller ".join(f"«{s}»" for s in suggestions) + "?")
    console.print(text)


def notice(message: str) -> None:
    """A plain message on stderr that is not an error, such as the one after Ctrl-C."""
    make_console(stderr=True).print(Text(message))


HITS_SHOWN = 5
"""Hits shown per place; the rest are counted, and the place's command shows them all."""

HIGHLIGHT = "reverse"
"""Matched words, visible on light and dark terminals alike."""


def _mark(text: Text, marks: Sequence[tuple[int, int]]) -> None:
    for start, end in marks:
        text.stylize(HIGHLIGHT, start, end)


def _hit_text(hit: Hit) -> Text:
    from rusinfo.search import excerpt

    shown, marks = excerpt(hit)
    text = Text(shown)
    _mark(text, marks)
    return text


def no_hits(query: str, result: SearchResult) -> None:
    """«Ingen treff for …» on stderr, with the nearest known words or what to try instead."""
    text = Text(f"Ingen treff for «{printable(query, 60)}».")
    if result.unknown and len(result.words) > 1:
        unknown = " og ".join(f"«{printable(w, 40)}»" for w in result.unknown)
        text.append(f"\n{unknown} står ingen steder i innholdet.")
    if result.suggestions:
        text.append("\nMente du " + " eller ".join(f"«{s}»" for s in result.suggestions) + "?")
    elif result.unknown:
        text.append("\nPrøv et annet ord, eller se seksjonene med «rusinfo vis».")
    else:
        text.append("\nHvert ord finnes, men aldri alle i samme avsnitt eller punkt. Prøv med færre ord.")
    make_console(stderr=True).print(text)
