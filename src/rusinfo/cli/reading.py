"""Reading the article: `vis`, `stoff`, `akutt` and `kilder`, on screen, as JSON or as a file."""

from typing import Annotated

import typer

from rusinfo import commands, completion
from rusinfo.cli.app import app
from rusinfo.cli.shared import (
    FileOption,
    JsonOption,
    OverwriteOption,
    check_file_options,
    json_out,
    save,
    save_card,
    screen,
)
from rusinfo.content import load
from rusinfo.errors import BadUsage
from rusinfo.norsk import NorwegianCommand


@app.command(cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["vis"]))
def vis(
    ctx: typer.Context,
    seksjon: Annotated[
        str | None,
        typer.Argument(
            metavar="SEKSJON",
            help="Seksjonen du vil lese, eller «alle». Uten: listen over seksjoner.",
            autocompletion=completion.sections,
        ),
    ] = None,
    json: JsonOption = False,
    fil: FileOption = None,
    overskriv: OverwriteOption = False,
) -> None:
    """Vis en seksjon av artikkelen, hele artikkelen eller listen over seksjoner."""
    from rusinfo import lookup

    check_file_options(fil, overskriv, json, "en seksjon eller «alle»" if seksjon is None else "")
    content = load()
    section = None if seksjon is None else lookup.find_section(content, seksjon)
    if fil is not None:
        from rusinfo import handouts

        document = handouts.article(content) if section is None else handouts.section(content, section)
        return save(fil, overskriv, document)
    if json:
        from rusinfo import serialize

        if seksjon is None:
            return json_out(serialize.section_index(content))
        sections = content.sections if section is None else (section,)
        data = [serialize.section(s) for s in sections]
        return json_out(data if section is None else data[0])
    from rusinfo.render import article

    if seksjon is None:
        return article.section_list(screen(ctx), content)
    if section is None:
        return article.article(screen(ctx), content)
    article.section(screen(ctx), content, section)


@app.command(cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["stoff"]))
def stoff(
    ctx: typer.Context,
    navn: Annotated[
        str | None,
        typer.Argument(
            metavar="STOFF",
            help="En stoffklasse eller et stoffnavn, som «opioider» eller «heroin».",
            autocompletion=completion.substances,
        ),
    ] = None,
    json: JsonOption = False,
    fil: FileOption = None,
    overskriv: OverwriteOption = False,
) -> None:
    """Vis tegn på bruk for en stoffklasse, eller listen over stoffklasser."""
    from rusinfo import lookup

    check_file_options(fil, overskriv, json, "en stoffklasse eller et stoff" if navn is None else "")
    content = load()
    match = None if navn is None else lookup.find_substance(content, navn)
    if fil is not None and match is not None:
        from rusinfo import handouts

        return save(fil, overskriv, handouts.substance(content, match.substance))
    if json:
        from rusinfo import serialize

        if match is None:
            return json_out(serialize.substance_index(content))
        return json_out(serialize.substance(match.substance))
    from rusinfo.render import article

    if match is None:
        return article.substance_list(screen(ctx), content)
    article.substance(screen(ctx), content, match.substance, match.drug_name)


@app.command(cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["akutt"]))
def akutt(
    ctx: typer.Context,
    json: JsonOption = False,
    fil: FileOption = None,
    overskriv: OverwriteOption = False,
    kort: Annotated[
        bool,
        typer.Option(
            "--kort",
            help="Lag et lommekort med førstehjelp ved overdose i stedet for siden, sammen med "
            "--fil kort.html. Skriv det ut i 100 % størrelse (ikke «Tilpass til siden»): "
            "det er 85 × 54 mm, som et bankkort, med forside og bakside.",
        ),
    ] = False,
) -> None:
    """Når du bør ringe 113, førstehjelp ved overdose, og hvem du kan ringe."""
    from rusinfo import dates

    if kort and fil is None:
        raise BadUsage(
            "--kort lager et kort for utskrift: bruk det sammen med --fil, for eksempel --fil kort.html."
        )
    check_file_options(fil, overskriv, json, "")
    if fil is not None:
        from rusinfo import handouts

        if kort:
            return save_card(fil, overskriv, handouts.card(load()))
        return save(fil, overskriv, handouts.emergency(load()))
    if json:
        from rusinfo import serialize

        return json_out(serialize.emergency(load(), dates.today()))
    from rusinfo.render import overview as page

    page.emergency(screen(ctx), load(), dates.today())


@app.command(cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["kilder"]))
def kilder(
    ctx: typer.Context, json: JsonOption = False, fil: FileOption = None, overskriv: OverwriteOption = False
) -> None:
    """Kildene teksten bygger på, og når de sist ble kontrollert."""
    check_file_options(fil, overskriv, json, "")
    if fil is not None:
        from rusinfo import handouts

        return save(fil, overskriv, handouts.sources(load()))
    if json:
        from rusinfo import serialize

        return json_out(serialize.sources(load()))
    from rusinfo.render import overview as page

    page.sources(screen(ctx), load())
