"""Sentences the queue speaks while a caller waits: menu prompts like any other.

The call's menu has them (``queue_next``, ``queue_one_ahead``, ``queue_position``,
``queue_callback``, ``queue_timeout``, ``queue_periodic``): translated, editable and
recordable in the admin pages, built ahead by ``ivr prompts build``. A menu without one
falls back to :data:`DEFAULT_TEXTS` (built too, under the pseudo-menu ``queue``). Values
(callers ahead, minutes, the callback key) are composed from built pieces, never synthesised.
"""

from __future__ import annotations

from dataclasses import replace

from ivr.channel import Prompt
from ivr.compose import compose, wait_minutes
from ivr.services import PromptMaker

QUEUE_MENU = "queue"
DEFAULT_TEXTS: dict[str, dict[str, str]] = {
    "queue_next": {
        "zh": "下一位就是您。预计等待约{wait_minutes}。如需保留排位并等候回电，请按{callback_key}。",
        "en": "You are next in line. The expected wait is about {wait_minutes}. "
              "To be called back without losing your place, press {callback_key}.",
    },
    "queue_one_ahead": {
        "zh": "您前面还有{ahead}位来电。预计等待约{wait_minutes}。如需保留排位并等候回电，请按{callback_key}。",
        "en": "There is one caller ahead of you. The expected wait is about {wait_minutes}. "
              "To be called back without losing your place, press {callback_key}.",
    },
    "queue_position": {
        "zh": "您前面还有{ahead}位来电。预计等待约{wait_minutes}。如需保留排位并等候回电，请按{callback_key}。",
        "en": "There are {ahead} callers ahead of you. The expected wait is about {wait_minutes}. "
              "To be called back without losing your place, press {callback_key}.",
    },
    "queue_callback": {
        "zh": "好的，我们将按您的排位回电到本号码，请保持电话畅通。再见。",
        "en": "Thank you. We will call you back on this number, and you keep your place. Goodbye.",
    },
    "queue_timeout": {
        "zh": "目前坐席繁忙，请稍后再拨，或通过全国12315平台在线提交。",
        "en": "All agents are still busy. Please call again later or leave your complaint online.",
    },
    "queue_periodic": {
        "zh": "感谢您的耐心等待。您也可以通过全国12315平台在线提交投诉举报。",
        "en": "Thank you for waiting. You can also file a complaint online on the national 12315 platform.",
    },
}


def queue_prompt(maker: PromptMaker | None, language: str, prompt_id: str, **values: str) -> Prompt:
    """The call's menu prompt (``maker``: the call's menu) if its menu has one, else the built default."""
    if maker is not None:
        found = maker.menu_prompt(prompt_id, **values)
        if found is not None:
            return found
    texts = DEFAULT_TEXTS[prompt_id]
    lang = language if language in texts else "zh"
    return compose(prompt_id, lang, texts[lang], values, menu_id=QUEUE_MENU)


def position_prompt(maker: PromptMaker | None, language: str, position: int, expected_wait_s: float,
                    callback_key: str) -> Prompt:
    """The position announcement (``queue_position`` in logs and transcripts), worded by the
    menu's ``queue_next`` (first in line), ``queue_one_ahead`` or ``queue_position``."""
    wording = "queue_next" if position <= 1 else "queue_one_ahead" if position == 2 else "queue_position"
    prompt = queue_prompt(maker, language, wording, ahead=str(max(0, position - 1)),
                          wait_minutes=str(wait_minutes(expected_wait_s)), callback_key=callback_key)
    return replace(prompt, prompt_id="queue_position")


def callback_prompt(maker: PromptMaker | None, language: str) -> Prompt:
    return queue_prompt(maker, language, "queue_callback")


def timeout_prompt(maker: PromptMaker | None, language: str) -> Prompt:
    return queue_prompt(maker, language, "queue_timeout")


def periodic_prompt(maker: PromptMaker | None, language: str) -> Prompt:
    return queue_prompt(maker, language, "queue_periodic")
