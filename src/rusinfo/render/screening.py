"""`rusinfo sjekk` on screen: the intro, the safety question's signs, the 113 screen, the result."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from rusinfo.content import EMERGENCY_LIST, Content
from rusinfo.render.screen import Screen, paragraph, rich_text
from rusinfo.screening import Person, Result
from rusinfo.screening_text import ScreeningText, result_view


def intro(screen: Screen, text: ScreeningText) -> None:
    screen.page([screen.heading(text.title), *(paragraph(p) for p in text.intro)])


def safety(screen: Screen, content: Content, text: ScreeningText) -> None:
    """The emergency signs, shown just before the question whether any of them is present now."""
    screen.console.print()
    signs = screen.list_group(content.bullet_list(EMERGENCY_LIST))
    screen.page([Group(Text(text.safety_heading, style="deltittel"), signs)])


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
    screen.page([first, numbers, paragraph(text.emergency_after)])


def result(screen: Screen, content: Content, text: ScreeningText, result: Result, person: Person) -> None:
    """The count, what it means for this person, why it is no diagnosis, and what to do next."""
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
    items.append(Text(text.emergency_line, style="" if screen.simple else "fare"))
    items.append(Text(text.not_stored, style="dempet"))
    screen.page(items)
