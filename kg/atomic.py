"""The one way news-kg writes a file: a temporary file beside it, fsync, then rename.

Either the whole new file is there or the old one is untouched; no half-written output.

A SIGKILL (or a power cut) cannot be handled: a run killed between creating its temporary file and
renaming it leaves the temporary behind. Temporary names carry the writer's process id, so the next
run that writes the same output removes the ones whose writer is gone, and never one a live writer
still holds.
"""
from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_write(path: str | Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"{path}: output folder {folder} does not exist")
    fd, tmp = temp_file(folder, f".{path.name}.", ".tmp")
    try:
        # mkstemp makes 0600 files; outputs get the mode a plain open() would give (or the old file's)
        try:
            mode_bits = path.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode_bits = 0o666 & ~umask
        os.chmod(tmp, mode_bits)
        with os.fdopen(fd, mode, encoding=encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _sync_folder(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def temp_file(folder: str | Path, prefix: str, suffix: str) -> tuple[int, str]:
    """A new temporary file PREFIX<pid>.<random>SUFFIX in FOLDER, after removing the ones of that
    prefix left by writers that no longer run."""
    sweep_stale(folder, prefix, suffix)
    return tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}.", suffix=suffix, dir=folder)


def sweep_stale(folder: str | Path, prefix: str, suffix: str) -> list[str]:
    """Remove FOLDER's temporaries PREFIX<pid>.<random>SUFFIX whose process is gone; return their names."""
    shape = re.compile(re.escape(prefix) + r"(\d+)\.[A-Za-z0-9_]+" + re.escape(suffix) + r"\Z")
    gone = []
    try:
        names = os.listdir(folder)
    except OSError:
        return gone
    for name in names:
        m = shape.match(name)
        if m is None or _alive(int(m.group(1))):
            continue
        with contextlib.suppress(FileNotFoundError, PermissionError, IsADirectoryError):
            os.unlink(os.path.join(folder, name))
            gone.append(name)
    return gone


def _alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill(pid, 0) sends CTRL_C_EVENT on Windows: never probe there
    if pid == os.getpid():
        return True  # this process's own temporaries belong to writers still open
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process, or a pid this system cannot check: leave it
    return True


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut right after must not bring back the old file)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible everywhere (Windows): the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
