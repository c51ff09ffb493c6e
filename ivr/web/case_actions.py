"""What a user may do next with a complaint on its case page: the workflow's transitions open to
their role from its state, what each needs (a refusal ground from the complaint's rule set, the
complainant's identity verified), and the workflow's refusals as page messages in both languages.

The rules themselves stay in records.complaints (WORKFLOW, ``transition``) and the rule sets;
this module only reads them for the page.
"""

from __future__ import annotations

import re
from typing import Any

from ivr.web.i18n import LABELS, message
from records.complaints import WORKFLOW, PermissionDenied, WorkflowError, rules_of
from records.models import Complaint

#: The one transition whose reason the rules prescribe: a refusal names its ground (Order No. 20
#: Art. 15 and the Order No. 121 grounds, each cited in the rule set).
GROUND_ACTIONS = frozenset({"reject"})
_NOT_ALLOWED = re.compile(r"cannot (\w+) a (\w+) that is (\w+)")


def _zh(prefix: str, value: str) -> str:
    pair = LABELS.get(prefix + value)
    return pair[0] if pair else value


def needs_identity(complaint: Complaint, action: str) -> bool:
    """Acceptance under a rule set that requires the complainant's verified identity, not yet verified."""
    return action == "accept" and rules_of(complaint).identity_required and complaint.identity_verified is not True


def available_actions(complaint: Complaint, role: str) -> dict[str, Any]:
    """The transitions ``role`` may make from the complaint's state, with what each needs."""
    rules = rules_of(complaint)
    actions = []
    for (kind, status, action), step in WORKFLOW.items():
        if kind != complaint.kind or status != complaint.status or role not in step.roles:
            continue
        grounds = [{"code": g.code, "zh": g.zh, "en": g.en, "citation": g.citation.text()}
                   for g in rules.refusal_grounds] if action in GROUND_ACTIONS else []
        actions.append({"action": action, "target": step.target, "needs_ground": action in GROUND_ACTIONS,
                        "grounds": grounds, "needs_identity": needs_identity(complaint, action)})
    return {"ticket": complaint.ticket, "status": complaint.status, "kind": complaint.kind,
            "rule_set": rules.id, "identity_verified": complaint.identity_verified, "actions": actions,
            "ground_names": {g.code: {"zh": g.zh, "en": g.en} for g in rules.refusal_grounds}}


def refusal_message(exc: WorkflowError | PermissionDenied) -> dict[str, str]:
    """The workflow's refusal as a page message {code, zh, en, message}.

    records.complaints words most refusals "中文 / English"; the state check is English only and
    gets its Mandarin here."""
    text = str(exc)
    code = "workflow_refused" if isinstance(exc, WorkflowError) else "role_refused"
    found = _NOT_ALLOWED.fullmatch(text)
    if found:
        action, kind, status = found.groups()
        return message("transition_not_allowed", action=_zh("do_", action), kind=_zh("kind_", kind),
                       status=_zh("status_", status), action_en=action, kind_en=kind, status_en=status)
    if " / " in text:
        zh, en = text.split(" / ", 1)
        return {"code": code, "zh": zh, "en": en, "message": en}
    return {"code": code, "zh": text, "en": text, "message": text}
