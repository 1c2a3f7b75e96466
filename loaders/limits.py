"""The limits of reading one report file, in one place.

Their values are settings (`sdkg.settings`: `file_timeout`, `file_timeout_per_mb`,
`file_memory_mb`, `max_file_mb`, `max_unpacked_mb`, `lock_timeout`; flags of `sdkg ingest`,
SDKG_* variables or the config file). `sdkg ingest` reads each file in a reader process that
holds them (graph/workers.py); `read_document` checks the size ones itself.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    """Largest file read at all (checked before a byte is read)."""
    max_unpacked_bytes: int
    """Largest decompressed size of a .docx (a zip): its parts' declared sizes, checked before parsing."""
    seconds_per_file: float
    """Time one file may take to be read and extracted, plus `seconds_per_mb` for each MB of file."""
    seconds_per_mb: float
    memory_mb: int
    """Address space of one reader process (RLIMIT_AS); a file that needs more fails with a reason."""
    lock_wait_seconds: float
    """How long `sdkg ingest` waits for another process that is writing the same store."""

    @classmethod
    def from_settings(cls, settings) -> Limits:
        return cls(max_file_bytes=int(settings.max_file_mb * MB), max_unpacked_bytes=int(settings.max_unpacked_mb * MB),
                   seconds_per_file=settings.file_timeout, seconds_per_mb=settings.file_timeout_per_mb,
                   memory_mb=settings.file_memory_mb, lock_wait_seconds=settings.lock_timeout)

    def seconds_for(self, size_bytes: int) -> float:
        return self.seconds_per_file + self.seconds_per_mb * size_bytes / MB


def _defaults() -> Limits:
    from sdkg.settings import Settings

    return Limits.from_settings(Settings())


DEFAULT_LIMITS = _defaults()
