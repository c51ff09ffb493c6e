"""Security tests: the web tests' real SQLite file, real Redis and real app fixtures."""

from tests.web.conftest import add_user, admin_client, client, web_settings

__all__ = ["add_user", "admin_client", "client", "web_settings"]
