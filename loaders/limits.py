"""The limits of reading one report file, in one place.

`sdkg ingest` reads each file in a worker process that holds these limits; `read_document`
checks the size ones itself. Flags of `sdkg ingest` change them (see `--help`).
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 50 * MB
    """Largest file read at all (checked before a byte is read)."""
    max_unpacked_bytes: int = 200 * MB
    """Largest decompressed size of a .docx (a zip): its parts' declared sizes, checked before parsing."""
    seconds_per_file: float = 60.0
    """Time one file may take to read and extract, plus `seconds_per_mb` for each MB of file."""
    seconds_per_mb: float = 20.0
    memory_mb: int = 4096
    """Address space of one reader process (RLIMIT_AS); a file that needs more fails with a reason."""
    lock_wait_seconds: float = 600.0
    """How long `sdkg ingest` waits for another process that is writing the same store."""

    def seconds_for(self, size_bytes: int) -> float:
        return self.seconds_per_file + self.seconds_per_mb * size_bytes / MB


DEFAULT_LIMITS = Limits()
