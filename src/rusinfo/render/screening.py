"""`rusinfo sjekk` on screen: the intro, the safety question's signs, the 113 screen, the result."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from rusinfo.content import EMERGENCY_LIST, Content
from rusinfo.render.screen import Screen, paragraph, rich_text
from rusinfo.screening import Person, Result
from rusinfo.screening_text import ResultView, ScreeningText, result_view


def intro(screen: Screen, text: ScreeningText) -> None:
    screen.page([screen.heading(text.title), *(paragraph(p) for p in text.intro)], pager=False)


def safety(screen: Screen, content: Content, text: ScreeningText) -> None:
    """The emergency signs, shown just before the question whether any of them is present now."""
    screen.console.print()
    signs = screen.list_group(content.bullet_list(EMERGENCY_LIST))
    screen.page([Group(Text(text.safety_heading, style="deltittel"), signs)], pager=False)


def emergency(screen: Screen, content: Content, text: ScreeningText, person: Person) -> None:
    """What to do when the safety question is answered «Ja»: call 113, before anything else."""
    from rich.panel import Panel

    signs = screen.list_group(content.bullet_list(EMERGENCY_LIST))
    body = Group(paragraph(text.emergency_text(person), "lead"), Text(), signs)
    if screen.simple:
        first: RenderableType = Group(Text(text.emergency_heading.upper()), body)
    else:
        first = Panel(
            body, title=text.emergency_heading, title_align="left", border_style="fare", expand=False
        )
    # Brief, so that «Ring 113 nå» is still on a 24-line screen when the numbers are printed.
    urgent = [line for line in content.help_lines if line.urgent]
    numbers = Group(Text(text.emergency_numbers, style="deltittel"), screen.help_grid(urgent, brief=True))
    screen.console.print()
    screen.page([first, numbers, paragraph(text.emergency_after)], pager=False)


def result(
    screen: Screen,
    content: Content,
    text: ScreeningText,
    result: Result,
    person: Person,
    *,
    recap: bool = False,
) -> None:
    """The count, what it means for this person, why it is no diagnosis, and what to do next.

    With `recap` (the end of the questions in a terminal), a short «Kort sagt» comes last, so
    that the count and its meaning are on screen however far the page has scrolled.
    """
    view = result_view(text, result, person)
    items: list[RenderableType] = [screen.heading(view.heading), *(paragraph(p) for p in view.meaning)]
    for title, labels in ((text.yes_list, view.yes), (text.unknown_list, view.unknown)):
        if labels:
            items.append(
                Group(Text(title, style="deltittel"), screen.bullets(Text(label) for label in labels))
            )
    items.append(Group(paragraph(text.not_diagnosis, "lead"), paragraph(text.source_note)))
    by_id = {line.id: line for line in content.help_lines}
    numbers = Group(
        screen.help_grid((by_id[i] for i in view.help_lines), indent=2), paragraph(text.help_after, indent=2)
    )
    steps = [rich_text(step) for step in (*view.next_steps, view.help_intro)]
    items.append(
        Group(
            Text(text.next_heading, style="deltittel"),
            screen.bullets(steps),
            numbers,
        )
    )
    if recap:
        items.append(_recap(screen, text, view))
    items.append(Text(text.emergency_line, style="" if screen.simple else "fare"))
    items.append(Text(text.not_stored, style="dempet"))
    screen.page(items, pager=not recap)


def _recap(screen: Screen, text: ScreeningText, view: ResultView) -> RenderableType:
    body = Group(
        paragraph(view.heading + ".", "lead"), paragraph(view.short), paragraph(text.recap_more, "dempet")
    )
    if screen.simple:
        return Group(Text(text.recap_heading, style="deltittel"), body)
    from rich.panel import Panel

    return Panel(body, title=text.recap_heading, title_align="left", border_style="tittel", expand=False)
