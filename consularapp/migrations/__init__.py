"""Alembic revisions of the schema, applied by consularapp.db when a database is opened.

HEAD names the newest revision so that opening an up-to-date database needs no Alembic import
(start-up time matters); tests/test_db.py checks it against Alembic's own view.
"""

from __future__ import annotations

HEAD = "0008"
