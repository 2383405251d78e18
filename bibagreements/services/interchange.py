"""Importing and exporting the JSON interchange format (the format itself is interchange/).

Importing lives in services/importing.py (validate everything, then store in
bulk in the caller's unit of work: all or nothing), exporting in
services/exporting.py (read in batches, written as it goes); both are
re-exported here, the one place the GUI and the command line import them from.
"""

from __future__ import annotations

from bibagreements.interchange.writing import dumps
from bibagreements.services.exporting import agreement_data, export_data, export_to_file
from bibagreements.services.importing import (
    ImportResult,
    import_data,
    import_file,
    read_interchange_file,
)

__all__ = [
    "ImportResult",
    "agreement_data",
    "dumps",
    "export_data",
    "export_to_file",
    "import_data",
    "import_file",
    "read_interchange_file",
]
