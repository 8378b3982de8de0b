"""The Typer app with rusinfo's Norwegian classes, and the root: options for the whole run, and
the overview when no command is given."""

from typing import Annotated

import typer

from rusinfo import __version__, commands
from rusinfo.cli.shared import screen
from rusinfo.content import load
from rusinfo.norsk import NorwegianGroup
from rusinfo.options import Options

app = typer.Typer(
    name="rusinfo",
    cls=NorwegianGroup,
    help="Norsk oppslagsverk og selvtest om narkotikaavhengighet. Virker uten nett og lagrer ingenting.",
    context_settings={"help_option_names": ["-h", "--help"]},
    options_metavar="[VALG]",
    subcommand_metavar="KOMMANDO [ARGUMENTER]...",
    epilog=commands.examples(tuple(lines[0] for lines in commands.EXAMPLES.values())),
    rich_markup_mode=None,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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
    enkel: Annotated[
        bool,
        typer.Option(
            "--enkel",
            help="Enkel visning for skjermleser og leselist: uten rammer, pynt og farger. "
            "Slås også på av miljøvariabelen ACCESSIBLE.",
        ),
    ] = False,
    ikke_bla: Annotated[
        bool,
        typer.Option(
            "--ikke-bla",
            help="Skriv lange sider rett i terminalen i stedet for å bla i dem side for side (som PAGER=cat).",
        ),
    ] = False,
) -> None:
    """Norsk oppslagsverk og selvtest om narkotikaavhengighet."""
    ctx.obj = Options.from_environment(simple=enkel, pager=not ikke_bla)
    if ctx.invoked_subcommand is None:
        from rusinfo.render import overview as page

        page.overview(screen(ctx), load(), __version__)
