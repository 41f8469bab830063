"""Composed Arabic articles (never real news text) for copy detection and event merging."""
from __future__ import annotations

import pytest

from marsad.model import Document

DAY = "2018-02-06"

# One air strike on Maarat al-Numan, told by three outlets in their own words.
STRIKE_A = (
    "قتل خمسة مدنيين وأصيب عشرة آخرون الثلاثاء جراء غارات جوية شنتها طائرات حربية روسية على مدينة "
    "معرة النعمان في ريف إدلب الجنوبي، بحسب ما أفاد الدفاع المدني."
)
STRIKE_B = (
    "استهدفت الطائرات الحربية الروسية بعدة غارات مدينة معرة النعمان جنوب إدلب يوم الثلاثاء، ما أدى إلى "
    "مقتل سبعة مدنيين بينهم طفلان، وفق ناشطين محليين."
)
STRIKE_C = (
    "قال المرصد السوري لحقوق الإنسان إن ستة مدنيين لقوا حتفهم في قصف جوي روسي طال أحياء سكنية في "
    "معرة النعمان الثلاثاء."
)
# Same day, same kind of strike, in Taftanaz, 40 km north of Maarat al-Numan.
STRIKE_FAR = (
    "شنت طائرات حربية روسية غارات جوية على بلدة تفتناز في ريف إدلب الثلاثاء، ما أسفر عن مقتل ثلاثة مدنيين."
)
# Same town, same day: a ground clash, not the air strike.
CLASH_SAME_TOWN = (
    "دارت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام في مدينة معرة النعمان الثلاثاء."
)

# An agency story long enough to have a lead and a body, and a republication of it.
AGENCY_STORY = (
    "شنت طائرات حربية غارات جوية على مدينة سراقب في ريف إدلب الشرقي الثلاثاء، ما أسفر عن مقتل أربعة مدنيين "
    "وإصابة آخرين بجروح، بحسب ما أفاد الدفاع المدني في المحافظة.\n"
    "وقال متطوعون في فرق الإنقاذ إن الغارات استهدفت سوقا شعبيا وسط المدينة في ساعات الصباح، وإن فرقهم "
    "عملت لساعات على انتشال العالقين من تحت الأنقاض.\n"
    "وتشهد المحافظة منذ أسابيع تصعيدا عسكريا تزامن مع تقدم القوات الحكومية في ريفها الجنوبي الشرقي، "
    "ما دفع آلاف العائلات إلى النزوح نحو المناطق القريبة من الحدود التركية.\n"
    "ودعت منظمات إنسانية إلى وقف فوري للقصف وفتح ممرات آمنة لإيصال المساعدات إلى المدنيين."
)
AGENCY_COPY = (
    AGENCY_STORY.replace("وإصابة آخرين بجروح", "وإصابة عدد من الأشخاص بجروح").replace("في ساعات الصباح", "صباحا")
    + "\nاقرأ أيضا:\nمساعدات أممية تصل إلى الشمال السوري\nاجتماع دولي حول الوضع الإنساني\n"
    "جميع الحقوق محفوظة لموقع الخبر اليومي"
)
# A follow-up by the same agency: another lead, but the same background paragraphs.
AGENCY_FOLLOW_UP = (
    "ارتفع عدد القتلى المدنيين في مدينة سراقب بريف إدلب إلى تسعة الأربعاء بعد وفاة جرحى متأثرين بإصاباتهم، "
    "وسط استمرار تحليق الطيران الحربي في أجواء المنطقة.\n"
    "وتشهد المحافظة منذ أسابيع تصعيدا عسكريا تزامن مع تقدم القوات الحكومية في ريفها الجنوبي الشرقي، "
    "ما دفع آلاف العائلات إلى النزوح نحو المناطق القريبة من الحدود التركية.\n"
    "ودعت منظمات إنسانية إلى وقف فوري للقصف وفتح ممرات آمنة لإيصال المساعدات إلى المدنيين."
)


@pytest.fixture(scope="session")
def pipeline():
    from marsad.pipeline import Pipeline

    return Pipeline.default()


@pytest.fixture(scope="session")
def process(pipeline):
    """Run the standard pipeline on one composed article, as a given outlet."""
    cache: dict = {}

    def _process(text: str, outlet: str, published: str = DAY) -> Document:
        key = (text, outlet, published)
        if key not in cache:
            doc = pipeline.process(Document(text=text, site=outlet, source=outlet, published=published))
            assert isinstance(doc, Document), doc
            cache[key] = doc
        # a fresh copy each time: the store sets copy_of on what it is given
        d = cache[key]
        return Document(**{f: getattr(d, f) for f in Document.__dataclass_fields__})

    return _process


@pytest.fixture
def dstore(tmp_path):
    from marsad.store import Store

    s = Store(tmp_path / "d.db", dedup=True)
    yield s
    s.close()
