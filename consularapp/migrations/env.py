"""Alembic environment: always run on a connection handed over by consularapp.db."""

from __future__ import annotations

from alembic import context

from consularapp.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
    if connection.dialect.name == "postgresql":
        # A team database: grants for what the upgrade added (consularapp.db checked first that
        # an administrator upgrades, acting as the tables' owner).
        from consularapp.team import after_upgrade

        after_upgrade(connection)
