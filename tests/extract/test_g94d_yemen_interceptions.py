"""Yemen and Saudi Arabia (branch g94d): a missile or drone brought down over Saudi Arabia or Yemen whose launcher
goes unnamed was the Houthis' (default_targets.tsv dt-57950..57951); elsewhere it stays an unidentified group's."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"
HOUTHI = "Military Forces of Yemen (2017-) Houthi"


def _interceptions(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"]


def test_a_missile_intercepted_over_saudi_arabia_with_no_launcher_named_is_the_houthis(extractor):
    dwu = _interceptions(extractor, "أعلنت الدفاعات الجوية السعودية الأربعاء اعتراض صاروخ بالستي أطلق باتجاه مدينة نجران.")
    assert [(e.country, e.actor2) for e in dwu] == [("Saudi Arabia", HOUTHI)]
    assert "dt-57950" in dwu[0].rule_ids


def test_a_missile_intercepted_elsewhere_with_no_launcher_named_stays_unidentified(extractor):
    dwu = _interceptions(extractor, "أعلنت الدفاعات الجوية الأردنية الأربعاء اعتراض صاروخ أطلق باتجاه مدينة إربد.")
    assert dwu and all(e.actor2 != HOUTHI for e in dwu)


def _strikes(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [e for e in doc.events if e.sub_event_type == "Air/drone strike"]


def test_a_coalition_strike_backing_the_government_forces_falls_on_the_houthis(extractor):
    # the coalition and Hadi's forces fight on one side in Yemen (actor_roles ar-57953), the default gives the foe
    strikes = _strikes(extractor, "قتل قيادي ميداني الأربعاء بغارة جوية شنها طيران التحالف العربي المساند لقوات "
                                  "الجيش الوطني اليمني في مديرية الدريهمي بمحافظة الحديدة.")
    assert strikes and all(e.actor2 == HOUTHI for e in strikes)
    assert "dt-57957" in strikes[0].rule_ids
