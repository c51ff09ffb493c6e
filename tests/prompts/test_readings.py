"""How numbers, durations, dates, keys and digit strings are read (ivr.speech_numbers)."""

from __future__ import annotations

from datetime import date

import pytest

from ivr.speech_numbers import (
    ReadingError,
    digit_string,
    en_number,
    key_name,
    minutes,
    spoken_date,
    vocabulary,
    zh_number,
)

ZH = [
    (0, "零"), (2, "二"), (10, "十"), (11, "十一"), (12, "十二"), (20, "二十"), (22, "二十二"),
    (100, "一百"), (101, "一百零一"), (102, "一百零二"), (110, "一百一十"), (112, "一百一十二"),
    (200, "两百"), (222, "两百二十二"), (1000, "一千"), (1001, "一千零一"), (1002, "一千零二"),
    (1010, "一千零一十"), (2000, "两千"), (2200, "两千二百"), (10000, "一万"), (10010, "一万零一十"),
    (12000, "一万两千"), (20000, "两万"), (22222, "两万两千二百二十二"), (100010, "十万零一十"),
    (200000000, "两亿"), (100000001, "一亿零一"),
]
EN = [
    (0, "zero"), (2, "two"), (10, "ten"), (11, "eleven"), (12, "twelve"), (20, "twenty"), (22, "twenty two"),
    (100, "one hundred"), (101, "one hundred one"), (102, "one hundred two"), (110, "one hundred ten"),
    (200, "two hundred"), (1000, "one thousand"), (1001, "one thousand one"), (1002, "one thousand two"),
    (2000, "two thousand"), (10000, "ten thousand"), (20000, "twenty thousand"),
    (22222, "twenty two thousand two hundred twenty two"), (1_000_000, "one million"),
]


@pytest.mark.parametrize(("n", "reading"), ZH)
def test_mandarin_numbers(n: int, reading: str) -> None:
    assert "".join(zh_number(n)) == reading


@pytest.mark.parametrize(("n", "reading"), [(2, "两"), (12, "十二"), (20, "二十"), (22, "二十二"),
                                            (102, "一百零二"), (200, "两百"), (2000, "两千")])
def test_mandarin_counted_two_is_liang_only_where_mandarin_says_it(n: int, reading: str) -> None:
    assert "".join(zh_number(n, counted=True)) == reading  # 两位, but 二十二位


@pytest.mark.parametrize(("n", "reading"), EN)
def test_english_numbers(n: int, reading: str) -> None:
    assert " ".join(en_number(n)) == reading


@pytest.mark.parametrize(("total", "zh", "en"), [
    (1, "一分钟", "one minute"), (2, "两分钟", "two minutes"), (10, "十分钟", "ten minutes"),
    (22, "二十二分钟", "twenty two minutes"), (60, "一小时", "one hour"),
    (62, "一小时两分钟", "one hour and two minutes"), (120, "两小时", "two hours"), (0, "零分钟", "zero minutes"),
])
def test_durations(total: int, zh: str, en: str) -> None:
    assert "".join(minutes(total, "zh")) == zh
    assert " ".join(minutes(total, "en")) == en


@pytest.mark.parametrize(("day", "zh", "en"), [
    (date(2026, 12, 3), "十二月三日", "December third"),
    (date(2027, 1, 22), "一月二十二日", "January twenty-second"),
    (date(2026, 2, 10), "二月十日", "February tenth"),
    (date(2026, 10, 31), "十月三十一日", "October thirty-first"),
])
def test_dates(day: date, zh: str, en: str) -> None:
    assert "".join(spoken_date(day, "zh")) == zh
    assert " ".join(spoken_date(day, "en")) == en


def test_date_with_year_reads_the_year_digit_by_digit_in_mandarin() -> None:
    assert "".join(spoken_date(date(2026, 12, 3), "zh", with_year=True)) == "二零二六年十二月三日"
    assert " ".join(spoken_date(date(2026, 12, 3), "en", with_year=True)) == "December third two thousand twenty six"


@pytest.mark.parametrize(("digits", "zh", "en"), [
    ("261203000171", "二六幺二零三零零零幺七幺", "two six one two zero three zero zero zero one seven one"),
    ("0", "零", "zero"),
    ("12-3", "幺二三", "one two three"),
])
def test_digit_strings_are_read_digit_by_digit(digits: str, zh: str, en: str) -> None:
    assert "".join(digit_string(digits, "zh")) == zh
    assert " ".join(digit_string(digits, "en")) == en


def test_keys_have_names() -> None:
    assert key_name("*", "zh") == ["星号键"] and key_name("#", "en") == ["hash"]
    assert key_name("1", "zh") == ["一键"]
    with pytest.raises(ReadingError):
        key_name("x", "zh")


@pytest.mark.parametrize("n", [-1, 10**12])
def test_numbers_out_of_range_are_refused(n: int) -> None:
    with pytest.raises(ReadingError):
        zh_number(n)
    with pytest.raises(ReadingError):
        en_number(n)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_word_of_every_reading_is_in_the_vocabulary(language: str) -> None:
    words = set(vocabulary(language))
    read = [zh_number if language == "zh" else en_number]
    for n in list(range(0, 1200)) + [10**k + j for k in range(4, 12) for j in (0, 2, 22, 2022)]:
        for reader in read:
            assert set(reader(n)) <= words, n
        assert set(minutes(n % 500, language)) <= words
    days = [date(2026, month, day) for month in range(1, 13) for day in (1, 2, 10, 22, 28)] + [date(2026, 1, 31)]
    for day in days:
        assert set(spoken_date(day, language, with_year=True)) <= words
    assert set(digit_string("0123456789", language)) <= words
