"""Where the program may write a file someone named: a regular file or a new name, never a link.

The command line checks an output path before it opens the database for a
command; the services check again as they write (storage.atomic).
"""

from __future__ import annotations

from bibagreements.storage.atomic import check_output

__all__ = ["check_output"]
