"""`ivr menus migrate-hours`: publish the live menus again without the opening-hour keys that moved
to the ACD configuration (issue 13), through the store's own publish, so every worker follows."""

from __future__ import annotations

import asyncio

import typer

from ivr.menus.menuset import MenuRejected
from ivr.menus.messages import MIGRATE_HOURS_COMMAND
from ivr.menus.moved_hours import MovedKey
from ivr.menus.store import VersionInfo
from ivr.runtime import Needs, open_runtime
from ivr.settings import Settings, get_settings

#: Redis (the embedded one when no URL is set, as `ivr serve` does) to number and announce the version
MIGRATE_NEEDS = Needs(start_redis=True, database=False, acd=False, hours=False, recognizer=False,
                      record_events=False, load_menus=False)
AUTHOR = MIGRATE_HOURS_COMMAND
DEFAULT_COMMENT = ("开放时间已移至受理中心配置，删除菜单中的 schedule 设置 / "
                   "opening hours moved to the ACD configuration: schedule keys removed from the menu")


async def migrate_hours(settings: Settings, comment: str) -> tuple[VersionInfo | None, list[MovedKey]]:
    async with open_runtime(settings, MIGRATE_NEEDS) as runtime:
        return await runtime.menus.migrate_hours(comment, AUTHOR)


def migrate_hours_command(
    comment: str = typer.Option(DEFAULT_COMMENT, help="The new version's comment (kept with it, for the audit)"),
) -> None:
    """Publish the live menus again without schedule.hours/holidays/workdays/national_calendar
    (they moved to the ACD configuration); print what was removed."""
    try:
        info, removed = asyncio.run(migrate_hours(get_settings(), comment))
    except MenuRejected as exc:  # other errors than the moved keys: nothing was published
        for error in exc.errors:
            typer.echo(str(error), err=True)
        typer.echo(f"未发布：菜单还有 {len(exc.errors)} 个错误 / nothing published: the menus have "
                   f"{len(exc.errors)} other error(s)", err=True)
        raise typer.Exit(1) from exc
    if info is None:
        typer.echo("已发布的菜单没有需要移除的开放时间设置 / the published menus set no moved opening hours: "
                   "nothing to do")
        return
    for key in removed:
        typer.echo(f"已移除 / removed {key}")
    typer.echo(f"已发布菜单版本 {info.number}（{comment}） / published menu version {info.number} ({comment})")
