"""The cyclic collector is held while a catalog is built, and always given back."""

from __future__ import annotations

import gc

import pytest

from mkdocs_arch_cards.core.collector import collector_paused


def test_the_collector_is_held_inside_and_running_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_gives_the_collector_back() -> None:
    with pytest.raises(KeyError), collector_paused():
        raise KeyError
    assert gc.isenabled()


def test_a_collector_the_caller_holds_stays_held() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_as_a_decorator_it_holds_the_collector_for_each_call() -> None:
    @collector_paused()
    def enabled() -> bool:
        return gc.isenabled()

    assert (enabled(), enabled(), gc.isenabled()) == (False, False, True)
