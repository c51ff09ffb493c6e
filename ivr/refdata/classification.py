"""How the 12315 platform classifies what a caller complains or reports about, and where the IVR's
first-level category choice (ivr/menus/shipped/12315.yaml, slot ``category``) lands in it.

The platform keeps three things apart: the object of a complaint (商品类 goods / 服务类 services, each
with subcategories), the problem (售后服务, 质量, 合同, 价格, 食品安全 …) and, for reports, the kind of
violation. The IVR's eight choices mix these (and a channel, "online"), so a choice maps to a
*partial* classification that the agent completes.

Sources: the names below appear in issue 16 and in 12315 annual analyses published by local market
regulators (自贡 2023: goods 食品, 服装鞋帽, 交通工具, 家居用品, 家用电器 and services 餐饮和住宿服务,
通讯服务, 文化娱乐体育服务, 互联网服务, 美容美发洗浴服务; 莆田 2023: 普通食品, 食用农产品, 酒和饮料,
保健食品, problems 食品安全, 虚假宣传, 计量, report kinds 食品安全/广告/不正当竞争/许可登记/价格违法行为;
宁夏 2022: reports 广告违法行为, 产品质量违法行为, 侵害消费者权益行为; 泉州 2022: problems 质量, 售后服务,
合同, 食品安全, 广告, 不正当竞争, 商标, 价格, 人身权利, 检验检测, goods 服装鞋帽, 一般食品, 家居用品,
烟、酒、饮料, 交通工具). The platform's complete code
list was not found in a public source; entries marked ``sourced=False`` are this project's own
groupings and should be replaced by the platform's codes when they are available.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ObjectClass = Literal["goods", "services"]


@dataclass(frozen=True)
class Label:
    code: str
    zh: str
    en: str
    sourced: bool = True


@dataclass(frozen=True)
class Subcategory(Label):
    object_class: ObjectClass = "goods"


OBJECT_CLASSES: dict[ObjectClass, Label] = {
    "goods": Label("goods", "商品类", "goods"),
    "services": Label("services", "服务类", "services"),
}

SUBCATEGORIES: tuple[Subcategory, ...] = (
    Subcategory("general_food", "一般食品", "general food", True, "goods"),
    Subcategory("health_food", "保健食品", "health food", True, "goods"),
    Subcategory("farm_produce", "食用农产品", "edible farm produce", True, "goods"),
    Subcategory("tobacco_drinks", "烟、酒和饮料", "tobacco, alcohol and drinks", True, "goods"),
    Subcategory("drugs", "药品", "drugs", False, "goods"),
    Subcategory("medical_devices", "医疗器械", "medical devices", False, "goods"),
    Subcategory("cosmetics", "化妆品", "cosmetics", True, "goods"),
    Subcategory("clothing_shoes", "服装鞋帽", "clothing, shoes and hats", True, "goods"),
    Subcategory("vehicles", "交通工具", "vehicles", True, "goods"),
    Subcategory("household_goods", "家居用品", "household goods", True, "goods"),
    Subcategory("home_appliances", "家用电子电器", "home appliances and electronics", True, "goods"),
    Subcategory("other_goods", "其他商品", "other goods", False, "goods"),
    Subcategory("catering_lodging", "餐饮和住宿服务", "catering and lodging", True, "services"),
    Subcategory("sales", "销售服务", "sales services", True, "services"),
    Subcategory("education", "教育培训服务", "education and training", True, "services"),
    Subcategory("telecom", "电信服务", "telecom services", True, "services"),
    Subcategory("internet", "互联网服务", "internet services", True, "services"),
    Subcategory("culture_sports", "文化娱乐体育服务", "culture, entertainment and sports", True, "services"),
    Subcategory("beauty", "美容美发洗浴服务", "beauty, hairdressing and bathing", True, "services"),
    Subcategory("other_services", "其他服务", "other services", False, "services"),
)

PROBLEMS: tuple[Label, ...] = (
    Label("after_sales", "售后服务", "after-sales service"),
    Label("quality", "质量", "quality"),
    Label("contract", "合同", "contract"),
    Label("price", "价格", "price"),
    Label("food_safety", "食品安全", "food safety"),
    Label("false_advertising", "虚假宣传", "false advertising"),
    Label("measurement", "计量", "measurement (short weight)"),
    Label("advertising", "广告", "advertising"),
    Label("unfair_competition", "不正当竞争", "unfair competition"),
    Label("trademark", "商标", "trademark"),
    Label("personal_rights", "人身权利", "personal rights"),
    Label("testing", "检验检测", "testing and inspection"),
    Label("other_problem", "其他问题", "other problem", False),
)

VIOLATIONS: tuple[Label, ...] = (  # reports (举报), by the kind of violation
    Label("food_safety", "食品安全违法行为", "food-safety violation"),
    Label("advertising", "广告违法行为", "advertising violation"),
    Label("product_quality", "产品质量违法行为", "product-quality violation"),
    Label("consumer_rights", "侵害消费者权益行为", "infringing consumer rights"),
    Label("unfair_competition", "不正当竞争违法行为", "unfair competition"),
    Label("licensing", "许可登记违法行为", "licensing and registration violation"),
    Label("price", "价格违法行为", "price violation"),
    Label("drugs_devices", "药品医疗器械违法行为", "drug or medical-device violation", False),
    Label("intellectual_property", "知识产权违法行为", "intellectual-property violation", False),
    Label("other_violation", "其他违法行为", "other violation", False),
)


@dataclass(frozen=True)
class MenuMapping:
    """What one IVR category choice tells the agent's form; None = the agent chooses."""

    object_class: ObjectClass | None = None
    subcategories: tuple[str, ...] = ()  # the agent picks one of these (all of the class when empty)
    problem: str | None = None
    violation: str | None = None  # for reports
    online_platform: bool = False  # "online" is a channel, not a class: it presets the platform flag


MENU_CATEGORIES: dict[str, MenuMapping] = {
    "food": MenuMapping("goods", ("general_food", "health_food", "farm_produce", "tobacco_drinks"),
                        None, "food_safety"),
    "drugs": MenuMapping("goods", ("drugs", "medical_devices", "cosmetics"), None, "drugs_devices"),
    "quality": MenuMapping("goods", (), "quality", "product_quality"),
    "prices": MenuMapping(None, (), "price", "price"),
    "online": MenuMapping(None, (), None, None, online_platform=True),
    "services": MenuMapping("services"),
    "ip": MenuMapping("goods", (), "trademark", "intellectual_property"),
    "other": MenuMapping(),
}


def subcategory(code: str) -> Subcategory:
    for sub in SUBCATEGORIES:
        if sub.code == code:
            return sub
    raise KeyError(code)


def choices_for(menu_category: str | None) -> list[Subcategory]:
    """The subcategories an agent may pick for a complaint that came in under this IVR choice."""
    mapping = MENU_CATEGORIES.get(menu_category or "other", MenuMapping())
    if mapping.subcategories:
        return [subcategory(code) for code in mapping.subcategories]
    return [s for s in SUBCATEGORIES if mapping.object_class in (None, s.object_class)]


@dataclass(frozen=True)
class Classified:
    """A complaint's place in the platform classification: what the agent picked, else what the
    IVR choice implies (``""`` where neither says)."""

    object_class: str
    subcategory: str
    problem: str
    violation: str


def classify(kind: str, menu_category: str | None, subcategory_code: str | None = None,
             problem: str | None = None, violation: str | None = None) -> Classified:
    mapping = MENU_CATEGORIES.get(menu_category or "other", MenuMapping())
    sub = subcategory_code or (mapping.subcategories[0] if len(mapping.subcategories) == 1 else "")
    object_class = subcategory(sub).object_class if sub else (mapping.object_class or "")
    if kind == "report":
        return Classified(object_class, sub, "", violation or mapping.violation or "")
    return Classified(object_class, sub, problem or mapping.problem or "", "")
