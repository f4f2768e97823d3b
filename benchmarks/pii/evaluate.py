"""Evaluate Datalab's anonymiser and Presidio's defaults on the same labelled documents.

    python -m benchmarks.pii.evaluate --docs 1400            # generate (seeded) and evaluate
    python -m benchmarks.pii.evaluate --input pii.jsonl      # evaluate a given labelled file

Metrics (one run, both systems, same documents):
* span recall "any label": a gold span counts as found when any prediction overlaps it;
* span precision: predictions of an in-scope type that overlap some gold span (types outside the
  evaluated families, e.g. Presidio's DATE_TIME/LOCATION/NRP/URL, are counted apart, not scored);
* per family (PERSON, EMAIL, PHONE, IBAN, CARD, IP, NATIONAL_ID, VAT): label-aware P/R/F2;
* per language: any-label P/R/F2 and PERSON recall;
* leak rate: share of gold personal-data characters left verbatim, i.e. not covered by any
  prediction (every covered character is replaced by the anonymiser), and the share of documents
  with at least one verbatim gold character.
F2 weighs recall twice as much as precision (a miss is a leak; a false alarm only a lost word).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict

FAMILIES = {
    "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "IBAN_CODE": "IBAN",
    "CREDIT_CARD": "CARD", "IP_ADDRESS": "IP", "EU_VAT": "VAT", "DE_VAT_ID": "VAT", "IT_VAT_CODE": "VAT",
}
NATIONAL = {"DE_TAX_ID", "FR_NIR", "NL_BSN", "PL_PESEL", "SE_PERSONNUMMER", "BE_NATIONAL_NUMBER",
            "DK_CPR", "AT_SSN", "PT_NIF", "IE_PPSN", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "US_SSN",
            "UK_NHS", "US_PASSPORT", "US_DRIVER_LICENSE", "US_ITIN", "US_BANK_NUMBER", "UK_NINO",
            "FI_PERSONAL_IDENTITY_CODE", "DE_SOCIAL_SECURITY", "DE_ID_CARD", "DE_PASSPORT", "IT_IDENTITY_CARD"}


def family(label: str) -> str | None:
    if label in NATIONAL:
        return "NATIONAL_ID"
    return FAMILIES.get(label)


def f2(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 5 * p * r / (4 * p + r)


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(docs: list[dict], predictions: list[list[tuple[int, int, str]]]) -> dict:
    fam_tp_gold = defaultdict(int); fam_gold = defaultdict(int)
    fam_tp_pred = defaultdict(int); fam_pred = defaultdict(int)
    lang = defaultdict(lambda: defaultdict(int))
    name_source = defaultdict(lambda: [0, 0])
    gold_n = found_any = pred_n = pred_ok = out_of_scope = 0
    gold_chars = leaked_chars = docs_leaking = 0
    for doc, preds in zip(docs, predictions):
        L = lang[doc["lang"]]
        gold = [(s["start"], s["end"], family(s["label"]) or s["label"], s.get("name_source")) for s in doc["spans"]]
        in_scope = [p for p in preds if family(p[2])]
        out_of_scope += len(preds) - len(in_scope)
        for g in gold:
            gold_n += 1; fam_gold[g[2]] += 1; L["gold"] += 1
            hit_any = any(_overlaps(g, p) for p in preds)
            found_any += hit_any; L["found"] += hit_any
            hit_fam = any(_overlaps(g, p) and family(p[2]) == g[2] for p in in_scope)
            fam_tp_gold[g[2]] += hit_fam
            if g[2] == "PERSON":
                L["person_gold"] += 1; L["person_found"] += hit_fam
                name_source[g[3] or "?"][0] += 1; name_source[g[3] or "?"][1] += hit_fam
        for p in in_scope:
            fam = family(p[2])
            pred_n += 1; fam_pred[fam] += 1; L["pred"] += 1
            ok_any = any(_overlaps(g, p) for g in gold)
            pred_ok += ok_any; L["pred_ok"] += ok_any
            fam_tp_pred[fam] += any(_overlaps(g, p) and g[2] == fam for g in gold)
        covered = set()
        for p in preds:
            covered.update(range(p[0], p[1]))
        leaked_here = 0
        for g in gold:
            chars = set(range(g[0], g[1]))
            gold_chars += len(chars)
            leaked_here += len(chars - covered)
        leaked_chars += leaked_here
        docs_leaking += leaked_here > 0
    per_family = {}
    for fam in sorted(set(fam_gold) | set(fam_pred)):
        r = fam_tp_gold[fam] / fam_gold[fam] if fam_gold[fam] else float("nan")
        p = fam_tp_pred[fam] / fam_pred[fam] if fam_pred[fam] else float("nan")
        per_family[fam] = {"gold": fam_gold[fam], "pred": fam_pred[fam], "precision": p, "recall": r,
                           "f2": f2(p, r) if fam_gold[fam] and fam_pred[fam] else 0.0}
    per_lang = {}
    for code, L in sorted(lang.items()):
        r = L["found"] / L["gold"] if L["gold"] else float("nan")
        p = L["pred_ok"] / L["pred"] if L["pred"] else float("nan")
        per_lang[code] = {"precision": p, "recall": r, "f2": f2(p, r) if L["pred"] else 0.0,
                          "person_recall": L["person_found"] / L["person_gold"] if L["person_gold"] else float("nan")}
    recall = found_any / gold_n if gold_n else float("nan")
    precision = pred_ok / pred_n if pred_n else float("nan")
    return {
        "overall": {"precision": precision, "recall": recall, "f2": f2(precision, recall),
                    "gold_spans": gold_n, "predictions": pred_n, "out_of_scope_predictions": out_of_scope,
                    "leak_rate": leaked_chars / gold_chars if gold_chars else 0.0,
                    "docs_with_leak": docs_leaking / len(docs) if docs else 0.0},
        "families": per_family, "languages": per_lang,
        "person_by_name_source": {k: v[1] / v[0] for k, v in name_source.items() if v[0]},
    }


def run_datalab(docs: list[dict], *, batch: int = 500) -> tuple[list, float]:
    from anonymise.engine import Engine, EngineConfig
    from anonymise.languages import detect

    engine = Engine(EngineConfig())
    engine.analyze(["Warm-up: Dear Mr. John Smith."], ["en"]); engine.analyze(["Bonjour Madame Claire Martin."], ["fr"])
    started = time.perf_counter()
    out = []
    for i in range(0, len(docs), batch):
        texts = [d["text"] for d in docs[i:i + batch]]
        langs = detect(texts)
        out.extend([(s, e, ent) for s, e, ent, _sc, _n in hits] for hits in engine.analyze(texts, langs))
    return out, time.perf_counter() - started


def run_presidio(docs: list[dict]) -> tuple[list, float]:
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from anonymise.engine import installed_model

    model = installed_model("en")
    nlp = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    analyzer.analyze("Warm-up: Dear Mr. John Smith.", language="en")
    started = time.perf_counter()
    results = batch.analyze_iterator([d["text"] for d in docs], language="en", batch_size=64)
    out = [[(r.start, r.end, r.entity_type) for r in rs] for rs in results]
    return out, time.perf_counter() - started


def _fmt(x: float) -> str:
    return "  n/a" if x != x else f"{x:5.3f}"


def print_report(name: str, result: dict, seconds: float, n_docs: int, mb: float) -> None:
    o = result["overall"]
    print(f"\n== {name}: {n_docs} docs in {seconds:.1f} s ({n_docs / seconds:.1f} docs/s, {mb / seconds:.3f} MB/s)")
    print(f"overall  P {_fmt(o['precision'])}  R {_fmt(o['recall'])}  F2 {_fmt(o['f2'])}  "
          f"leak rate {o['leak_rate'] * 100:.2f}%  docs with a leak {o['docs_with_leak'] * 100:.1f}%  "
          f"(out-of-scope predictions ignored: {o['out_of_scope_predictions']})")
    print(f"{'family':<12} {'gold':>5} {'pred':>5}     P      R     F2")
    for fam, m in result["families"].items():
        print(f"{fam:<12} {m['gold']:>5} {m['pred']:>5}  {_fmt(m['precision'])} {_fmt(m['recall'])} {_fmt(m['f2'])}")
    print(f"{'language':<12}     P      R     F2  PERSON-R")
    for code, m in result["languages"].items():
        print(f"{code:<12} {_fmt(m['precision'])} {_fmt(m['recall'])} {_fmt(m['f2'])}  {_fmt(m['person_recall'])}")
    print("PERSON recall by name source: " + ", ".join(f"{k} {_fmt(v)}" for k, v in result["person_by_name_source"].items()))


def _quiet() -> None:
    import logging

    for name in ("presidio-analyzer", "presidio-anonymizer", "tldextract", "py.warnings"):
        logging.getLogger(name).setLevel(logging.ERROR)


def main() -> None:
    _quiet()
    parser = argparse.ArgumentParser(description="Evaluate Datalab vs Presidio defaults on labelled PII documents.")
    parser.add_argument("--input", help="labelled JSONL (default: generate)")
    parser.add_argument("--docs", type=int, default=1400)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--no-presidio", action="store_true", help="skip the Presidio baseline")
    parser.add_argument("--json", help="also write the metrics here")
    args = parser.parse_args()
    if args.input:
        with open(args.input, encoding="utf-8") as handle:
            docs = [json.loads(line) for line in handle if line.strip()]
    else:
        from benchmarks.pii.generate import generate

        docs = list(generate(args.docs, args.seed))
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    results = {}
    preds, seconds = run_datalab(docs)
    results["datalab"] = score(docs, preds)
    print_report("Datalab", results["datalab"], seconds, len(docs), mb)
    if not args.no_presidio:
        preds, seconds = run_presidio(docs)
        results["presidio_default"] = score(docs, preds)
        print_report("Presidio defaults (en model, all documents)", results["presidio_default"], seconds, len(docs), mb)
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(results, handle, indent=2)


if __name__ == "__main__":
    main()
