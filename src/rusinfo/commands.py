"""The commands as a user types them: built here for the pages, search and completion alike."""

from __future__ import annotations

PROGRAM = "rusinfo"

SECTIONS = f"{PROGRAM} vis"
ARTICLE = f"{PROGRAM} vis alle"
SUBSTANCES = f"{PROGRAM} stoff"
SCREENING = f"{PROGRAM} sjekk"
CHECKLIST = f"{PROGRAM} time"
SEARCH = f"{PROGRAM} søk"
EMERGENCY = f"{PROGRAM} akutt"
SOURCES = f"{PROGRAM} kilder"
HELP = f"{PROGRAM} hjelp"

ORDER = ("vis", "stoff", "akutt", "kilder", "time", "sjekk", "søk", "hjelp", "fullføring")
"""The order `rusinfo -h` lists the commands in: reading first, then the tools, then help."""

EXAMPLES: dict[str, tuple[str, ...]] = {
    "vis": (f"{SECTIONS} symptomer", ARTICLE, SECTIONS),
    "stoff": (f"{SUBSTANCES} heroin", SUBSTANCES),
    "akutt": (EMERGENCY, f"{EMERGENCY} --enkel"),
    "kilder": (SOURCES, f"{SOURCES} --json"),
    "time": (CHECKLIST, f"{CHECKLIST} --skriv-ut | lp", f"{CHECKLIST} --fil sjekkliste.html"),
    "sjekk": (SCREENING, f"{SCREENING} --for-annen", f"{SCREENING} --svar - < svar.txt"),
    "søk": (f"{SEARCH} abstinenser", f"{SEARCH} nalokson --json"),
    "hjelp": (f"{HELP} sjekk",),
}
"""Example lines for each command's help, the first of each also in `rusinfo -h`."""


def examples(lines: tuple[str, ...]) -> str:
    """An «Eksempler» paragraph for Click's help, kept as written (Click's «\\b» marker)."""
    heading = "Eksempel:" if len(lines) == 1 else "Eksempler:"
    return "\b\n" + heading + "\n" + "\n".join("  " + line for line in lines)


def section(section_id: str) -> str:
    """The command that shows a section; the appointment checklist has a command of its own."""
    from rusinfo.content import CHECKLIST_SECTION  # content imports this module

    return CHECKLIST if section_id == CHECKLIST_SECTION else f"{SECTIONS} {section_id}"


def substance(class_id: str) -> str:
    return f"{SUBSTANCES} {class_id}"
