"""The command line: parses arguments, asks the domain modules, hands the answer to rendering."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from rusinfo import __version__
from rusinfo.content import Content, load
from rusinfo.names import NoMatch, printable

if TYPE_CHECKING:
    from rusinfo.render import Renderer

app = typer.Typer(
    name="rusinfo",
    help="Norsk oppslagsverk og selvtest om narkotikaavhengighet. Virker uten nett og lagrer ingenting.",
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    add_completion=False,
    pretty_exceptions_enable=False,
)

JsonOption = Annotated[bool, typer.Option("--json", help="Skriv ut som JSON, for skript.")]


def fail(message: str, suggestions: tuple[str, ...] = ()) -> NoReturn:
    """Tell the user what was wrong, in Norwegian on stderr, and exit with code 2."""
    from rusinfo import render

    render.error(message, suggestions)
    raise typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rusinfo {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def overview(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Vis versjonen og avslutt."),
    ] = False,
) -> None:
    """Norsk oppslagsverk og selvtest om narkotikaavhengighet."""
    if ctx.invoked_subcommand is None:
        from rusinfo.render import Renderer

        Renderer.create().overview(load(), __version__)


def _content() -> Content:
    return load()


@app.command()
def vis(
    seksjon: Annotated[
        str | None,
        typer.Argument(
            metavar="SEKSJON", help="Seksjonen du vil lese, eller «alle». Uten: listen over seksjoner."
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Vis en seksjon av artikkelen, hele artikkelen eller listen over seksjoner."""
    from rusinfo import lookup, serialize

    content = _content()
    if seksjon is None:
        if json:
            return _json(serialize.section_index(content))
        return _renderer().section_list(content)
    try:
        section = lookup.find_section(content, seksjon)
    except NoMatch as no_match:
        fail(
            f"Fant ingen seksjon som heter «{printable(seksjon, 40)}». Se listen med «rusinfo vis».",
            no_match.suggestions,
        )
    if json:
        sections = content.sections if section is None else (section,)
        data = [serialize.section(s) for s in sections]
        return _json(data if section is None else data[0])
    if section is None:
        return _renderer().article(content)
    _renderer().section(content, section)


@app.command()
def stoff(
    navn: Annotated[
        str | None,
        typer.Argument(
            metavar="STOFF", help="En stoffklasse eller et stoffnavn, som «opioider» eller «heroin»."
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Vis tegn på bruk for en stoffklasse, eller listen over stoffklasser."""
    from rusinfo import lookup, serialize

    content = _content()
    if navn is None:
        if json:
            return _json(serialize.substance_index(content))
        return _renderer().substance_list(content)
    try:
        match = lookup.find_substance(content, navn)
    except NoMatch as no_match:
        fail(
            f"Fant ingen stoffklasse eller noe stoff som heter «{printable(navn, 40)}». Se listen med «rusinfo stoff».",
            no_match.suggestions,
        )
    if json:
        return _json(serialize.substance(match.substance))
    _renderer().substance(content, match.substance, match.drug_name)


@app.command()
def akutt(json: JsonOption = False) -> None:
    """Når du bør søke akutt hjelp, og hvem du kan ringe."""
    from rusinfo import serialize

    if json:
        return _json(serialize.emergency(_content()))
    _renderer().emergency(_content())


def _renderer() -> Renderer:
    from rusinfo.render import Renderer

    return Renderer.create()


def _json(data: Any) -> None:
    from rusinfo.serialize import dump

    dump(data)


def main() -> None:
    """Entry point for the `rusinfo` script and `python -m rusinfo`."""
    from rusinfo import terminal

    terminal.prepare()
    app()
