"""Answering-centre configuration: one centre per province plus the national centre.

Loaded from YAML (``queueing/centres.yaml`` is shipped); every centre starts from
``defaults`` and may override single fields.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ivr.asr.grammars import CATEGORIES, SERVICE_TYPES
from ivr.refdata import NATIONAL_CENTRE, centre_ids, provinces
from ivr.refdata.holidays import national_calendar
from ivr.safe_yaml import YamlRefused, load_yaml

SHIPPED_CENTRES = Path(__file__).with_name("centres.yaml")
# A phone is named by the administrator; its dial string never names a trunk (no "@", no Local/).
PHONE_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,39}")
PHONE_DIAL = re.compile(r"PJSIP/[A-Za-z0-9_.-]{1,40}|sip:[A-Za-z0-9_.+-]{1,40}@[A-Za-z0-9.-]{1,64}(:[0-9]{1,5})?")


class ConfigError(ValueError):
    """The centre configuration is invalid; the message says where."""


def _minutes_of(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _checked_time(value: str) -> str:
    hours, _, minutes = value.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(f"time must be HH:MM, got {value!r}")
    if not (0 <= int(hours) <= 24 and 0 <= int(minutes) < 60) or (int(hours) == 24 and minutes != "00"):
        raise ValueError(f"time out of range: {value!r}")
    return value


def _hhmm_of(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index + 1 = ISO weekday
# A range of one day, "08:30-18:00"; minutes from midnight, the end exclusive (24:00 = 1440).
Range = tuple[int, int]


def _day_ranges(weekday: str, texts: list[str]) -> list[Range]:
    """The ranges of one weekday, checked: each "HH:MM-HH:MM", closing after opening (24:00 ends the
    day), none overlapping another; errors name the weekday and the range."""
    ranges: list[tuple[Range, str]] = []
    for text in texts:
        opening, sep, closing = str(text).partition("-")
        if not sep:
            raise ValueError(f"{weekday} range {text!r} must be HH:MM-HH:MM")
        try:
            start, end = _minutes_of(_checked_time(opening.strip())), _minutes_of(_checked_time(closing.strip()))
        except ValueError as exc:
            raise ValueError(f"{weekday} range {text!r}: {exc}") from None
        if end <= start:
            raise ValueError(f"{weekday} range {text}: closing time {closing.strip()} must be later than "
                             f"opening time {opening.strip()} (24:00 = end of day)")
        ranges.append(((start, end), str(text)))
    ranges.sort()
    for (first, first_text), (second, second_text) in zip(ranges, ranges[1:], strict=False):
        if second[0] < first[1]:
            raise ValueError(f"{weekday} ranges {first_text} and {second_text} overlap")
    return [r for r, _ in ranges]


class Week(BaseModel):
    """Opening ranges per weekday ("08:30-12:00", "13:30-18:00"); a weekday left out or empty is closed."""

    model_config = ConfigDict(extra="forbid")

    mon: list[str] = Field(default_factory=list)
    tue: list[str] = Field(default_factory=list)
    wed: list[str] = Field(default_factory=list)
    thu: list[str] = Field(default_factory=list)
    fri: list[str] = Field(default_factory=list)
    sat: list[str] = Field(default_factory=list)
    sun: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _known_days(cls, value: Any) -> Any:
        if isinstance(value, dict):
            strange = [str(k) for k in value if k not in WEEKDAYS]
            if strange:
                raise ValueError(f"unknown weekday {', '.join(strange)}; weekdays are {', '.join(WEEKDAYS)}")
            # one range may be written without brackets: sat: "09:00-17:00"
            return {k: ([] if v is None else [v] if isinstance(v, str) else v) for k, v in value.items()}
        return value

    @field_validator(*WEEKDAYS)
    @classmethod
    def _ranges(cls, value: list[str], info: ValidationInfo) -> list[str]:
        _day_ranges(str(info.field_name), value)
        return value


class Strategy(StrEnum):
    LONGEST_IDLE = "longest_idle"
    ROUND_ROBIN = "round_robin"
    FEWEST_CALLS = "fewest_calls"
    SKILL_ESCALATION = "skill_escalation"


class Hours(BaseModel):
    """Opening hours of a centre, in its local time, one of two forms:
    ``weekly`` (ranges per weekday, several a day allowed) decides when given; otherwise the shorthand
    ``open``-``close`` on ``days`` (1 = Monday .. 7 = Sunday), which old configurations use.
    With ``national_calendar`` (the default) the one national calendar (ivr.refdata.holidays) decides
    what day it is: a public holiday counts as a Sunday, a make-up working day (调休上班) as a Monday.
    Everything that reads hours asks ``ranges_on``/``week``/``is_open``, never the fields."""

    days: list[int] = Field(default_factory=lambda: [1, 2, 3, 4, 5, 6, 7])
    open: str = "00:00"
    close: str = "24:00"
    weekly: Week | None = None
    national_calendar: bool = True

    @field_validator("open", "close")
    @classmethod
    def _hhmm(cls, value: str) -> str:
        return _checked_time(value)

    @field_validator("close")
    @classmethod
    def _after_open(cls, value: str, info: ValidationInfo) -> str:
        """Open and close on the same day: the closing time comes after the opening time (24:00 is
        the end of the day); a window past midnight is two centres' hours, not one."""
        opening = info.data.get("open")  # absent when the opening time itself was refused
        if isinstance(opening, str) and _minutes_of(value) <= _minutes_of(opening):
            raise ValueError(f"closing time {value} must be later than opening time {opening} (24:00 = end of day)")
        return value

    @field_validator("days")
    @classmethod
    def _days(cls, value: list[int]) -> list[int]:
        if any(d < 1 or d > 7 for d in value):
            raise ValueError("days are 1 (Monday) .. 7 (Sunday)")
        return value

    def ranges_on(self, weekday: int) -> list[Range]:
        """The opening ranges (minutes from midnight) of ISO ``weekday`` 1 (Monday) .. 7 (Sunday)."""
        if self.weekly is not None:
            name = WEEKDAYS[weekday - 1]
            return _day_ranges(name, getattr(self.weekly, name))
        if weekday not in self.days:
            return []
        return [(_minutes_of(self.open), _minutes_of(self.close))]

    def week(self) -> dict[str, list[str]]:
        """Every weekday's ranges as text, whichever form the hours were given in."""
        return {name: [f"{_hhmm_of(a)}-{_hhmm_of(b)}" for a, b in self.ranges_on(i + 1)]
                for i, name in enumerate(WEEKDAYS)}

    def describe(self) -> str:
        """One line for a terminal: consecutive weekdays with the same ranges grouped,
        e.g. "mon-fri 08:30-18:00; sat-sun 09:00-17:00"."""
        week = self.week()
        groups: list[list[str]] = []
        for name in WEEKDAYS:
            if groups and week[groups[-1][0]] == week[name]:
                groups[-1].append(name)
            else:
                groups.append([name])
        parts = []
        for group in groups:
            days = group[0] if len(group) == 1 else f"{group[0]}-{group[-1]}"
            parts.append(f"{days} {', '.join(week[group[0]]) or 'closed'}")
        return "; ".join(parts)

    def day_of_week(self, day: date) -> int:
        """1 (Monday) .. 7 (Sunday), as the national calendar counts ``day``."""
        if self.national_calendar:
            calendar = national_calendar()
            if calendar.is_holiday(day):
                return 7
            if calendar.is_makeup_workday(day):
                return 1
        return day.isoweekday()

    def is_open(self, local: datetime) -> bool:
        now = local.hour * 60 + local.minute
        return any(start <= now < end for start, end in self.ranges_on(self.day_of_week(local.date())))


class ServiceLevel(BaseModel):
    target: float = Field(default=0.8, gt=0, le=1)
    seconds: float = Field(default=20, gt=0)


class CentreConfig(BaseModel):
    id: str
    timezone: str = "Asia/Shanghai"
    hours: Hours = Field(default_factory=Hours)
    max_queue: int = Field(200, ge=1)
    service_level: ServiceLevel = Field(default_factory=lambda: ServiceLevel())
    strategy: Strategy = Strategy.LONGEST_IDLE
    escalate_after: float = Field(30, ge=0)
    overflow_after: float = Field(120, ge=0)
    max_wait: float = Field(900, gt=0)
    ring_time: float = Field(20, gt=0)
    wrapup: float = Field(15, ge=0)
    announce_every: float = Field(30, gt=0)
    periodic_every: float = Field(90, gt=0)
    hold_step: float = Field(5, gt=0)
    lease: float = Field(30, gt=0)
    overflow: list[str] = Field(default_factory=list)
    # Agent phones of this centre: phone name -> dial string ("" = PJSIP/<name>). Agents log in to
    # one of these by name; the server builds the dial string. Empty: the asterisk_conf/ convention,
    # agent-<centre>-01 .. agent-<centre>-<phone_seats>.
    phones: dict[str, str] = Field(default_factory=dict)
    phone_seats: int = Field(2, ge=0, le=99)

    @field_validator("phones", mode="before")
    @classmethod
    def _phone_list(cls, value: Any) -> Any:
        if isinstance(value, list):
            return {str(name): "" for name in value}
        return value

    @field_validator("phones")
    @classmethod
    def _phone_entries(cls, value: dict[str, str]) -> dict[str, str]:
        for name, dial in value.items():
            if not PHONE_NAME.fullmatch(name):
                raise ValueError(f"phone name {name!r}: 1-40 lower-case letters, digits, '_', '.', '-'")
            if dial and not PHONE_DIAL.fullmatch(dial):
                raise ValueError(f"phone {name}: dial string {dial!r} must be PJSIP/<endpoint> (no @trunk) "
                                 "or sip:<user>@<host>[:port]")
        return value

    @property
    def tag(self) -> str:
        """Redis key prefix; the hash tag keeps all keys of a centre in one cluster slot."""
        return f"acd:{{{self.id}}}:"

    def is_open(self, now: datetime) -> bool:
        return self.hours.is_open(now.astimezone(ZoneInfo(self.timezone)))


class Rule(BaseModel):
    name: str = ""
    match: dict[str, str] = Field(default_factory=dict)
    priority: int = 0
    centre: str | None = None

    @field_validator("match", mode="before")
    @classmethod
    def _strings(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {str(k): str(v) for k, v in value.items()}
        return value


MATCH_KEYS = {"dnis", "service_type", "category", "language", "region", "business_region"}
LANGUAGES = {"zh": ("普通话", "Mandarin"), "en": ("英语", "English")}
DNIS_RE = re.compile(r"[0-9]{3,16}")


def match_choices() -> dict[str, dict[str, tuple[str, str]]]:
    """The values a rule may match, per key, with (zh, en) labels; ``dnis`` is any number."""
    regions = {p.code: (p.name_zh, p.name_en) for p in provinces()}
    return {
        "service_type": {k: (v[0], v[1]) for k, v in SERVICE_TYPES.items()},
        "category": {k: (v[0], v[1]) for k, v in CATEGORIES.items()},
        "language": dict(LANGUAGES),
        "region": regions,
        "business_region": regions,
    }


def _check_match(rule_name: str, match: dict[str, str]) -> None:
    choices = match_choices()
    for key, value in match.items():
        if key == "dnis":
            if not DNIS_RE.fullmatch(value):
                raise ValueError(f"rule {rule_name!r}: dnis {value!r} is not a phone number (3-16 digits)")
        elif key in choices and value not in choices[key]:
            known = ", ".join(sorted(choices[key]))
            raise ValueError(f"rule {rule_name!r}: unknown {key} {value!r}; known: {known}")


class AcdConfig(BaseModel):
    centres: dict[str, CentreConfig]
    rules: list[Rule] = Field(default_factory=list)
    #: the shared values every centre starts from (``defaults`` in the file); its hours are the
    #: opening hours of a call not yet routed to a centre (the menu's ``open`` test)
    defaults: CentreConfig = Field(default_factory=lambda: CentreConfig.model_validate({"id": "defaults"}))

    @model_validator(mode="after")
    def _check(self) -> AcdConfig:
        for centre in self.centres.values():
            for target in centre.overflow:
                if target not in self.centres:
                    raise ValueError(f"centre {centre.id}: overflow to unknown centre {target!r}")
                if target == centre.id:
                    raise ValueError(f"centre {centre.id}: overflow to itself")
        for rule in self.rules:
            unknown = set(rule.match) - MATCH_KEYS
            if unknown:
                raise ValueError(f"rule {rule.name!r}: unknown match keys {sorted(unknown)}")
            _check_match(rule.name, rule.match)
            if rule.centre is not None and rule.centre not in self.centres:
                raise ValueError(f"rule {rule.name!r}: unknown centre {rule.centre!r}")
        owner: dict[str, str] = {}
        for centre in self.centres.values():
            for name in centre.phones:
                if owner.setdefault(name, centre.id) != centre.id:
                    raise ValueError(f"phone {name} is listed for centres {owner[name]} and {centre.id}")
        return self

    def centre(self, centre_id: str) -> CentreConfig:
        try:
            return self.centres[centre_id]
        except KeyError:
            raise KeyError(f"unknown centre {centre_id!r}") from None

    def chain(self, centre_id: str) -> list[str]:
        """The centre followed by its overflow chain, without repeats (cycles stop)."""
        seen = [centre_id]
        frontier = list(self.centre(centre_id).overflow)
        while frontier:
            nxt = frontier.pop(0)
            if nxt not in seen:
                seen.append(nxt)
                frontier.extend(self.centre(nxt).overflow)
        return seen


SHORTHAND_FIELDS = ("days", "open", "close")


def _merge_hours(shared: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """A centre's own hours over the shared ones: own ``weekly`` replaces the shared form whole (the
    shared shorthand no longer applies), own shorthand fields drop a shared ``weekly``."""
    if "weekly" in own:
        shared = {k: v for k, v in shared.items() if k not in SHORTHAND_FIELDS and k != "weekly"}
    elif any(k in own for k in SHORTHAND_FIELDS):
        shared = {k: v for k, v in shared.items() if k != "weekly"}
    return {**shared, **own}


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key == "hours" and isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge_hours(merged[key], value)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def build_config(raw: dict[str, Any]) -> AcdConfig:
    if not isinstance(raw, dict):
        raise ConfigError("centre configuration must be a mapping")
    defaults = raw.get("defaults") or {}
    overrides = raw.get("centres") or {}
    if not isinstance(defaults, dict) or not isinstance(overrides, dict):
        raise ConfigError("'defaults' and 'centres' must be mappings")
    known = set(centre_ids())
    strange = set(overrides) - known
    if strange:
        raise ConfigError(f"unknown centres in configuration: {sorted(strange)}")
    centres: dict[str, Any] = {}
    for cid in centre_ids():
        fields = _merge(defaults, overrides.get(cid) or {})
        if cid == NATIONAL_CENTRE and "overflow" not in (overrides.get(cid) or {}):
            fields["overflow"] = []
        centres[cid] = {**fields, "id": cid}
    try:
        config = AcdConfig(centres=centres, rules=raw.get("rules") or [])
    except ValidationError as exc:
        raise ConfigError(friendly(exc, len(centres))) from exc
    try:  # checked on its own: every centre may override a wrong shared value
        config.defaults = CentreConfig.model_validate({**defaults, "id": "defaults"})
    except ValidationError as exc:
        raise ConfigError("; ".join(f"defaults {'.'.join(str(p) for p in err['loc'])}: "
                                    f"{str(err['msg']).removeprefix('Value error, ')}"
                                    for err in exc.errors(include_url=False))) from exc
    return config


def friendly(exc: ValidationError, n_centres: int) -> str:
    """One line per distinct problem: a wrong default that every centre inherits is one line
    ("all centres: hours.close ..."), not one per centre; field paths without pydantic's links."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for err in exc.errors(include_url=False):
        loc = [str(p) for p in err["loc"]]
        message = str(err["msg"]).removeprefix("Value error, ")
        if len(loc) >= 2 and loc[0] == "centres":
            grouped.setdefault((".".join(loc[2:]), message), []).append(loc[1])
        elif loc and loc[0] == "rules" and len(loc) >= 2:
            grouped.setdefault((f"rule {int(loc[1]) + 1}" + "".join("." + p for p in loc[2:]), message), [])
        else:
            grouped.setdefault((".".join(loc), message), [])
    lines = []
    for (field, message), centres in grouped.items():
        if not centres:
            lines.append(f"{field}: {message}" if field else message)
        elif len(centres) >= n_centres - 1:
            lines.append(f"defaults (every centre) {field}: {message}")
        else:
            lines.append(f"centre {', '.join(centres)} {field}: {message}")
    return "; ".join(lines)


def load_config(path: Path | str | None = None) -> AcdConfig:
    """Load the centres from ``path`` (default: the shipped ``centres.yaml``)."""
    source = Path(path) if path else SHIPPED_CENTRES
    try:
        raw = load_yaml(source.read_text(encoding="utf-8"))
    except YamlRefused as exc:
        raise ConfigError(f"{source}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read: {exc}") from exc
    try:
        return build_config(raw)
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from exc
