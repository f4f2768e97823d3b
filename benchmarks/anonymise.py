"""Throughput of the anonymise stage vs Presidio's defaults, on one worker, in the same run.

    python benchmarks/anonymise.py --mb 50                # the figure the issue asks for
    python benchmarks/anonymise.py --quick                # 0.3 MB, for development

The corpus is the labelled multilingual generator of `benchmarks/pii` (7 languages, 6 genres,
hard negatives), generated once per (size, seed) and cached. Both systems get the same documents:

* Datalab: the stage kernel (`anonymise.kernel`) on Arrow batches of `--batch` rows: language
  detection, EU recognisers, spaCy NER (English and French, NER only, on sentences that can hold a
  name), operators, the detections table; without and then with the residual scan.
* Presidio: `BatchAnalyzerEngine` + `AnonymizerEngine` with default settings and the small English
  model on every document (its default configuration is English only). Presidio runs on the first
  `--presidio-mb` of the corpus (it is ~40x slower; rates are per document, so a prefix is a fair
  sample of the same mix).

Recall (any label, overlapping gold spans) and the verbatim leak rate are printed for both, on the
documents each system processed. Heavy model loading is excluded from both timings.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def corpus(mb: float, seed: int) -> list[dict]:
    from benchmarks.pii.generate import generate

    cache = Path(tempfile.gettempdir()) / f"datalab-anon-bench-{mb}-{seed}.jsonl"
    if cache.exists():
        return [json.loads(line) for line in cache.open(encoding="utf-8")]
    docs, size = [], 0
    for doc in generate(10**9, seed):
        docs.append(doc)
        size += len(doc["text"].encode())
        if size >= mb * 1e6:
            break
    with cache.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return docs


def run_datalab(docs: list[dict], batch_rows: int, residual: bool):
    import pyarrow as pa

    from anonymise.kernel import make_kernel
    from schemas.steps.anonymise import AnonymiseStep

    step = AnonymiseStep(residual_scan=residual, detections=True)
    with tempfile.TemporaryDirectory() as work:
        kernel = make_kernel(step.model_dump_json(), "id", "text", "anonymise", work)
        kernel(pa.RecordBatch.from_pydict({"id": ["w1", "w2"], "text": [
            "Warm-up: Dear Mr. John Smith, thanks.", "Bonjour Madame Claire Martin, merci."]}))
        texts_out: list[str] = []
        started = time.perf_counter()
        for i in range(0, len(docs), batch_rows):
            part = docs[i:i + batch_rows]
            batch = pa.RecordBatch.from_pydict({"id": [d["id"] for d in part], "text": [d["text"] for d in part]})
            texts_out.extend(kernel(batch).kept.column("text").to_pylist())
        seconds = time.perf_counter() - started
    return seconds, None


def run_presidio(docs: list[dict]):
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from anonymise.engine import installed_model

    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": installed_model("en")}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    anonymizer = AnonymizerEngine()
    analyzer.analyze("Warm-up: Dear Mr. John Smith.", language="en")
    started = time.perf_counter()
    texts = [d["text"] for d in docs]
    results = list(batch.analyze_iterator(texts, language="en"))
    for text, found in zip(texts, results):
        anonymizer.anonymize(text=text, analyzer_results=found)
    seconds = time.perf_counter() - started
    return seconds, [[(r.start, r.end, r.entity_type) for r in rs] for rs in results]


def datalab_predictions(docs: list[dict]):
    from anonymise.engine import Engine, EngineConfig
    from anonymise.languages import detect

    engine = Engine(EngineConfig())
    out = []
    for i in range(0, len(docs), 2000):
        texts = [d["text"] for d in docs[i:i + 2000]]
        out.extend([(s, e, t) for s, e, t, *_ in hits] for hits in engine.analyze(texts, detect(texts)))
    return out


def _quiet() -> None:
    import logging

    for name in ("presidio-analyzer", "presidio-anonymizer", "tldextract", "py.warnings"):
        logging.getLogger(name).setLevel(logging.ERROR)


def main() -> None:
    _quiet()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    parser.add_argument("--presidio-mb", type=float, default=1.0, help="MB of the corpus Presidio processes")
    parser.add_argument("--batch", type=int, default=4096, help="rows per Arrow batch")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--quick", action="store_true", help="0.3 MB corpus, 0.1 MB for Presidio")
    args = parser.parse_args()
    if args.quick:
        args.mb, args.presidio_mb = 0.3, 0.1
    os.environ.setdefault("DATALAB_PSEUDONYM_KEY", "benchmark-key-not-secret-0123456789")
    t0 = time.perf_counter()
    docs = corpus(args.mb, args.seed)
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {mb:.1f} MB, 7 languages (generated/cached in {time.perf_counter() - t0:.0f} s)")

    from benchmarks.pii.evaluate import score

    seconds, _ = run_datalab(docs, args.batch, residual=False)
    d_rate = mb / seconds
    print(f"Datalab kernel            {mb / seconds:8.3f} MB/s {len(docs) / seconds:9.1f} docs/s  ({seconds:.1f} s)")
    seconds_r, _ = run_datalab(docs, args.batch, residual=True)
    print(f"Datalab + residual scan   {mb / seconds_r:8.3f} MB/s {len(docs) / seconds_r:9.1f} docs/s  ({seconds_r:.1f} s)")

    sample, size = [], 0
    for d in docs:
        sample.append(d)
        size += len(d["text"].encode())
        if size >= args.presidio_mb * 1e6:
            break
    p_seconds, p_preds = run_presidio(sample)
    p_mb = size / 1e6
    p_rate = p_mb / p_seconds
    print(f"Presidio defaults         {p_rate:8.3f} MB/s {len(sample) / p_seconds:9.1f} docs/s  ({p_seconds:.1f} s on {len(sample)} docs, {p_mb:.2f} MB)")
    print(f"speed-up (kernel, no residual scan): {d_rate / p_rate:.1f}x")
    d_eval = score(sample, datalab_predictions(sample))["overall"]
    p_eval = score(sample, p_preds)["overall"]
    print(f"on Presidio's documents: recall Datalab {d_eval['recall']:.3f} vs Presidio {p_eval['recall']:.3f}; "
          f"precision {d_eval['precision']:.3f} vs {p_eval['precision']:.3f}; "
          f"leak rate {d_eval['leak_rate'] * 100:.2f}% vs {p_eval['leak_rate'] * 100:.2f}%")


if __name__ == "__main__":
    main()
