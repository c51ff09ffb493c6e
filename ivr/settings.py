"""Settings from ``IVR_*`` environment variables, with embedded defaults."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

SHIPPED_MENUS_DIR = Path(__file__).parent / "menus" / "shipped"


def _default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "ivr12315"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IVR_", env_file=None, extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir, description="State, spool, sounds, SQLite")
    # None = embedded: `ivr serve` starts and manages its own redis-server in data_dir.
    redis_url: str | None = None
    embedded_redis_port: int = 6391
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

    http_host: str = "127.0.0.1"
    http_port: int = 8315
    sip_host: str = "127.0.0.1"
    sip_port: int = 5060
    sip_enabled: bool = True

    vosk_model: Path | None = None
    asr_host: str = "127.0.0.1"
    asr_port: int = 2700

    ami_host: str = "127.0.0.1"
    ami_port: int = 5038
    ami_username: str = "ivr"
    ami_secret: SecretStr = SecretStr("")

    secret_key: SecretStr = SecretStr("change-me-in-production")
    metrics_token: SecretStr = SecretStr("")
    metrics_port: int = 0  # >0: a Prometheus endpoint for processes without the web app
    recording_retention_days: int = 180
    log_json: bool = False

    @property
    def spool_dir(self) -> Path:
        return self.data_dir / "spool"

    @property
    def sounds_dir(self) -> Path:
        return self.data_dir / "sounds"

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
