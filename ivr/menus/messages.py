"""Menu errors in words, in Mandarin and English: the field named as the form labels it
("紧急开关 提示音 / emergency switch, prompt"), not as a path (``schedule.emergency.prompt``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ivr.menus.loader import MenuError
from ivr.menus.moved_hours import MovedKey

FIELD_WORDS: dict[str, tuple[str, str]] = {
    "schedule": ("工作时间", "Schedule"),
    "hours": ("开放时间", "opening hours"),
    "holidays": ("节假日", "holidays"),
    "workdays": ("调休上班日", "make-up working days"),
    "emergency": ("紧急开关", "emergency switch"),
    "enabled": ("是否开启", "on/off"),
    "prompt": ("提示音", "prompt"),
    "prompts": ("提示音", "prompts"),
    "national_calendar": ("全国节假日日历", "national calendar"),
    "nodes": ("节点", "node"),
    "options": ("全局选项", "options"),
    "entry": ("入口", "entry"),
    "choices": ("按键选项", "choice"),
    "branches": ("条件分支", "branch"),
    "target": ("去向", "goes to"),
    "next": ("下一步", "next step"),
    "otherwise": ("否则去向", "otherwise"),
    "on_failure": ("失败去向", "on failure"),
    "timeout": ("等待秒数", "timeout"),
    "languages": ("语言", "languages"),
    "key": ("按键", "key"),
    "say": ("语音关键词", "spoken words"),
    "set": ("设置", "sets"),
    "when": ("条件", "condition"),
    "slot": ("信息项", "slot"),
    "menu": ("菜单编号", "menu id"),
    "title": ("标题", "title"),
    "dnis": ("被叫号码", "dialled number"),
}
# Lists whose items are counted ("第3个日期"), not named.
ITEM_WORDS: dict[str, tuple[str, str]] = {
    "choices": ("第{n}项", "no. {n}"),
    "branches": ("第{n}个", "no. {n}"),
}

# (pattern of the English message, Mandarin; groups are put in with {0}, {1}, ...)
MESSAGE_WORDS: tuple[tuple[str, str], ...] = (
    (r"Input should be a valid date.*", "不是有效的日期，请写成 2026-10-01 的形式"),
    (r"Input should be a valid time.*", "不是有效的时间，请写成 08:30 的形式"),
    (r"Input should be a valid boolean.*", "应为 是 或 否"),
    (r"Input should be a valid (string|list|dictionary).*", "格式不对"),
    (r"Field required", "必须填写"),
    (r"Extra inputs are not permitted", "不认识的设置项"),
    (r"String should match pattern.*", "只能用小写字母、数字和下划线，以字母开头"),
    # ivr/safe_yaml.py's bounds
    (r"the YAML text is (\d+) bytes, more than the limit of (\d+)", "YAML 文本有 {0} 字节，超过上限 {1} 字节"),
    (r"the YAML is nested more than (\d+) levels deep", "YAML 嵌套超过 {0} 层"),
    (r"the YAML uses more than (\d+) aliases.*", "YAML 引用（*名称）超过 {0} 个"),
    (r"the YAML expands to more than (\d+) values.*", "YAML 展开后超过 {0} 个值（引用按其内容计算）"),
)
CODE_WORDS: dict[str, str] = {
    "yaml-syntax": "YAML 格式错误",
    "yaml-limit": "YAML 超出解析限制",
    "unknown-target": "指向不存在的节点",
    "unknown-prompt": "没有这个提示音",
    "unreachable": "这个节点从入口走不到",
    "dead-end": "这个节点走不出去（没有结束也没有下一步）",
    "input-free-loop": "有一个不需要来电人操作的死循环",
    "missing-translation": "提示音缺少某种语言的文本",
    "retry-bounds": "重试次数超出允许范围",
    "slot-before-set": "使用了可能还没有填写的信息项",
    "speech-without-fallback": "语音提问没有按键兜底",
    "unknown-centre": "没有这个受理中心",
    "unknown-grammar": "没有这个语音语法",
    "bad-placeholder": "提示音里的占位符不对",
    "duplicate-key": "按键重复",
    "duplicate-yaml-key": "同一个设置写了两次",
    "reserved-key": "这个按键已留作全局功能",
    "bad-file-name": "文件名不合规",
    "duplicate-menu": "两个文件用了同一个菜单编号",
    "unknown-kind": "不认识的节点类型",
    "hours-moved": "开放时间和节假日已不在菜单中设置",
}
PATH_RE = re.compile(r"^([a-z_][A-Za-z0-9_.]*): (.*)$", re.S)


@dataclass(frozen=True)
class Explained:
    field_zh: str
    field_en: str
    message_zh: str
    message_en: str


def field_words(path: list[str]) -> tuple[str, str]:
    """("紧急开关 提示音", "emergency switch, prompt") for ["schedule", "emergency", "prompt"]."""
    zh: list[str] = []
    en: list[str] = []
    previous = ""
    for i, part in enumerate(path):
        if part.isdigit():
            z, e = ITEM_WORDS.get(previous, ("第{n}项", "no. {n}"))
            if zh:
                zh[-1] += " " + z.format(n=int(part) + 1)
                en[-1] += " " + e.format(n=int(part) + 1)
            else:
                zh.append(z.format(n=int(part) + 1))
                en.append(e.format(n=int(part) + 1))
        elif previous == "nodes" or previous == "prompts":
            zh[-1] = f"{FIELD_WORDS[previous][0]} {part}"
            en[-1] = f"{FIELD_WORDS[previous][1]} {part}"
        elif part == "schedule" and i + 1 < len(path):
            pass  # "opening hours", "emergency switch" say enough
        else:
            z, e = FIELD_WORDS.get(part, (part, part))
            zh.append(z)
            en.append(e)
        previous = part
    return " ".join(zh), ", ".join(en)


def message_zh(message: str, code: str) -> str:
    for pattern, words in MESSAGE_WORDS:
        found = re.fullmatch(pattern, message, re.S)
        if found:
            return words.format(*found.groups())
    return CODE_WORDS.get(code, "菜单有误") + "（" + message + "）"


def explain(error: MenuError) -> Explained:
    found = PATH_RE.match(error.message) if error.code in ("schema", "unknown-kind", "hours-moved") else None
    if found:
        path, message = found.group(1).split("."), found.group(2)
        if len(path) > 2 and path[0] == "nodes" and path[2] in ("menu", "play", "collect", "record", "condition"):
            path = path[:2] + path[3:]  # pydantic's union tag
    else:
        path, message = ([error.node] if error.node else []), error.message
        if path:
            path = ["nodes", *path]
    field_zh, field_en = field_words([p for p in path if p])
    if error.code == "hours-moved":  # said in both languages where it is made (ivr.menus.validator)
        zh, _, en = message.partition(" / ")
        return Explained(field_zh, field_en, zh, en)
    english = message.removeprefix("Value error, ")
    return Explained(field_zh, field_en, message_zh(message, error.code), english)


#: the one-step fix for a live version that still sets moved opening-hour keys
MIGRATE_HOURS_COMMAND = "ivr menus migrate-hours"


def hours_moved_advice(version: str, moved: tuple[MovedKey, ...] | list[MovedKey]) -> str:
    """What a live menu version published before opening hours moved still sets, and what to do,
    in Mandarin and English (the server's log and ``ivr doctor``)."""
    where = "; ".join(str(key) for key in moved)
    return (f"菜单版本 {version} 仍设置了已移出菜单的开放时间（{where}）：这些设置已被忽略，"
            f"来电按受理中心的开放时间处理，"
            f"开放时间现在在 /admin 的“受理中心”表单或 queueing/centres.yaml 中设置；"
            f"请发布一个不含这些设置的新版本（{MIGRATE_HOURS_COMMAND}） / "
            f"menu version {version} still sets opening hours that moved out of the menu ({where}): they are "
            f"ignored and calls follow the answering centres' hours, which now live in the centres form of /admin "
            f"or queueing/centres.yaml; publish a version without them ({MIGRATE_HOURS_COMMAND})")
