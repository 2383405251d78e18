"""The document model as JSON and back: how a frozen version keeps its text.

A signed version stores the document model each language built when it was
frozen; rendering that version later reads this JSON, never today's data or
today's phrases. The mapping follows the dataclasses' own fields and type
hints, so a field added to the model is carried without a change here (and an
older stored model reads with the field's default).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Union

from bibagreements.documents import model

# Blocks are tagged by class name: a Block is one of several classes.
_BLOCKS: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (
        model.Heading,
        model.Paragraph,
        model.BulletList,
        model.Table,
        model.SignatureBlocks,
        model.PageBreak,
    )
}
_TAG = "type"


_PLAIN = (str, int, float, bool, type(None))
# A converter per class, made when first met: an import freezes thousands of documents,
# and most values are plain (checked inline, without a call).
_CONVERTERS: dict[type[Any], Callable[[Any], Any]] = {}


def to_plain(value: Any) -> Any:
    """A model value as JSON-ready data (blocks carry their class under "type")."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    convert = _CONVERTERS.get(kind)
    if convert is None:
        convert = _CONVERTERS[kind] = _converter(value)
    return convert(value)


def _converter(value: Any) -> Callable[[Any], Any]:
    """How to convert values of ``value``'s class (the same for all of them)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _dataclass_converter(type(value))
    if isinstance(value, tuple | list):
        return _sequence
    if isinstance(value, datetime | date):
        return _isoformat
    return _same


def _dataclass_converter(cls: type[Any]) -> Callable[[Any], Any]:
    """A dict of the fields in order, after the class's name if it is a block."""
    fields = dataclasses.fields(cls)
    names = tuple(f.name for f in fields)
    # A field added later that is left out while None (Document.house_style).
    omitted = frozenset(f.name for f in fields if f.metadata.get("omit_none"))
    head = {_TAG: cls.__name__} if cls.__name__ in _BLOCKS else {}
    plain = _PLAIN

    def convert(value: Any) -> dict[str, Any]:
        data = dict(head)
        for name in names:
            item = getattr(value, name)
            if item is None and name in omitted:
                continue
            data[name] = item if type(item) in plain else to_plain(item)
        return data

    return convert


def _sequence(value: Any) -> list[Any]:
    plain = _PLAIN
    return [item if type(item) in plain else to_plain(item) for item in value]


def _isoformat(value: date) -> str:
    return value.isoformat()


def _same(value: Any) -> Any:
    return value


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, vars(model))
    return _HINTS[cls]


def _from(hint: Any, data: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = typing.get_args(hint)
        if data is None and type(None) in options:
            return None
        if all(_is_block(option) for option in options if option is not type(None)):
            return _block(data)
        real = [option for option in options if option is not type(None)]
        return _from(real[0], data)
    if origin is tuple:
        args = typing.get_args(hint)
        item = args[0] if len(args) == 2 and args[1] is Ellipsis else None
        if item is None:
            return tuple(_from(a, d) for a, d in zip(args, data, strict=True))
        return tuple(_from(item, d) for d in data)
    if hint is datetime:
        return datetime.fromisoformat(data)
    if hint is date:
        return date.fromisoformat(data)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _dataclass(hint, data)
    return data


def _is_block(hint: Any) -> bool:
    return isinstance(hint, type) and hint.__name__ in _BLOCKS


def _block(data: dict[str, Any]) -> Any:
    cls = _BLOCKS[data[_TAG]]
    return _dataclass(cls, {k: v for k, v in data.items() if k != _TAG})


def _dataclass(cls: type[Any], data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    values = {
        f.name: _from(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)
        if f.name in data
    }
    return cls(**values)


def document_to_json(document: model.Document) -> str:
    """The document as compact, stable JSON (keys in field order)."""
    return json.dumps(to_plain(document), ensure_ascii=False, separators=(",", ":"))


def document_from_json(text: str) -> model.Document:
    result: model.Document = _dataclass(model.Document, json.loads(text))
    return result
