"""The wire between the FastAGI workers and the box's retrieval service, over Redis.

- The service says it is there: ``ivr:{knowledge}:service`` holds its pid and version and expires
  ``ALIVE_MS`` after its last refresh (every second), and is deleted when it stops.
- A worker asks (:data:`ASK_LUA`, one round trip): only while that key exists, it appends the
  question (JSON: id, text, day, limit, version, ``until`` in epoch ms) to the list
  ``ivr:{knowledge}:questions``, trimmed to its newest ``MAX_WAITING`` and expiring a minute after
  the last question, so a service that stopped leaves nothing behind to grow.
- The service pops questions, drops those past ``until`` (the caller has moved on) and pushes
  each answer (JSON: version, threshold, found: [{id, score, confidence}]) to
  ``ivr:{knowledge}:answer:<id>``, which expires after ``ANSWER_TTL_MS``; the worker waits for it
  with ``BLPOP`` for at most its timeout.

The keys share the hash tag ``{knowledge}``, so the script runs on a Redis Cluster too.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

SERVICE_KEY = "ivr:{knowledge}:service"
QUESTIONS_KEY = "ivr:{knowledge}:questions"
ANSWER_PREFIX = "ivr:{knowledge}:answer:"
ALIVE_MS = 5000
MAX_WAITING = 10_000
QUESTIONS_TTL_MS = 60_000
ANSWER_TTL_MS = 10_000
MAX_TEXT = 300  # as the web app's search: a recognised utterance is far shorter
MAX_LIMIT = 10
_ID = re.compile(r"[0-9a-f]{32}\Z")

# KEYS: service, questions; ARGV: question JSON, most waiting, questions' expiry (ms). 1 when
# asked, 0 when no service is there (the caller goes on without waiting).
ASK_LUA = """
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[2]), -1)
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return 1
"""


class BadQuestion(ValueError):
    """A question the service cannot read (logged and dropped: nobody waits for a bad id)."""


def answer_key(question_id: str) -> str:
    return ANSWER_PREFIX + question_id


@dataclass(frozen=True)
class Question:
    id: str  # 32 hex digits (uuid4().hex)
    text: str
    day: str  # YYYY-MM-DD: the entries valid on the caller's day
    limit: int
    version: str  # the version the worker's call holds (the service answers from its own)
    until: int  # epoch ms: no answer is wanted after this

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @property
    def on(self) -> date:
        return date.fromisoformat(self.day)

    @classmethod
    def from_json(cls, raw: bytes | str) -> Question:
        try:
            data = json.loads(raw)
            day = date.fromisoformat(str(data["day"])).isoformat()
            question = cls(id=str(data["id"]), text=str(data["text"]), day=day, limit=int(data["limit"]),
                           version=str(data.get("version", "")), until=int(data["until"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise BadQuestion(f"unreadable question: {exc}") from exc
        if not _ID.match(question.id):
            raise BadQuestion("a question id is 32 hex digits")
        if not 0 < len(question.text) <= MAX_TEXT or not 1 <= question.limit <= MAX_LIMIT:
            raise BadQuestion(f"a question has 1-{MAX_TEXT} characters and asks for 1-{MAX_LIMIT} matches")
        return question


def answer_json(version: str, threshold: float, found: list[tuple[str, float, float]]) -> str:
    return json.dumps({"version": version, "threshold": threshold,
                       "found": [{"id": i, "score": s, "confidence": c} for i, s, c in found]})


@dataclass(frozen=True)
class Answer:
    version: str
    threshold: float
    found: list[tuple[str, float, float]]  # entry id, score, confidence; best first

    @classmethod
    def from_json(cls, raw: bytes | str) -> Answer:
        data: Any = json.loads(raw)
        return cls(version=str(data["version"]), threshold=float(data["threshold"]),
                   found=[(str(f["id"]), float(f["score"]), float(f["confidence"])) for f in data["found"]])
