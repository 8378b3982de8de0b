"""`rusinfo hjelp` (the help, as `-h`) and `rusinfo fullføring` (the tab completion scripts)."""

from typing import Annotated

import typer

from rusinfo import commands, completion
from rusinfo.cli.app import app
from rusinfo.norsk import NorwegianCommand


@app.command("hjelp", cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["hjelp"]))
def hjelp(
    ctx: typer.Context,
    kommando: Annotated[
        str | None,
        typer.Argument(metavar="KOMMANDO", help="Kommandoen du vil ha hjelp til. Uten: hjelpen til rusinfo."),
    ] = None,
) -> None:
    """Vis hjelpen, som -h: til rusinfo, eller til én kommando."""
    root = ctx.find_root()
    group = root.command
    if kommando is None:
        return typer.echo(group.get_help(root))
    from rusinfo.errors import NotFound
    from rusinfo.names import printable, suggest

    assert isinstance(group, typer.core.TyperGroup)
    command = group.get_command(root, kommando)
    if command is None:
        visible = [name for name in group.list_commands(root) if not group.commands[name].hidden]
        raise NotFound(
            f"Ingen kommando heter «{printable(kommando, 40)}». Se alle med «{commands.HELP}».",
            suggest(kommando, visible),
        )
    with command.make_context(kommando, ["--help"], parent=root, resilient_parsing=True) as sub:
        typer.echo(command.get_help(sub))


@app.command("fullføring", epilog=completion.HOW_TO, cls=NorwegianCommand)
def fullforing(
    shell: Annotated[completion.Shell, typer.Argument(metavar="SKALL", help="bash, zsh eller fish.")],
) -> None:
    """Skriv ut skriptet for tab-fullføring i skallet ditt.

    Med fullføring fyller Tab-tasten ut kommandoer, seksjoner, stoffklasser og stoffnavn.
    """
    typer.echo(completion.script(shell))


app.command("fullforing", hidden=True, epilog=completion.HOW_TO, cls=NorwegianCommand)(fullforing)
completion.enable()
