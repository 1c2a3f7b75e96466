import sys

from sdkg.cli import main

sys.exit(main())
