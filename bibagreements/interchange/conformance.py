"""A quick yes-or-maybe check of a value against the published schema.

jsonschema takes about 1.3 ms per agreement, more than a whole bulk import
may. This compiles the few keywords the schema uses into plain functions. It
is stricter than jsonschema wherever that is simpler (an integer must be an
``int``, an object a plain ``dict``): a value it passes is valid, and one it
fails goes to jsonschema, which says what is wrong (reading.validate).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from bibagreements.interchange import SCHEMA_FILE
from bibagreements.paths import resource_path

Check = Callable[[Any], bool]

_IGNORED = {"$schema", "$id", "$defs", "title", "description", "contentEncoding"}  # annotations
_TYPES: dict[str, Check] = {
    "string": lambda v: type(v) is str,
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) in (int, float),
    "boolean": lambda v: type(v) is bool,
    "null": lambda v: v is None,
    "object": lambda v: type(v) is dict,
    "array": lambda v: type(v) is list,
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_OBJECT_KEYWORDS = {"type", "properties", "required", "additionalProperties"}
_DATE_KEYWORDS = {"type", "format", "pattern"}


def _is_date(value: str) -> bool:
    # As jsonschema's "date" format: the shape, and a real day.
    if not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _all(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]

    def every(v: Any) -> bool:
        for check in checks:  # noqa: SIM110 (a loop: all() of a generator costs twice as much)
            if not check(v):
                return False
        return True

    return every


def _any(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) or second(v)

    def some(v: Any) -> bool:
        for check in checks:  # noqa: SIM110 (as above)
            if check(v):
                return True
        return False

    return some


class _Compiler:
    def __init__(self, root: dict[str, Any]) -> None:
        self.defs: dict[str, dict[str, Any]] = root.get("$defs", {})
        self.compiled: dict[str, Check] = {}
        self.compiling: set[str] = set()

    def ref(self, target: str) -> Check:
        name = target.removeprefix("#/$defs/")
        if name not in self.defs:
            raise ValueError(f"unsupported reference {target}")
        if name in self.compiled:
            return self.compiled[name]
        if name in self.compiling:  # recursive (an organisation's parent): looked up each time
            return lambda v: self.compiled[name](v)
        self.compiling.add(name)
        self.compiled[name] = self.schema(self.defs[name])
        return self.compiled[name]

    def schema(self, schema: dict[str, Any]) -> Check:
        keys = set(schema) - _IGNORED
        if schema.get("type") == "object" and keys <= _OBJECT_KEYWORDS:
            return self.object(schema)
        if (
            schema.get("type") == "string"
            and schema.get("format") == "date"
            and keys <= _DATE_KEYWORDS
        ):
            # A date as _is_date sees it matches the schema's pattern too.
            return lambda v: type(v) is str and _is_date(v)
        checks: list[Check] = []
        for key, value in schema.items():
            if key in _IGNORED:
                continue
            checks.append(self.keyword(key, value, schema))
        return _all(checks)

    def keyword(self, key: str, value: Any, schema: dict[str, Any]) -> Check:
        if key == "$ref":
            return self.ref(value)
        if key == "type":
            return _any([_TYPES[t] for t in ([value] if isinstance(value, str) else value)])
        if key == "enum" and all(type(x) is str for x in value):
            allowed = frozenset(value)
            return lambda v: type(v) is str and v in allowed
        if key == "const" and type(value) in (str, int):
            kind = type(value)
            return lambda v: type(v) is kind and v == value
        if key == "anyOf":
            return _any([self.schema(branch) for branch in value])
        if key == "items":
            item = self.schema(value)

            def items(v: Any) -> bool:
                if type(v) is list:
                    for x in v:
                        if not item(x):
                            return False
                return True

            return items
        if key == "required":
            needed = tuple(value)
            return lambda v: type(v) is not dict or all(k in v for k in needed)
        if key == "properties":
            return self.properties(value, schema.get("additionalProperties", True))
        if key == "additionalProperties":
            if value is not False or "properties" not in schema:
                raise ValueError("unsupported additionalProperties")
            return lambda v: True  # checked with the properties
        if key in ("minimum", "maximum"):
            bound = value
            below = key == "minimum"

            def within(v: Any) -> bool:
                if type(v) not in (int, float):
                    return True
                return bool(v >= bound if below else v <= bound)

            return within
        if key in ("minLength", "maxLength"):
            length, shortest = value, key == "minLength"
            return lambda v: (
                type(v) is not str or (len(v) >= length if shortest else len(v) <= length)
            )
        if key in ("minItems", "maxItems"):
            count, fewest = value, key == "minItems"
            return lambda v: type(v) is not list or (len(v) >= count if fewest else len(v) <= count)
        if key == "pattern":
            search = re.compile(value).search  # as jsonschema: search, not a full match
            return lambda v: type(v) is not str or search(v) is not None
        if key == "format" and value == "date":
            return lambda v: type(v) is not str or _is_date(v)
        if key == "format":
            from jsonschema import Draft202012Validator

            checker = Draft202012Validator.FORMAT_CHECKER
            return lambda v: checker.conforms(v, value)
        raise ValueError(f"unsupported keyword {key}")

    def object(self, schema: dict[str, Any]) -> Check:
        """An object's type, required keys and properties in one function (the most used)."""
        by_key = {key: self.schema(sub) for key, sub in schema.get("properties", {}).items()}
        closed = schema.get("additionalProperties", True) is False
        needed = tuple(schema.get("required", ()))

        def check(v: Any) -> bool:
            if type(v) is not dict:
                return False
            for key in needed:
                if key not in v:
                    return False
            for key, item in v.items():
                sub = by_key.get(key)
                if sub is None:
                    if closed:
                        return False
                elif not sub(item):
                    return False
            return True

        return check

    def properties(self, properties: dict[str, Any], additional: Any) -> Check:
        by_key = {key: self.schema(sub) for key, sub in properties.items()}
        closed = additional is False

        def check(v: Any) -> bool:
            if type(v) is not dict:
                return True
            for key, item in v.items():
                sub = by_key.get(key)
                if sub is None:
                    if closed:
                        return False
                elif not sub(item):
                    return False
            return True

        return check


@cache
def _compiled(name: str) -> _Compiler:
    schema = json.loads(resource_path("schemas", name).read_text(encoding="utf-8"))
    compiler = _Compiler(schema)
    for name in compiler.defs:
        compiler.ref(f"#/$defs/{name}")
    compiler.compiled["<document>"] = compiler.schema(schema)
    return compiler


def conforms(value: Any, definition: str, schema: str = SCHEMA_FILE) -> bool:
    """Whether ``value`` surely matches ``#/$defs/definition`` of the schema (the newest).

    ``"<document>"``: the whole document (whose lists of agreements and
    organisations may be left empty, their items checked one by one as
    ``agreement`` and ``organisation``).
    """
    return _compiled(schema).compiled[definition](value)
