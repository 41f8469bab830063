import gc

from marsad.gctune import THRESHOLDS, run_collector


def test_run_collector_freezes_and_restores():
    before = gc.get_threshold()
    alive = [object() for _ in range(10)]
    with run_collector():
        assert gc.get_freeze_count() >= len(alive)
        assert gc.get_threshold() == THRESHOLDS
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_run_collector_restores_after_an_error():
    before = gc.get_threshold()
    try:
        with run_collector():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_cycles_made_inside_are_still_collected():
    with run_collector():
        a = []
        a.append(a)
        del a
        assert gc.collect() >= 1


def _tuned_at_save(monkeypatch) -> list[tuple[int, tuple[int, ...]]]:
    """Records the collector's state each time the word file is saved."""
    import marsad.wordcache as wordcache

    seen: list[tuple[int, tuple[int, ...]]] = []
    monkeypatch.setattr(wordcache, "save", lambda pipeline: seen.append((gc.get_freeze_count(), gc.get_threshold())))
    return seen


def _one_article(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "x", "text": "قتل ثلاثة مدنيين أمس في قصف على مدينة حلب.", "published": "2018-01-01"}\n',
                   encoding="utf-8")
    return src


def test_run_saves_the_word_file_before_the_collector_thaws(tmp_path, monkeypatch):
    # thawed with the default thresholds, the save's allocations would set off a collection over all the run learnt
    from marsad.pipeline import Pipeline, run
    from marsad.store import Store

    seen = _tuned_at_save(monkeypatch)
    store = Store(tmp_path / "s.db")
    run([str(_one_article(tmp_path))], store, Pipeline.default())
    store.close()
    assert len(seen) == 1 and seen[0][0] > 0 and seen[0][1] == THRESHOLDS


def test_bench_pass_saves_the_word_file_before_the_collector_thaws(tmp_path, monkeypatch):
    from marsad.bench import full_pass

    seen = _tuned_at_save(monkeypatch)
    full_pass([str(_one_article(tmp_path))], "t", tmp_path / "s.db")
    assert len(seen) == 1 and seen[0][0] > 0 and seen[0][1] == THRESHOLDS


def test_a_batch_of_documents_worth_of_objects_sets_off_no_collection():
    # what a collection walks is what is alive: documents in flight and in the store's batch are left to
    # reference counting (each one ~several hundred tracked objects, 200 to a batch)
    runs = []
    cb = lambda phase, info: runs.append(info["generation"]) if phase == "start" else None  # noqa: E731
    with run_collector():
        gc.callbacks.append(cb)
        try:
            alive = [[i] for i in range(150_000)]
        finally:
            gc.callbacks.remove(cb)
    assert len(alive) == 150_000 and runs == []
