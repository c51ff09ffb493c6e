"""Chromium helpers for the desk and case page tests: sign in on a page of its own, and the
script errors a page logged."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.web.conftest import PASSWORD


def sign_in(browser: Browser, base: str, username: str, path: str, errors: list[str]) -> Page:
    """A new page (its own cookies) signed in as ``username`` at ``path``; console errors go to ``errors``."""
    page = browser.new_page(viewport={"width": 1366, "height": 1000})
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}{path}")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("#login-submit")
    expect(page).to_have_url(f"{base}{path}")
    return page


def script_errors(errors: list[str]) -> list[str]:
    """Errors other than WebSocket reconnects and the failed loads of 4xx answers the page shows in words."""
    return [e for e in errors if "WebSocket" not in e and "Failed to load resource" not in e]
