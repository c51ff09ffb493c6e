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

    @model_validator(mode="after")
    def _check_ports(self) -> SipOptions:
        if not (1024 <= self.rtp_port_min <= self.rtp_port_max <= 65534):
            raise ValueError(f"IVR_SIP_RTP_PORT_MIN/MAX: bad range {self.rtp_port_min}-{self.rtp_port_max}")
        return self
