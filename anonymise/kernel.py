"""The anonymise kernel: one Arrow batch in, the anonymised batch out, audit rows to `detections/`.

Built once per worker by `make_kernel` (called in the DoFn's `setup()`), so Presidio recognisers,
spaCy models and the pseudonym key are never pickled; the factory only carries the step's JSON.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections import Counter, defaultdict
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from anonymise.columns import column_entity, transform_column
from anonymise.engine import Engine, EngineConfig
from anonymise.languages import detect
from anonymise.operators import anonymise_text
from anonymise.policy import key_id, load_policy, read_key, uses_pseudonyms
from schemas.steps.anonymise import AnonymiseStep, Operator
from transforms.stage import BatchResult

log = logging.getLogger(__name__)

DETECTION_SCHEMA = pa.schema([
    ("step", pa.string()), ("record_id", pa.string()), ("column", pa.string()),
    ("start", pa.int32()), ("end", pa.int32()), ("entity_type", pa.string()),
    ("score", pa.float32()), ("recognizer", pa.string()), ("operator", pa.string()),
    ("language", pa.string()),
])
"""The audit table: where each detection was and what was done. Never the detected value."""

RESIDUAL_SAMPLES_PER_BATCH = 50
_OPAQUE = frozenset({"replace", "pseudonymise", "redact", "drop"})
STATS_DIR = "_anonymise"


def _bucket(score: float) -> str:
    return f"{min(int(score * 10), 9) / 10:.1f}"


class AnonymiseKernel:
    def __init__(self, step: AnonymiseStep, *, id_field: str, text_field: str | None, label: str,
                 work_dir: str | None) -> None:
        self.step = step
        self.label = label
        self.work_dir = work_dir
        self.loaded = load_policy(step.policy)
        policy = self.policy = self.loaded.policy
        self.key = read_key(policy.pseudonym_key) if uses_pseudonyms(policy) else None
        self.key_id = key_id(self.key) if self.key is not None else None
        self.engine = Engine(EngineConfig(
            entities=tuple(policy.entities), threshold=policy.threshold,
            allow_list=tuple(policy.allow_list), models=dict(step.models), ner=step.ner,
            recognizers=tuple(policy.recognizers), ner_batch_size=step.ner_batch_size,
        ))
        self.id_field = id_field
        self.text_fields = list(step.text_fields) or ([text_field] if text_field else [])
        self.default_language = step.languages[0] if step.languages else "en"

    def operator_for(self, entity: str) -> Operator:
        return self.policy.operators.get(entity, self.policy.default_operator)

    # ------------------------------------------------------------------------------------------
    def languages(self, batch: pa.RecordBatch) -> list[str]:
        n = batch.num_rows
        names = batch.schema.names
        given = batch.column(self.step.language_field).to_pylist() if self.step.language_field in names else [None] * n
        if self.step.language != "auto":
            return [g or self.step.language for g in given]
        missing = [i for i, g in enumerate(given) if not g]
        if missing and self.text_fields and self.text_fields[0] in names:
            texts = batch.column(self.text_fields[0]).to_pylist()
            found = detect([texts[i] for i in missing], languages=tuple(self.step.languages),
                           default=self.default_language)
            for i, lang in zip(missing, found):
                given[i] = lang
        return [g or self.default_language for g in given]

    def __call__(self, batch: pa.RecordBatch) -> BatchResult:
        started = time.perf_counter()
        names = batch.schema.names
        n = batch.num_rows
        ids = ([str(v) if v is not None else None for v in batch.column(self.id_field).to_pylist()]
               if self.id_field in names else [str(i) for i in range(n)])
        languages = self.languages(batch)
        det: dict[str, list] = defaultdict(list)
        counts: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(Counter))
        scores: dict[str, Counter] = defaultdict(Counter)
        recognizers: Counter = Counter()
        residual_hits: Counter = Counter()
        residual_records: set[str] = set()
        residual_samples: list[dict[str, Any]] = []
        chars = 0
        analyse_seconds = residual_seconds = 0.0
        columns = {name: batch.column(name) for name in names}

        for field in self.text_fields:
            if field not in names:
                continue
            texts = columns[field].to_pylist()
            chars += sum(len(t) for t in texts if t)
            t0 = time.perf_counter()
            found = self._analyze_unique(texts, languages)
            analyse_seconds += time.perf_counter() - t0
            new_texts: list[str | None] = []
            replaced: list[list[tuple[int, int]]] = []
            for i, (text, hits) in enumerate(zip(texts, found)):
                if not hits:
                    new_texts.append(text)
                    replaced.append([])
                    continue
                new_text, spans, ops = anonymise_text(text, hits, self.operator_for, self.key)
                new_texts.append(new_text)
                # our own tokens (tags, pseudonyms) are not leaks; what mask/generalise left may be
                replaced.append([span for span, op in zip(spans, ops) if op in _OPAQUE])
                for (start, end, entity, score, name), op in zip(hits, ops):
                    det["record_id"].append(ids[i]); det["column"].append(field)
                    det["start"].append(start); det["end"].append(end); det["entity_type"].append(entity)
                    det["score"].append(score); det["recognizer"].append(name); det["operator"].append(op)
                    det["language"].append(languages[i])
                    counts[entity][field][op] += 1
                    scores[entity][_bucket(score)] += 1
                    recognizers[name] += 1
            columns[field] = pa.array(new_texts, pa.string())
            if self.step.residual_scan:
                t0 = time.perf_counter()
                again = self._analyze_unique(new_texts, languages)
                residual_seconds += time.perf_counter() - t0
                for i, hits in enumerate(again):
                    for start, end, entity, score, name in hits:
                        if any(start < e and s < end for s, e in replaced[i]):
                            continue  # our own replacement (a tag or pseudonym), not a leak
                        if self.operator_for(entity).type == "keep":
                            continue
                        residual_hits[entity] += 1
                        residual_records.add(ids[i])
                        if len(residual_samples) < RESIDUAL_SAMPLES_PER_BATCH:
                            residual_samples.append({"record_id": ids[i], "column": field, "entity_type": entity,
                                                     "start": start, "end": end, "score": round(score, 3),
                                                     "recognizer": name})

        column_rows: dict[str, int] = {}
        for name, rule in self.policy.columns.items():
            if name not in names:
                continue
            array = columns[name]
            entity = column_entity(name, rule)
            out = transform_column(array, name, rule, self.key)
            op = rule.operator.type
            values = array.to_pylist()
            for i, value in enumerate(values):
                if value is None:
                    continue
                det["record_id"].append(ids[i]); det["column"].append(name); det["start"].append(0)
                det["end"].append(len(str(value))); det["entity_type"].append(entity); det["score"].append(1.0)
                det["recognizer"].append("column_policy"); det["operator"].append(op); det["language"].append(None)
            non_null = sum(v is not None for v in values)
            counts[entity][name][op] += non_null
            column_rows[name] = non_null
            if out is None:
                del columns[name]
            else:
                columns[name] = out

        kept = pa.RecordBatch.from_arrays(list(columns.values()), names=list(columns))
        detections = len(det["record_id"])
        if detections and self.step.detections and self.work_dir:
            self._write_detections(det)
        stats = {
            "rows": n, "documents": sum(1 for f in self.text_fields if f in names) and n, "chars": chars,
            "detections": detections,
            "languages": dict(Counter(languages)) if self.text_fields else {},
            "counts": {e: {c: dict(o) for c, o in cols.items()} for e, cols in counts.items()},
            "scores": {e: dict(c) for e, c in scores.items()},
            "recognizers": dict(recognizers),
            "column_rows": column_rows,
            "residual": {"hits": sum(residual_hits.values()), "records": len(residual_records),
                         "by_entity": dict(residual_hits), "samples": residual_samples},
            "seconds": {"analyse": analyse_seconds, "residual_scan": residual_seconds,
                        "total": time.perf_counter() - started},
        }
        if self.work_dir:
            self._write_stats(stats)
        summary = {k: stats[k] for k in ("rows", "chars", "detections", "counts")}
        summary["residual_hits"] = stats["residual"]["hits"]
        return BatchResult(kept=kept, stats=summary)

    def _analyze_unique(self, texts: list[str | None], languages: list[str]):
        index: dict[tuple[str, str], int] = {}
        unique_texts: list[str] = []
        unique_langs: list[str] = []
        where: list[int] = []
        for text, lang in zip(texts, languages):
            if not text:
                where.append(-1)
                continue
            key = (text, lang)
            slot = index.get(key)
            if slot is None:
                slot = index[key] = len(unique_texts)
                unique_texts.append(text)
                unique_langs.append(lang)
            where.append(slot)
        results = self.engine.analyze(unique_texts, unique_langs) if unique_texts else []
        return [results[w] if w >= 0 else [] for w in where]

    def _write_detections(self, det: dict[str, list]) -> None:
        n = len(det["record_id"])
        det["step"] = [self.label] * n
        table = pa.table({f.name: pa.array(det[f.name], f.type) for f in DETECTION_SCHEMA})
        url = f"{self.work_dir}/detections/{self.label}-{uuid.uuid4().hex}.parquet"
        fs, path = fsspec.core.url_to_fs(url)
        fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
        with fs.open(path, "wb") as handle:
            pq.write_table(table, handle, compression="zstd")

    def _write_stats(self, stats: dict[str, Any]) -> None:
        url = f"{self.work_dir}/{STATS_DIR}/{self.label}/{uuid.uuid4().hex}.json"
        fs, path = fsspec.core.url_to_fs(url)
        fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
        with fs.open(path, "w") as handle:
            json.dump(stats, handle)


def make_kernel(step_json: str, id_field: str, text_field: str | None, label: str, work_dir: str | None):
    """Kernel factory, called once per worker in `setup()` (picklable: plain strings only)."""
    step = AnonymiseStep.model_validate_json(step_json)
    return AnonymiseKernel(step, id_field=id_field, text_field=text_field, label=label, work_dir=work_dir)
