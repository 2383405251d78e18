"""JSON as the program writes it for people: the interchange files and ``--json`` output."""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

_CONSTANTS = {None: "null", True: "true", False: "false"}


def dumps(data: Any) -> str:
    """JSON as people read it: UTF-8 characters, not escapes."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def laid_out(value: Any, indent: str = "") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, byte for byte, each line after
    the first indented by ``indent`` too (to be placed inside a larger document).

    json's own indenting encoder is pure Python and generator-based; this one
    builds plain strings with the C string encoder and is about three times
    quicker for the dicts, lists, strings and numbers an export holds. Any other
    value (a str or int subclass, a float that is not finite, a key that is not
    a string) is laid out by json.dumps itself.
    """
    return _value(value, "\n" + indent)


def _value(value: Any, newline: str) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = newline + "  "
        if not all(type(key) is str for key in value):
            return _fallback(value, newline)
        items = (f"{encode_basestring(k)}: {_value(v, inner)}" for k, v in value.items())
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = newline + "  "
        return "[" + inner + ("," + inner).join(_value(v, inner) for v in value) + newline + "]"
    if kind is int:
        return int.__repr__(value)
    if value is None or kind is bool:
        return _CONSTANTS[value]
    if kind is float and value - value == 0.0:  # finite
        return float.__repr__(value)
    return _fallback(value, newline)


def _fallback(value: Any, newline: str) -> str:
    # JSON strings hold no line breaks: every one in the dump is the layout's.
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline)
