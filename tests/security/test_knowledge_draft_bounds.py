"""The knowledge admin page's draft forms (ivr/knowledge/editing.py) check the client's YAML with
ivr.safe_yaml before the round-trip parser reads it: a billion-laughs file in the draft is refused
with 422 in Mandarin and English, naming the file, and nothing is published."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from ivr.knowledge.loader import parse_knowledge, shipped_files
from ivr.knowledge.store import KnowledgeStore
from ivr.settings import Settings


def laughs_file(levels: int = 9) -> str:
    """A knowledge file (top-level ``entries:``) whose anchors expand to 10**levels strings."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 10) + "]" for n in range(1, levels)]
    return "\n".join(lines) + "\nentries: []\n"


def form(entry_id: str) -> dict[str, Any]:
    entry = parse_knowledge(shipped_files()).by_id(entry_id)
    assert entry is not None
    data = entry.model_dump(mode="json")
    data["paraphrases"] = {lang: "\n".join(p) for lang, p in data["paraphrases"].items()}
    return data


def assert_refused_in_both_languages(reply: Any) -> None:
    assert reply.status_code == 422, reply.text[:500]
    detail = reply.json()["detail"]
    assert "laughs.yaml" in detail["zh"] and "laughs.yaml" in detail["en"]
    assert "展开后" in detail["zh"] and "expands to more than" in detail["en"]


def test_a_billion_laughs_draft_is_refused_at_the_entry_form(admin_client: TestClient,
                                                              web_settings: Settings) -> None:
    files = admin_client.get("/api/knowledge/published").json()["files"]
    files["laughs.yaml"] = laughs_file()
    edit = admin_client.post("/api/knowledge/draft/entry",
                             json={"files": files, "file": "laughs.yaml", "entry": form("expired_food"),
                                   "replaces": "expired_food"})
    assert_refused_in_both_languages(edit)
    new_entry = form("expired_food") | {"id": "expired_food_copy"}  # a new id: every file is read
    added = admin_client.post("/api/knowledge/draft/entry",
                              json={"files": files, "file": "food_drugs.yaml", "entry": new_entry})
    assert_refused_in_both_languages(added)
    # online_rights.yaml sorts after laughs.yaml: the bomb is read while looking for the id
    removal = admin_client.post("/api/knowledge/draft/remove",
                                json={"files": files, "id": "online_platform_liability"})
    assert_refused_in_both_languages(removal)
    assert KnowledgeStore(web_settings).published_number() == 1


def test_the_draft_check_reports_the_bomb_as_an_error_and_lists_the_rest(admin_client: TestClient) -> None:
    files = admin_client.get("/api/knowledge/published").json()["files"]
    files["laughs.yaml"] = laughs_file()
    reply = admin_client.post("/api/knowledge/draft", json={"files": files})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["ok"] is False
    [error] = [e for e in body["errors"] if e["file"] == "laughs.yaml"]
    assert error["code"] == "yaml-too-many-nodes"
    assert {e["file"] for e in body["entries"]} == set(files) - {"laughs.yaml"}
