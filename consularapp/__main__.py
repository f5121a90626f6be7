"""`python -m consularapp` does what the `consularapp` command does."""

from __future__ import annotations

import sys

from consularapp.cli import main

sys.exit(main())
