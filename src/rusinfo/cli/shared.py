"""What several commands share: their common options, the screen for the run, and the steps
that write a file or JSON."""

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from rusinfo.errors import BadUsage
from rusinfo.options import Options

if TYPE_CHECKING:
    from rusinfo.document import Card, Document
    from rusinfo.render.screen import Screen

JsonOption = Annotated[bool, typer.Option("--json", help="Skriv ut som JSON, for skript.")]
FileOption = Annotated[
    str | None,
    typer.Option(
        "--fil",
        metavar="STI",
        help="Lagre siden i en fil for å dele eller skrive den ut. Filtypen bestemmer formatet: "
        ".txt (ren tekst), .md (Markdown) eller .html (en nettside for utskrift på A4). "
        "Med «-» som navn kommer den som ren tekst på standard utdata.",
    ),
]
OverwriteOption = Annotated[bool, typer.Option("--overskriv", help="Erstatt filen hvis den finnes fra før.")]


def options(ctx: typer.Context) -> Options:
    return ctx.obj if isinstance(ctx.obj, Options) else Options.from_environment()


def screen(ctx: typer.Context) -> "Screen":
    from rusinfo.render.screen import Screen

    return Screen.create(options(ctx))


def check_file_options(fil: str | None, overskriv: bool, json: bool, needs: str) -> None:
    """`--fil` goes with a page, not with a list of pages nor with `--json`; `--overskriv` with `--fil`."""
    if overskriv and fil is None:
        raise BadUsage("--overskriv brukes bare sammen med --fil STI.")
    if fil is not None and json:
        raise BadUsage("--json og --fil kan ikke brukes sammen.")
    if fil is not None and needs:
        raise BadUsage(f"--fil lagrer én side: velg {needs}.")


def save(fil: str, overskriv: bool, document: "Document", saved: str = "Siden er lagret i {sti}.") -> None:
    """`--fil STI`: the page in a file, its format from the suffix; «-» is the print text on stdout."""
    from rusinfo import dates, export
    from rusinfo.names import printable

    day = dates.today()
    if fil == "-":
        from rusinfo.export import text

        sys.stdout.write(text.write(document, day))
        return
    path = export.save(fil, document, day, overwrite=overskriv)
    typer.echo(saved.format(sti=printable(str(path), 200)), err=True)


def save_card(fil: str, overskriv: bool, card: "Card") -> None:
    from rusinfo import export
    from rusinfo.names import printable

    if fil == "-":
        from rusinfo.export import card as card_page

        sys.stdout.write(card_page.write(card))
        return
    path = export.save_card(fil, card, overwrite=overskriv)
    typer.echo(f"Kortet er lagret i {printable(str(path), 200)}. Skriv det ut i 100 % størrelse.", err=True)


def json_out(data: Any) -> None:
    from rusinfo.serialize import dump

    dump(data)
