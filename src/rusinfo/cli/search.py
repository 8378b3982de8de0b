"""`rusinfo søk`: search everything the tool holds."""

from typing import Annotated

import typer

from rusinfo import commands
from rusinfo.cli.app import app
from rusinfo.cli.shared import (
    JsonOption,
    json_out,
    options,
    screen,
)
from rusinfo.content import load
from rusinfo.norsk import NorwegianCommand


@app.command("søk", cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["søk"]))
def sok(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(metavar="ORD", help="Ett eller flere ord. Alle må stå i samme avsnitt eller punkt."),
    ],
    json: JsonOption = False,
) -> None:
    """Søk etter ord i alt innholdet.

    Søker i artikkelen, stoffklassene, kriteriene, sjekklisten til legetimen og akuttsiden.
    Ordene kan stå i en annen form («overdoser» finner «overdosen»), og småord som «hva» og
    «er» hoppes over, så du kan søke med et spørsmål. Store og små bokstaver er likt, a, o og
    ae finner å, ø og æ, og «kramp» finner «kramper».
    """
    from rusinfo import search

    result = search.search(load(), words)
    if json:
        from rusinfo import serialize

        json_out(serialize.search_hits(result))
    if result.groups and not json:
        from rusinfo.render import search as page

        page.results(screen(ctx), result, " ".join(words))
    if not result.groups:
        from rusinfo.render import search as page

        page.no_hits(options(ctx), " ".join(words), result)
        raise typer.Exit(1)


app.command("sok", hidden=True, cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["søk"]))(sok)
