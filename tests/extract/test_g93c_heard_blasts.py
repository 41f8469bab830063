"""g93c: the sound of explosions («سماع دوي انفجارات»، «سمعت أصوات انفجارات») is what was heard, not a bomb
(modality.tsv kind sense, md-sense-57600..57604): an act told beside it is that act's own event; a blast told without
the sound noun, or a bomb named in its own words, stays an event."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-08-20"
IED = "Remote explosive/landmine/IED"


def test_blasts_heard_with_proclitic_are_no_bomb(extractor):
    text = "أفاد المرصد الأحد بدوي انفجارات ضخمة في محيط بلدة القصير بريف حمص."
    assert not events_of(extractor, text, IED, PUB)


def test_sounds_of_blasts_with_no_cause_are_no_bomb(extractor):
    text = "وقال شهود إنهم سمعوا الأحد أصوات انفجارات قوية في محيط بلدة القصير بريف حمص."
    assert not events_of(extractor, text, IED, PUB)


def test_a_blast_told_without_the_sound_stays(extractor):
    text = "قتل ثلاثة أشخاص الأحد في انفجارات في سوق بلدة القصير بريف حمص."
    assert events_of(extractor, text, IED, PUB)


def test_a_car_bomb_heard_stays(extractor):
    text = "سمع دوي انفجار سيارة مفخخة الأحد في سوق بلدة القصير بريف حمص ما أدى إلى مقتل خمسة أشخاص."
    assert events_of(extractor, text, IED, PUB)
