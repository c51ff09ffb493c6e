"""Progress by phone: the status of a complaint by ticket number, as a sentence to speak."""

from __future__ import annotations

import asyncio
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from ivr.settings import Settings
from records.complaints import next_deadline
from records.db import make_engine, session_factory
from records.models import Complaint
from records.tickets import valid_ticket

STATUS_TEXT: dict[str, dict[str, str]] = {
    "registered": {"zh": "已登记，正在审查", "en": "registered and under review"},
    "accepted": {"zh": "已受理，正在调解", "en": "accepted, mediation in progress"},
    "rejected": {"zh": "不予受理", "en": "not accepted"},
    "mediated": {"zh": "调解达成协议，已办结", "en": "settled by mediation and closed"},
    "mediation_failed": {"zh": "调解未达成协议，已终止", "en": "mediation ended without agreement"},
    "verified": {"zh": "已核查，正在处理", "en": "verified and being handled"},
    "closed": {"zh": "已办结", "en": "closed"},
    "answered": {"zh": "已答复", "en": "answered"},
    "case_opened": {"zh": "已立案调查", "en": "a case has been opened"},
    "no_case": {"zh": "经核查不予立案，已办结", "en": "closed without opening a case after verification"},
}
PAUSED_TEXT = {"zh": "期限因检测、检验或鉴定暂停。",
               "en": "The time limit is paused for testing, inspection or appraisal."}
KIND_TEXT = {"complaint": {"zh": "投诉", "en": "complaint"}, "report": {"zh": "举报", "en": "report"},
             "consultation": {"zh": "咨询", "en": "consultation"}}
DEADLINE_TEXT = {
    "accept_or_reject": {"zh": "受理决定", "en": "a decision on acceptance"},
    "mediation_ends": {"zh": "调解期限届满", "en": "the end of mediation"},
    "verify": {"zh": "核查决定", "en": "a decision after verification"},
    "notify": {"zh": "处理结果告知", "en": "notice of the outcome"},
}


def spoken_ticket(ticket: str, language: str) -> str:
    return " ".join(ticket) if language != "zh" else ticket


def spoken_date(day: date, language: str) -> str:
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.strftime("%d %B %Y").lstrip("0")


def status_sentence(complaint: Complaint, language: str) -> str:
    lang = "zh" if language == "zh" else "en"
    kind = KIND_TEXT.get(complaint.kind, KIND_TEXT["complaint"])[lang]
    status = STATUS_TEXT.get(complaint.status, {"zh": complaint.status, "en": complaint.status})[lang]
    deadline = next_deadline(complaint)
    paused = is_paused(complaint)
    if lang == "zh":
        text = f"您的{kind}，编号{complaint.ticket}，{status}。"
        if deadline:
            text += f"{DEADLINE_TEXT[deadline[0]]['zh']}将在{spoken_date(deadline[1], 'zh')}前作出。"
        elif paused:
            text += PAUSED_TEXT["zh"]
        return text
    text = f"Your {kind} number {spoken_ticket(complaint.ticket, 'en')} is {status}."
    if deadline:
        text += f" Expect {DEADLINE_TEXT[deadline[0]]['en']} by {spoken_date(deadline[1], 'en')}."
    elif paused:
        text += " " + PAUSED_TEXT["en"]
    return text


def is_paused(complaint: Complaint) -> bool:
    """A running clock without a due date: a pause is open (records.complaints.pause_clock)."""
    if complaint.kind == "complaint":
        return complaint.status == "accepted" and complaint.mediation_due is None
    if complaint.kind == "report":
        return complaint.status in ("registered", "verified") and complaint.verify_due is None
    return False


class CaseStatusService:
    """``ivr.services.CaseStatusProvider`` backed by the complaints table."""

    def __init__(self, source: sessionmaker[Session] | Settings) -> None:
        """``source``: a session factory, or Settings (the database at effective_database_url)."""
        if isinstance(source, Settings):
            source = session_factory(make_engine(source.effective_database_url))
        self.sessions = source

    @classmethod
    def from_url(cls, url: str) -> CaseStatusService:
        engine: Engine = make_engine(url)
        return cls(session_factory(engine))

    def lookup(self, ticket: str, language: str) -> str | None:
        if not valid_ticket(ticket):
            return None  # a mistyped ticket never reaches the database
        with self.sessions() as session:
            complaint = session.scalar(select(Complaint).where(Complaint.ticket == ticket))
            return status_sentence(complaint, language) if complaint else None

    async def case_status(self, ticket: str, language: str) -> str | None:
        return await asyncio.to_thread(self.lookup, ticket, language)
