"""`rusinfo time`: the appointment checklist on screen, on paper, in a file or as JSON."""

import sys
from typing import Annotated

import typer

from rusinfo import commands
from rusinfo.cli.app import app
from rusinfo.cli.shared import (
    JsonOption,
    check_file_options,
    json_out,
    save,
    screen,
)
from rusinfo.content import load
from rusinfo.errors import BadUsage
from rusinfo.norsk import NorwegianCommand


@app.command(name="time", cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["time"]))
def appointment(
    ctx: typer.Context,
    skriv_ut: Annotated[
        bool,
        typer.Option(
            "--skriv-ut", help="Skriv sjekklisten som ren tekst for skriveren: rusinfo time --skriv-ut | lp"
        ),
    ] = False,
    fil: Annotated[
        str | None,
        typer.Option(
            "--fil",
            metavar="STI",
            help="Lagre sjekklisten i en fil. Filtypen bestemmer formatet: .txt, .md eller .html. "
            "Med «-» som navn kommer den som ren tekst på standard utdata.",
        ),
    ] = None,
    overskriv: Annotated[
        bool, typer.Option("--overskriv", help="Erstatt filen hvis den finnes fra før.")
    ] = False,
    json: JsonOption = False,
) -> None:
    """Sjekkliste til legetimen: hva du kan gjøre før, hva du kan spørre om, og hva legen kan spørre om."""
    from rusinfo import checklist, dates

    # --json is refused with --skriv-ut as well as with --fil, so it is checked here, not there.
    check_file_options(fil, overskriv, json=False, needs="")
    if json and (skriv_ut or fil is not None):
        raise BadUsage("--json kan ikke brukes sammen med --skriv-ut eller --fil.")
    if fil == "-" and (skriv_ut or overskriv):
        raise BadUsage(
            "--fil - skriver sjekklisten på standard utdata; bruk den uten --skriv-ut og --overskriv."
        )
    content = load()
    items = checklist.build(content)
    day = dates.today()
    if json:
        from rusinfo import serialize

        return json_out(serialize.checklist(items))
    if fil is not None:
        save(fil, overskriv, checklist.document(items), "Sjekklisten er lagret i {sti}.")
    if skriv_ut:
        sys.stdout.write(checklist.print_text(items, day))
    elif fil is None:
        from rusinfo.render import checklist as page

        page.checklist(screen(ctx), content, items)
