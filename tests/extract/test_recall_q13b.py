"""Happenings found on unseen news only once their wording is known (branch q13b), on sentences of our own.

Rockets that fell or an "aggression" a place underwent are a strike without a named attacker; a sit-in
and protesters who condemn are a protest; a foiled attack by drones is disrupted weapons use; an
offensive pressed on or resumed is a clash, and an offensive to take a camp is no attack on civilians.
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-01"  # a Tuesday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


@pytest.mark.parametrize("sub, rule, text", [
    ("Shelling/artillery/missile attack", "tr-shell-300", "وأفادت مصادر أمنية بسقوط صواريخ على مطار الموصل فجر الأحد."),
    ("Shelling/artillery/missile attack", "tr-shell-301", "وأفاد الأهالي بسقوط قذائف على حي في مدينة حلب."),
    ("Shelling/artillery/missile attack", "tr-shell-303", "وقالت الشرطة إن المطار تعرض لهجوم بصواريخ في البصرة."),
    ("Shelling/artillery/missile attack", "tr-shell-305",
     "وقال مصدر عسكري إن مواقع في ريف حمص تعرضت لعدوان جديد بصواريخ معادية ليل الأحد."),
    ("Peaceful protest", "tr-pro-300", "واعتصم العشرات من الطلاب في مدينة الحسكة يوم الأحد."),
    ("Peaceful protest", "tr-pro-301", "وندد المتظاهرون في مدينة إدلب يوم الجمعة بالقصف."),
    ("Disrupted weapons use", "tr-dis-300", "وأحبطت الدفاعات الروسية في مطار حميميم هجوما بطائرات مسيرة ليل الأحد."),
    ("Armed clash", "tr-clash-300", "واستأنفت القوات الحكومية يوم الجمعة هجومها على بلدة الحجر الأسود."),
    ("Armed clash", "tr-clash-301", "وواصل الجيش السوري هجومه، الأحد، لاستعادة مخيم اليرموك في جنوب دمشق."),
])
def test_a_known_wording_makes_the_event(extractor, sub, rule, text):
    doc = _run(extractor, text)
    ev = [e for e in doc.events if e.sub_event_type == sub]
    assert ev and rule in ev[0].rule_ids, (doc.events, doc.dropped)


@pytest.mark.parametrize("sub, text", [
    # an offensive named without being pressed on is a reference, not the day's fighting (needs offensive_pressed)
    ("Armed clash", "وطالبت واشنطن الحكومة بأن توقف هجومها على البلدة في ريف حماة."),
    # resuming told in the future (md-fut-300)
    ("Armed clash", "وقال التلفزيون إن القوات ستستأنف هجومها على الحي في جنوب دمشق."),
    # holding one's silence is no sit-in (md-sense-300)
    ("Peaceful protest", "واعتصم الطفل بالصمت في مدينة حمص يوم الجمعة."),
    # foiling what does not fly is no interception (needs intercepted)
    ("Disrupted weapons use", "وأحبطت الحكومة مشروع قرار في مجلس الأمن يوم الجمعة."),
])
def test_a_near_wording_makes_none(extractor, sub, text):
    doc = _run(extractor, text)
    assert sub not in [e.sub_event_type for e in doc.events], doc.events


def test_an_offensive_to_take_a_camp_is_no_attack_on_civilians(extractor):
    # rf-vac-1 unless territory_goal
    doc = _run(extractor, "وواصل الجيش السوري هجومه، الأحد، لاستعادة مخيم اليرموك في جنوب دمشق.")
    assert "Attack" not in [e.sub_event_type for e in doc.events], doc.events


def test_years_counted_back_from_now_are_no_years_of_a_recalled_happening(extractor):
    # "منذ ... أعوام من": the span ends at the years; "من السيطرة" is the verb's (frames._since_span)
    doc = _run(extractor, "وتمكنت القوات الحكومية للمرة الأولى منذ أكثر من ثلاثة أعوام من السيطرة على معبر نصيب.")
    assert "Government regains territory" in [e.sub_event_type for e in doc.events], doc.dropped


def test_years_of_a_happening_stay_background(extractor):
    doc = _run(extractor, "وعاد السكان إلى المدينة بعد ثلاثة أعوام من السيطرة على معبر نصيب.")
    assert "Government regains territory" not in [e.sub_event_type for e in doc.events], doc.events


@pytest.mark.parametrize("text", [
    "ويتركز القصف المكثف والقتال المحتدم على الحي في جنوب دمشق منذ يوم الأحد.",  # tr-clash-305 (g105p: a since-day)
    "وفتحت طرق إلى جزء من الجيب في جنوب دمشق احتدم القتال فيه يوم الأحد.",  # tr-clash-303
    "واحتدمت المعارك البرية في محيط مدينة دوما يوم الأحد.",  # tr-clash-309
])
def test_raging_fighting_is_a_clash_beside_shelling(extractor, text):
    # a qualified "قتال" is strong enough not to be subsumed by the shelling of its sentence
    doc = _run(extractor, text)
    assert "Armed clash" in [e.sub_event_type for e in doc.events], doc.dropped


@pytest.mark.parametrize("rule, text", [
    ("tr-shell-306", "وقال الجيش يوم الأحد إن صواريخ أصابت قاعدة عسكرية قرب مدينة حماة."),
    ("tr-shell-315", "وذكر التلفزيون الرسمي يوم الاثنين أن صاروخين سقطا في محيط مطار حلب."),
    ("tr-shell-314", "وأفادت مصادر أمنية يوم الجمعة بسقوط ثلاثة صواريخ على مطار البصرة."),
])
def test_projectiles_that_fell_or_hit_are_a_strike(extractor, rule, text):
    doc = _run(extractor, text)
    ev = [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert ev and rule in ev[0].rule_ids, (doc.events, doc.dropped)


@pytest.mark.parametrize("text", [
    "وأكد المحللون أن سقوط النظام بات بعيدا في مدينة حلب.",  # no projectile: "سقوط" is a fall
    "وسقط عشرات القتلى في مدينة حلب يوم الجمعة.",  # casualties fall, nothing fired (needs projectile)
])
def test_a_fall_without_a_projectile_is_no_strike(extractor, text):
    doc = _run(extractor, text)
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in doc.events], doc.events


@pytest.mark.parametrize("sub, rule, text", [
    ("Shelling/artillery/missile attack", "tr-shell-302", "وأفاد الأهالي بسقوط قذيفة على حي في مدينة حلب يوم الجمعة."),
    ("Shelling/artillery/missile attack", "tr-shell-304", "وشن المسلحون هجوما بصواريخ على مطار حماة يوم الجمعة."),
    ("Shelling/artillery/missile attack", "tr-shell-307", "وقال الجيش يوم الأحد إن صاروخا أصاب قاعدة عسكرية قرب مدينة حماة."),
    ("Shelling/artillery/missile attack", "tr-shell-308", "وقال الأهالي يوم الأحد إن قذائف أصابت سوقا في مدينة حلب."),
    ("Shelling/artillery/missile attack", "tr-shell-309", "وقال الأهالي يوم الأحد إن قذيفة أصابت مدرسة في مدينة حلب."),
    ("Shelling/artillery/missile attack", "tr-shell-310", "وقالت الشرطة يوم الأحد إن صواريخ سقطت قرب مطار البصرة."),
    ("Shelling/artillery/missile attack", "tr-shell-311", "وقالت الشرطة يوم الأحد إن صاروخا سقط قرب مطار البصرة."),
    ("Shelling/artillery/missile attack", "tr-shell-312", "وقالت الشرطة يوم الأحد إن قذائف سقطت داخل المنطقة الخضراء في بغداد."),
    ("Shelling/artillery/missile attack", "tr-shell-313", "وقالت الشرطة يوم الأحد إن قذيفة سقطت داخل المنطقة الخضراء في بغداد."),
    ("Peaceful protest", "tr-pro-302", "وندد المحتجون في مدينة البصرة يوم الجمعة بانقطاع الكهرباء."),
    ("Disrupted weapons use", "tr-dis-301", "وأعلن الجيش الروسي يوم الأحد إحباط هجوم بطائرات مسيرة على قاعدة حميميم."),
    ("Armed clash", "tr-clash-302", "وواصل مقاتلو تنظيم داعش يوم الجمعة هجومهم على بلدة هجين."),
    ("Armed clash", "tr-clash-304", "وأفاد المرصد يوم الأحد باحتدام القتال في محيط مدينة دوما."),
    ("Armed clash", "tr-clash-306", "ودار قتال عنيف يوم الأحد في محيط مدينة دوما."),
    ("Armed clash", "tr-clash-307", "وتواصل القتال العنيف يوم الأحد في محيط مدينة دوما."),
    ("Armed clash", "tr-clash-308", "واشتد القتال يوم الأحد في محيط مدينة دوما."),
    ("Armed clash", "tr-clash-310", "وأفاد المرصد يوم الأحد باحتدام المعارك في محيط مدينة دوما."),
    ("Armed clash", "tr-clash-311", "واحتدمت الاشتباكات يوم الأحد في محيط مدينة دوما."),
])
def test_each_new_wording_names_its_row(extractor, sub, rule, text):
    doc = _run(extractor, text)
    ev = [e for e in doc.events if e.sub_event_type == sub]
    assert ev and rule in ev[0].rule_ids, (doc.events, doc.dropped)
