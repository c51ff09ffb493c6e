"""The admin page's API: an entry's form into the draft (YAML and comments kept, every error with its
form field), removal, diff, categories, the page's roles; bad shapes refused in both languages, nothing
published by any of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from ivr.knowledge.loader import parse_knowledge, shipped_files
from ivr.knowledge.store import KnowledgeStore
from ivr.settings import Settings
from tests.web.conftest import login


def form(entry_id: str) -> dict[str, Any]:
    entry = parse_knowledge(shipped_files()).by_id(entry_id)
    assert entry is not None
    data = entry.model_dump(mode="json")
    for key in ("paraphrases", "examples"):  # lines, as the form sends them
        data[key] = {lang: "\n".join(p) for lang, p in data[key].items()}
    return data


def test_an_edited_entry_goes_into_the_draft_keeping_the_file(admin_client: TestClient,
                                                               web_settings: Settings) -> None:
    files = admin_client.get("/api/knowledge/published").json()["files"]
    entry = form("expired_food")
    entry["answer"]["en"] = "Rewritten answer."
    reply = admin_client.post("/api/knowledge/draft/entry", json={"files": files, "file": "food_drugs.yaml",
                                                                  "entry": entry, "replaces": "expired_food"})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["ok"] is True and body["errors"] == []
    new, old = body["files"]["food_drugs.yaml"], files["food_drugs.yaml"]
    assert new.startswith("# Food and drugs") and "      en: Rewritten answer.\n" in new
    assert len(new.splitlines()) == len(old.splitlines())  # one line changed, comments and blank lines kept
    assert {k: v for k, v in body["files"].items() if k != "food_drugs.yaml"} == {
        k: v for k, v in files.items() if k != "food_drugs.yaml"}
    listed = {e["entry"]["id"]: e for e in body["entries"]}
    assert listed["expired_food"]["entry"]["answer"]["en"] == "Rewritten answer."
    assert len(listed) == len(parse_knowledge(files).entries)  # every entry of the base, the edited one once
    diff = admin_client.post("/api/knowledge/diff", json={"files": body["files"]}).json()["diff"]
    added = [line for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    removed = [line for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    assert added == ["+      en: Rewritten answer."] and len(removed) == 1
    assert KnowledgeStore(web_settings).published_number() == 1


def test_errors_come_back_at_their_fields_and_ids_move_files(admin_client: TestClient) -> None:
    files = admin_client.get("/api/knowledge/published").json()["files"]
    entry = form("gym_membership")
    entry.update(category="gyms")
    entry["answer"]["zh"] = "含有{花括号}的答复"
    entry["law"][0]["article"] = "第五十三条"
    reply = admin_client.post("/api/knowledge/draft/entry", json={"files": files, "file": "new_one.yaml",
                                                                  "entry": entry, "replaces": "gym_membership"})
    body = reply.json()
    assert reply.status_code == 200 and body["ok"] is False
    fields = {e["form_field"] for e in body["errors"] if e["entry"] == "gym_membership"}
    assert {"category", "answer.zh", "law.0.article"} <= fields, body["errors"]
    assert all(e["file"] == "new_one.yaml" for e in body["errors"])
    assert "gym_membership" not in body["files"]["prepaid_services.yaml"]  # moved, not copied
    early = admin_client.post("/api/knowledge/draft/entry", json={
        "files": files, "file": "prepaid_services.yaml", "entry": {**form("gym_membership"), "valid_to": "2010-01-01"}})
    (dates,) = early.json()["errors"]
    assert (dates["form_field"], dates["field"], dates["zh"]) == ("valid_to", "", "失效日期早于生效日期")
    refused = admin_client.post("/api/knowledge/publish", json={"files": body["files"], "comment": "x"})
    assert refused.status_code == 422


def test_removal_and_bad_shapes(admin_client: TestClient) -> None:
    files = admin_client.get("/api/knowledge/published").json()["files"]
    gone = admin_client.post("/api/knowledge/draft/remove", json={"files": files, "id": "invoice_refused"}).json()
    assert gone["ok"] is True and "invoice_refused" not in {e["entry"]["id"] for e in gone["entries"]}
    missing = admin_client.post("/api/knowledge/draft/remove", json={"files": files, "id": "no_such_entry"})
    assert missing.status_code == 422 and missing.json()["detail"]["zh"] == "草稿中没有条目 no_such_entry"
    for bad in ({"law": "Art. 25"}, {"keywords": {"zh": 5}}, {"question": "text"}, {"law": ["x"]}):
        reply = admin_client.post("/api/knowledge/draft/entry", json={"files": files, "file": "returns.yaml",
                                                                      "entry": {**form("invoice_refused"), **bad}})
        assert reply.status_code == 422, (bad, reply.text)
        assert reply.json()["detail"]["zh"] and reply.json()["detail"]["en"]
    bad_name = admin_client.post("/api/knowledge/draft/entry", json={"files": files, "file": "../x.yaml",
                                                                     "entry": form("invoice_refused")})
    assert bad_name.status_code == 422
    broken = admin_client.post("/api/knowledge/draft/entry", json={
        "files": {**files, "returns.yaml": "entries: [\n"}, "file": "returns.yaml", "entry": form("invoice_refused")})
    assert broken.status_code == 422 and "returns.yaml" in broken.json()["detail"]["zh"]


def test_categories_and_page_roles(client: TestClient, add_user: Callable[..., str]) -> None:
    assert client.get("/admin/knowledge", follow_redirects=False).headers["location"] == \
        "/login?next=/admin/knowledge"
    add_user("ann", "agent", "bj")
    add_user("root", "admin")
    login(client, "ann")
    assert client.get("/admin/knowledge").status_code == 403
    assert client.post("/api/knowledge/diff", json={"files": {}}).status_code == 403
    categories = client.get("/api/knowledge/categories").json()
    assert {"code": "internet", "zh": "互联网服务", "en": "internet services", "class_zh": "服务类",
            "class_en": "services"} in categories
    login(client, "root")
    page = client.get("/admin/knowledge")
    assert page.status_code == 200 and "/static/knowledge_admin.js" in page.text and 'id="nav-knowledge"' in page.text


def test_callers_questions_are_kept_and_edited_as_lines(admin_client: TestClient) -> None:
    files = admin_client.get("/api/knowledge/published").json()["files"]
    entry = form("expired_food")
    asked = entry["asked"]["zh"]
    assert asked, "the shipped entry holds questions callers asked"
    entry["asked"] = {"zh": "\n".join([*asked, "超市 卖 的 牛奶 过期 三 天 了"]), "en": "\n".join(entry["asked"]["en"])}
    reply = admin_client.post("/api/knowledge/draft/entry", json={"files": files, "file": "food_drugs.yaml",
                                                                  "entry": entry, "replaces": "expired_food"})
    assert reply.status_code == 200 and reply.json()["ok"] is True, reply.text
    diff = admin_client.post("/api/knowledge/diff", json={"files": reply.json()["files"]}).json()["diff"]
    changed = [line for line in diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed == ['+        - "超市 卖 的 牛奶 过期 三 天 了"'], changed
    edited = parse_knowledge(reply.json()["files"]).by_id("expired_food")
    assert edited is not None and edited.asked.zh == [*asked, "超市 卖 的 牛奶 过期 三 天 了"]


def test_written_examples_are_kept_and_edited_as_lines_apart_from_callers_questions(admin_client: TestClient) -> None:
    files = admin_client.get("/api/knowledge/published").json()["files"]
    entry = form("expired_food")
    examples = entry["examples"]["zh"].split("\n")
    assert len(examples) > 10, "the shipped entry holds written examples"
    entry["examples"]["zh"] = "\n".join([*examples[1:], "便利店 的 面包 过期 了 还 在 卖"])
    reply = admin_client.post("/api/knowledge/draft/entry", json={"files": files, "file": "food_drugs.yaml",
                                                                  "entry": entry, "replaces": "expired_food"})
    assert reply.status_code == 200 and reply.json()["ok"] is True, reply.text
    diff = admin_client.post("/api/knowledge/diff", json={"files": reply.json()["files"]}).json()["diff"]
    changed = [line for line in diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed == [f'-        - "{examples[0]}"', '+        - "便利店 的 面包 过期 了 还 在 卖"'], changed
    edited = parse_knowledge(reply.json()["files"]).by_id("expired_food")
    assert edited is not None and edited.examples.zh == [*examples[1:], "便利店 的 面包 过期 了 还 在 卖"]
    assert "便利店 的 面包 过期 了 还 在 卖" not in edited.asked.all()


def test_the_referral_mark_is_one_line_of_the_draft_and_clearing_it_removes_it(admin_client: TestClient) -> None:
    files = admin_client.get("/api/knowledge/published").json()["files"]
    entry = {**form("expired_food"), "refers_elsewhere": True}
    reply = admin_client.post("/api/knowledge/draft/entry", json={"files": files, "file": "food_drugs.yaml",
                                                                  "entry": entry, "replaces": "expired_food"})
    assert reply.status_code == 200 and reply.json()["ok"] is True, reply.text
    diff = admin_client.post("/api/knowledge/diff", json={"files": reply.json()["files"]}).json()["diff"]
    changed = [line for line in diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed == ["+    refers_elsewhere: true"], changed
    marked = parse_knowledge(reply.json()["files"]).by_id("expired_food")
    assert marked is not None and marked.refers_elsewhere
    cleared = admin_client.post("/api/knowledge/draft/entry", json={
        "files": reply.json()["files"], "file": "food_drugs.yaml", "entry": {**entry, "refers_elsewhere": False},
        "replaces": "expired_food"}).json()["files"]
    assert cleared == files
