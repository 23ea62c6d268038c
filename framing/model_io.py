"""Model files as plain data: loading one can never run code.

A model file (any name; `framing train --out` picks it) is a zip archive of three members:

- `manifest.json`: `{"format": "framing-sentence-model", "format_version": 2, "framing_version",
  "sha256": {"model.json": ..., "arrays.npz": ...}}`;
- `model.json`: parameters and vocabularies (JSON);
- `arrays.npz`: the numeric arrays (NumPy NPZ, read with `allow_pickle=False`).

On load the format and version are checked first (a file from a newer framing is refused with a
message saying so), then the SHA-256 of both members, so a truncated, corrupted or hand-edited
file is refused rather than silently scoring wrongly.  The checksums detect accidents and edits
that forget to update them; safety against a hostile file comes from the format itself: JSON and
pickle-free NPZ hold no code.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "framing-sentence-model"
FORMAT_VERSION = 2  # 2: model.json may say "char_weighting" (format 1 files are read as "sublinear_l2")
MANIFEST, META, ARRAYS = "manifest.json", "model.json", "arrays.npz"


class ModelFormatError(ValueError):
    """A file that is not a usable framing model; the message names the file and what to do."""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def save(path: str | Path, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> Path:
    """Write `meta` (JSON-able) and `arrays` (numeric) as one model file at `path`."""
    from framing import __version__

    path = Path(path)
    meta_bytes = json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8")
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    array_bytes = buffer.getvalue()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "framing_version": __version__,
        "sha256": {META: _sha256(meta_bytes), ARRAYS: _sha256(array_bytes)},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, json.dumps(manifest, indent=1))
        z.writestr(META, meta_bytes)
        z.writestr(ARRAYS, array_bytes)  # already compressed; deflate adds little
    return path


def load(path: str | Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """Read a model file back into (meta, arrays), checking format, version and checksums."""
    path = Path(path)
    if path.is_dir():
        raise ModelFormatError(f"{path}: is a folder; pass the model file `framing train --out` wrote")
    try:
        with zipfile.ZipFile(path) as z:
            members = {name: z.read(name) for name in z.namelist() if name in (MANIFEST, META, ARRAYS)}
    except FileNotFoundError:
        raise ModelFormatError(f"{path}: no such model file") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as e:
        raise ModelFormatError(f"{path}: not a framing model file or it is corrupted ({e}); retrain it with `framing train`") from None
    manifest = _manifest(path, members)
    for name in (META, ARRAYS):
        if name not in members:
            raise ModelFormatError(f"{path}: the model file has no {name}; it is incomplete, retrain it with `framing train`")
        if _sha256(members[name]) != manifest["sha256"].get(name):
            raise ModelFormatError(
                f"{path}: checksum mismatch in {name}: the file was corrupted or altered after training; "
                "retrain it with `framing train` or get a fresh copy"
            )
    try:
        meta = json.loads(members[META].decode("utf-8"))
        with np.load(io.BytesIO(members[ARRAYS]), allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except (ValueError, UnicodeDecodeError, OSError) as e:
        raise ModelFormatError(f"{path}: unreadable model data ({e}); retrain it with `framing train`") from None
    return meta, arrays


def _manifest(path: Path, members: dict[str, bytes]) -> dict[str, Any]:
    if MANIFEST not in members:
        raise ModelFormatError(f"{path}: not a framing model file (no {MANIFEST}); pass a file `framing train` wrote")
    try:
        manifest = json.loads(members[MANIFEST].decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ModelFormatError(f"{path}: the model manifest is not valid JSON; the file is corrupted, retrain it") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ModelFormatError(f"{path}: not a framing sentence model (format {manifest.get('format') if isinstance(manifest, dict) else None!r})")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ModelFormatError(f"{path}: unknown model format version {version!r}; this framing reads versions 1 to {FORMAT_VERSION}")
    if version > FORMAT_VERSION:
        raise ModelFormatError(
            f"{path}: model format version {version} was written by a newer framing "
            f"({manifest.get('framing_version', 'unknown')}); this framing reads versions 1 to {FORMAT_VERSION}: upgrade framing"
        )
    if version < 1 or not isinstance(manifest.get("sha256"), dict):
        raise ModelFormatError(f"{path}: unknown model format version {version!r}; this framing reads versions 1 to {FORMAT_VERSION}")
    return manifest
