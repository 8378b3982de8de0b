"""`rusinfo sjekk`: the criteria screening, asked in a terminal or answered with `--svar`."""

import os
from typing import Annotated

import typer

from rusinfo import commands
from rusinfo.cli.app import app
from rusinfo.cli.shared import JsonOption, json_out, screen
from rusinfo.content import CRITERIA_LIST, load
from rusinfo.errors import BadUsage, NoTerminal
from rusinfo.norsk import NorwegianCommand


@app.command(cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["sjekk"]))
def sjekk(
    ctx: typer.Context,
    svar: Annotated[
        str | None,
        typer.Option(
            "--svar",
            metavar="SVAR",
            help="Svar uten spørsmål: ja, nei eller vet-ikke (j, n, v) for hvert av de sju kriteriene, "
            "skilt med komma og i samme rekkefølge som i «rusinfo vis diagnose». Med «-» leses svarene "
            "fra standard inndata, så de ikke blir lagret i skallets historikk.",
        ),
    ] = None,
    for_annen: Annotated[
        bool, typer.Option("--for-annen", help="Svar om en du er bekymret for, ikke om deg selv.")
    ] = False,
    json: JsonOption = False,
) -> None:
    """Gå gjennom kriteriene for avhengighet, for deg selv eller for en du er bekymret for."""
    from rusinfo import screening, terminal
    from rusinfo.screening import Person
    from rusinfo.screening_text import load_screening

    content, text = load(), load_screening()
    criteria = [item.id for item in content.bullet_list(CRITERIA_LIST).items]
    person = Person.OTHER if for_annen else Person.SELF
    example = ",".join(["ja", "nei", "vet-ikke"] + ["nei"] * (len(criteria) - 3))
    if svar == "-":
        svar = terminal.read_answers(
            f"Skriv de {len(criteria)} svarene, skilt med komma, og avslutt med Ctrl+D:"
        )
        if not svar:
            raise BadUsage(
                f"Fikk ingen svar på standard inndata. For eksempel:\n  echo {example} | {commands.SCREENING} --svar -"
            )
    if svar is not None:
        answers = screening.parse_answers(svar, len(criteria))
    elif json:
        raise BadUsage(
            f"--json virker bare sammen med --svar, for eksempel:\n  {commands.SCREENING} --svar {example} --json"
        )
    elif not terminal.is_interactive():
        raise NoTerminal(
            f"«{commands.SCREENING}» stiller spørsmål og må kjøres i et terminalvindu. Uten terminal kan du "
            "gi svarene direkte, ett for hvert kriterium i samme rekkefølge som i «rusinfo vis diagnose»:"
            f"\n  {commands.SCREENING} --svar {example}"
        )
    else:
        from rusinfo import interview
        from rusinfo.render import screening as page
        from rusinfo.render.screen import notice

        scr = screen(ctx)
        plain = scr.simple or os.environ.get("TERM") == "dumb"
        try:
            done = interview.run(content, text, scr, plain=plain, person=person if for_annen else None)
        except (KeyboardInterrupt, EOFError):
            notice(text.interrupted)
            raise typer.Exit(130) from None
        if done.emergency:
            return page.emergency(scr, content, text, done.person)
        answers, person = done.answers, done.person
    result = screening.score(criteria, answers)
    if json:
        from rusinfo import serialize

        return json_out(serialize.screening(result))
    from rusinfo.render import screening as page

    page.result(screen(ctx), content, text, result, person, recap=svar is None)
