"""A TOML table read strictly: every key expected, every text non-empty, errors naming file and key."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

T = TypeVar("T")

_REQUIRED = object()


class ContentError(Exception):
    """The content data is broken; the message names the file and the key."""


class Table:
    """One TOML table. Reading marks keys as used; `done` refuses the keys nobody asked for.

    The data itself is never changed, so a key can be read twice and in any order.
    """

    def __init__(self, data: Any, file: str, where: str = "", used: set[str] | None = None) -> None:
        if not isinstance(data, dict):
            raise ContentError(f"{file}: {where or 'toppnivå'}: forventet en tabell")
        self.data: dict[str, Any] = data
        self.file = file
        self.where = where
        self._used: set[str] = set() if used is None else used

    def named(self, ident: str) -> Table:
        """The same table, its errors naming it by `ident` too: «seksjon[3] (arsaker)»."""
        where = f"{self.where} ({ident})" if ident else self.where
        return Table(self.data, self.file, where, self._used)

    def key_path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def error(self, key: str, message: str) -> ContentError:
        """An error about `key` of this table, naming the file and the key."""
        return ContentError(f"{self.file}: {self.key_path(key)}: {message}")

    def has(self, key: str) -> bool:
        return key in self.data

    def is_table(self, key: str) -> bool:
        return isinstance(self.data.get(key), dict)

    def _get(self, key: str, kind: type[T], default: Any = _REQUIRED) -> T:
        if key not in self.data:
            if default is _REQUIRED:
                raise ContentError(f"{self.file}: {self.where or 'toppnivå'}: mangler nøkkelen «{key}»")
            return default  # type: ignore[no-any-return]
        self._used.add(key)
        value = self.data[key]
        if not isinstance(value, kind):
            raise self.error(key, f"feil type, forventet {kind.__name__}")
        return value

    def table(self, key: str) -> Table:
        """The table under `key`, read as strictly as this one."""
        return Table(self._get(key, dict), self.file, self.key_path(key))

    def tables(self, key: str) -> list[Table]:
        values = self._get(key, list, [])
        return [Table(v, self.file, f"{self.key_path(key)}[{i}]") for i, v in enumerate(values)]

    def text(self, key: str, *, optional: bool = False) -> str:
        if optional and key not in self.data:
            return ""
        value = self._get(key, str).strip()
        if not value:
            raise self.error(key, "tom tekst")
        return value

    def template(self, key: str, fields: frozenset[str] = frozenset()) -> str:
        """A text whose {placeholders} are all among `fields`; a stray brace fails too."""
        return self.placeholders(key, self.text(key), fields)

    def placeholders(self, key: str, value: str, fields: frozenset[str]) -> str:
        """`value`, read from `key`, if its {placeholders} are all among `fields`."""
        try:
            import string  # only texts with placeholders need it

            used = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as error:
            raise self.error(key, "ugyldig krøllparentes i teksten") from error
        for name in sorted(used - fields):
            raise self.error(key, f"ukjent plassholder «{{{name}}}»")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        values = self._get(key, list, [])
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise ContentError(f"{self.file}: {self.key_path(key)}[{i}]: tom tekst")
        return tuple(v.strip() for v in values)

    def flag(self, key: str) -> bool:
        return self._get(key, bool, False)

    def date(self, key: str) -> datetime.date:
        """A TOML date (2026-11-28, no quotes, no time of day)."""
        value = self._get(key, datetime.date)
        if isinstance(value, datetime.datetime):
            raise self.error(key, "forventet en dato uten klokkeslett")
        return value

    def done(self) -> None:
        """Refuse a key nobody read: a typo in the data must not be silently ignored."""
        unknown = sorted(set(self.data) - self._used)
        if unknown:
            raise ContentError(f"{self.file}: {self.where or 'toppnivå'}: ukjent nøkkel «{unknown[0]}»")


def read_table(directory: Traversable | Path, name: str) -> Table:
    """The top table of the TOML file `name` in `directory`."""
    import tomli  # tomllib's own code, compiled (pyproject.toml); `--help` does not need it

    try:
        data = tomli.loads(directory.joinpath(name).read_text(encoding="utf-8"))
    except tomli.TOMLDecodeError as error:
        raise ContentError(f"{name}: ugyldig TOML: {error}") from error
    return Table(data, name)
