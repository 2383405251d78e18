import sys

from bibagreements.cli import main

sys.exit(main())
