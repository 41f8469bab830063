"""Fast paths of the pipeline agree with their plain definitions."""
import json
import re

from hypothesis import given, settings, strategies as st

from marsad.model import Document
from marsad.pipeline import Pipeline, RepeatMemo, guess_lang

_ARABIC = re.compile(r"[\u0600-\u06FF]")


def _lang_by_definition(sample: str) -> str:
    letters = sum(ch.isalpha() for ch in sample) or 1
    return "ar" if len(_ARABIC.findall(sample)) / letters > 0.3 else "other"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc xyz 123 قصف حلب ٠١٢،؟ ًٌ éß\ud800\U0001F600"), max_size=80))
def test_guess_lang_counts_like_the_regex(sample):
    assert guess_lang(sample) == _lang_by_definition(sample)


def test_guess_lang_on_mixed_text():
    assert guess_lang("قالت وكالة رويترز إن الاشتباكات استمرت") == "ar"
    assert guess_lang("Reuters said clashes went on near Aleppo") == "other"
    assert guess_lang("Reuters: حلب") == "other"  # 3 Arabic letters of 10
    assert guess_lang("") == "other"


def _doc(text: str, site: str = "example.org") -> Document:
    return Document(text=text, site=site, published="2018-03-02", raw=f"{site}#1")


TEXT = "قتل ثلاثة مدنيين أمس الخميس في قصف على مدينة دوما بريف دمشق."


def test_exact_repeat_replays_the_first_reading():
    p = Pipeline.default()
    first = p.process(_doc(TEXT))
    again = p.process(_doc(TEXT))
    assert p.repeats.hits == 1
    assert again is not first and again.raw == first.raw
    assert [e.to_dict() for e in again.events] == [e.to_dict() for e in first.events] and first.events
    fresh = Pipeline.default()
    fresh.repeats.size = 0
    alone = fresh.process(_doc(TEXT))
    assert [s.to_dict() for s in again.spans] == [s.to_dict() for s in alone.spans]
    assert json.dumps(again.dropped) == json.dumps(alone.dropped)


def test_repeat_on_another_site_is_read_again():
    p = Pipeline.default()
    p.process(_doc(TEXT))
    other = p.process(_doc(TEXT, site="other.example"))
    assert p.repeats.hits == 0 and other.events


def test_memo_is_bounded():
    memo = RepeatMemo(size=2)
    p = Pipeline.default()
    p.repeats = memo
    for k in range(4):
        p.process(_doc(TEXT + " " * k + "."))
    assert len(memo._docs) == 2
