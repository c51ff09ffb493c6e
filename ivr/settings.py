"""Settings from ``IVR_*`` environment variables, with embedded defaults."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

SHIPPED_MENUS_DIR = Path(__file__).parent / "menus" / "shipped"
#: The development secret key: production refuses to start with it when bound beyond loopback.
DEV_SECRET_KEY = "change-me-in-production"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def _default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "ivr12315"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IVR_", env_file=None, extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir, description="State, spool, sounds, SQLite")
    # None = embedded: `ivr serve` starts and manages its own redis-server in data_dir.
    redis_url: str | None = None
    embedded_redis_port: int = 6391
    # connections a server opens to Redis at start, so that a burst of calls does not connect hundreds
    # at once (each call's Redis command in flight takes a connection of its own)
    redis_warm_connections: int = Field(default=256, ge=0, le=5000)
    # None = embedded SQLite file in data_dir.
    database_url: str | None = None

    menus_dir: Path = SHIPPED_MENUS_DIR
    # the ACD configuration seeded as version 1 (centres, hours, overflow, routing rules);
    # None = the shipped queueing/centres.yaml. Later versions are published from the web admin.
    centres_file: Path | None = None
    timezone: str = "Asia/Shanghai"

    agi_host: str = "127.0.0.1"
    agi_port: int = 4573
    agi_allowed_hosts: list[str] = Field(default_factory=lambda: ["127.0.0.1", "::1"])
    agi_header_timeout: float = 5.0
    agi_command_timeout: float = 120.0
    # connections in progress, in all and from one host (an Asterisk box carries all its calls)
    agi_max_connections: int = 20000
    agi_max_connections_per_host: int = 10000
    # connections from one host that have not sent their agi_ header block yet; beyond it the
    # oldest is dropped, so idle connections cannot crowd out the next real call
    agi_max_pending_headers_per_host: int = 64

    http_host: str = "127.0.0.1"
    http_port: int = 8315
    sip_host: str = "127.0.0.1"
    sip_port: int = 5060
    sip_enabled: bool = True

    # seconds a consultation waits for the retrieval service (ivr.knowledge.served) before the
    # question goes to an agent with its text
    knowledge_timeout: float = Field(default=1.5, gt=0, le=10)

    vosk_model: Path | None = None
    asr_host: str = "127.0.0.1"
    asr_port: int = 2700
    # the ASR WebSocket service: required as "Authorization: Bearer <token>" when set; it will not
    # listen beyond loopback without one
    asr_token: SecretStr = SecretStr("")
    asr_max_message_bytes: int = 1 << 20
    asr_max_audio_bytes: int = 256 * 1024
    asr_idle_seconds: float = 30.0
    asr_max_session_seconds: float = 600.0
    asr_max_connections: int = 200

    ami_host: str = "127.0.0.1"
    ami_port: int = 5038
    ami_username: str = "ivr"
    ami_secret: SecretStr = SecretStr("")

    secret_key: SecretStr = SecretStr(DEV_SECRET_KEY)
    # Fernet keys (comma separated, the first encrypts) of the caller-number column; "" = derived from secret_key
    caller_number_keys: SecretStr = SecretStr("")
    # Web sessions: absolute lifetime and idle timeout, seconds.
    session_ttl_seconds: int = Field(default=8 * 3600, ge=60)
    session_idle_seconds: int = Field(default=1800, ge=60)
    # Sign-in limits: failed attempts per user (any address) and per client address (any user)
    # within the window; X-Forwarded-For is believed only from these proxy addresses.
    login_max_failures_per_user: int = Field(default=5, ge=1)
    login_max_failures_per_address: int = Field(default=20, ge=1)
    login_window_seconds: int = Field(default=900, ge=1)
    trusted_proxies: list[str] = Field(default_factory=list)
    # Web server limits: request bodies (JSON, forms), uploads (prompt audio), open connections,
    # seconds to send a request's headers, keep-alive, and the largest unparsed header block.
    http_max_body_bytes: int = Field(default=1_000_000, ge=1024)
    http_max_upload_bytes: int = Field(default=20_000_000, ge=1024)
    http_max_connections: int = Field(default=500, ge=1)
    http_header_timeout: float = Field(default=10.0, gt=0)
    http_keep_alive_timeout: int = Field(default=5, ge=1)
    http_max_header_bytes: int = Field(default=16 * 1024, ge=1024)
    metrics_token: SecretStr = SecretStr("")
    metrics_port: int = 0  # >0: a Prometheus endpoint for processes without the web app
    recording_retention_days: int = 180
    # how long a records writer leaves another writer's unacknowledged events before taking them over: past a
    # dead writer's in-flight batch, short enough that its calls reach the database soon (docs/records.md)
    records_claim_idle_ms: int = Field(default=30_000, ge=1_000, le=3_600_000)
    # days after a call's start that its encrypted number (calls.caller_sealed) is kept, unless a
    # complaint from the call is still open; no retention rule found for 12315 records: 3 years,
    # the general limitation period of civil claims (Civil Code Art. 188); docs/security.md
    caller_number_retention_days: int = Field(default=3 * 365, ge=1)
    log_json: bool = False

    @property
    def uses_dev_secret(self) -> bool:
        return self.secret_key.get_secret_value() in (DEV_SECRET_KEY, "")

    @property
    def exposed(self) -> bool:
        """Whether the web or FastAGI port listens beyond loopback."""
        return self.http_host not in LOOPBACK_HOSTS or self.agi_host not in LOOPBACK_HOSTS

    @property
    def spool_dir(self) -> Path:
        return self.data_dir / "spool"

    @property
    def sounds_dir(self) -> Path:
        return self.data_dir / "sounds"

    @property
    def effective_redis_url(self) -> str:
        """IVR_REDIS_URL, else the embedded redis-server that ``ivr serve`` manages."""
        return self.redis_url or f"redis://127.0.0.1:{self.embedded_redis_port}/0"

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'ivr.db'}"

    def redacted(self) -> dict[str, object]:
        """Effective settings for display: secrets hidden, computed paths shown."""
        shown: dict[str, object] = {}
        for name, value in self.model_dump().items():
            if isinstance(getattr(self, name), SecretStr):
                shown[name] = "********" if getattr(self, name).get_secret_value() else ""
            else:
                shown[name] = str(value) if isinstance(value, Path) else value
        if self.redis_url and "@" in self.redis_url:
            scheme, rest = self.redis_url.split("://", 1)
            shown["redis_url"] = f"{scheme}://********@{rest.split('@', 1)[1]}"
        if self.database_url and "@" in self.database_url:
            scheme, rest = self.database_url.split("://", 1)
            shown["database_url"] = f"{scheme}://********@{rest.split('@', 1)[1]}"
        shown["redis_url"] = shown["redis_url"] or f"embedded (127.0.0.1:{self.embedded_redis_port})"
        shown["database_url"] = shown["database_url"] or f"embedded ({self.effective_database_url})"
        shown["spool_dir"] = str(self.spool_dir)
        shown["sounds_dir"] = str(self.sounds_dir)
        return shown


@cache
def get_settings() -> Settings:
    return Settings()
