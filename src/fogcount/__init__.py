"""fogcount: source-attributed, interval-valued event data from conflict reporting."""

from .models import SCHEMA, Claim, Document, Event, Report
from .pipeline import extract, pipe
from .settings import Settings

__version__ = "0.1.0"
__all__ = ["extract", "pipe", "Settings", "Report", "Claim", "Document", "Event", "SCHEMA", "__version__"]
