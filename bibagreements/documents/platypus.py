"""reportlab's platypus, imported without compiling a pattern the writers never use.

reportlab.platypus.paragraph compiles, as it is imported, a case-insensitive
pattern over most of Unicode (``uri_pat``, case-folding some 200,000 code
points) that splits long URIs only when a style asks for it (``uriWasteReduce``,
which ours leave off): about 20 ms of CPU, a tenth of a whole ``render``
process. Imported through here, that one pattern is compiled when first used
instead; everything else is reportlab's own. Import platypus names from here.
"""

from __future__ import annotations

import re
from typing import Any

# The start of reportlab's pattern (reportlab 5.x); a changed one is compiled as usual.
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class LazyPattern:
    """A regular expression compiled on first use, then the compiled one in all but type."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:  # only what the instance does not have
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return getattr(self._compiled, name)


def _import_platypus() -> None:
    """Import reportlab.platypus, its URI pattern left to compile when first used."""
    compile_now = re.compile

    def compile_later(pattern: Any, flags: Any = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
            return LazyPattern(pattern, flags)
        return compile_now(pattern, flags)

    re.compile = compile_later  # for this import only
    try:
        import reportlab.platypus  # noqa: F401  (once per process; a second import is a lookup)
    finally:
        re.compile = compile_now


_import_platypus()

from reportlab.platypus import (  # noqa: E402  (after the import above)
    BaseDocTemplate,
    Flowable,
    Frame,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as rl_paragraph  # noqa: E402

__all__ = [
    "BaseDocTemplate",
    "Flowable",
    "Frame",
    "ListFlowable",
    "ListItem",
    "PageBreak",
    "PageTemplate",
    "Paragraph",
    "Spacer",
    "Table",
    "TableStyle",
    "rl_paragraph",
]
