"""The checks every blind set measured with the list of close questions gets (the sixth and later): its shape,
its labels, no copies, floors from its one measurement, and issue 17's targets as a strict xfail. A set's test
module subclasses ``HeldOutChecks`` with its figures; the figures stay in the module, with its history."""

from __future__ import annotations

from typing import ClassVar

import pytest

from tests.knowledge.held_out_measure import (
    BlindSet,
    Counts,
    copy_problems,
    count,
    label_problems,
    off_topic_refused,
    reached,
    shipped_index,
    targets_missed,
    with_punctuation,
)


class HeldOutChecks:
    SET: ClassVar[BlindSet]
    QUESTIONS: ClassVar[list[str]]  # as written, before labels
    LABELLED_AGAINST: ClassVar[frozenset[str]]
    EARLIER_SETS: ClassVar[list[str]]
    # sizes: questions, off-topic, English questions, with an entry, without
    SIZES: ClassVar[tuple[int, int, int, int, int]]
    FLOOR_TOP1: ClassVar[int]
    FLOOR_TOP3: ClassVar[int]
    FLOOR_REFUSED: ClassVar[int]
    CEILING_WRONG_GIVEN: ClassVar[int]
    FLOOR_REACHED: ClassVar[int]
    CEILING_WRONG_READ_WITH_LIST: ClassVar[int]
    CEILING_REFUSE_READ_WITH_LIST: ClassVar[int]

    @pytest.fixture(scope="class")
    def counts(self) -> Counts:
        return count(shipped_index(), self.SET)

    def test_the_set_has_its_shape_and_labels_came_after_the_questions(self) -> None:
        blind = self.SET
        assert blind.questions == self.QUESTIONS, "labels must not reorder or rewrite the questions"
        questions, off_topic, english_count, answerable, unanswerable = self.SIZES
        assert len(blind.questions) == questions and len(blind.off_topic) == off_topic
        assert len(set(blind.everything)) == len(blind.everything), "a question is there twice"
        english = [t for t in blind.questions if t.isascii()]
        assert len(english) == english_count and all(t == t.lower() for t in english), "English as typed"
        assert 0.70 <= (questions - len(english)) / questions <= 0.80, "about three quarters Mandarin"
        assert not with_punctuation(blind.everything), "the recogniser writes no punctuation"
        assert len(blind.answerable) == answerable and len(blind.unanswerable) == unanswerable

    def test_labels_name_entries_of_the_base_and_later_entries_are_declared(self) -> None:
        assert not label_problems(self.SET, self.LABELLED_AGAINST), label_problems(self.SET, self.LABELLED_AGAINST)

    def test_no_question_copies_the_base_or_an_earlier_set(self) -> None:
        assert not copy_problems(self.SET, self.EARLIER_SETS), copy_problems(self.SET, self.EARLIER_SETS)

    def test_floors_on_questions_with_an_answering_entry(self, counts: Counts) -> None:
        assert counts.top1 >= self.FLOOR_TOP1, (counts.top1, self.FLOOR_TOP1)  # figures only: the set stays unread
        assert counts.top3 >= self.FLOOR_TOP3, (counts.top3, self.FLOOR_TOP3)

    def test_floor_on_refusals_of_unanswerable_and_off_topic_questions(self, counts: Counts) -> None:
        assert counts.refused >= self.FLOOR_REFUSED, (counts.refused, self.FLOOR_REFUSED)
        assert len(counts.given) <= self.CEILING_WRONG_GIVEN, len(counts.given)

    def test_with_the_list_most_callers_reach_their_answer_and_few_hear_a_wrong_one(self, counts: Counts) -> None:
        lists = reached(counts, shipped_index().threshold)
        assert lists.answerable == len(self.SET.answerable) and lists.to_refuse == len(self.SET.to_refuse)
        assert lists.right >= self.FLOOR_REACHED, (lists.right, self.FLOOR_REACHED)
        assert lists.read_wrong <= self.CEILING_WRONG_READ_WITH_LIST, lists.read_wrong
        assert lists.refuse_read <= self.CEILING_REFUSE_READ_WITH_LIST, lists.refuse_read

    @pytest.mark.xfail(strict=True, reason="issue 17's top-1 and top-3 targets are not met (the set's module doc)")
    def test_issue_17_targets(self, counts: Counts) -> None:
        missed = targets_missed(counts)
        assert not missed, missed


class OffTopicTarget:
    """Issue 17's off-topic refusal target (90 % of the set's off-topic questions), for the sets that hold it
    (the seventh and later; the sixth measured 89.7 %). Mixed into a ``HeldOutChecks`` class, whose ``counts`` it
    uses."""

    SET: ClassVar[BlindSet]

    def test_off_topic_questions_are_refused_as_issue_17_asks(self, counts: Counts) -> None:
        refused = off_topic_refused(counts, self.SET)
        assert refused / len(self.SET.off_topic) >= 0.9, (refused, len(self.SET.off_topic))
