"""Errors a loader raises for input it cannot use; the message always names the file.

Both cross process boundaries intact (ingest reads files in worker processes): they pickle
as (path, reason), not as the formatted message.
"""


class LoaderError(Exception):
    """A report that cannot be read or understood. `path` and `reason` are for the user."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):
        return type(self), (self.path, self.reason)


class SkippedInput(LoaderError):
    """Input that is not an error but holds nothing to ingest (e.g. non-Dutch text); warn and move on."""
