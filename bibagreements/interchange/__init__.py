"""The versioned JSON interchange format (see resources/schemas/).

Version 2 adds the "library" (clauses, templates) and clauses among an
agreement's sections. A file that has neither is written as version 1, byte
for byte as before, so that earlier readers keep reading it; one that has
them says version 2, which a version-1 reader refuses as a newer format.
"""

FORMAT_NAME = "bibagreements"
FORMAT_VERSION = 2  # the newest this program reads and writes
FIRST_VERSION = 1
SCHEMA_FILES = {1: "bibagreements-1.schema.json", 2: "bibagreements-2.schema.json"}
SCHEMA_FILE = SCHEMA_FILES[FORMAT_VERSION]


def schema_file(version: object) -> str:
    """The schema of a file's version (the newest for a version not known: it says why)."""
    return SCHEMA_FILES.get(version, SCHEMA_FILE) if isinstance(version, int) else SCHEMA_FILE
