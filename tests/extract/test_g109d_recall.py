"""g109d (recall of events not read at all): an offensive told going on in the present («وتشن القوات هجوما في محافظة
X»، «استمرار هجوم القوات على X», tr-clash-124500/124501) is an Armed clash, unless summed up over its span (cue group
campaign_span) or told in the future; a release traded for detainees and an exchange told done are an Agreement
(tr-agr-124502/124503, cue group exchange); a building destroyed by planes or strikes is an air strike
(tr-air-124510..124523); restoring security is no taking (md-sense-124504/124505)."""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-07-14"  # a Saturday


READ = [  # (text, sub-event type, a rule the event cites)
    ("وتشن القوات الحكومية هجوما في محافظة إدلب ضد الفصائل المسلحة مما دفع آلاف السكان إلى النزوح.",
     "Armed clash", "tr-clash-124500"),
    ("ووصلت قافلة المساعدات إلى المدينة في ظل استمرار هجوم القوات الحكومية على ريف حماة الشمالي.",
     "Armed clash", "tr-clash-124501"),
    ("أفرج تنظيم الدولة الإسلامية عن خمسة من المخطوفين في محافظة دير الزور، لقاء إفراج القوات الحكومية عن "
     "معتقلين لديها، وفق ما أفاد المرصد السوري الجمعة.", "Agreement", "tr-agr-124502"),
    ("وكانت آخر عملية تبادل بين الطرفين يوم الأحد الماضي في مدينة الميادين وشملت عشرين أسيرا.",
     "Agreement", "tr-agr-124503"),
    ("وقال مسعفون إنهم انتشلوا ثلاث جثث من تحت أنقاض منزل دمرته الطائرات الحربية في مدينة معرة النعمان الجمعة.",
     "Air/drone strike", "tr-air-124514"),
]

NOT_READ = [  # (text, sub-event type it must not yield)
    ("وتشن القوات الحكومية هجوما في محافظة إدلب منذ ثلاثة أسابيع ضد الفصائل المسلحة.", "Armed clash"),
    ("وقال الوزير إن البلدين ستشنان هجوما مشتركا على المسلحين في محافظة إدلب.", "Armed clash"),
    ("وأفرجت الشرطة الجمعة عن الناشط في مدينة حلب مقابل كفالة مالية.", "Agreement"),
    ("وأعلنت القوات الجمعة عن استعدادها لإجراء عملية تبادل لأسرى التنظيم في مدينة الرقة.", "Agreement"),
]


def _of(extractor, text: str, sub: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == sub]


@pytest.mark.parametrize(("text", "sub", "rule"), READ)
def test_recalled_event_is_read(extractor, text, sub, rule):
    evs = _of(extractor, text, sub)
    assert len(evs) == 1 and rule in evs[0].rule_ids


@pytest.mark.parametrize(("text", "sub"), NOT_READ)
def test_guard_span_future_bail_or_offer_is_not_read(extractor, text, sub):
    assert _of(extractor, text, sub) == []


def test_guard_restoring_security_is_no_taking(extractor):
    text = ("ودعت الحكومة إلى حل سياسي يضمن استعادة الأمن والاستقرار في محافظة درعا. وتشن القوات الحكومية هجوما في "
            "محافظة درعا ضد الفصائل المسلحة.")
    evs = [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Battles"]
    assert len(evs) == 1 and evs[0].sub_event_type == "Armed clash"
    assert "tr-terr-5" not in evs[0].rule_ids
