"""Knowledge API: search with and without a role, entries, and the admin side (validate, import CSV/YAML,
publish, roll back) audited, refused with errors in both languages and nothing changed."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable

import redis as redis_sync
import yaml
from fastapi.testclient import TestClient

from ivr.knowledge.csv_import import COLUMNS
from ivr.knowledge.loader import shipped_files
from ivr.settings import Settings
from tests.web.conftest import bearer, login

ROW = {
    "id": "umbrella_broke", "category": "household_goods",
    "question_zh": "雨伞用了一次就坏了能退吗", "question_en": "My umbrella broke after one use; can I return it?",
    "paraphrases_zh": "伞坏了", "paraphrases_en": "broken umbrella", "keywords_zh": "雨伞|伞骨",
    "keywords_en": "umbrella", "answer_zh": "商品不符合质量要求的，可以要求退货、更换或者修理。",
    "answer_en": "Goods that fail quality requirements can be returned, replaced or repaired.",
    "law_source": "中华人民共和国消费者权益保护法", "law_source_en": "Consumer Rights Protection Law",
    "law_article": "24", "valid_from": "2014-03-15", "valid_to": "",
}


def sheet(*rows: dict[str, str]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def test_search_needs_a_staff_role(client: TestClient, add_user: Callable[..., str]) -> None:
    assert client.get("/api/knowledge/search", params={"q": "七天无理由退货"}).status_code == 401
    add_user("ann", "agent", "bj")
    add_user("sue", "supervisor", "bj")
    add_user("root", "admin")
    for user in ("ann", "sue", "root"):
        reply = client.get("/api/knowledge/search", params={"q": "网上买的东西七天内可以退吗", "on": "2026-03-01"},
                           headers=bearer(client, user))
        assert reply.status_code == 200, (user, reply.text)
        body = reply.json()
        best = body["results"][0]
        assert best["id"] == "online_seven_day_return" and best["answerable"] is True
        assert best["law"][0]["article"] == "25" and best["category_label"] == {"zh": "互联网服务",
                                                                                "en": "internet services"}
        assert best["citation"]["zh"] == "《中华人民共和国消费者权益保护法》第25条"
        assert body["version"] == "1" and body["threshold"] == 0.5 and len(body["results"]) <= 3


def test_search_refuses_bad_queries_and_keeps_dates(agent_client: TestClient) -> None:
    assert agent_client.get("/api/knowledge/search", params={"q": ""}).status_code == 422
    assert agent_client.get("/api/knowledge/search", params={"q": "x" * 301}).status_code == 422
    late = agent_client.get("/api/knowledge/search", params={"q": "12315投诉以后多久会受理", "on": "2026-05-01",
                                                             "limit": 10}).json()
    assert "complaint_acceptance_time" not in [r["id"] for r in late["results"]]
    early = agent_client.get("/api/knowledge/search", params={"q": "12315投诉以后多久会受理", "on": "2026-03-01"})
    assert early.json()["results"][0]["id"] == "complaint_acceptance_time"
    off = agent_client.get("/api/knowledge/search", params={"q": "今天天气怎么样"}).json()
    assert all(not r["answerable"] for r in off["results"])
    entries = agent_client.get("/api/knowledge/entries").json()["entries"]
    assert len(entries) >= 30 and {"id", "question", "answer", "law", "valid_from"} <= set(entries[0])


def test_another_hotlines_question_is_found_but_never_answerable(agent_client: TestClient) -> None:
    found = agent_client.get("/api/knowledge/search", params={"q": "个人所得税汇算怎么退税"}).json()["results"]
    assert found[0]["id"] == "refer_tax" and found[0]["refers_elsewhere"] is True
    assert found[0]["answerable"] is False and "12366" in found[0]["answer"]["zh"]


def test_search_is_rate_limited_per_user(agent_client: TestClient) -> None:
    codes = [agent_client.get("/api/knowledge/search", params={"q": "过期食品"}).status_code for _ in range(125)]
    assert codes[:100].count(200) == 100 and codes[-1] == 429
    refused = agent_client.get("/api/knowledge/search", params={"q": "过期食品"}).json()["detail"]
    assert refused["zh"] == "查询过于频繁，请稍后再试" and "too many" in refused["en"]


def test_the_rate_limit_counts_the_last_sixty_seconds_not_the_clock_minute(
        agent_client: TestClient, web_settings: Settings) -> None:
    """120 searches 30 s ago still count (a burst cannot straddle a minute's turn); 120 from 61 s ago no longer do."""
    store = redis_sync.Redis.from_url(str(web_settings.redis_url))
    key = "ivr:knowledge:search:ann"
    store.zadd(key, {f"earlier-{i}": time.time() - 30 for i in range(120)})
    assert agent_client.get("/api/knowledge/search", params={"q": "过期食品"}).status_code == 429
    store.delete(key)
    store.zadd(key, {f"earlier-{i}": time.time() - 61 for i in range(120)})
    assert agent_client.get("/api/knowledge/search", params={"q": "过期食品"}).status_code == 200
    assert store.zcard(key) == 1, "searches older than a minute are forgotten"


def test_admin_api_refuses_other_roles(agent_client: TestClient) -> None:
    assert agent_client.get("/api/knowledge/versions").status_code == 403
    assert agent_client.post("/api/knowledge/publish", json={"files": {}, "comment": "x"}).status_code == 403
    upload = agent_client.post("/api/knowledge/import", files={"file": ("a.csv", sheet(ROW), "text/csv")})
    assert upload.status_code == 403


def test_import_publish_rollback_audited(admin_client: TestClient) -> None:
    dry = admin_client.post("/api/knowledge/import", files={"file": ("Umbrellas.csv", sheet(ROW), "text/csv")},
                            data={"dry_run": "true"})
    assert dry.status_code == 200, dry.text
    assert dry.json()["published"] is None and "umbrella_broke" in dry.json()["files"]["umbrellas.yaml"]
    assert [v["number"] for v in admin_client.get("/api/knowledge/versions").json()] == [1]
    done = admin_client.post("/api/knowledge/import", files={"file": ("Umbrellas.csv", sheet(ROW), "text/csv")},
                             data={"comment": "umbrellas"})
    assert done.status_code == 200, done.text
    assert done.json()["published"]["number"] == 2
    found = admin_client.get("/api/knowledge/search", params={"q": "雨伞用了一次就坏了"}).json()
    assert found["version"] == "2" and found["results"][0]["id"] == "umbrella_broke"
    # a bad import: row errors in both languages, nothing published
    bad = admin_client.post("/api/knowledge/import",
                            files={"file": ("more.csv", sheet({**ROW, "id": "x1", "answer_en": ""}), "text/csv")})
    assert bad.status_code == 422
    detail = bad.json()["detail"]
    assert detail["zh"] == "导入的内容有错误，未做任何改动" and "nothing was changed" in detail["en"]
    assert detail["errors"][0]["entry"] == "row 2" and detail["errors"][0]["zh"] == "第2行缺少：answer_en"
    yaml_clash = yaml.safe_dump({"entries": yaml.safe_load(shipped_files()["returns.yaml"])["entries"][:1]},
                                allow_unicode=True).encode()
    clash = admin_client.post("/api/knowledge/import", files={"file": ("dup.yaml", yaml_clash, "text/yaml")})
    assert clash.status_code == 422 and clash.json()["detail"]["errors"][0]["code"] == "duplicate-id"
    not_utf8 = admin_client.post("/api/knowledge/import", files={"file": ("x.csv", "题".encode("gbk"), "text/csv")})
    assert not_utf8.status_code == 422
    assert [v["number"] for v in admin_client.get("/api/knowledge/versions").json()] == [1, 2]
    # validate and publish a draft with an error: refused, nothing changed
    files = admin_client.get("/api/knowledge/published").json()["files"]
    broken = {**files, "umbrellas.yaml": files["umbrellas.yaml"].replace("category: household_goods",
                                                                         "category: boats")}
    checked = admin_client.post("/api/knowledge/validate", json={"files": broken}).json()
    assert checked["ok"] is False and checked["errors"][0]["field"] == "category"
    refused = admin_client.post("/api/knowledge/publish", json={"files": broken, "comment": "boats"})
    assert refused.status_code == 422 and admin_client.get("/api/knowledge/published").json()["number"] == 2
    back = admin_client.post("/api/knowledge/rollback", json={"number": 1})
    assert back.status_code == 200 and back.json()["number"] == 3
    assert admin_client.get("/api/knowledge/versions/3").json()["files"] == shipped_files()
    assert admin_client.post("/api/knowledge/rollback", json={"number": 99}).status_code == 404
    actions = [(a["action"], a["object"]) for a in admin_client.get("/api/audit").json()]
    assert ("knowledge.import", "knowledge:2") in actions and ("knowledge.rollback", "knowledge:3") in actions
    assert not any(obj == "knowledge:4" for _, obj in actions)


def test_csrf_is_needed_for_cookie_sessions(client: TestClient, add_user: Callable[..., str]) -> None:
    add_user("root", "admin")
    login(client, "root")
    del client.headers["X-CSRF-Token"]
    assert client.post("/api/knowledge/validate", json={"files": {}}).status_code == 403
