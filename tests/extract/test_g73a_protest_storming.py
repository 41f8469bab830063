"""g73a: a storming told a few words after the protesters who clashed with the police is their riot, not a second
armed clash with no other side (rf-riot-47700: protesters within 12 tokens of an Armed clash trigger).
Sentences composed for the test."""
from __future__ import annotations

from marsad.extract.step import EventExtractor
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-09-10"


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in EventExtractor()(MetaStep()(Document(text=text, published=PUB))).events]


def test_storming_after_protesters_clash_is_no_armed_clash():
    text = ("واشتبك عشرات المتظاهرين صباح الأحد مع عناصر الشرطة في مدينة الناصرية خلال محاولتهم اقتحام "
            "مبنى المحافظة.")
    subs = _subs(text)
    assert "Violent demonstration" in subs
    assert "Armed clash" not in subs


def test_clash_of_armed_sides_stays_a_clash():
    text = "واشتبك مسلحون من تنظيم داعش صباح الأحد مع عناصر الجيش العراقي قرب مدينة الحويجة."
    assert "Armed clash" in _subs(text)
