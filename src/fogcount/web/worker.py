"""The app of one process of ``fogcount serve --workers N``: uvicorn starts N
processes that each import this module and build the app afresh (an app
object cannot be handed to another process), from the options the command
checked and left in the environment (not in the arguments: the token would be
in the process list). Each process keeps its own pages (web/cache.py); each
sees every process's writes through the store's revision."""

from __future__ import annotations

import json
import os

from fastapi import FastAPI

from ..settings import Settings

OPTIONS_VARIABLE = "FOGCOUNT_SERVE_OPTIONS"


def app_options(*, allow_writes: bool, token: str | None, tile_url: str | None, max_body: int | None,
                max_bytes: int) -> dict:
    """create_app's keywords from the serve command's options."""
    return {"allow_writes": allow_writes, "token": token, "tile_url": tile_url, "max_body": max_body,
            "settings": Settings(max_bytes=max_bytes)}


def app() -> FastAPI:
    """The web page over the store the serve command named, with its options (uvicorn's factory)."""
    from ..store import Store
    from .app import create_app

    given = json.loads(os.environ[OPTIONS_VARIABLE])
    store = Store.open(given.pop("db"), create=False)
    return create_app(store, **app_options(**given))
