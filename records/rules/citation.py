"""Where a rule comes from: the instrument, the article, and whether the article was checked."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Instrument:
    short: str  # "SAMR Order No. 20"
    title_zh: str
    title_en: str


ORDER_20 = Instrument(
    "SAMR Order No. 20",
    "市场监督管理投诉举报处理暂行办法（国家市场监督管理总局令第20号，2019-11-30公布，2020-01-01施行）",
    "Interim Measures of Market Regulation for Handling Complaints and Reports (SAMR Order No. 20, 2019)",
)
ORDER_121 = Instrument(
    "SAMR Order No. 121",
    "市场监督管理投诉举报处理办法（国家市场监督管理总局令第121号，2025-12-30公布，2026-04-15施行）",
    "Measures of Market Regulation for Handling Complaints and Reports (SAMR Order No. 121, in force 2026-04-15)",
)
PENALTY_PROCEDURE = Instrument(
    "SAMR Order No. 2",
    "市场监督管理行政处罚程序规定（国家市场监督管理总局令第2号，2018；2021、2022修改）",
    "Provisions on Administrative Penalty Procedures of Market Regulation (SAMR Order No. 2, as amended)",
)
HOLIDAY_MEASURES = Instrument(
    "全国年节及纪念日放假办法",
    "全国年节及纪念日放假办法（2024年修订）",
    "Measures on National Holidays and Memorial Days (2024 revision)",
)


@dataclass(frozen=True)
class Citation:
    instrument: Instrument
    article: str | None  # "Art. 14", "Art. 15(1)"; None where no public text gave the number
    checked: bool  # True: number and wording were read in a public copy when this was written
    note: str = ""

    def text(self) -> str:
        """Short form stored with a complaint, e.g. 'SAMR Order No. 20 Art. 14'."""
        return f"{self.instrument.short} {self.article or '(article not confirmed)'}"

    def as_dict(self) -> dict[str, object]:
        return {"source": self.instrument.title_zh, "article": self.article, "checked": self.checked,
                "note": self.note}
