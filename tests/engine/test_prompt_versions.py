"""A prompt's text is read once per menu version (ivr.engine keeps what it read): a call on a new
version with the same menu id and version label hears the new text, fixed or with values, and a
call on the old version still hears the old one."""

from __future__ import annotations

import shutil
from pathlib import Path

from ivr.menus.menuset import MenuSet, load_menu_dir
from ivr.settings import SHIPPED_MENUS_DIR
from tests.engine.calls import BEIJING_FIXED, place_call

STATEMENT = "statement: 买到过期食品"
COMPLAINT = ["1", "1", "1", "1", "1", STATEMENT]


def edited_menus(tmp_path: Path, replacements: dict[str, str]) -> MenuSet:
    menus_dir = tmp_path / "menus"
    shutil.copytree(SHIPPED_MENUS_DIR, menus_dir)
    menu_file = menus_dir / "12315.yaml"
    text = menu_file.read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text
        text = text.replace(old, new)
    menu_file.write_text(text, encoding="utf-8")
    return load_menu_dir(menus_dir)  # the same version label ("shipped") as the shipped set


async def test_a_new_version_is_heard_and_the_old_one_still_is(shipped: MenuSet, tmp_path: Path) -> None:
    edited = edited_menus(tmp_path, {"欢迎致电全国12315市场监管投诉举报热线。": "您好，这里是12315热线。",
                                     "您是要反映{caller_region}的问题吗？": "请确认：是{caller_region}吗？"})
    assert edited.version == shipped.version
    for menus, welcome, region in ((shipped, "欢迎致电全国12315", "您是要反映北京的问题吗？"),
                                   (edited, "您好，这里是12315热线。", "请确认：是北京吗？"),
                                   (shipped, "欢迎致电全国12315", "您是要反映北京的问题吗？")):
        call = await place_call(menus, tmp_path / "data", COMPLAINT, caller=BEIJING_FIXED)
        assert call.heard[0].startswith(welcome), call.heard[0]
        assert any(heard.startswith(region) for heard in call.heard), call.heard
        assert call.record.outcome != "error", call.record.hangup_reason
