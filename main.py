"""Start bibagreements: ``python main.py`` is the same program as ``bibagreements``."""

import sys

from bibagreements.cli import main

if __name__ == "__main__":
    sys.exit(main())
