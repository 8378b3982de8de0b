"""The article data: complete, in order, and checked strictly when loaded."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from helpers import copy_data
from rusinfo.content import BulletList, ContentError, Paragraph, load, load_from

# The article's lists and how many bullets each has in the source text.
SOURCE_LISTS = {
    "atferd": 8,
    "tenaringer": 5,
    "cannabis": 9,
    "benzodiazepiner": 8,
    "sentralstimulerende": 11,
    "klubbdroger": 9,
    "lsd": 7,
    "pcp": 7,
    "opioider": 7,
    "bestill-time": 3,
    "akutt": 6,
    "arsaker": 2,
    "risikofaktorer": 7,
    "komplikasjoner": 10,
    "forberedelser": 4,
    "sporsmal-til-legen": 5,
    "legens-sporsmal": 6,
    "kriterier": 7,
    "behandling": 3,
    "avrusning": 3,
    "mestring": 3,
    "barn": 4,
    "tilbakefall": 3,
}


def test_every_list_of_the_article_has_its_bullets() -> None:
    content = load()
    counts = {block.id: len(block.items) for block in content.all_lists()}
    assert {list_id: counts.get(list_id) for list_id in SOURCE_LISTS} == SOURCE_LISTS
    assert sum(SOURCE_LISTS.values()) == 137


def test_the_lsd_after_effects_moved_out_of_the_signs_of_use_but_are_kept() -> None:
    # Flashbacks and lasting changes in perception are not signs that someone uses LSD: they
    # stand in their own list, and the signs list got large pupils and panic instead.
    content = load()
    signs = " ".join(b.text for b in content.bullet_list("lsd").items)
    after = " ".join(b.text for b in content.bullet_list("lsd-ettervirkninger").items)
    assert "flashbacks" in after
    assert "varige endringer i sansingen" in after
    assert "flashbacks" not in signs
    assert "store pupiller" in signs


def test_sections_follow_the_article_order() -> None:
    ids = [s.id for s in load().sections]
    assert ids == [
        "definisjon",
        "symptomer",
        "lege",
        "overdose",
        "årsaker",
        "risikofaktorer",
        "komplikasjoner",
        "time",
        "diagnose",
        "veien-til-behandling",
        "behandling",
        "mestring",
        "pårørende",
        "unge",
        "forebygging",
    ]


def test_substance_classes_follow_the_article_order() -> None:
    ids = [c.id for c in load().substances]
    assert ids == [
        "cannabis",
        "benzodiazepiner",
        "sentralstimulerende",
        "klubbdroger",
        "hallusinogener",
        "sniffestoffer",
        "opioider",
    ]


def test_inhalants_have_text_and_no_list() -> None:
    inhalants = load().substance("sniffestoffer")
    blocks = [b for p in inhalants.parts for b in p.blocks]
    assert blocks
    assert all(isinstance(b, Paragraph) for b in blocks)


def test_withdrawal_references_point_at_the_article() -> None:
    content = load()
    withdrawal = content.bullet_list("avrusning").items
    assert content.substance("opioider").withdrawal == (withdrawal[2],)
    assert content.substance("benzodiazepiner").withdrawal == (withdrawal[0],)
    assert content.substance("sentralstimulerende").withdrawal == (withdrawal[1],)


def test_web_debris_is_left_out() -> None:
    content = load()
    texts = [b.text for lst in content.all_lists() for b in lst.items]
    texts += [b.text for s in content.sections for p in s.parts for b in p.blocks if isinstance(b, Paragraph)]
    joined = "\n".join(texts)
    assert "Se også" not in joined
    assert "Erkjennelsen" not in joined
    assert "telefonkatalog" not in joined


def test_the_help_line_sentence_is_its_own_paragraph() -> None:
    doctor = load().section("lege")
    bullets = doctor.parts[0].blocks[1]
    assert isinstance(bullets, BulletList)
    assert not any("RUSinfo" in b.text for b in bullets.items)
    assert any(isinstance(b, Paragraph) and "RUSinfo" in b.text for b in doctor.parts[0].blocks)


def test_dsm_publisher_is_corrected() -> None:
    text = " ".join(
        b.text for p in load().section("diagnose").parts for b in p.blocks if isinstance(b, Paragraph)
    )
    assert "American Psychiatric Association" in text
    assert "European" not in text


def test_help_lines_carry_the_numbers_and_each_its_check_date_and_source() -> None:
    content = load()
    numbers = {h.id: h.number for h in content.help_lines}
    assert numbers["113"] == "113"
    assert numbers["legevakt"] == "116 117"
    assert numbers["giftinformasjonen"] == "22 59 13 00"
    assert numbers["rusinfo"] == "915 08 588"
    sources = {s.id for s in content.sources}
    for line in content.help_lines:
        assert type(line.checked) is datetime.date
        assert line.source in sources
    assert content.help_lines_checked() == max(h.checked for h in content.help_lines)


def test_every_source_has_an_address_a_purpose_and_a_check_date() -> None:
    content = load()
    assert len(content.sources) >= 20
    for source in content.sources:
        assert source.url.startswith("https://")
        assert source.supports
        assert type(source.checked) is datetime.date
        assert source.checked <= content.about.checked
    assert type(content.about.checked) is datetime.date


# --- a broken data file fails loudly, naming the file and the key ---------------------


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    return copy_data(tmp_path)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_copy_loads_as_the_original(data_copy: Path) -> None:
    assert load_from(data_copy) == load()


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("artikkel.toml", 'id = "symptomer"\n', 'id = "definisjon"\n', "«definisjon» finnes mer enn én gang"),
        ("artikkel.toml", 'tittel = "Årsaker"\n', "", "seksjon[4] (årsaker): mangler nøkkelen «tittel»"),
        (
            "artikkel.toml",
            'tittel = "Årsaker"\n',
            'tittel = "Årsaker"\nfarge = "rød"\n',
            "ukjent nøkkel «farge»",
        ),
        (
            "artikkel.toml",
            'tittel = "Årsaker"\n',
            'tittel = "  "\n',
            "seksjon[4] (årsaker).tittel: tom tekst",
        ),
        (
            "stoffer.toml",
            'avrusning = ["avrusning-opioider"]',
            'avrusning = ["finnes-ikke"]',
            "ukjent punkt-id «finnes-ikke»",
        ),
        (
            "stoffer.toml",
            '"oksykodon", "oxycodon"',
            '"oksykodon", "kokain"',
            "«kokain» finnes mer enn én gang",
        ),
        (
            "hjelp.toml",
            'kilde = "helsenorge-113"\nkontrollert = 2026-11-28\n',
            'kilde = "helsenorge-113"\n',
            "hjelp.toml: gruppe[0].nummer[0] (113): mangler nøkkelen «kontrollert»",
        ),
        (
            "hjelp.toml",
            'kilde = "helsenorge-113"\nkontrollert = 2026-11-28\n',
            'kilde = "helsenorge-113"\nkontrollert = "28.11.2026"\n',
            "gruppe[0].nummer[0] (113).kontrollert: feil type, forventet date",
        ),
        (
            "hjelp.toml",
            'kilde = "helsenorge-113"\n',
            'kilde = "finnes-ikke"\n',
            "ingen kilde i kilder.toml har id «finnes-ikke»",
        ),
        (
            "kilder.toml",
            "sist-kontrollert = 2026-11-28\n",
            "sist-kontrollert = 2026-11-28T12:00:00\n",
            "kilder.toml: sist-kontrollert: forventet en dato uten klokkeslett",
        ),
        (
            "kilder.toml",
            'adresse = "https://www.helsenorge.no/nn/forstehjelp/ring-113/"',
            'adresse = "www.helsenorge.no"',
            "kilder.toml: kilde[1] (helsenorge-113).adresse: må begynne med https://",
        ),
        (
            "artikkel.toml",
            'liste = "akutt"',
            'liste = "akutte-tegn"',
            "artikkel.toml: mangler listen «akutt», som programmet viser",
        ),
        (
            "stoffer.toml",
            'lister = ["overdose-tegn", "forstehjelp", "nalokson"]',
            'lister = ["overdose-tegn", "finnes-ikke"]',
            "ingen liste i artikkel.toml har id «finnes-ikke»",
        ),
        ("kilder.toml", "utgiver = ", "utgiver = [", "kilder.toml: ugyldig TOML"),
        # --- the names outside the tool (stoffer.toml's [[utenfor]]) ---
        (
            "stoffer.toml",
            'kilde = "nhi-alkohol"\n',
            'kilde = "finnes-ikke"\n',
            "stoffer.toml: utenfor[0] (alkohol).kilde: ingen kilde i kilder.toml har id «finnes-ikke»",
        ),
        (
            "stoffer.toml",
            'kilde = "nhi-alkohol"\n',
            "",
            "stoffer.toml: utenfor[0] (alkohol): mangler nøkkelen «kilde»",
        ),
        (
            "stoffer.toml",
            'kilde = "nhi-alkohol"\n',
            'kilde = "nhi-alkohol"\nlenke = "https://example.org"\n',
            "stoffer.toml: utenfor[0] (alkohol): ukjent nøkkel «lenke»",
        ),
        (
            "stoffer.toml",
            'navn = ["alkohol", ',
            'navn = ["alkohol", "heroin", ',
            "stoffer.toml: utenfor[0] (alkohol).navn: «heroin» er også navnet på en stoffklasse eller et stoff",
        ),
        (
            "stoffer.toml",
            'navn = ["alkohol", ',
            'navn = ["alkohol", "hero", ',
            "utenfor[0] (alkohol).navn: «hero» er begynnelsen på «heroin» og ville aldri bli funnet",
        ),
        (
            "stoffer.toml",
            '  "tobakk", "nikotin",',
            '  "tobakk", "vin", "nikotin",',
            "stoffer.toml: navn i utenfor «vin» finnes mer enn én gang",
        ),
        (
            "stoffer.toml",
            'klasse = "hallusinogener"\nring',
            'klasse = "sopp"\nring',
            "utenfor[3] (fleinsopp).klasse: ingen stoffklasse har id «sopp»",
        ),
        (
            "stoffer.toml",
            'ring = "giftinformasjonen"\n',
            'ring = "na"\n',
            "utenfor[3] (fleinsopp).ring: ingen hjelpetelefon med nummer i hjelp.toml har id «na»",
        ),
        (
            "stoffer.toml",
            'tekst = """\nLystgass',
            'tekst = " "\nutkast = """\nLystgass',
            "stoffer.toml: utenfor[2] (lystgass).tekst: tom tekst",
        ),
    ],
)
def test_a_broken_file_names_the_file_and_the_key(
    data_copy: Path, file: str, old: str, new: str, message: str
) -> None:
    _edit(data_copy / file, old, new)
    with pytest.raises(ContentError) as error:
        load_from(data_copy)
    assert str(error.value).startswith(file)
    assert message in str(error.value)


def test_an_empty_bullet_is_refused(data_copy: Path) -> None:
    _edit(data_copy / "stoffer.toml", 'tekst = "røde øyne"', 'tekst = ""')
    with pytest.raises(ContentError, match=r"stoffer.toml: klasse\[0\] \(cannabis\).*tekst: tom tekst"):
        load_from(data_copy)
