"""How numbers, durations, dates, keys and digit strings are read aloud, as lists of words.

Each word is one piece of audio built ahead by ``ivr prompts build`` (``ivr.compose``), so a
sentence with a value is played as a sequence of files and nothing is synthesised per call.

Mandarin: 零 for a gap inside a number (一百零二, 一万零一十), 十 without 一 at the start
(十二), and 两 where Mandarin says it: before 千 and 万 (两千, 两万两千), before 百 when it
leads the number (两百), and for a counted 2 (两位, 两分钟) — but 二 in 二十二 and 第二.
Digit strings (ticket numbers) are read digit by digit, 1 as 幺 as on the telephone.
"""

from __future__ import annotations

from datetime import date

ZH_DIGITS = "零一二三四五六七八九"
#: Digits read one by one (ticket numbers): 1 is 幺 on the telephone, so it is not heard as 7.
ZH_DIGIT_STRING = "零幺二三四五六七八九"
ZH_UNITS = ("", "十", "百", "千")
#: Every word a Mandarin number reading uses.
ZH_NUMBER_WORDS = tuple(ZH_DIGITS) + ("两", "幺", "十", "百", "千", "万", "亿")

EN_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
           "nineteen")
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
EN_SCALES = ("hundred", "thousand", "million")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
EN_ORDINALS = (
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
    "thirtieth", "thirty-first",
)
#: Names of the telephone keys, as a prompt says "press ...".
KEY_NAMES: dict[str, dict[str, str]] = {
    "zh": {"*": "星号键", "#": "井号键", **{d: f"{ZH_DIGITS[int(d)]}键" for d in "0123456789"}},
    "en": {"*": "star", "#": "hash", **{d: EN_ONES[int(d)] for d in "0123456789"}},
}
DURATION_WORDS: dict[str, tuple[str, ...]] = {
    "zh": ("分钟", "小时"),
    "en": ("minute", "minutes", "hour", "hours", "and"),
}
DATE_WORDS: dict[str, tuple[str, ...]] = {"zh": ("年", "月", "日"), "en": EN_MONTHS + EN_ORDINALS[1:]}
MAX_NUMBER = 999_999_999_999


class ReadingError(ValueError):
    pass


def _check(n: int) -> None:
    if n < 0 or n > MAX_NUMBER:
        raise ReadingError(f"cannot read {n}: only 0 to {MAX_NUMBER}")


def zh_number(n: int, *, counted: bool = False) -> list[str]:
    """Mandarin reading of ``n``: 22 -> 二十二, 102 -> 一百零二; ``counted`` 2 -> 两 (两位)."""
    _check(n)
    if n == 0:
        return ["零"]
    if n == 2:
        return ["两" if counted else "二"]
    groups: list[int] = []
    rest = n
    while rest:
        groups.append(rest % 10_000)
        rest //= 10_000
    words: list[str] = []
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(words)
            continue
        if words and (pending_zero or group < 1000):
            words.append("零")
        # 两万, 两亿: a lone 2 before a scale word is 两
        words += ["两"] if group == 2 and index else _zh_group(group, leading=not words)
        if index:
            words.append(("万", "亿")[index - 1])
        pending_zero = False
    return words


def _zh_group(group: int, *, leading: bool) -> list[str]:
    """One group of four digits (1..9999); ``leading`` when it starts the whole number."""
    digits = [group // 1000, group // 100 % 10, group // 10 % 10, group % 10]
    words: list[str] = []
    gap = False
    started = False
    for position, digit in enumerate(digits):
        unit = ZH_UNITS[3 - position]
        if digit == 0:
            gap = started
            continue
        if gap:
            words.append("零")
            gap = False
        first = not started
        started = True
        if unit == "十" and digit == 1 and first and leading:
            words.append("十")  # 十二, not 一十二, when the number starts with it
            continue
        if digit == 2 and (unit in ("千",) or (unit == "百" and first and leading)):
            words.append("两")
        else:
            words.append(ZH_DIGITS[digit])
        if unit:
            words.append(unit)
    return words


def en_number(n: int) -> list[str]:
    """English reading: 22 -> twenty two, 102 -> one hundred two (American, no 'and')."""
    _check(n)
    if n == 0:
        return ["zero"]
    words: list[str] = []
    for scale_value, scale in ((1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand")):
        if n >= scale_value:
            words += _en_below_thousand(n // scale_value) + [scale]
            n %= scale_value
    if n:
        words += _en_below_thousand(n)
    return words


def _en_below_thousand(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words += [EN_ONES[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(EN_TENS[n // 10])
        n %= 10
        if n:
            words.append(EN_ONES[n])
    elif n or not words:
        words.append(EN_ONES[n])
    return words


def number(n: int, language: str, *, counted: bool = False) -> list[str]:
    return zh_number(n, counted=counted) if language == "zh" else en_number(n)


def minutes(total: int, language: str) -> list[str]:
    """A duration in whole minutes: 两分钟, 一小时五分钟; two minutes, one hour and five minutes."""
    if total < 0:
        raise ReadingError(f"cannot read a negative duration ({total} minutes)")
    hours, mins = divmod(total, 60)
    if language == "zh":
        words: list[str] = []
        if hours:
            words += zh_number(hours, counted=True) + ["小时"]
        if mins or not hours:
            words += zh_number(mins, counted=True) + ["分钟"]
        return words
    out: list[str] = []
    if hours:
        out += en_number(hours) + ["hour" if hours == 1 else "hours"]
    if mins or not hours:
        if out:
            out.append("and")
        out += en_number(mins) + ["minute" if mins == 1 else "minutes"]
    return out


def spoken_date(day: date, language: str, *, with_year: bool = False) -> list[str]:
    """十二月三日 (二零二六年十二月三日 with the year); December third (, two thousand twenty six)."""
    if language == "zh":
        year = [ZH_DIGITS[int(d)] for d in str(day.year)] + ["年"] if with_year else []
        return year + zh_number(day.month) + ["月"] + zh_number(day.day) + ["日"]
    words = [EN_MONTHS[day.month - 1], EN_ORDINALS[day.day]]
    return words + en_number(day.year) if with_year else words


def digit_string(digits: str, language: str) -> list[str]:
    """Each digit on its own (ticket numbers); anything that is not a digit is left out."""
    table = ZH_DIGIT_STRING if language == "zh" else EN_ONES
    return [table[int(ch)] for ch in digits if ch.isascii() and ch.isdigit()]


def key_name(key: str, language: str) -> list[str]:
    names = KEY_NAMES.get(language, KEY_NAMES["en"])
    if key not in names:
        raise ReadingError(f"no name for key {key!r}")
    return [names[key]]


def vocabulary(language: str) -> list[str]:
    """Every word these readings can produce in ``language``: the pieces to build ahead."""
    if language == "zh":
        words = list(ZH_NUMBER_WORDS) + list(ZH_DIGIT_STRING)
    else:
        words = list(EN_ONES) + list(EN_TENS[2:]) + list(EN_SCALES) + ["billion"]
    words += list(KEY_NAMES.get(language, KEY_NAMES["en"]).values())
    words += list(DURATION_WORDS.get(language, DURATION_WORDS["en"]))
    words += list(DATE_WORDS.get(language, DATE_WORDS["en"]))
    return list(dict.fromkeys(words))
