"""What the command line prints: every line through ``say``, never raw ``print``.

A title, a name or a file name can hold control characters (data from before
they were refused, a file named by someone else): printed raw, ESC starts a
terminal escape sequence and BEL rings. ``printable`` writes each control
character (C0, DEL, C1, line breaks and tabs included) as ``\\xHH``, so what
the terminal receives is only text, and one ``say`` is one line.
"""

from __future__ import annotations

import re
import sys
from typing import TextIO

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# In JSON text these can only stand inside strings: json.dumps escapes C0 itself.
_JSON_UNESCAPED = re.compile("[\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with every control character as ``\\xHH`` (ESC as ``\\x1b``)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def printable_json(text: str) -> str:
    """JSON text with DEL and C1 escaped as ``\\u00HH`` too: the same JSON value."""
    return _JSON_UNESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def say(line: str = "", *, file: TextIO | None = None) -> None:
    """Print one line of output (``file``: stdout unless given), made printable."""
    print(printable(line), file=file or sys.stdout)


def say_json(text: str) -> None:
    """Print JSON made by ``dumps`` (it ends in a line break already)."""
    sys.stdout.write(printable_json(text))
