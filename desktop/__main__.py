"""``python -m desktop`` starts the app (or a CLI command)."""

import sys

from .cli import main

sys.exit(main())
