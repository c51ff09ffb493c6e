"""English typing slips read as the base's own words (ivr/knowledge/spelling.py)."""

from __future__ import annotations

import pytest

from ivr.knowledge.spelling import SpellingNeighbours, one_slip
from tests.knowledge.held_out_measure import DAY, shipped_index

HOLDING = {"refund": 9, "warranty": 4, "restaurant": 3, "received": 2, "cancellation": 2, "leather": 1,
           "right": 5, "cancel": 6, "owner": 2, "refunds": 1}


@pytest.mark.parametrize(("typed", "meant"), [
    ("refnd", "refund"),  # a letter missing
    ("refundd", "refund"),  # one too many
    ("restuarant", "restaurant"),  # two neighbours swapped
    ("warrenty", "warranty"),  # one changed inside a long word
    ("cancelation", "cancellation"),
])
def test_a_slip_is_read_as_the_word_meant(typed: str, meant: str) -> None:
    assert SpellingNeighbours(HOLDING).correct(typed) == meant


@pytest.mark.parametrize("typed", [
    "weather",  # leather: the first letter never changes
    "night",  # right: short words are left alone
    "cancer",  # cancel: a changed letter only inside words of seven letters or more
    "lower",  # owner: two slips
    "refund",  # a word the base holds is not corrected
    "zzzzzzz",
])
def test_ordinary_words_are_not_read_as_the_base_s_words(typed: str) -> None:
    assert SpellingNeighbours(HOLDING).correct(typed) is None


def test_the_word_most_entries_hold_wins_among_equally_close_ones() -> None:
    assert one_slip("recieve", "receive") and one_slip("recieve", "relieve")
    assert SpellingNeighbours({"receive": 3, "relieve": 1}).correct("recieve") == "receive"
    assert SpellingNeighbours({"receive": 1, "relieve": 3}).correct("recieve") == "relieve"


def test_a_typed_slip_finds_the_entry_the_word_would() -> None:
    index = shipped_index()
    right = index.search("hair salon wont refund my prepaid card", DAY, 1)
    slipped = index.search("hair salon wont refnd my prepaid card", DAY, 1)
    assert [m.entry.id for m in slipped] == [m.entry.id for m in right]
    assert slipped[0].confidence == right[0].confidence
