"""The caller number's keyed hash links one caller's calls across stored records, so its value
must not change between versions: HMAC-SHA256 under the secret key of the number's digits (the
number itself when it has none), as lowercase hex."""

from __future__ import annotations

import hashlib
import hmac

from hypothesis import given
from hypothesis import strategies as st

from ivr.privacy import number_hash

SECRET = "hash-test-secret"


def test_a_known_number_keeps_its_hash() -> None:
    # hmac.new(b"hash-test-secret", b"13957246810", hashlib.sha256).hexdigest(), written out
    assert number_hash("13957246810", SECRET) == (
        "18bf7f4725eb72c41de1c4d5e4ead686"
        "00901c37c706662fb0e24beb6c69bd49")
    assert number_hash("+86 139-5724-6810", SECRET) == number_hash("8613957246810", SECRET)
    assert number_hash("", SECRET) is None and number_hash(None, SECRET) is None


@given(number=st.text(alphabet="0123456789+-() #*abc١٢", min_size=1, max_size=20), secret=st.text(min_size=1))
def test_the_hash_is_the_hmac_of_the_digits(number: str, secret: str) -> None:
    digits = "".join(ch for ch in number if ch.isdigit()) or number
    assert number_hash(number, secret) == hmac.new(secret.encode(), digits.encode(), hashlib.sha256).hexdigest()
