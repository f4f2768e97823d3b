"""Labelled multilingual PII corpus generator and evaluator (see `python -m benchmarks.pii.evaluate -h`)."""
