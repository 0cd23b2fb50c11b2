"""Downloading model archives that can be trusted before anything is installed.

A download is accepted only when every byte the server announced arrived and the caller's check of
the file passes (for a model: a zip whose CRCs match, with metadata and model files). Anything else
(an HTML error page, a truncated body, a server that dies mid-file or goes silent) moves on to the
package's next link; a body cut short is first resumed once where the server supports ranges.

Two limits keep unattended runs from hanging: ``stall`` (seconds without a byte) and ``total`` (for
the whole download, every link included). Both come from :class:`Limits`, which reads
``NEWSL10N_DOWNLOAD_TIMEOUT`` and ``NEWSL10N_STALL_TIMEOUT`` so scripts and tests can set them.
"""

from __future__ import annotations

import http.client
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from newsl10n.errors import UserError

CHUNK = 1 << 16
SCHEMES = ("http", "https", "file")
ZIP_MAGIC = b"PK\x03\x04"
TIMEOUT_VARIABLE = "NEWSL10N_DOWNLOAD_TIMEOUT"
STALL_VARIABLE = "NEWSL10N_STALL_TIMEOUT"


class DownloadFailed(Exception):
    """One link did not give a usable file; the message says why in a few words."""


class _Hopeless(DownloadFailed):
    """A failure that resuming the same link cannot cure (not an archive, out of time)."""


@dataclass(frozen=True)
class Limits:
    """How long a download may take in all (``total``) and wait for a byte (``stall``), in seconds."""

    total: float = 1800.0  # a 100 MB model at 60 KB/s; anything slower is better fetched by hand
    stall: float = 30.0

    @classmethod
    def from_environment(cls) -> Limits:
        """Defaults, overridden by ``NEWSL10N_DOWNLOAD_TIMEOUT`` / ``NEWSL10N_STALL_TIMEOUT``."""
        return cls(
            total=_seconds(TIMEOUT_VARIABLE, cls.total),
            stall=_seconds(STALL_VARIABLE, cls.stall),
        )


def _seconds(variable: str, default: float) -> float:
    value = os.environ.get(variable, "").strip()
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if seconds <= 0:
        raise UserError(f"{variable}={value!r} is not a number of seconds above 0")
    return seconds


def usable_link(url: str) -> bool:
    """Links we can fetch: http(s) and file (the index also lists ipfs:// links)."""
    return urlsplit(url).scheme.lower() in SCHEMES


def download(
    links: list[str],
    dest: Path,
    *,
    label: str,
    verify: Callable[[Path], None],
    limits: Limits,
    show_progress: bool | None = None,
) -> str:
    """Fetch the first link whose file arrives whole and passes ``verify``; return that link.

    ``verify`` raises :class:`DownloadFailed` (or :class:`UserError`) for a file it rejects.
    Raises :class:`UserError` naming every link's failure when none works.
    """
    deadline = time.monotonic() + limits.total
    failures: list[str] = []
    for url in links:
        if time.monotonic() >= deadline:
            failures.append(f"{url}: not tried, the {limits.total:g} s time limit was reached")
            continue
        if not usable_link(url):
            failures.append(f"{url}: unsupported link")
            continue
        try:
            with _bar(label, show_progress) as bar:
                _fetch(url, dest, deadline, limits, bar)
        except OSError as error:  # network trouble is DownloadFailed by now: this is our disk
            raise UserError(f"cannot save the download in {dest.parent}: {error.strerror or error}") from None
        except DownloadFailed as error:
            failures.append(f"{url}: {error}")
            continue
        try:
            verify(dest)
        except (DownloadFailed, UserError) as error:
            failures.append(f"{url}: {error}")
            continue
        return url
    reasons = "; ".join(failures) or "the package has no links"
    raise UserError(f"download of {label} failed: {reasons}")


def fetch_bytes(url: str, limits: Limits) -> tuple[bytes, str]:
    """A small resource (the index) in memory, under the same limits: (body, content type).

    Raises :class:`DownloadFailed` when it cannot be had whole.
    """
    deadline = time.monotonic() + limits.total
    response = _open(url, limits, deadline, offset=0)
    with response:
        expected = _length(response)
        chunks: list[bytes] = []
        received = _copy(response, chunks.append, deadline, limits, _NoBar())
    if expected is not None and received != expected:
        raise DownloadFailed(f"truncated: {received} of {expected} bytes")
    return b"".join(chunks), response.headers.get_content_type()


# -- one link -----------------------------------------------------------------------------------


def _fetch(url: str, dest: Path, deadline: float, limits: Limits, bar: _Bar) -> None:
    """Write the body of ``url`` to ``dest``, resuming once if it is cut short; raise DownloadFailed."""
    written, expected, resumable, resumed, reason = 0, None, False, False, ""
    with dest.open("wb") as out:
        while True:
            try:
                response = _open(url, limits, deadline, offset=written)
            except DownloadFailed as error:
                raise DownloadFailed(
                    f"{reason}; resuming failed: {error}" if reason else str(error)
                ) from None
            problem = ""
            with response:
                if written:
                    _check_resumed(response, written, reason)
                else:
                    expected = _length(response)
                    resumable = response.headers.get("Accept-Ranges", "").lower() == "bytes"
                    _refuse_web_page(response)
                    bar.start(expected)
                try:
                    _copy(response, _zip_writer(out, written), deadline, limits, bar)
                except _Hopeless:
                    raise
                except DownloadFailed as error:
                    problem = str(error)
                written = out.tell()
            if expected is None:
                if problem:
                    raise DownloadFailed(problem)
                return
            if written == expected and not problem:
                return
            if written > expected:
                raise DownloadFailed(f"the server sent {written} bytes but announced {expected}")
            reason = f"truncated: {written} of {expected} bytes" + (f" ({problem})" if problem else "")
            if resumed or not resumable or time.monotonic() >= deadline:
                raise DownloadFailed(reason)
            resumed = True  # resume once from where the body broke off


def _open(url: str, limits: Limits, deadline: float, offset: int):
    request = urllib.request.Request(url, headers={"User-Agent": "newsl10n"})
    if offset:
        request.add_header("Range", f"bytes={offset}-")
    timeout = max(0.1, min(limits.stall, deadline - time.monotonic()))
    try:
        return urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        raise DownloadFailed(f"HTTP {error.code} {error.reason}") from None
    except TimeoutError:
        raise DownloadFailed(f"no answer within {timeout:g} s") from None
    except urllib.error.URLError as error:
        raise DownloadFailed(str(error.reason)) from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise DownloadFailed(str(error) or type(error).__name__) from None


def _length(response) -> int | None:
    value = response.headers.get("Content-Length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        raise DownloadFailed(f"bad Content-Length {value!r}") from None


def _refuse_web_page(response) -> None:
    kind = response.headers.get_content_type()
    if kind in ("text/html", "application/xhtml+xml"):
        raise DownloadFailed("the server sent a web page, not a model archive")


def _check_resumed(response, offset: int, reason: str) -> None:
    status = getattr(response, "status", None)
    content_range = response.headers.get("Content-Range", "")
    if status != 206 or not content_range.startswith(f"bytes {offset}-"):
        raise DownloadFailed(f"{reason}; the server could not resume at byte {offset}")


def _zip_writer(out: BinaryIO, offset: int) -> Callable[[bytes], object]:
    """A writer that refuses a body that does not start like a zip archive, at its first bytes."""
    head = ZIP_MAGIC if offset else b""

    def write(chunk: bytes) -> None:
        nonlocal head
        if len(head) < len(ZIP_MAGIC):
            head += chunk[: len(ZIP_MAGIC) - len(head)]
            if not ZIP_MAGIC.startswith(head):
                raise _Hopeless("not a zip archive (a model is one)")
        out.write(chunk)

    return write


def _copy(response, write: Callable[[bytes], object], deadline: float, limits: Limits, bar: _Bar) -> int:
    """Copy the body chunk by chunk, never waiting longer than the stall limit for one."""
    read = getattr(response, "read1", response.read)
    count = 0
    while True:
        if time.monotonic() >= deadline:
            raise _Hopeless(f"the {limits.total:g} s time limit was reached")
        try:
            chunk = read(CHUNK)
        except TimeoutError:
            raise DownloadFailed(f"no data for {limits.stall:g} s") from None
        except (OSError, http.client.HTTPException) as error:
            raise DownloadFailed(f"connection broke ({error or type(error).__name__})") from None
        if not chunk:
            return count
        write(chunk)
        count += len(chunk)
        bar.advance(len(chunk))


# -- progress -----------------------------------------------------------------------------------


class _Bar:
    def start(self, total: int | None) -> None: ...

    def advance(self, amount: int) -> None: ...


class _NoBar(_Bar):
    pass


class _RichBar(_Bar):
    """Size, speed and time left, on stderr."""

    def __init__(self, progress, label: str) -> None:
        self._progress = progress
        self._task = progress.add_task(f"downloading {label}", total=None)

    def start(self, total: int | None) -> None:
        self._progress.reset(self._task, total=total)

    def advance(self, amount: int) -> None:
        self._progress.advance(self._task, amount)


@contextmanager
def _bar(label: str, enabled: bool | None) -> Iterator[_Bar]:
    """A download bar on a terminal (or when ``enabled``), nothing in pipes."""
    from newsl10n.progress import stderr_is_terminal

    if not (stderr_is_terminal() if enabled is None else enabled):
        yield _NoBar()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    columns = (
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
    )
    console = Console(stderr=True, force_terminal=True if enabled else None)  # enabled: asked for it
    with Progress(*columns, console=console, transient=True) as progress:
        yield _RichBar(progress, label)
