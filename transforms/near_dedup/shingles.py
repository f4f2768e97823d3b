"""Shingles of a whole Arrow batch at once, hashed to 32 bits with numpy.

Word shingles (the default) follow one definition everywhere, the one of the benchmark's ground
truth: lower-case the text, replace every run of characters that are not letters, digits or `_`
(nor whitespace) by one space, split on whitespace, and take every window of `n` consecutive
tokens. A document with 1 to n-1 tokens has exactly one shingle (all its tokens, "short"); a
document with no token has none ("empty") and is never anyone's duplicate.

Character shingles lower-case the text, collapse whitespace runs to one space, and take every
window of `n` characters (code points); a document shorter than `n` has one shingle, itself.

Hash (datalab-shingle-v1, stable across versions and platforms): a token's hash is a polynomial
over its UTF-8 bytes (mod 2^64) mixed by the MurmurHash3 64-bit finalizer; a character's is the
finalizer of its code point; a shingle's is the finalizer of the polynomial over its tokens'
hashes, and its top 32 bits are the shingle hash fed to MinHash. `shingle_hash(bytes)` computes
the same value for one space-joined shingle, so `datasketch.MinHash(hashfunc=shingle_hash)` gives
the very hash values of `signatures()` (see `datasketch_hashfunc`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

HASH_VERSION = "datalab-shingle-v1"

_NON_WORD = r"[^\p{L}\p{N}_\s]+"  # RE2: letters, digits and `_` are word characters (Python's \w)
_BYTE_BASE = np.uint64(0x100000001B3)  # FNV prime: odd, so powers never vanish mod 2^64
_TOKEN_BASE = np.uint64(0x9E3779B97F4A7C15)  # odd golden-ratio constant
_LENGTH_MIX = np.uint64(0xC2B2AE3D27D4EB4F)
_CHAR_MIX = np.uint64(0x165667B19E3779F9)
_M1 = np.uint64(0xFF51AFD7ED558CCD)
_M2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)
_S32 = np.uint64(32)
_MASK64 = (1 << 64) - 1

#: Bytes of text tokenised and hashed in one numpy pass (bounds the temporary arrays).
CHUNK_BYTES = 4 << 20


def fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer (an avalanching bijection), element-wise, wrapping."""
    h = h ^ (h >> _S33)
    h = h * _M1
    h = h ^ (h >> _S33)
    h = h * _M2
    return h ^ (h >> _S33)


@dataclass(frozen=True)
class Shingles:
    """The shingle hashes of a batch: `hashes[offsets[i]:offsets[i+1]]` belong to document i.

    `tokens` counts each document's tokens (words or characters); documents with 0 tokens are
    empty, those with fewer than `n` are short (one shingle).
    """

    hashes: np.ndarray  # uint32
    offsets: np.ndarray  # int64, len = rows + 1
    tokens: np.ndarray  # int64 per document


def word_tokens(text: pa.Array) -> pa.ListArray:
    """Each document's word tokens (the ground-truth definition above). Nulls give no token."""
    text = pc.fill_null(text.cast(pa.string()), "")
    cleaned = pc.replace_substring_regex(pc.utf8_lower(text), pattern=_NON_WORD, replacement=" ")
    return pc.utf8_split_whitespace(pc.utf8_trim_whitespace(cleaned))


def _token_hashes(tokens: pa.StringArray) -> np.ndarray:
    """64-bit hash of each (non-empty) token: polynomial over its bytes, length mixed in."""
    count = len(tokens)
    if count == 0:
        return np.zeros(0, np.uint64)
    offsets = np.frombuffer(tokens.buffers()[1], np.int32, count + 1, tokens.offset * 4).astype(np.int64)
    lengths = np.diff(offsets)
    first, last = int(offsets[0]), int(offsets[-1])
    data = np.frombuffer(tokens.buffers()[2], np.uint8, last - first, first)
    ends = np.repeat(offsets[1:], lengths)
    exponent = ends - 1 - np.arange(first, last, dtype=np.int64)
    longest = int(lengths.max()) if count else 0
    powers = np.cumprod(np.full(max(longest, 1), _BYTE_BASE, np.uint64))
    powers = np.concatenate([np.ones(1, np.uint64), powers[:-1]])
    contributions = data.astype(np.uint64) * powers[exponent]
    sums = np.add.reduceat(contributions, offsets[:-1] - first) if last > first else np.zeros(count, np.uint64)
    return fmix64(sums + lengths.astype(np.uint64) * _LENGTH_MIX)


def _window_hashes(units: np.ndarray, counts: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of every window of `n` units per document (one window of all units for
    documents with fewer than `n`), and the per-document shingle offsets."""
    docs = len(counts)
    starts = np.zeros(docs + 1, np.int64)
    np.cumsum(counts, out=starts[1:])
    full = counts >= n
    windows = np.where(full, counts - n + 1, np.minimum(counts, 1))
    out_offsets = np.zeros(docs + 1, np.int64)
    np.cumsum(windows, out=out_offsets[1:])
    total = int(out_offsets[-1])
    result = np.empty(total, np.uint64)
    if total == 0:
        return result.astype(np.uint32), out_offsets
    # Full windows: Horner's rule over n shifted views, for all documents at once.
    full_windows = np.where(full, windows, 0)
    if full_windows.sum():
        doc_of = np.repeat(np.arange(docs), full_windows)
        local = np.arange(int(full_windows.sum()), dtype=np.int64) - np.repeat(
            np.cumsum(full_windows) - full_windows, full_windows
        )
        position = starts[doc_of] + local
        acc = units[position].copy()
        for k in range(1, n):
            acc *= _TOKEN_BASE
            acc += units[position + k]
        result[out_offsets[doc_of] + local] = acc
    # Short documents: one window of all their units, summed with descending powers.
    short = np.flatnonzero(~full & (counts > 0))
    if len(short):
        lengths = counts[short]
        doc_of = np.repeat(np.arange(len(short)), lengths)
        local = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        values = units[starts[short][doc_of] + local]
        powers = np.cumprod(np.full(n, _TOKEN_BASE, np.uint64))
        powers = np.concatenate([np.ones(1, np.uint64), powers[:-1]])
        terms = values * powers[lengths[doc_of] - 1 - local]
        result[out_offsets[short]] = np.add.reduceat(terms, np.cumsum(lengths) - lengths)
    return (fmix64(result) >> _S32).astype(np.uint32), out_offsets


def word_shingles(text: pa.Array, n: int) -> Shingles:
    """Hashes of the word n-gram shingles of every document of `text`."""
    tokens = word_tokens(text)
    flat = tokens.flatten()
    per_doc = np.diff(np.asarray(tokens.offsets, np.int64))
    hashes = _token_hashes(flat)
    # utf8_split_whitespace yields one empty token for an empty string: drop empty tokens.
    empty = np.asarray(pc.equal(pc.binary_length(flat), 0).to_numpy(zero_copy_only=False), bool)
    if empty.any():
        owner = np.repeat(np.arange(len(per_doc)), per_doc)
        per_doc = per_doc - np.bincount(owner[empty], minlength=len(per_doc))
        hashes = hashes[~empty]
    window, offsets = _window_hashes(hashes, per_doc, n)
    return Shingles(window, offsets, per_doc)


def char_units(text: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(code point hashes, characters per document) for character shingles."""
    text = pc.fill_null(text.cast(pa.string()), "")
    text = pc.utf8_trim_whitespace(pc.replace_substring_regex(pc.utf8_lower(text), pattern=r"\s+", replacement=" "))
    counts = np.asarray(pc.utf8_length(text).to_numpy(zero_copy_only=False), np.int64)
    flat = pa.concat_arrays([text]) if text.offset else text
    offsets = np.frombuffer(flat.buffers()[1], np.int32, len(flat) + 1, flat.offset * 4)
    raw = bytes(memoryview(flat.buffers()[2])[int(offsets[0]) : int(offsets[-1])]) if len(flat) else b""
    points = np.frombuffer(raw.decode("utf-8").encode("utf-32-le"), np.uint32).astype(np.uint64)
    return fmix64(points + _CHAR_MIX), counts


def char_shingles(text: pa.Array, n: int) -> Shingles:
    units, counts = char_units(text)
    window, offsets = _window_hashes(units, counts, n)
    return Shingles(window, offsets, counts)


def shingle_batch(text: pa.Array, *, kind: str, n: int) -> Shingles:
    """Shingle hashes of a text column, in chunks of about CHUNK_BYTES of text."""
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    make = word_shingles if kind == "word" else char_shingles
    sizes = np.asarray(pc.fill_null(pc.binary_length(text), 0).to_numpy(zero_copy_only=False), np.int64)
    cuts = [0]
    running = 0
    for i, size in enumerate(sizes):
        running += int(size)
        if running >= CHUNK_BYTES and i + 1 < len(sizes):
            cuts.append(i + 1)
            running = 0
    cuts.append(len(sizes))
    if len(cuts) == 2:
        return make(text, n)
    parts = [make(text.slice(a, b - a), n) for a, b in zip(cuts[:-1], cuts[1:], strict=True) if b > a]
    hashes = np.concatenate([p.hashes for p in parts])
    tokens = np.concatenate([p.tokens for p in parts])
    shift = np.cumsum([0] + [int(p.offsets[-1]) for p in parts[:-1]])
    offsets = np.concatenate([np.zeros(1, np.int64)] + [p.offsets[1:] + s for p, s in zip(parts, shift, strict=True)])
    return Shingles(hashes, offsets, tokens)


# --- the same hash, one shingle at a time (for datasketch and for checking) -----------------

def _fmix64_int(h: int) -> int:
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & _MASK64
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & _MASK64
    return h ^ (h >> 33)


def _token_hash_int(token: bytes) -> int:
    acc = 0
    for byte in token:
        acc = (acc * int(_BYTE_BASE) + byte) & _MASK64
    return _fmix64_int((acc + len(token) * int(_LENGTH_MIX)) & _MASK64)


def _combine_int(units: list[int]) -> int:
    acc = 0
    for unit in units:
        acc = (acc * int(_TOKEN_BASE) + unit) & _MASK64
    return _fmix64_int(acc) >> 32


def shingle_hash(shingle: bytes) -> int:
    """32-bit hash of one word shingle given as its space-joined UTF-8 tokens."""
    return _combine_int([_token_hash_int(t) for t in shingle.split(b" ")])


def char_shingle_hash(shingle: bytes) -> int:
    """32-bit hash of one character shingle given as UTF-8."""
    return _combine_int([_fmix64_int((ord(c) + int(_CHAR_MIX)) & _MASK64) for c in shingle.decode("utf-8")])


def datasketch_hashfunc(kind: str):
    """The `hashfunc` that makes `datasketch.MinHash` reproduce our signatures."""
    return shingle_hash if kind == "word" else char_shingle_hash


def python_shingles(text: str | None, *, kind: str, n: int) -> list[bytes]:
    """The shingles of one document as bytes (reference implementation, slow; for tests and
    for feeding datasketch)."""
    import re

    if not text:
        return []
    if kind == "word":
        units = re.sub(r"[^\w\s]+", " ", text.lower()).split()
        sep = " "
    else:
        units = list(re.sub(r"\s+", " ", text.lower()).strip())
        sep = ""
    if not units:
        return []
    if len(units) < n:
        return [sep.join(units).encode("utf-8")]
    return [sep.join(units[i : i + n]).encode("utf-8") for i in range(len(units) - n + 1)]
