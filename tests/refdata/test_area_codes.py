"""Fixed-line area codes: table integrity, lookup of caller numbers, number classification."""

from __future__ import annotations

import pytest

from ivr.refdata import (
    AreaCode,
    area_code_lookup,
    area_codes,
    classify_number,
    national_digits,
    province_by_code,
    provinces,
)

CAPITALS = {
    "11": "010", "12": "022", "13": "0311", "14": "0351", "15": "0471", "21": "024", "22": "0431",
    "23": "0451", "31": "021", "32": "025", "33": "0571", "34": "0551", "35": "0591", "36": "0791",
    "37": "0531", "41": "0371", "42": "027", "43": "0731", "44": "020", "45": "0771", "46": "0898",
    "50": "023", "51": "028", "52": "0851", "53": "0871", "54": "0891", "61": "029", "62": "0931",
    "63": "0971", "64": "0951", "65": "0991",
}


def test_every_province_has_its_capital_code() -> None:
    table = area_codes()
    assert {p.code for p in provinces()} == set(CAPITALS)
    for province, code in CAPITALS.items():
        assert table[code].province_code == province, code


def test_table_is_well_formed() -> None:
    table = area_codes()
    assert len(table) >= 300
    for code, entry in table.items():
        assert code == entry.area_code
        assert code.isascii() and code.isdigit() and code.startswith("0") and len(code) in (3, 4)
        assert province_by_code(entry.province_code) is not None, code
        assert entry.city_zh and entry.city_en
    # Longest-prefix matching relies on no 3-digit code being the start of a 4-digit one.
    three = {c for c in table if len(c) == 3}
    assert not [c for c in table if len(c) == 4 and c[:3] in three]


@pytest.mark.parametrize(
    ("number", "code", "province", "city"),
    [
        ("01088886666", "010", "11", "北京"),
        ("010-8888-6666", "010", "11", "北京"),
        ("1088886666", "010", "11", "北京"),
        ("+86 10 8888 6666", "010", "11", "北京"),
        ("00861088886666", "010", "11", "北京"),
        ("02112345678", "021", "31", "上海"),
        ("(020) 8765 4321", "020", "44", "广州"),
        ("075512345678", "0755", "44", "深圳"),
        ("+86-755-12345678", "0755", "44", "深圳"),
        ("75512345678", "0755", "44", "深圳"),
        ("057187654321", "0571", "33", "杭州"),
        ("05718765432", "0571", "33", "杭州"),  # 7-digit local number
        ("089866778899", "0898", "46", "海口"),
        ("09917654321", "0991", "65", "乌鲁木齐"),
        ("０１０８８８８６６６", "010", "11", "北京"),  # full-width digits from a web form
    ],
)
def test_lookup(number: str, code: str, province: str, city: str) -> None:
    found = area_code_lookup(number)
    assert isinstance(found, AreaCode)
    assert (found.area_code, found.province_code, found.city_zh) == (code, province, city)
    assert classify_number(number) == "fixed"


def test_shared_codes_name_the_other_cities() -> None:
    entry = area_code_lookup("037112345678")
    assert entry is not None and entry.city_zh == "郑州" and "开封" in entry.shared_zh


@pytest.mark.parametrize("number", ["13812345678", "+8613812345678", "008619912345678", "8615012345678"])
def test_mobile_numbers(number: str) -> None:
    assert classify_number(number) == "mobile"
    assert area_code_lookup(number) is None


@pytest.mark.parametrize(
    "number",
    [
        "", "unknown", "12315", "110", "0101234",  # too short for a local number
        "010123456789",  # 9 local digits
        "0001234567", "06012345678",  # no such code
        "12812345678",  # 11 digits but 12x is not a mobile range
        "+1 212 555 0100",  # foreign
        "010;ANSWER", "010\n88886666",  # anything but digits and separators
    ],
)
def test_unknown_numbers(number: str) -> None:
    assert classify_number(number) == "unknown"
    assert area_code_lookup(number) is None


def test_national_digits() -> None:
    assert national_digits("+86 (10) 8888-6666") == "1088886666"
    assert national_digits("0086 138 1234 5678") == "13812345678"
    assert national_digits("+44 20 7946 0000") == ""
    assert national_digits("abc") == ""
