"""Qt item models over the core's frozen rows: one QAbstractTableModel per table."""

from __future__ import annotations
