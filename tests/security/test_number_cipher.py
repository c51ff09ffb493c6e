"""The callback number's encryption: only the same IVR_SECRET_KEY opens it; numbers stored in
clear by earlier versions are still read as they are."""

from __future__ import annotations

import pytest

from ivr.number_cipher import PREFIX, NumberCipher, NumberCipherError

NUMBER = "13957246810"


def test_sealed_number_opens_only_with_the_same_key() -> None:
    cipher = NumberCipher("key-one")
    sealed = cipher.seal(NUMBER)
    assert sealed.startswith(PREFIX) and NUMBER not in sealed
    assert sealed != cipher.seal(NUMBER)  # a fresh IV each time: equal numbers do not look equal
    assert cipher.open(sealed) == NUMBER and NumberCipher("key-one").open(sealed) == NUMBER
    with pytest.raises(NumberCipherError):
        NumberCipher("key-two").open(sealed)
    with pytest.raises(NumberCipherError):
        cipher.open(sealed[:-4] + "AAAA")
    assert cipher.open(NUMBER) == NUMBER  # stored in clear before this version
    assert cipher.seal("") == "" and cipher.masked(sealed) == "139******10"
    assert NumberCipher("key-two").masked(sealed) == "-"
    with pytest.raises(ValueError, match="IVR_SECRET_KEY"):
        NumberCipher("")
