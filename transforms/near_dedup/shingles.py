"""Shingles of a whole Arrow batch at once, hashed to 32 bits with numpy.

Word shingles (the default) follow one definition everywhere, the one of the benchmark's ground
truth: lower-case the text, replace every run of characters that are not letters, digits or `_`
(nor whitespace) by one space, split on whitespace, and take every window of `n` consecutive
tokens. A document with 1 to n-1 tokens has exactly one shingle (all its tokens, "short"); a
document with no token has none ("empty") and is never anyone's duplicate.

Character shingles lower-case the text, collapse whitespace runs to one space, and take every
window of `n` characters (code points); a document shorter than `n` has one shingle, itself.

Hash (datalab-shingle-v1, stable across versions and platforms): a token's hash is a polynomial
over its code points (mod 2^64) mixed with its length by the MurmurHash3 64-bit finalizer; a character's is the
finalizer of its code point; a shingle's is the finalizer of the polynomial over its tokens'
hashes, and its top 32 bits are the shingle hash fed to MinHash. `shingle_hash(bytes)` computes
the same value for one space-joined shingle, so `datasketch.MinHash(hashfunc=shingle_hash)` gives
the very hash values of `signatures()` (see `datasketch_hashfunc`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

HASH_VERSION = "datalab-shingle-v1"

_NON_WORD = r"[^\p{L}\p{N}_\s]+"  # RE2: letters, digits and `_` are word characters (Python's \w)
_CHAR_BASE = np.uint64(0x100000001B3)  # FNV prime: odd, hence invertible mod 2^64
_CHAR_BASE_INVERSE = np.uint64(pow(0x100000001B3, -1, 1 << 64))
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
    """Each document's word tokens (the ground-truth definition above). Nulls give no token.
    (Reference form with Arrow's regex kernels; `word_shingles` uses the faster numpy path.)"""
    text = pc.fill_null(text.cast(pa.string()), "")
    cleaned = pc.replace_substring_regex(pc.utf8_lower(text), pattern=_NON_WORD, replacement=" ")
    return pc.utf8_split_whitespace(pc.utf8_trim_whitespace(cleaned))


@lru_cache(maxsize=1)
def _word_table() -> np.ndarray:
    """For every code point: is it a word character (Python's `\\w`: alphanumeric or `_`)?"""
    import re

    table = np.zeros(0x110000, bool)
    every = "".join(map(chr, range(0x110000)))
    for match in re.finditer(r"\w+", every):  # re's \w is exactly isalnum() or "_"
        table[match.start() : match.end()] = True
    table[ord("_")] = True
    return table


_POWERS: dict[str, np.ndarray] = {}


def _powers(size: int) -> tuple[np.ndarray, np.ndarray]:
    """TOKEN_CHAR_BASE^g and its inverse^g mod 2^64 for g < size (grown and cached)."""
    if "up" not in _POWERS or len(_POWERS["up"]) < size:
        size = max(size, 1 << 16)
        up = np.empty(size, np.uint64)
        down = np.empty(size, np.uint64)
        up[0] = down[0] = 1
        up[1:] = np.cumprod(np.full(size - 1, _CHAR_BASE, np.uint64))
        down[1:] = np.cumprod(np.full(size - 1, _CHAR_BASE_INVERSE, np.uint64))
        _POWERS["up"], _POWERS["down"] = up, down
    return _POWERS["up"], _POWERS["down"]


def code_points(text: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(code points of all documents, concatenated; per-document offsets into them) of the
    lower-cased text. One UTF-8 decode for the whole batch, no per-document Python call."""
    text = pc.utf8_lower(pc.fill_null(text.cast(pa.string()), ""))
    if text.offset:
        text = pa.concat_arrays([text])
    counts = np.asarray(pc.utf8_length(text).to_numpy(zero_copy_only=False), np.int64)
    offsets = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    if len(text) == 0:
        return np.zeros(0, np.uint32), offsets
    byte_offsets = np.frombuffer(text.buffers()[1], np.int32, len(text) + 1)
    raw = memoryview(text.buffers()[2])[int(byte_offsets[0]) : int(byte_offsets[-1])]
    points = np.frombuffer(str(raw, "utf-8").encode("utf-32-le"), np.uint32)
    return points, offsets


def _token_hashes(points: np.ndarray, doc_offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(64-bit hash of each word token, tokens per document). A token is a maximal run of word
    characters inside one document; its hash is the polynomial sum(c_k * B^k) over its code
    points, mixed with its length by the 64-bit finalizer."""
    docs = len(doc_offsets) - 1
    if len(points) == 0:
        return np.zeros(0, np.uint64), np.zeros(docs, np.int64)
    word = _word_table()[points]
    edges = np.diff(word.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    inner = doc_offsets[1:-1]
    inner = inner[(inner > 0) & (inner < len(points))]
    joined = inner[word[inner] & word[inner - 1]]  # a run across two documents: cut it there
    if len(joined):
        starts = np.sort(np.concatenate([starts, joined]))
        ends = np.sort(np.concatenate([ends, joined]))
    per_doc = np.bincount(np.searchsorted(doc_offsets, starts, side="right") - 1, minlength=docs).astype(np.int64)
    if len(starts) == 0:
        return np.zeros(0, np.uint64), per_doc
    up, down = _powers(len(points))
    terms = np.multiply(np.where(word, points, np.uint32(0)), up[: len(points)], dtype=np.uint64)
    sums = np.add.reduceat(terms, starts) * down[starts]
    lengths = (ends - starts).astype(np.uint64)
    return fmix64(sums + lengths * _LENGTH_MIX), per_doc


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
    # Full windows: Horner's rule over n shifted slices of the whole token array (contiguous,
    # no gathers); windows that would run into the next document are then dropped.
    full_windows = np.where(full, windows, 0)
    if full_windows.sum():
        total_units = len(units)
        acc = units[: total_units - n + 1].copy()
        for k in range(1, n):
            acc *= _TOKEN_BASE
            acc += units[k : total_units - n + 1 + k]
        doc_of = np.repeat(np.arange(docs), full_windows)
        local = np.arange(int(full_windows.sum()), dtype=np.int64) - np.repeat(
            np.cumsum(full_windows) - full_windows, full_windows
        )
        result[out_offsets[doc_of] + local] = acc[starts[doc_of] + local]
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
    points, offsets = code_points(text)
    hashes, per_doc = _token_hashes(points, offsets)
    window, shingle_offsets = _window_hashes(hashes, per_doc, n)
    return Shingles(window, shingle_offsets, per_doc)


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
    bucket = np.cumsum(sizes) // CHUNK_BYTES  # chunk of each document, about CHUNK_BYTES each
    cuts = [0, *(np.flatnonzero(np.diff(bucket)) + 1).tolist(), len(sizes)]
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
    chars = token.decode("utf-8")
    acc = 0
    for char in reversed(chars):
        acc = (acc * int(_CHAR_BASE) + ord(char)) & _MASK64
    return _fmix64_int((acc + len(chars) * int(_LENGTH_MIX)) & _MASK64)


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
