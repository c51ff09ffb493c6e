"""The engine's sentences with values are composed from pieces; the queue speaks the call's menu prompts."""

from __future__ import annotations

from pathlib import Path

from ivr.callrecord import CallRecord
from ivr.compose import piece_sound
from ivr.console import ConsoleChannel
from ivr.engine import CallState, default_services
from ivr.menus.loader import load_menu_text
from ivr.menus.menuset import MenuSet
from ivr.settings import SHIPPED_MENUS_DIR, Settings
from queueing.prompts import QUEUE_MENU, position_prompt, timeout_prompt


def state_for(menus: MenuSet, tmp_path: Path, language: str = "zh", **slots: str) -> CallState:
    services = default_services(Settings(data_dir=tmp_path / "data"), menus=menus)
    menu = menus.for_dnis("12315")
    channel = ConsoleChannel("12315", "01088886666", services.settings.spool_dir, script=[], echo=lambda _: None)
    record = CallRecord(call_id="c1", transport="console", dnis="12315", caller="01088886666", language=language,
                        menu_id=menu.menu, menu_version=menus.version, slots={"language": language, **slots})
    return CallState(channel, menu, record, services)


def test_a_region_confirmation_is_composed_from_pieces(shipped: MenuSet, tmp_path: Path) -> None:
    state = state_for(shipped, tmp_path, caller_region="44")
    prompt = state.prompt("region_confirm")
    assert prompt.text == "您是要反映广东的问题吗？确认请按1，其他地区请按2。"
    assert [p.text for p in prompt.pieces] == ["您是要反映", "广东", "的问题吗？确认请按1，其他地区请按2。"]
    assert [p.sound for p in prompt.pieces][1] == piece_sound("zh", "广东") and prompt.menu_id == "12315"
    english = state_for(shipped, tmp_path, "en", caller_region="44").prompt("region_confirm")
    assert [p.text for p in english.pieces][1] == "Guangdong"


def test_a_fixed_prompt_is_one_built_file(shipped: MenuSet, tmp_path: Path) -> None:
    prompt = state_for(shipped, tmp_path).prompt("welcome")
    assert prompt.pieces == () and prompt.sound_name == "ivr/zh/12315/welcome"


def test_the_queue_speaks_the_calls_menu_prompts(shipped: MenuSet, tmp_path: Path) -> None:
    text = (SHIPPED_MENUS_DIR / "12315.yaml").read_text(encoding="utf-8")
    edited = text.replace("您前面还有{ahead}位来电。预计等待约{wait_minutes}。如需保留排位并等候回电",
                          "排在您前面的还有{ahead}位。大约再等{wait_minutes}。如需回电")
    assert edited != text
    loaded = load_menu_text(edited, "12315.yaml")
    assert loaded.menu is not None and loaded.errors == []
    menus = MenuSet(version="edited", menus={loaded.menu.menu: loaded.menu})

    call = state_for(menus, tmp_path)  # as run_call passes it to the gateway: this call's menu is the queue's
    third = position_prompt(call, "zh", 3, 600, "*")
    text3, menu_id, timeout_sound = third.text, third.menu_id, timeout_prompt(call, "zh").sound_name
    assert text3 == "排在您前面的还有两位。大约再等十分钟。如需回电，请按星号键。" and menu_id == "12315"
    assert timeout_sound == "ivr/zh/12315/queue_timeout"  # fixed: the menu's built (or recorded) file
    # without the call's menu (a gateway driven directly), the queue's built defaults
    fallback = position_prompt(None, "en", 1, 30, "*")
    assert fallback.menu_id == QUEUE_MENU and fallback.text.startswith("You are next in line.")
    assert fallback.text.endswith("press star.") and "one minute" in fallback.text
