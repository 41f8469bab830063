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
