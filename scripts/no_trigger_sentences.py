"""Sentences with no trigger mention that still look like a conflict report (g76e recall audit).

    PYTHONPATH=src python scripts/no_trigger_sentences.py STORE.db SEED N

Reads N random documents (SEED) of a corpus store, runs the analyzer on each, and prints every sentence that holds
no trigger mention but a place and a broad conflict word (killing, fighting, seizing, bombing, entering, gas,
looting, agreements ...); "D" marks a sentence with a date of its own. For reading by hand, not for scoring.
"""
from __future__ import annotations

import random
import re
import sqlite3
import sys

from marsad.analyze import analyze_document

VOCAB = re.compile(r"(قتل|مقتل|اشتباك|معارك|معركة|سيطر|استعاد|تقدم|اقتحم|دخل|دخول|قصف|غارة|غارات|ضرب|استهداف|استهدف|"
                   r"انفجار|تفجير|هجوم|كيماو|نهب|سرق|دمر|تدمير|حرق|أحرق|اتفاق|هدنة|انسحب|انسحاب|سقط|أسر|اعتقل|اختطف|خطف|"
                   r"جرح|إصاب|ضحايا|مواجهات|تحرير|حرر|طيران|مقاتلات|صاروخ|قذائف|مفخخ|لغم|ألغام|اغتيال|اغتال|إعدام|أعدم|"
                   r"مظاهر|احتج)")


def starts_in(spans: list[int], lo: int, hi: int) -> bool:
    return any(lo <= x < hi for x in spans)


def main(db: str, seed: int, n: int) -> None:
    docs = sqlite3.connect(db).execute("select doc_id, published, text from documents").fetchall()
    random.Random(seed).shuffle(docs)
    shown = 0
    for doc_id, pub, text in docs[:n]:
        r = analyze_document(text, pub)
        at = {k: [m["start"] for m in r["mentions"] if m["kind"] == k] for k in ("trigger", "place", "date")}
        for s in r["sentences"]:
            lo, hi = s["start"], s["end"]
            if starts_in(at["trigger"], lo, hi) or not starts_in(at["place"], lo, hi):
                continue
            found = VOCAB.findall(s["text"])
            if found:
                shown += 1
                dated = "D" if starts_in(at["date"], lo, hi) else "-"
                print(f"### {shown} {doc_id} {pub} {dated} [{','.join(sorted(set(found)))}]\n{s['text'][:400]}\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
