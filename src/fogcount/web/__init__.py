"""The web page (``fogcount serve``): events, an event's figures and provenance,
documents, a paste form, and the JSON API under /api. Only this package
imports FastAPI."""

from .app import create_app

__all__ = ["create_app"]
