"""Sentences the queue speaks while a caller waits (zh default, en on request)."""

from __future__ import annotations

import math

from ivr.channel import Prompt


def _minutes(seconds: float) -> int:
    return max(1, math.ceil(seconds / 60))


def position_prompt(language: str, position: int, expected_wait_s: float, callback_key: str) -> Prompt:
    if language == "en":
        where = "You are next in line." if position == 1 else f"There are {position - 1} callers ahead of you."
        text = (f"{where} The expected wait is about {_minutes(expected_wait_s)} minutes. "
                f"To be called back without losing your place, press {callback_key}.")
    else:
        where = "下一位就是您。" if position == 1 else f"您前面还有{position - 1}位来电。"
        key = "星号键" if callback_key == "*" else f"{callback_key}键"
        text = f"{where}预计等待约{_minutes(expected_wait_s)}分钟。如需保留排位并等候回电，请按{key}。"
    return Prompt(prompt_id="queue_position", language=language, text=text, menu_id="dynamic")


def callback_prompt(language: str) -> Prompt:
    text = ("Thank you. We will call you back on this number, and you keep your place. Goodbye."
            if language == "en" else "好的，我们将按您的排位回电到本号码，请保持电话畅通。再见。")
    return Prompt(prompt_id="queue_callback", language=language, text=text, menu_id="dynamic")


def timeout_prompt(language: str) -> Prompt:
    text = ("All agents are still busy. Please call again later or leave your complaint online."
            if language == "en" else "目前坐席繁忙，请稍后再拨，或通过全国12315平台在线提交。")
    return Prompt(prompt_id="queue_timeout", language=language, text=text, menu_id="dynamic")


def periodic_prompt(language: str) -> Prompt:
    text = ("Thank you for waiting. You can also file a complaint online on the national 12315 platform."
            if language == "en" else "感谢您的耐心等待。您也可以通过全国12315平台在线提交投诉举报。")
    return Prompt(prompt_id="queue_periodic", language=language, text=text, menu_id="dynamic")
