"""Alembic environment: upgrades run on the connection ``Store.open`` hands
over (``config.attributes["connection"]``), or on ``sqlalchemy.url`` when
Alembic's command line is used by hand."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from fogcount.store.schema import metadata

config = context.config


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    with create_engine(config.get_main_option("sqlalchemy.url")).connect() as own:
        _run(own)
