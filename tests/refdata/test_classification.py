"""The platform classification and the mapping of every category the shipped 12315 menu can set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from ivr.refdata.classification import (
    MENU_CATEGORIES,
    OBJECT_CLASSES,
    PROBLEMS,
    SUBCATEGORIES,
    VIOLATIONS,
    choices_for,
    subcategory,
)

MENU = Path(__file__).resolve().parents[2] / "ivr" / "menus" / "shipped" / "12315.yaml"


def menu_categories() -> set[str]:
    """Every value the shipped menu puts into the ``category`` slot (menu keys and legacy lines)."""
    nodes: dict[str, Any] = yaml.safe_load(MENU.read_text(encoding="utf-8"))["nodes"]
    found: set[str] = set()
    for node in nodes.values():
        if isinstance(node.get("values"), dict) and "category" in node["values"]:
            found.add(node["values"]["category"])
        for choice in node.get("choices") or []:
            if "category" in (choice.get("set") or {}):
                found.add(choice["set"]["category"])
    return found


def test_every_menu_choice_maps_and_nothing_else() -> None:
    found = menu_categories()
    assert {"food", "drugs", "quality", "prices", "online", "services", "ip", "other"} <= found
    assert found == set(MENU_CATEGORIES)


def test_codes_are_unique_and_labelled_in_both_languages() -> None:
    for labels in (SUBCATEGORIES, PROBLEMS, VIOLATIONS, tuple(OBJECT_CLASSES.values())):
        codes = [label.code for label in labels]
        assert len(codes) == len(set(codes))
        assert all(label.zh and label.en and label.zh != label.en for label in labels)


@pytest.mark.parametrize("menu_value", sorted(MENU_CATEGORIES))
def test_mapping_points_at_known_codes(menu_value: str) -> None:
    mapping = MENU_CATEGORIES[menu_value]
    for code in mapping.subcategories:
        assert subcategory(code).object_class == mapping.object_class
    assert mapping.problem is None or mapping.problem in {p.code for p in PROBLEMS}
    assert mapping.violation is None or mapping.violation in {v.code for v in VIOLATIONS}


@pytest.mark.parametrize(
    ("menu_value", "object_class", "must_offer", "must_not_offer", "problem", "violation", "online"),
    [
        ("food", "goods", {"general_food", "health_food"}, {"catering_lodging", "cosmetics"}, None,
         "food_safety", False),
        ("drugs", "goods", {"drugs", "medical_devices", "cosmetics"}, {"general_food"}, None, "drugs_devices", False),
        ("quality", "goods", {"home_appliances", "vehicles"}, {"education"}, "quality", "product_quality", False),
        ("prices", None, {"general_food", "telecom"}, set(), "price", "price", False),
        ("online", None, {"clothing_shoes", "internet"}, set(), None, None, True),  # a channel, not a class
        ("services", "services", {"catering_lodging", "education", "telecom"}, {"vehicles"}, None, None, False),
        ("ip", "goods", {"clothing_shoes"}, {"telecom"}, "trademark", "intellectual_property", False),
        ("other", None, {"other_goods", "other_services"}, set(), None, None, False),
    ],
)
def test_menu_choice_to_platform_classification(
    menu_value: str, object_class: str | None, must_offer: set[str], must_not_offer: set[str],
    problem: str | None, violation: str | None, online: bool,
) -> None:
    mapping = MENU_CATEGORIES[menu_value]
    assert (mapping.object_class, mapping.problem, mapping.violation) == (object_class, problem, violation)
    assert mapping.online_platform is online
    offered = {s.code for s in choices_for(menu_value)}
    assert must_offer <= offered and not (must_not_offer & offered)


def test_unknown_or_missing_menu_value_offers_everything() -> None:
    assert len(choices_for(None)) == len(choices_for("no-such-choice")) == len(SUBCATEGORIES)
    with pytest.raises(KeyError):
        subcategory("no-such-code")
