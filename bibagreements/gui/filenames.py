"""File names for generated documents that every system accepts (no Qt here)."""

from __future__ import annotations

import re
import unicodedata

# Characters Windows refuses in a name: separators become dashes, the rest go.
_SEPARATORS = re.compile(r"\s*:\s*|[/\\|]")
_FORBIDDEN = re.compile(r'[<>"?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}
MAX_STEM = 120  # leaves room for the folder within Windows' 260-character path limit


def safe_file_name(title: str, extension: str, *parts: str) -> str:
    """``title parts….extension`` safe on Windows, macOS and Linux.

    Swedish letters are kept (NFC, as Windows stores them); path separators
    and colons become dashes, other forbidden characters are dropped; reserved
    device names and trailing dots or spaces (which Windows rejects or drops)
    are avoided.
    """
    text = " ".join(p for p in (title, *parts) if p and p.strip())
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)  # tabs and newlines are control characters too
    text = _SEPARATORS.sub(lambda m: " - " if ":" in m.group() else "-", text)
    text = _SPACES.sub(" ", _FORBIDDEN.sub("", text)).strip(" .-")
    if len(text) > MAX_STEM:
        text = text[:MAX_STEM].rstrip(" .-")
    if not text:
        text = "document"
    if text.split(".")[0].strip().upper() in _RESERVED:
        text = f"_{text}"
    return f"{text}.{extension.lstrip('.').lower()}"


def document_file_name(
    title: str, version: int, extension: str, suffix: str = "", variant: str = ""
) -> str:
    """The agreement's file name with its version, e.g. ``Överenskommelse … v3.pdf``.

    ``variant`` names a kind of the same document that must not overwrite the plain
    one (``… v3 arkiv.pdf`` for PDF/A, ``… v3 e-underskrift.pdf`` for e-signing).
    """
    reserved = 20 + (len(variant) + 1 if variant else 0)
    if len(title) > MAX_STEM - reserved:
        # Shorten the title, never the version, suffix or variant that tell files apart.
        title = title[: MAX_STEM - reserved - len(suffix)].rstrip(" .-") + "…"
    return safe_file_name(title, extension, suffix, f"v{version}", variant)
