"""JSON as the program writes it for people: the interchange files and ``--json`` output."""

from __future__ import annotations

import json
from typing import Any


def dumps(data: Any) -> str:
    """JSON as people read it: UTF-8 characters, not escapes."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
