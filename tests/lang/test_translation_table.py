"""The list translation table (g35h) translates every character as the normalisation table's dict does."""
import importlib

N = importlib.import_module("marsad.lang.ar.normalize")


def test_list_table_translates_as_the_dict():
    trans, _ = N._tables()
    table = N._translation()
    assert isinstance(table, list) and len(table) == 0x10000
    every_bmp = "".join(chr(cp) for cp in range(0x10000))
    assert every_bmp.translate(table) == every_bmp.translate(trans)


def test_beyond_the_bmp_is_left_as_it_is():
    text = "قصف \U0001F600 حلب \U00020000"
    assert text.translate(N._translation()) == text.translate(N._tables()[0])


def test_fold_of_short_text_uses_the_table():
    # shorter than _FAST_MIN: the string path; tashkeel deleted, alef forms folded as by the dict
    text = "أَعْلَنَتْ إِدارة"
    assert len(text) < N._FAST_MIN
    assert N.fold(text) == text.translate(N._tables()[0])
