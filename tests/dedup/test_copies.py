"""Near-duplicate documents: MinHash/LSH proposals, checked on exact shingles and the lead."""
from __future__ import annotations

from stories import AGENCY_COPY, AGENCY_FOLLOW_UP, AGENCY_STORY, STRIKE_A  # noqa: I001

from marsad.dedup import CopyIndex, CopyOptions, compare_texts, shingles, signature
from marsad.dedup.shingles import shingle_hashes, words


def test_words_are_normalised_and_drop_conjunction_prefix():
    assert words("وقالَ المرصدُ") == words("قال المرصد")
    assert words("أعلنت إدارة") == words("اعلنت ادارة")


def test_signature_is_stable_across_calls_and_round_trips():
    a, b = signature(AGENCY_STORY), signature(AGENCY_STORY)
    assert a.jaccard(b) == 1.0
    from marsad.dedup.shingles import Signature

    c = Signature.from_bytes(a.to_bytes(), a.n_shingles)
    assert c.jaccard(a) == 1.0 and c.n_shingles == len(shingles(AGENCY_STORY))


def test_republished_copy_with_suffix_related_list_and_edits_is_a_copy():
    m = compare_texts(shingle_hashes(AGENCY_COPY), shingle_hashes(AGENCY_STORY), CopyOptions(), "orig")
    assert m is not None and m.doc_id == "orig"
    assert m.containment > 0.8 and m.lead > 0.5


def test_follow_up_sharing_background_paragraphs_is_not_a_copy():
    assert compare_texts(shingle_hashes(AGENCY_FOLLOW_UP), shingle_hashes(AGENCY_STORY), CopyOptions()) is None


def test_lsh_index_proposes_the_copy_and_not_an_unrelated_story():
    idx = CopyIndex()
    idx.add("orig", signature(AGENCY_STORY))
    idx.add("other", signature(STRIKE_A * 3))
    found = [d for d, _ in idx.candidates("new", signature(AGENCY_COPY))]
    assert found[:1] == ["orig"] and "other" not in found


def test_copy_is_stored_for_provenance_and_points_at_the_first_seen(dstore, process):
    orig = process(AGENCY_STORY, "وكالة الأنباء")
    copy1 = process(AGENCY_COPY, "الخبر اليومي")
    dstore.write_documents([orig])
    dstore.write_documents([copy1])
    assert dstore.document(copy1.doc_id)["copy_of"] == orig.doc_id
    assert dstore.document(orig.doc_id)["copy_of"] is None
    ev = dstore.conn.execute("SELECT copy_evidence FROM doc_minhash WHERE doc_id=?", (copy1.doc_id,)).fetchone()[0]
    assert '"of": "%s"' % orig.doc_id in ev


def test_a_copy_of_a_copy_points_at_the_original(dstore, process):
    orig = process(AGENCY_STORY, "وكالة الأنباء")
    c1 = process(AGENCY_COPY, "الخبر اليومي")
    c2 = process(AGENCY_COPY + "\nتابعونا على مواقع التواصل", "موقع ثالث")
    dstore.write_documents([orig, c1, c2])
    assert dstore.document(c2.doc_id)["copy_of"] == orig.doc_id


def test_copies_survive_a_new_store_session(tmp_path, process):
    """Signatures persist, so a later run finds copies of documents stored by an earlier one."""
    from marsad.store import Store

    s = Store(tmp_path / "p.db", dedup=True)
    orig = process(AGENCY_STORY, "وكالة الأنباء")
    s.write_documents([orig])
    s.close()
    s = Store(tmp_path / "p.db", dedup=True)
    c1 = process(AGENCY_COPY, "الخبر اليومي")
    s.write_documents([c1])
    assert s.document(c1.doc_id)["copy_of"] == orig.doc_id
    s.close()
