"""conflict-kg: knowledge graphs of armed-conflict news, as RDF with provenance."""

__version__ = "0.1.0"
