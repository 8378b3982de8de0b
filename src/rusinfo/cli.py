"""The command line: parses arguments, asks the domain modules, hands the answer to rendering."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from rusinfo import __version__, completion, norsk
from rusinfo.content import CRITERIA_LIST, load
from rusinfo.names import NoMatch, printable

if TYPE_CHECKING:
    from rusinfo.render import Renderer

norsk.apply()  # Typer's and Click's own words in Norwegian; see norsk.py for how and why.

app = typer.Typer(
    name="rusinfo",
    help="Norsk oppslagsverk og selvtest om narkotikaavhengighet. Virker uten nett og lagrer ingenting.",
    context_settings={"help_option_names": ["-h", "--help"]},
    options_metavar="[VALG]",
    subcommand_metavar="KOMMANDO [ARGUMENTER]...",
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


_run_options = {"enkel": False}
"""Choices of the root options that every command's rendering needs."""


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
) -> None:
    """Norsk oppslagsverk og selvtest om narkotikaavhengighet."""
    # The callback runs first on every call, so the mode is set afresh each time.
    _run_options["enkel"] = enkel
    if ctx.invoked_subcommand is None:
        _renderer().overview(load(), __version__)


@app.command()
def vis(
    seksjon: Annotated[
        str | None,
        typer.Argument(
            metavar="SEKSJON",
            help="Seksjonen du vil lese, eller «alle». Uten: listen over seksjoner.",
            autocompletion=completion.sections,
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Vis en seksjon av artikkelen, hele artikkelen eller listen over seksjoner."""
    from rusinfo import lookup, serialize

    content = load()
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
            metavar="STOFF",
            help="En stoffklasse eller et stoffnavn, som «opioider» eller «heroin».",
            autocompletion=completion.substances,
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Vis tegn på bruk for en stoffklasse, eller listen over stoffklasser."""
    from rusinfo import lookup, serialize

    content = load()
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
    """Når du bør ringe 113, førstehjelp ved overdose, og hvem du kan ringe."""
    from rusinfo import dates, serialize

    if json:
        return _json(serialize.emergency(load(), dates.today()))
    _renderer().emergency(load(), dates.today())


@app.command()
def kilder(json: JsonOption = False) -> None:
    """Kildene teksten bygger på, og når de sist ble kontrollert."""
    from rusinfo import serialize

    if json:
        return _json(serialize.sources(load()))
    _renderer().sources(load())


def _renderer() -> "Renderer":
    from rusinfo.render import Renderer

    return Renderer.create(simple=_run_options["enkel"])


def _json(data: Any) -> None:
    from rusinfo.serialize import dump

    dump(data)


def main() -> None:
    """Entry point for the `rusinfo` script and `python -m rusinfo`."""
    from rusinfo import terminal

    terminal.prepare()
    terminal.exit_quietly_on_ctrl_c()
    # One name in usage lines, whether started as `rusinfo` or `python -m rusinfo`.
    app(prog_name="rusinfo")


# --- rusinfo time: the appointment checklist -----------------------------------------------


@app.command(name="time")
def appointment(
    skriv_ut: Annotated[
        bool,
        typer.Option(
            "--skriv-ut", help="Skriv sjekklisten som ren tekst for skriveren: rusinfo time --skriv-ut | lp"
        ),
    ] = False,
    fil: Annotated[
        Path | None,
        typer.Option(
            "--fil",
            metavar="STI",
            help="Lagre sjekklisten i en fil. Filtypen bestemmer formatet: .txt, .md eller .html.",
        ),
    ] = None,
    overskriv: Annotated[
        bool, typer.Option("--overskriv", help="Erstatt filen hvis den finnes fra før.")
    ] = False,
) -> None:
    """Sjekkliste til legetimen: hva du kan gjøre før, hva du kan spørre om, og hva legen kan spørre om."""
    from rusinfo import checklist, dates

    if overskriv and fil is None:
        fail("--overskriv brukes bare sammen med --fil STI.")
    content = load()
    items = checklist.build(content)
    day = dates.today()
    if fil is not None:
        from rusinfo import export

        try:
            writer = export.for_path(fil)
        except export.UnknownFormat as unknown:
            fail(str(unknown))
        _save(fil, writer(items, day), overwrite=overskriv)
        typer.echo(f"Sjekklisten er lagret i {printable(str(fil), 200)}.", err=True)
    if skriv_ut:
        sys.stdout.write(checklist.print_text(items, day))
    elif fil is None:
        _renderer().checklist(content, items)


def _save(path: Path, text: str, *, overwrite: bool) -> None:
    """Write `text` to `path`; an existing file only with `overwrite`. Problems end in `fail`."""
    shown = printable(str(path), 80)
    try:
        # "x" refuses an existing file in the same call that creates it: no race between test and write.
        with path.expanduser().open("w" if overwrite else "x", encoding="utf-8", newline="\n") as file:
            file.write(text)
    except FileExistsError:
        if path.expanduser().is_dir():
            fail(
                f"«{shown}» er en mappe. Oppgi et filnavn, for eksempel {shown.rstrip('/')}/sjekkliste.html."
            )
        fail(f"Filen «{shown}» finnes allerede. Bruk --overskriv for å erstatte den.")
    except IsADirectoryError:
        fail(f"«{shown}» er en mappe. Oppgi et filnavn, for eksempel {shown.rstrip('/')}/sjekkliste.html.")
    except (FileNotFoundError, NotADirectoryError):
        folder = path.expanduser().parent
        if folder.exists() and not folder.is_dir():
            fail(f"«{printable(str(folder), 80)}» er en fil, ikke en mappe.")
        if not folder.is_dir():
            fail(f"Mappen «{printable(str(folder), 80)}» finnes ikke.")
        fail(f"Kunne ikke skrive filen «{shown}».")
    except PermissionError:
        fail(f"Du har ikke tilgang til å skrive «{shown}».")
    except OSError:
        fail(f"Kunne ikke skrive filen «{shown}».")


# --- rusinfo sjekk ---------------------------------------------------------------------


@app.command()
def sjekk(
    svar: Annotated[
        str | None,
        typer.Option(
            "--svar",
            metavar="SVAR",
            help="Svar uten spørsmål: ja, nei eller vet-ikke (j, n, v) for hvert av de sju kriteriene, "
            "skilt med komma og i samme rekkefølge som i «rusinfo vis diagnose».",
        ),
    ] = None,
    for_annen: Annotated[
        bool, typer.Option("--for-annen", help="Svar om en du er bekymret for, ikke om deg selv.")
    ] = False,
    json: JsonOption = False,
) -> None:
    """Gå gjennom kriteriene for avhengighet, for deg selv eller for en du er bekymret for."""
    from rusinfo import screening
    from rusinfo.screening import Person
    from rusinfo.screening_text import load_screening

    content, text = load(), load_screening()
    criteria = [item.id for item in content.bullet_list(CRITERIA_LIST).items]
    person = Person.OTHER if for_annen else Person.SELF
    example = ",".join(["ja", "nei", "vet-ikke"] + ["nei"] * (len(criteria) - 3))
    if svar is not None:
        try:
            answers = screening.parse_answers(svar, len(criteria))
        except screening.AnswerError as error:
            fail(str(error))
    elif json:
        fail(f"--json virker bare sammen med --svar, for eksempel:\n  rusinfo sjekk --svar {example} --json")
    elif not _has_terminal():
        fail(
            "«rusinfo sjekk» stiller spørsmål og må kjøres i et terminalvindu. Uten terminal kan du gi "
            "svarene direkte, ett for hvert kriterium i samme rekkefølge som i «rusinfo vis diagnose»:"
            f"\n  rusinfo sjekk --svar {example}"
        )
    else:
        from rusinfo import prompts, render

        try:
            done = prompts.interview(content, text, _renderer(), person if for_annen else None)
        except (KeyboardInterrupt, EOFError):
            render.notice(text.interrupted)
            raise typer.Exit(130) from None
        if done.emergency:
            return _renderer().screening_emergency(content, text, done.person)
        answers, person = done.answers, done.person
    result = screening.score(criteria, answers)
    if json:
        from rusinfo import serialize

        return _json(serialize.screening(result))
    _renderer().screening_result(content, text, result, person)


def _has_terminal() -> bool:
    """Whether questions can be asked: both stdin and stdout are terminals."""
    return sys.stdin.isatty() and sys.stdout.isatty()


# --- rusinfo søk: search everything; rusinfo fullføring: tab completion -------------------


@app.command("søk")
def sok(
    words: Annotated[
        list[str],
        typer.Argument(metavar="ORD", help="Ett eller flere ord. Alle må stå i samme avsnitt eller punkt."),
    ],
    json: JsonOption = False,
) -> None:
    """Søk etter ord i alt innholdet.

    Søker i artikkelen, stoffklassene, kriteriene, sjekklisten til legetimen og akuttsiden.
    Store og små bokstaver er likt, a, o og ae finner å, ø og æ, og «kramp» finner «kramper».
    """
    from rusinfo import search, serialize

    try:
        result = search.search(load(), words)
    except search.EmptyQuery:
        fail("Søket må ha minst én bokstav eller ett tall, for eksempel «rusinfo søk abstinenser».")
    if json:
        _json(serialize.search_hits(result))
    elif result.groups:
        _renderer().search_results(result, " ".join(words))
    if not result.groups:
        from rusinfo.render import no_hits

        no_hits(" ".join(words), result)
        raise typer.Exit(1)


app.command("sok", hidden=True)(sok)


@app.command("fullføring", epilog=completion.HOW_TO)
def fullforing(
    shell: Annotated[completion.Shell, typer.Argument(metavar="SKALL", help="bash, zsh eller fish.")],
) -> None:
    """Skriv ut skriptet for tab-fullføring i skallet ditt.

    Med fullføring fyller Tab-tasten ut kommandoer, seksjoner, stoffklasser og stoffnavn.
    """
    typer.echo(completion.script(shell))


app.command("fullforing", hidden=True, epilog=completion.HOW_TO)(fullforing)
completion.enable()
