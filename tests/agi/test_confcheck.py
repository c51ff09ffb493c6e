"""The shipped Asterisk configuration passes the checker; each kind of broken reference is caught."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agi_scripts.cli import DEFAULT_CONF_DIR, app
from agi_scripts.confcheck import check_config, parse_conf, pattern_matches
from agi_scripts.prompts import system_sound_names
from ivr.refdata import centre_ids


def check(conf_dir: Path, **kwargs: object) -> list[str]:
    options: dict[str, object] = {"centres": centre_ids(), "system_sounds": system_sound_names(),
                                  "allow_placeholders": True}
    options.update(kwargs)
    return [str(i) for i in check_config(conf_dir, **options)]  # type: ignore[arg-type]


def test_shipped_configuration_is_consistent() -> None:
    assert check(DEFAULT_CONF_DIR, dial_endpoints=["PJSIP/agent-bj-01", "PJSIP/agent-cn-02"]) == []


def test_cli_check_conf_passes_on_shipped_files_as_a_template() -> None:
    result = CliRunner().invoke(app, ["check-conf", "--template"])
    assert result.exit_code == 0, result.output
    assert "OK" in result.output


def test_deployed_configuration_with_placeholders_is_refused() -> None:
    result = CliRunner().invoke(app, ["check-conf"])
    assert result.exit_code == 1
    found = check(DEFAULT_CONF_DIR, allow_placeholders=False)
    assert any("[agent-bj-01] password is the placeholder 'change-me'" in f for f in found)
    assert any("[carrier] contact=sip:carrier.invalid:5060 is a placeholder host" in f for f in found)
    assert all("placeholder" in f for f in found)


def test_deployed_configuration_with_real_values_passes(conf: Path) -> None:
    pjsip = conf / "pjsip.conf"
    text = pjsip.read_text(encoding="utf-8").replace("carrier.invalid", "203.0.113.7")
    count = text.count("password=change-me")
    for n in range(count):
        text = text.replace("password=change-me", f"password=Str0ng-{n}-secret", 1)
    pjsip.write_text(text, encoding="utf-8")
    assert check(conf, allow_placeholders=False) == []


def test_dialplan_signals_are_checked(conf: Path) -> None:
    edit(conf / "extensions.conf", "exten => s,1,AGI(${IVR_AGI_ANSWERED},${ARG1},${ARG2},${ARG3})",
         "exten => s,1,NoOp(no signal)")
    edit(conf / "extensions.conf", " same => n,AGI(${IVR_AGI_CALLBACK},${IVR_CENTRE},${IVR_QCID},${DIALSTATUS})\n",
         "")
    edit(conf / "extensions.conf", "exten => h,1,AGI(${IVR_AGI_CALLBACK},${IVR_CENTRE},${IVR_QCID},${DIALSTATUS})",
         "exten => h,1,NoOp()")
    found = check(conf)
    assert any("[ivr-agent-answered] does not run AGI(agi://<ivr>/agent-answered" in f for f in found), found
    assert any("[ivr-callback] does not run AGI(agi://<ivr>/callback-result" in f for f in found), found


@pytest.fixture
def conf(tmp_path: Path) -> Path:
    target = tmp_path / "conf"
    shutil.copytree(DEFAULT_CONF_DIR, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("extensions.conf", "exten => 12365,1,NoOp", "exten => 12366,1,NoOp", "12365 has no extension"),
        ("extensions.conf", "Goto(ivr-fallback,s,1)", "Goto(ivr-fallbak,s,1)", "unknown context [ivr-fallbak]"),
        ("extensions.conf", "Goto(ivr-inbound,12315,1)", "Goto(ivr-inbound,99999,1)", "99999 which is not in"),
        ("extensions.conf", "Answer(,i)", "Answr(,i)", "unknown application Answr()"),
        ("extensions.conf", " same => n,Hangup(1)", " same => n,System(rm -rf /)", "runs shell commands"),
        ("extensions.conf", "NATIONAL_FALLBACK=PJSIP/agent-cn-01", "NATIONAL_FALLBACK=PJSIP/agent-cn-99",
         "no PJSIP endpoint [agent-cn-99]"),
        ("extensions.conf", "IVR_AGI=agi://127.0.0.1:4573/ivr", "IVR_AGI=agi://127.0.0.1:4573/other",
         "names none of the server's scripts"),
        ("extensions.conf", "Playback(ivr/zh/system/fallback_sorry)", "Playback(ivr/zh/system/nope)",
         "no such prompt"),
        ("pjsip.conf", "context=from-carrier", "context=from-nowhere", "context [from-nowhere] not in"),
        ("pjsip.conf", "aors=carrier", "aors=carier", "aors=carier is not a aor section"),
        ("musiconhold.conf", "[default]", "[jazz]", "class [default] missing"),
    ],
)
def test_each_broken_reference_is_reported(conf: Path, file: str, old: str, new: str, expected: str) -> None:
    edit(conf / file, old, new)
    issues = check(conf)
    assert any(expected in issue for issue in issues), issues


def test_endpoint_the_server_dials_must_exist(conf: Path) -> None:
    issues = check(conf, dial_endpoints=["PJSIP/agent-bj-01", "PJSIP/transfer-desk"])
    assert issues == ["pjsip.conf:0: the server dials PJSIP/transfer-desk, which is not a PJSIP endpoint"]


def test_centre_without_agent_phones_is_reported(conf: Path) -> None:
    issues = check(conf, centres=["bj", "atlantis"])
    assert issues == ["pjsip.conf:0: centre atlantis has no agent phone (agent-atlantis-NN)"]


def test_missing_file_is_reported(conf: Path) -> None:
    (conf / "pjsip.conf").unlink()
    assert check(conf) == ["pjsip.conf:0: file missing"]


def test_templates_are_inherited(conf: Path) -> None:
    sections = parse_conf(conf / "pjsip.conf").named("agent-bj-01")
    endpoint = next(s for s in sections if s.get("type") == "endpoint")
    assert endpoint.get("context") == "agents" and endpoint.get("aors") == "agent-bj-01"


@pytest.mark.parametrize(("pattern", "exten", "ok"), [
    ("_X.", "13812345678", True), ("_X.", "", False), ("_1233[015]", "12330", True),
    ("_1233[015]", "12332", False), ("_NXX", "123", False), ("_NXX", "223", True), ("12315", "12315", True),
])
def test_pattern_matching(pattern: str, exten: str, ok: bool) -> None:
    assert pattern_matches(pattern, exten) is ok


def test_modules_conf_must_not_leave_out_what_the_dialplan_uses(tmp_path: Path) -> None:
    """Dial's U() subroutine needs app_stack (Gosub/Return): a modules.conf that does not load
    it (autoload=no) or forbids it (noload) would silently lose the agent-answered signal."""
    conf = tmp_path / "asterisk"
    shutil.copytree(DEFAULT_CONF_DIR, conf)
    assert check(conf) == []  # autoload=yes: every module Asterisk has is loaded
    modules = conf / "modules.conf"
    text = modules.read_text(encoding="utf-8")
    modules.write_text(text + "noload => app_stack.so\n", encoding="utf-8")
    assert [f for f in check(conf) if "modules.conf" in f] == [
        f"modules.conf:{len(text.splitlines()) + 1}: noload => app_stack.so, but the dialplan needs it "
        "(Dial's U() subroutine: Gosub/Return)"]
    modules.write_text(text.replace("autoload=yes", "autoload=no"), encoding="utf-8")
    missing = [f for f in check(conf) if "modules.conf" in f]
    assert any("app_stack.so is not loaded (autoload=no)" in f for f in missing), missing
    assert any("codec_ulaw.so is not loaded" in f for f in missing), missing
    assert not any("app_dial.so" in f or "res_agi.so" in f for f in missing), missing  # loaded by name


def test_a_finished_call_must_not_fall_back(conf: Path) -> None:
    """The dialplan real Asterisk ran in the transcripts went from AGI() straight to the
    fallback: every call the server let go of while up (the agent hung up first) heard the
    apology. After AGI() the server's end marker must be tested first."""
    edit(conf / "extensions.conf", " same => n,AGI(${IVR_AGI})\n same => n,Goto(ivr-after-agi,s,1)",
         " same => n,AGI(${IVR_AGI})\n same => n,Goto(ivr-fallback,s,1)")
    edit(conf / "extensions.conf", "exten => 12330,1,NoOp(12330 intellectual property, merged into 12315)\n"
         " same => n,Answer(,i)\n same => n,AGI(${IVR_AGI})\n same => n,Goto(ivr-after-agi,s,1)",
         "exten => 12330,1,NoOp(12330 intellectual property, merged into 12315)\n"
         " same => n,Answer(,i)\n same => n,AGI(${IVR_AGI})\n same => n,GotoIf($[\"${IVR_DONE}\" = \"1\"]?"
         "ivr-after-agi,s,done:ivr-fallback,s,1)")
    found = [f for f in check(conf) if "IVR_DONE" in f]
    assert len(found) == 1 and found[0].startswith("extensions.conf:") and "[ivr-inbound]" in found[0], found
