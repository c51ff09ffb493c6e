"""Options of the embedded SIP endpoint that the shared Settings do not carry (``IVR_SIP_*``).

Listening address and port come from :class:`ivr.settings.Settings` (``sip_host``,
``sip_port``); everything media- and agent-specific lives here.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class SipOptions(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IVR_SIP_", env_file=None, extra="ignore")

    #: RTP ports (even ones are used; RTCP is not sent). Two per bridged call.
    rtp_port_min: int = 30000
    rtp_port_max: int = 31999
    #: Address put into SDP and Contact; defaults to the listening host (127.0.0.1 if that is 0.0.0.0).
    media_host: str | None = None
    #: Seconds to ring before the handler may answer (0 = answer as soon as the engine asks).
    ring_seconds: float = 0.0
    #: Credentials used when an agent phone challenges our INVITE (401/407 digest).
    agent_username: str = ""
    agent_password: SecretStr = SecretStr("")
    #: Music on hold: an 8 kHz 16-bit mono WAV; a soft generated tone when unset.
    hold_wav: Path | None = None
    #: Speech energy (RMS of 16-bit samples) above which a recogniser-backed prompt is barged in.
    barge_in_rms: float = 1200.0
    #: Energy under which recorded audio counts as silence.
    silence_rms: float = 400.0
    user_agent: str = "ivr12315-sip/0.1"
    #: Symmetric RTP (comedia): send media where the caller's first packets come from (behind NAT)
    #: instead of the address in its SDP. Packets are accepted from that one address either way.
    rtp_symmetric: bool = False
    #: Calls in progress beyond which a new INVITE is answered 503 with Retry-After.
    max_calls: int = 500
    #: New dialogs (INVITEs without a To tag) per second from one source address, and the
    #: burst it may save up; beyond them 503 with Retry-After. A trunk (Asterisk, an SBC) is one
    #: source that carries every call: raise these for it.
    new_dialogs_per_second: float = 20.0
    new_dialogs_burst: int = 40
    #: REGISTER attempts (there is no registrar: each one fails) per source and user in the
    #: window; beyond them REGISTERs from that pair are dropped unanswered.
    register_failures: int = 5
    register_window_seconds: float = 900.0
    #: Seconds between two log lines about the same kind of trouble from the same source.
    incident_log_interval: float = 60.0
    #: Answers kept for retransmitted requests (oldest dropped first beyond this).
    max_cached_answers: int = 20000

    @model_validator(mode="after")
    def _check_ports(self) -> SipOptions:
        if not (1024 <= self.rtp_port_min <= self.rtp_port_max <= 65534):
            raise ValueError(f"IVR_SIP_RTP_PORT_MIN/MAX: bad range {self.rtp_port_min}-{self.rtp_port_max}")
        if self.max_calls < 1 or self.new_dialogs_per_second <= 0 or self.new_dialogs_burst < 1:
            raise ValueError("IVR_SIP_MAX_CALLS, IVR_SIP_NEW_DIALOGS_PER_SECOND and IVR_SIP_NEW_DIALOGS_BURST "
                             "must be positive")
        if self.register_failures < 1 or self.register_window_seconds <= 0 or self.max_cached_answers < 100:
            raise ValueError("IVR_SIP_REGISTER_FAILURES, IVR_SIP_REGISTER_WINDOW_SECONDS must be positive and "
                             "IVR_SIP_MAX_CACHED_ANSWERS at least 100")
        return self
