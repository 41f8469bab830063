"""`marsad eval --errors` and `--set`: misses and false positives classed, drop reasons shown, sets pooled."""
import json

from click.testing import CliRunner

from marsad.cli import cli
from marsad.evalerrors import document_errors, format_pairs, locate, nearest, pair_disagreements, summarize

SARAQIB = {"latitude": 35.86, "longitude": 36.80}
IDLIB = {"latitude": 35.93, "longitude": 36.63}
ALEPPO = {"latitude": 36.20, "longitude": 37.16}


def _ev(event_type="Battles", day="2018-02-07", where="سراقب", coords=SARAQIB, gold=False, **kw):
    e = {"event_type": event_type, "sub_event_type": "Armed clash", "date_start": day, "date_end": day, **coords, **kw}
    e["location" if gold else "location_text"] = where
    return e


def test_nearest_classes_by_what_differs():
    g = _ev(gold=True)
    assert nearest(g, [_ev(where="حلب", coords=ALEPPO)], event_is_gold=True)[0] == "place"
    assert nearest(g, [_ev(day="2018-02-01")], event_is_gold=True)[0] == "date"
    assert nearest(g, [_ev(event_type="Explosions/Remote violence")], event_is_gold=True)[0] == "type"
    assert nearest(g, [_ev(day="2018-02-01", where="حلب", coords=ALEPPO)], event_is_gold=True)[0] == "place+date"
    # nothing shares two of type, day and place: no counterpart
    far = _ev(event_type="Protests", day="2018-01-01", where="حلب", coords=ALEPPO)
    assert nearest(g, [far], event_is_gold=True) == ("none", None)


def test_nearest_prefers_the_closest_class():
    g = _ev(gold=True)
    other_day = _ev(day="2018-02-01")
    other_place = _ev(where="حلب", coords=ALEPPO)
    assert nearest(g, [other_day, other_place], event_is_gold=True) == ("place", other_place)


def test_locate_finds_the_evidence_by_its_opening_or_its_middle():
    text = "مقدمة. " + "اندلعت اشتباكات عنيفة بين الطرفين في بلدة سراقب صباح الأربعاء وسط قصف متبادل." + " خاتمة."
    ev = "اندلعت اشتباكات عنيفة بين الطرفين في بلدة سراقب صباح الأربعاء وسط قصف متبادل."
    assert locate(ev, text) == (text.index(ev), text.index(ev) + len(ev))
    # the opening changed by cleaning (a dateline cut): found by its middle, same span
    assert locate("(وكالة) " + ev[8:], text)[1] >= text.index(ev) + len(ev) - 10
    assert locate("جملة لا وجود لها في النص على الإطلاق هنا", text) is None
    assert locate(None, text) is None


def test_document_errors_lists_misses_with_the_drops_inside_their_evidence():
    text = "وهدد الجيش بقصف بلدة سراقب. واندلعت اشتباكات في حلب."
    gold = [_ev(event_type="Explosions/Remote violence", gold=True, evidence="وهدد الجيش بقصف بلدة سراقب.")]
    pred = [_ev(where="حلب", coords=ALEPPO, day="2018-01-20", rule_ids=["tr-clash-1"],
                evidence=[{"doc_id": "d", "start": 28, "end": 52, "text": "واندلعت اشتباكات في حلب."}])]
    dropped = [{"start": 11, "end": 15, "text": "بقصف", "reason": "modality:threat", "rule_id": "tr-shell-1"},
               {"start": 36, "end": 44, "text": "اشتباكات", "reason": "low confidence 0.2", "rule_id": "x"}]
    errs = document_errors(pred, gold, text, dropped)
    miss = [e for e in errs if e["kind"] == "miss"]
    fp = [e for e in errs if e["kind"] == "false_positive"]
    assert len(miss) == 1 and len(fp) == 1
    assert miss[0]["class"] == "none" and miss[0]["evidence_found"]
    # only the drop inside the missed evidence is listed with it
    assert [d["reason"] for d in miss[0]["dropped"]] == ["modality:threat"]
    assert fp[0]["event"]["rule_ids"] == ["tr-clash-1"] and fp[0]["event"]["evidence"].startswith("واندلعت")
    s = summarize({"d": errs})
    assert s["misses"] == {"none": 1} and s["false_positives"] == {"none": 1}
    assert s["drop_reasons_in_misses"] == {"modality:threat": 1}


def test_matched_events_are_no_errors():
    assert document_errors([_ev()], [_ev(gold=True)]) == []


def test_pair_disagreements_name_the_wrong_fields_of_a_match():
    # matched (same type, day within a day, same place) but the day and the toll differ
    p = _ev(day="2018-02-08", fatalities=3, actor1="Military Forces of Syria (2000-)", rule_ids=["tr-clash-1"])
    g = _ev(gold=True, fatalities=5, actor1="Military Forces of Syria (2000-)")
    (pair,) = pair_disagreements([p], [g])
    assert pair["fields"] == ["date", "fatalities"]
    text = format_pairs({"d1": [pair]})
    assert "date: 2018-02-08..2018-02-08 | 2018-02-07..2018-02-07" in text and "fatalities: 3 | 5" in text
    assert "rules: tr-clash-1" in text
    # an exact match lists nothing, and an unmatched pair is an error, not a disagreement
    assert pair_disagreements([_ev()], [_ev(gold=True)]) == []
    assert pair_disagreements([_ev(where="حلب", coords=ALEPPO)], [_ev(gold=True)]) == []


def _write(tmp_path, name, doc_id, text, events):
    art = {"doc_id": doc_id, "published": "2018-02-08", "site": "s", "text": text}
    (tmp_path / f"a_{name}.jsonl").write_text(json.dumps(art, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / f"g_{name}.jsonl").write_text(json.dumps({"doc_id": doc_id, "events": events}, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    return str(tmp_path / f"g_{name}.jsonl"), str(tmp_path / f"a_{name}.jsonl")


def test_eval_errors_and_pooled_sets_from_the_command_line(tmp_path):
    clash = "اندلعت اشتباكات عنيفة الأربعاء بين قوات النظام وهيئة تحرير الشام في بلدة سراقب."
    threat = "وهدد الجيش بقصف بلدة سراقب في ريف إدلب."
    found = _write(tmp_path, "1", "d1", clash, [_ev(gold=True, evidence=clash)])
    # the annotator of this set coded the threat as a strike: a miss whose evidence holds a dropped threat
    missed = _write(tmp_path, "2", "d2", threat, [_ev(event_type="Explosions/Remote violence", day="2018-02-08",
                                                      gold=True, evidence=threat)])
    r = CliRunner().invoke(cli, ["eval", *found, "--set", *missed, "--errors", "--json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert (res["overall"]["tp"], res["overall"]["gold"]) == (1, 2)
    assert res["errors"]["summary"]["misses"] == {"none": 1}
    (miss,) = res["errors"]["documents"]["d2"]
    assert miss["dropped"][0]["reason"] == "modality:threat"
    r = CliRunner().invoke(cli, ["eval", *found, "--set", *missed, "--errors"])
    assert r.exit_code == 0 and "MISS [none]" in r.output and "modality:threat" in r.output
    # without --errors the output is the scores alone
    r = CliRunner().invoke(cli, ["eval", *found, "--json"])
    assert "errors" not in json.loads(r.stdout) and "pair_disagreements" not in json.loads(r.stdout)
    r = CliRunner().invoke(cli, ["eval", *found, "--pairs", "--json"])
    # the composed gold names no sides, Marsad does: the one match disagrees on both
    (pair,) = json.loads(r.stdout)["pair_disagreements"]["d1"]
    assert pair["fields"] == ["actor1", "actor2"]
    r = CliRunner().invoke(cli, ["eval", *found, "--pairs"])
    assert r.exit_code == 0 and "matched pairs that disagree" in r.output


def test_eval_refuses_pooled_sets_that_share_a_document(tmp_path):
    a = _write(tmp_path, "1", "d1", "نص.", [])
    b = _write(tmp_path, "2", "d1", "نص آخر.", [])
    r = CliRunner().invoke(cli, ["eval", *a, "--set", *b])
    assert r.exit_code != 0 and "two files" in r.output
