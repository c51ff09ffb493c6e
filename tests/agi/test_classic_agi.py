"""Classic (process) AGI: the real script as a child process, the peer on its stdin/stdout."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from tests.support.agi_peer import AgiPeer, CallerScript, PeerResult, header_lines

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "agi_scripts" / "ivr_agi.py"


async def run_script(tmp_path: Path, caller: CallerScript, **fields: object) -> tuple[PeerResult, int]:
    env = {**os.environ, "IVR_DATA_DIR": str(tmp_path / "data"), "IVR_VOSK_MODEL": ""}
    env.pop("IVR_VOSK_MODEL")
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(SCRIPT), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL, env=env, cwd=str(tmp_path),
    )
    headers = header_lines(network=False, callerid="01088886666", **fields)  # type: ignore[arg-type]
    result = await AgiPeer(caller, headers, idle_timeout=30).run_process(process)
    code = await asyncio.wait_for(process.wait(), 30)
    return result, code


async def test_classic_agi_runs_the_engine_over_stdio(tmp_path: Path) -> None:
    result, code = await run_script(tmp_path, CallerScript(keys=["1", "2", "1", "1", "3"]))
    assert code == 0
    verbs = result.verbs()
    assert verbs[0] == "ANSWER" and verbs[-1] == "HANGUP"
    assert "RECORD FILE" in verbs
    assert result.server_hung_up and result.closed_by_server
    record_cmd = next(c for c in result.commands if c.startswith("RECORD FILE"))
    assert str(tmp_path / "data" / "spool") in record_cmd


async def test_classic_agi_caller_hangup_is_a_sighup(tmp_path: Path) -> None:
    result, code = await run_script(tmp_path, CallerScript(keys=["1", "1"], hangup_at=4))
    assert code == 0
    assert result.caller_hung_up and result.closed_by_server
    assert result.channel_commands_after_hangup <= 1
    assert "HANGUP" not in result.verbs()[4:]  # no server hangup on a dead channel
