"""`python -m consularapp` does what the `consularapp` command does."""

from __future__ import annotations

import multiprocessing
import sys

from consularapp.cli import main

if __name__ == "__main__":
    # Large PDFs are laid out in a child process (reports/typeset.py); in a frozen build the
    # child is this program started again, and must run the layout, not the app.
    multiprocessing.freeze_support()
    sys.exit(main())
