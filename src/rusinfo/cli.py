"""The command line: parses arguments, asks the domain modules, hands the answer to rendering.

Errors the user can put right are raised by the domain as `UserError` and shown once by the
app class (norsk.py). The run's display options travel in the Typer context (`ctx.obj`).
"""

import os
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from rusinfo import __version__, commands, completion
from rusinfo.content import CRITERIA_LIST, load
from rusinfo.errors import BadUsage, NoTerminal
from rusinfo.norsk import NorwegianCommand, NorwegianGroup
from rusinfo.options import Options

if TYPE_CHECKING:
    from rusinfo.document import Card, Document
    from rusinfo.render.screen import Screen

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

        page.overview(_screen(ctx), load(), __version__)


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

    _check_file_options(fil, overskriv, json, "en seksjon eller «alle»" if seksjon is None else "")
    content = load()
    section = None if seksjon is None else lookup.find_section(content, seksjon)
    if fil is not None:
        from rusinfo import handouts

        document = handouts.article(content) if section is None else handouts.section(content, section)
        return _save(fil, overskriv, document)
    if json:
        from rusinfo import serialize

        if seksjon is None:
            return _json(serialize.section_index(content))
        sections = content.sections if section is None else (section,)
        data = [serialize.section(s) for s in sections]
        return _json(data if section is None else data[0])
    from rusinfo.render import article

    if seksjon is None:
        return article.section_list(_screen(ctx), content)
    if section is None:
        return article.article(_screen(ctx), content)
    article.section(_screen(ctx), content, section)


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

    _check_file_options(fil, overskriv, json, "en stoffklasse eller et stoff" if navn is None else "")
    content = load()
    match = None if navn is None else lookup.find_substance(content, navn)
    if fil is not None and match is not None:
        from rusinfo import handouts

        return _save(fil, overskriv, handouts.substance(content, match.substance))
    if json:
        from rusinfo import serialize

        if match is None:
            return _json(serialize.substance_index(content))
        return _json(serialize.substance(match.substance))
    from rusinfo.render import article

    if match is None:
        return article.substance_list(_screen(ctx), content)
    article.substance(_screen(ctx), content, match.substance, match.drug_name)


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
    _check_file_options(fil, overskriv, json, "")
    if fil is not None:
        from rusinfo import handouts

        if kort:
            return _save_card(fil, overskriv, handouts.card(load()))
        return _save(fil, overskriv, handouts.emergency(load()))
    if json:
        from rusinfo import serialize

        return _json(serialize.emergency(load(), dates.today()))
    from rusinfo.render import overview as page

    page.emergency(_screen(ctx), load(), dates.today())


@app.command(cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["kilder"]))
def kilder(
    ctx: typer.Context, json: JsonOption = False, fil: FileOption = None, overskriv: OverwriteOption = False
) -> None:
    """Kildene teksten bygger på, og når de sist ble kontrollert."""
    _check_file_options(fil, overskriv, json, "")
    if fil is not None:
        from rusinfo import handouts

        return _save(fil, overskriv, handouts.sources(load()))
    if json:
        from rusinfo import serialize

        return _json(serialize.sources(load()))
    from rusinfo.render import overview as page

    page.sources(_screen(ctx), load())


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

    if overskriv and fil is None:
        raise BadUsage("--overskriv brukes bare sammen med --fil STI.")
    if json and (skriv_ut or fil is not None):
        raise BadUsage("--json kan ikke brukes sammen med --skriv-ut eller --fil.")
    if fil == "-":
        if skriv_ut or overskriv:
            raise BadUsage(
                "--fil - skriver sjekklisten på standard utdata; bruk den uten --skriv-ut og --overskriv."
            )
        fil, skriv_ut = None, True
    content = load()
    items = checklist.build(content)
    day = dates.today()
    if json:
        from rusinfo import serialize

        return _json(serialize.checklist(items))
    if fil is not None:
        _save(fil, overskriv, checklist.document(items), "Sjekklisten er lagret i {sti}.")
    if skriv_ut:
        sys.stdout.write(checklist.print_text(items, day))
    elif fil is None:
        from rusinfo.render import checklist as page

        page.checklist(_screen(ctx), content, items)


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
        from rusinfo.render import screen
        from rusinfo.render import screening as page

        scr = _screen(ctx)
        plain = scr.simple or os.environ.get("TERM") == "dumb"
        try:
            done = interview.run(content, text, scr, plain=plain, person=person if for_annen else None)
        except (KeyboardInterrupt, EOFError):
            screen.notice(text.interrupted)
            raise typer.Exit(130) from None
        if done.emergency:
            return page.emergency(scr, content, text, done.person)
        answers, person = done.answers, done.person
    result = screening.score(criteria, answers)
    if json:
        from rusinfo import serialize

        return _json(serialize.screening(result))
    from rusinfo.render import screening as page

    page.result(_screen(ctx), content, text, result, person, recap=svar is None)


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

        _json(serialize.search_hits(result))
    if result.groups and not json:
        from rusinfo.render import search as page

        page.results(_screen(ctx), result, " ".join(words))
    if not result.groups:
        from rusinfo.render import search as page

        page.no_hits(_options(ctx), " ".join(words), result)
        raise typer.Exit(1)


app.command("sok", hidden=True, cls=NorwegianCommand, epilog=commands.examples(commands.EXAMPLES["søk"]))(sok)


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


def _options(ctx: typer.Context) -> Options:
    return ctx.obj if isinstance(ctx.obj, Options) else Options.from_environment()


def _screen(ctx: typer.Context) -> "Screen":
    from rusinfo.render.screen import Screen

    return Screen.create(_options(ctx))


def _check_file_options(fil: str | None, overskriv: bool, json: bool, needs: str) -> None:
    """`--fil` goes with a page, not with a list of pages nor with `--json`; `--overskriv` with `--fil`."""
    if overskriv and fil is None:
        raise BadUsage("--overskriv brukes bare sammen med --fil STI.")
    if fil is not None and json:
        raise BadUsage("--json og --fil kan ikke brukes sammen.")
    if fil is not None and needs:
        raise BadUsage(f"--fil lagrer én side: velg {needs}.")


def _save(fil: str, overskriv: bool, document: "Document", saved: str = "Siden er lagret i {sti}.") -> None:
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


def _save_card(fil: str, overskriv: bool, card: "Card") -> None:
    from rusinfo import export
    from rusinfo.names import printable

    if fil == "-":
        from rusinfo.export import card as card_page

        sys.stdout.write(card_page.write(card))
        return
    path = export.save_card(fil, card, overwrite=overskriv)
    typer.echo(f"Kortet er lagret i {printable(str(path), 200)}. Skriv det ut i 100 % størrelse.", err=True)


def _json(data: Any) -> None:
    from rusinfo.serialize import dump

    dump(data)


def main() -> None:
    """Entry point for the `rusinfo` script and `python -m rusinfo`."""
    from rusinfo import terminal

    terminal.exit_quietly_on_ctrl_c()
    # One name in usage lines, whether started as `rusinfo` or `python -m rusinfo`.
    app(args=terminal.arguments(), prog_name="rusinfo")
