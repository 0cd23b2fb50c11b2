"""Shared fixtures: sample articles written to temporary folders, and a CLI runner."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "kremlin-patriots.txt"


LOCAL_HOSTS = {None, "localhost", "127.0.0.1", "::1"}


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Tests never touch the network: resolving any remote host fails at once, as on an offline desk.

    file:// URLs (local model archives, a local package index) still work.
    """
    resolve = socket.getaddrinfo

    def offline_getaddrinfo(host, *args, **kwargs):
        if host not in LOCAL_HOSTS:
            raise socket.gaierror(socket.EAI_NONAME, f"network disabled in tests ({host})")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", offline_getaddrinfo)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A private copy of the example article, so a test may edit it."""
    target = tmp_path / "kremlin-patriots.txt"
    shutil.copy(EXAMPLE, target)
    return target


@pytest.fixture
def small_article(tmp_path: Path) -> Path:
    """A short article with a headline, two paragraphs and one repeated sentence."""
    path = tmp_path / "short.txt"
    path.write_text(
        "Kyiv prepares for winter\n\n"
        "Kyiv said on Tuesday it needs more air defense. The Pentagon agreed.\n\n"
        "Officials met in Washington. Kyiv said on Tuesday it needs more air defense.\n",
        encoding="utf-8",
    )
    return path
