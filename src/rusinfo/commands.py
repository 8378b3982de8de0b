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


def section(section_id: str) -> str:
    """The command that shows a section; the appointment checklist has a command of its own."""
    from rusinfo.content import CHECKLIST_SECTION  # content imports this module

    return CHECKLIST if section_id == CHECKLIST_SECTION else f"{SECTIONS} {section_id}"


def substance(class_id: str) -> str:
    return f"{SUBSTANCES} {class_id}"
