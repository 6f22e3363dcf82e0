"""Errors a user can act on. The CLI prints them as one line and exits with code 2."""


class KGError(Exception):
    """A problem with the user's input, named in one readable line."""


class InputError(KGError):
    """A file or argument that cannot be used; the message names it and the problem."""


class QueryError(KGError):
    """A SPARQL query that cannot be parsed or run; the message carries the parser's words."""


class ExtractionError(KGError):
    """The extractor failed on one document (a bug in conflict-kg, not in the file): the
    document is skipped and named, the other documents and what the store held stay."""
