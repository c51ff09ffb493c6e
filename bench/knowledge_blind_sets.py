"""Each blind set's texts for bench/knowledge_blind_bench.py: what it is called, how it was made, what its
figures mean now, and its worst misses diagnosed by hand (question -> why, printed while they still miss).
The sets themselves (questions, labels, entries added after labelling) are their tests' ``SET``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tests.knowledge.held_out import HELD_OUT_2, OFF_TOPIC_2
from tests.knowledge.held_out_measure import BlindSet
from tests.knowledge.test_held_out_eighth import SET as EIGHTH_SET
from tests.knowledge.test_held_out_eleventh import SECOND_SET as ELEVENTH_SECOND_SET
from tests.knowledge.test_held_out_eleventh import SET as ELEVENTH_SET
from tests.knowledge.test_held_out_fifteenth import SECOND_SET as FIFTEENTH_SECOND_SET
from tests.knowledge.test_held_out_fifteenth import SET as FIFTEENTH_SET
from tests.knowledge.test_held_out_fifth import SET as FIFTH_SET
from tests.knowledge.test_held_out_fourteenth import SECOND_SET as FOURTEENTH_SECOND_SET
from tests.knowledge.test_held_out_fourteenth import SET as FOURTEENTH_SET
from tests.knowledge.test_held_out_fourth import SET as FOURTH_SET
from tests.knowledge.test_held_out_independent import SET as INDEPENDENT_SET
from tests.knowledge.test_held_out_ninth import SET as NINTH_SET
from tests.knowledge.test_held_out_seventh import SET as SEVENTH_SET
from tests.knowledge.test_held_out_sixteenth import SECOND_SET as SIXTEENTH_SECOND_SET
from tests.knowledge.test_held_out_sixteenth import SET as SIXTEENTH_SET
from tests.knowledge.test_held_out_sixth import SET as SIXTH_SET
from tests.knowledge.test_held_out_tenth import SET as TENTH_SET
from tests.knowledge.test_held_out_third import SET as THIRD_SET
from tests.knowledge.test_held_out_thirteenth import SECOND_SET as THIRTEENTH_SECOND_SET
from tests.knowledge.test_held_out_thirteenth import SET as THIRTEENTH_SET
from tests.knowledge.test_held_out_twelfth import SECOND_SET as TWELFTH_SECOND_SET
from tests.knowledge.test_held_out_twelfth import SET as TWELFTH_SET


@dataclass(frozen=True)
class SetNotes:
    """One set and the words around its figures."""

    blind: BlindSet
    title: str
    results: str  # the RESULTS file's name in bench/
    set_phrase: str  # "Issue 17's targets on <set_phrase>: ..."
    verdict_note: str
    how_made: str
    companion: tuple[str, BlindSet]  # another labelled set, scored in the same run
    paragraphs: tuple[str, ...] = ()
    diagnosed: Mapping[str, str] = field(default_factory=dict)
    diagnosed_heading: str = "The worst misses, diagnosed by hand:"
    none_diagnosed: str = "none diagnosed yet"


INDEPENDENT_DIAGNOSED: dict[str, str] = {
    "你好吃饭了没": "evidence rule: one word, 吃饭, and its pinyin count as two matched words, so a greeting "
    "is read the food-poisoning answer",
    "我买的是那个生鲜水果到了都烂了商家说生鲜不支持退货这咋整": "missing keyword: rotten goods (变质) are in no entry "
    "and 烂 only in the cosmetics and beauty ones, so the seven-day exceptions are read, which back the merchant; "
    "that answer does not say a quality problem is outside the exceptions",
    "三包凭证丢了还能保修吗发票也找不到了": "generic word: 找不到 (the platform entry's 'cannot find the seller') "
    "outweighs 三包 and 保修; a lost warranty card is in no entry (凭证 is the evidence and invoice entries' word)",
    "会员自动续费我没同意就给我扣款了": "segmentation and missing entry: search mode cuts the base's 手续费 into "
    "手续/续费, so 续费 (renewal) matches a handling fee; no entry covers auto-renewal",
    "我老妈在电视购物上买了一个金条结果是镀金的": "missing keyword: 电视购物 is the seven-day entry's word, while "
    "镀金 and 金条 (a fake) are unknown to the fraud entry",
    "我想问一下饭店收开瓶费这个合理吗": "missing keyword: 开瓶费 (and 最低消费, corkage, minimum spend) is in no "
    "entry, although the standard-terms entry answers it; 饭店 pulls to food poisoning",
    "你好我想咨询一下就是我在那个京东买了一个电视收到屏幕是碎的快递员已经走了还能找谁": "missing entry: goods broken "
    "in transit (the seller's risk until delivery); 快递 and 收到 pull to return shipping",
    "先涨价再打折原价都是虚标的": "missing entry: price fraud (a made-up original price, 先涨后降) has no entry; no "
    "word of the question is in the base (双十一满减 likewise)",
    "四爱斯店保养给我换的机油是假的": "recogniser slip (4S店 heard as 四爱斯店; the base has no 4S either) and "
    "missing keywords (保养, 机油)",
    "我在微信朋友圈找的代购买的包是假的这种能投诉吗": "segmentation: 代购买 is cut 代/购买 and 假 stands alone; the "
    "fraud entry has 假一赔三 and 以假充真 but not 假货 (the platform entry's) or 代购",
}


THIRD_DIAGNOSED: dict[str, str] = {
    "bought fake shoes online what compensation can i get": "goods and channel words win: bought, shoe and "
    "online (and fake) are the online clothes-and-shoes entry's, the fraud entry holds only fake and "
    "compensation and ranks third behind the drugs entry, so a compensation question reads a return answer",
    "does 12315 handle complaints about overseas online shops": "missing entry (cross-border purchases): 12315, "
    "handle, complaint, online and shop are all the jurisdiction entry's words and only overseas is unknown, "
    "so five of six words covered read it at 0.86",
    "hair salon prepaid card refund": "hair, salon and card are the salon entry's (a card pushed at a salon), "
    "prepaid, card and refund the prepaid entry's; the salon's rarer words win score and confidence",
    "difference between complaint and report": "missing entry (complaint or report, 投诉 or 举报) and ordinary "
    "words not generic: difference and between are the deposit entry's (定金 or 订金) and read it at 0.79",
    "online store says no returns on sale items": "ordinary words not generic: online, say and item read the "
    "transit-damage entry at 0.75; the standard-terms entry shares only return, and sale is in no entry",
    "饭店 吃饭 吃 出 了 虫子 老板 就 说 给 我 打 个 折": "a label call: the restaurant words 饭店 and 吃饭 pull "
    "to the food-poisoning entry, 虫子 is the ten-fold entry's; the development bench notes the restaurant "
    "answer gives the ten-fold claim for insects in a dish, so this read may well help",
    "ad says lowest price but its not": "a label call and a missing word: lowest price is the price-fraud "
    "entry's (a false lowest-price claim is price fraud too), and the advertising entry holds none of ad, "
    "say, lowest, price",
    "我 想 匿名 举报 一个 商家 可以 吗 会 不会 泄露 我 的 信息": "missing entry (anonymous reports, the "
    "reporter's identity kept): 泄露 and 信息 read the entry on businesses leaking personal data, no help",
    "can i return clothes after 7 days": "the digit 7 is not the words' seven, and after and day are ordinary "
    "words not generic: return, after and day read the three-guarantees entry (within seven or fifteen days) "
    "while the seven-day entry holds only return and day",
    "我 就 拆 了 个 包装 商家 就 说 不给 七天 无理由 退 了 这 有 道理 吗": "near tie of the two seven-day "
    "entries (13.67 and 12.69); the caller's point, 拆 包装 (opened the package), is in neither",
}


SETS: dict[str, SetNotes] = {
    "independent": SetNotes(
        blind=INDEPENDENT_SET,
        title="Knowledge base: questions by another author (development set)",
        results="knowledge_independent_RESULTS.md",
        set_phrase="independent questions",
        verdict_note="The floors in tests/knowledge/test_held_out.py hold on the author's set and are left as they "
        "are; tests/knowledge/test_held_out_independent.py guards these figures against regression only.",
        companion=("the author's own held-out set (held_out.py)", BlindSet(HELD_OUT_2, OFF_TOPIC_2)),
        paragraphs=(
            "Development set since the second round (2026-12-01), and again in the third and the fourth: the base's "
            "13, 12 and 8 new entries, its widened keywords and the retrieval's rules were chosen while looking at "
            "these misses (and at those of the third and, in the fourth round, the fourth set), so these figures no "
            "longer measure unseen questions; a fifth set, written blind during the fourth round, does.",
        ),
        how_made="written blind from what callers ask 12315 (returns, 三包, prepaid cards, training, "
        "gyms, livestream sales, food, fakes, telecoms, renovation, cars, travel, couriers, personal data, prices, "
        "advertising, medical beauty, health products sold to the elderly), as Vosk writes Mandarin (no "
        "punctuation, fillers, dialect, homophone slips) and as English is typed; labelled strictly after opening "
        "the list of entries, one entry or none per question. Some labels are judgement calls between two entries "
        "that would both help (the category row shows how many misses stay in the right category); the labels "
        "were set before the base's answers were read and were not changed after. Some wrong reads still help "
        "the caller: the restaurant entry's answer gives the ten-fold claim for hair and insects in a dish, the "
        "gym entry's answer (the balance back when the service is not given) partly helps with a gym that ran "
        "away.",
        diagnosed=INDEPENDENT_DIAGNOSED,
        diagnosed_heading="The worst misses, diagnosed by hand (missing entry, missing keyword, segmentation, "
        "recogniser slip):",
        none_diagnosed="none of the ten diagnosed on 2026-12-01 misses any more",
    ),
    "third": SetNotes(
        blind=THIRD_SET,
        title="Knowledge base: third set (development set since the third round)",
        results="knowledge_third_RESULTS.md",
        set_phrase="this development set",
        verdict_note="These are development-set figures: the base and the retrieval were changed while looking "
        "at this set's misses, so they overstate how the base does on unseen questions. Its first run, on "
        "the 53-entry base before the third round, when the set was still held out: top 1 85/120 (70.8 %), "
        "top 3 102/120 (85.0 %), refused 55/72 (76.4 %). tests/knowledge/test_held_out_third.py guards "
        "these figures against regression.",
        companion=("the development set (held_out_independent.py)", INDEPENDENT_SET),
        how_made="written from what callers ask 12315 (online and shop purchases, livestream "
        "sales, returns, 三包, prepaid cards for gyms, salons and schools, food and restaurants, fakes, cars "
        "and 4S shops, renovation, telecoms, couriers, travel, medical beauty, health products sold to the "
        "elderly, education, personal data, prices and advertising, compensation, how 12315 works), before "
        "the base, its phrasings or the other sets were seen; committed unlabelled, then labelled strictly "
        "from the entries' ids and English questions (one entry or None), questions unchanged; 8 questions "
        "found word for word in earlier sets (3 with an entry, 5 off-topic) were then dropped. Labels "
        "between two entries that would both help are judgement calls; the category row shows how many "
        "misses stay in the right category.",
        diagnosed=THIRD_DIAGNOSED,
        diagnosed_heading="The ten worst misses of the first run (the surest reads of a wrong entry), diagnosed by "
        "hand:",
        none_diagnosed="none of the ten diagnosed misses any more",
    ),
    "fourth": SetNotes(
        blind=FOURTH_SET,
        title="Knowledge base: fourth set (development set since the fourth round)",
        results="knowledge_fourth_RESULTS.md",
        set_phrase="this development set",
        verdict_note="These are development-set figures: in the base's fourth round its misses were read while "
        "every entry's keywords and paraphrases were widened, 8 entries were added and English typing slips were "
        "read as the base's words, so they overstate how the base does on unseen questions (a fifth set, written "
        "blind, measures that). Its one held-out run, after the third round on the 65-entry base: top 1 91/123 "
        "(74.0 %), top 3 105/123 (85.4 %), refused 58/71 (81.7 %; off-topic alone 37/39, 94.9 %). "
        "tests/knowledge/test_held_out_fourth.py guards these figures against regression.",
        companion=("the third set (a development set since the third round)", THIRD_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets, from what "
        "callers ask 12315 for consultation (returns and the seven-day rule, 三包, prepaid cards for gyms, salons, "
        "schools and pools, food and restaurants, fakes, online platforms, livestream sales, couriers, travel, "
        "renovation, cars and 4S shops, telecoms, education, medical beauty, personal data, prices, weights and "
        "advertising, how 12315 works), three quarters Mandarin as Vosk prints speech and one quarter English "
        "as typed, before the base's entry list or any earlier set was read; committed unlabelled, then labelled "
        "strictly from the entries' ids, categories and English questions (one entry or None), questions "
        "unchanged. Labels between two entries that would both help are judgement calls; the category row shows "
        "how many misses stay in the right category.",
    ),
    "fifth": SetNotes(
        blind=FIFTH_SET,
        title="Knowledge base: fifth set (development set since the list of close questions)",
        results="knowledge_fifth_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once as a held-out set, after the base's fourth round (73 entries) and the retrieval "
        "had stopped changing: top 1 115/158 (72.8 %), top 3 140/158 (88.6 %). Since then a development set: the "
        "list of close questions (ivr.knowledge.clarify) had its floor and closeness chosen on it and the earlier "
        "sets; the sixth set measures that rule on unseen questions. "
        "tests/knowledge/test_held_out_fifth.py holds floors from the held-out measurement.",
        companion=("the fourth set (a development set since the fourth round)", FOURTH_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read none "
        "of them, from general knowledge of what callers ask 12315 across consumer life (online shopping, "
        "livestreams, food and takeaway, drugs and health products, cosmetics and medical beauty, appliances "
        "and 三包, cars, decoration, property, training, gyms and prepaid cards, salons, travel, tickets, "
        "couriers, telecoms, games and subscriptions, second-hand platforms, rentals, weddings, pets, funerals, "
        "personal data, advertising, prices, fakes, weights, invoices, how to complain), three quarters Mandarin "
        "as Vosk prints speech (fillers, northern turns, one question in nine with a homophone slip) and one "
        "quarter English as typed; committed unlabelled (de56053) while the base's fourth round was under way, "
        "whose engineer never opened it; labelled afterwards by another helper strictly from the 73 entries' "
        "ids, categories and English questions (one entry or None), questions unchanged; exact copies of the "
        "base or of earlier sets dropped before measuring.",
    ),
    "sixth": SetNotes(
        blind=SIXTH_SET,
        title="Knowledge base: sixth set (held out)",
        results="knowledge_sixth_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once, after the list of close questions (ivr.knowledge.clarify) had its floor (0.4) "
        "and closeness (0.7) chosen on the earlier sets; the base (73 entries) and the retrieval did not change "
        "after the set was written, and nobody changed either while looking at it. "
        "tests/knowledge/test_held_out_sixth.py holds floors from this measurement and issue 17's targets.",
        companion=("the fifth set (a development set since the list)", FIFTH_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read none "
        "of them, from general knowledge of what callers ask 12315 across consumer life, three quarters Mandarin "
        "as Vosk prints speech (fillers, northern turns, about one question in eight with a homophone slip) and "
        "one quarter English as typed, about one in five deliberately unusual; committed unlabelled (61a5ee5); "
        "labelled by another helper strictly from the 73 entries' ids, categories and English questions (one "
        "entry or None), questions unchanged (5be61a5); two texts repeating earlier sets dropped before "
        "measuring.",
    ),
    "seventh": SetNotes(
        blind=SEVENTH_SET,
        title="Knowledge base: seventh set (held out)",
        results="knowledge_seventh_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once, after the ranker (ivr.knowledge.ranker: a LinearSVC over each entry's texts and "
        "the 719 labelled questions of the six earlier sets, in each entry's asked) was chosen by leaving each "
        "earlier set out in turn and committed (7fd0193); the base's 73 entries, the retrieval's words and "
        "confidence and the list's rule did not change after the set was written. "
        "tests/knowledge/test_held_out_seventh.py holds floors from this measurement and issue 17's targets.",
        companion=("the sixth set (a development set since the ranker learns from it)", SIXTH_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read none "
        "of them, from general knowledge of what callers ask 12315 across consumer life, three quarters Mandarin "
        "as Vosk prints speech (fillers, northern turns, about one question in eight with a homophone slip) and "
        "one quarter English as typed, some deliberately unusual; committed unlabelled (fa3f613); labelled by "
        "another helper strictly from the 73 entries' ids, categories and English questions (one entry or None), "
        "questions unchanged (9ee5c1e); 14 texts repeating earlier sets or the base dropped by a script before "
        "measuring.",
    ),
    "eighth": SetNotes(
        blind=EIGHTH_SET,
        title="Knowledge base: eighth set (held out)",
        results="knowledge_eighth_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once, on the day asked 2026-12-01 (the base's 73 entries valid that day, with the "
        "two Order No. 121 successors), after the ranker learnt the seventh set's labelled questions too (910 "
        "asked) and the evidence rule took the callers' questions' words (9a81310 and before); nobody changed the "
        "base, the retrieval or the list's rule while looking at this set. "
        "tests/knowledge/test_held_out_eighth.py holds floors from this measurement and issue 17's targets.",
        companion=("the seventh set (a development set since the ranker learns from it)", SEVENTH_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read none "
        "of them, from general knowledge of what callers ask 12315 across consumer life, three quarters Mandarin "
        "as Vosk prints speech (fillers, northern turns, about one question in eight with a homophone slip) and "
        "one quarter English as typed, some deliberately unusual; committed unlabelled (84ebadc); labelled by "
        "another helper strictly from the ids, categories and English questions of the 73 entries valid on "
        "2026-12-01 (one entry or None), questions unchanged (db2403a); 9 texts repeating earlier sets or the "
        "base dropped by a script, unread, before measuring (9a81310).",
    ),
    "ninth": SetNotes(
        blind=NINTH_SET,
        title="Knowledge base: ninth set (held out)",
        results="knowledge_ninth_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once, on the day asked 2026-12-01 (the 73 entries valid that day), after the ranker "
        "learnt the eighth set's labelled questions too (1,129 asked; 233eb30); the ranker's settings were checked "
        "again leaving each of the fifth to eighth sets out (C 0.25-1.0, character runs of up to 2 or 4, BM25 "
        "blended in: none better) and left as they were; nobody changed the base, the retrieval or the list's rule "
        "while looking at this set. tests/knowledge/test_held_out_ninth.py holds floors from this measurement and "
        "issue 17's targets.",
        companion=("the eighth set (a development set since the ranker learns from it)", EIGHTH_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read none "
        "of them, from general knowledge of what callers ask 12315 across consumer life, three quarters Mandarin "
        "as Vosk prints speech (fillers, regional turns, about one question in eight with a homophone slip) and "
        "one quarter English as typed, some deliberately unusual; committed unlabelled (20fc033); labelled by "
        "another helper strictly from the ids, categories and English questions of the 73 entries valid on "
        "2026-12-01 (one entry or None), questions unchanged (d183905); 9 texts that are or hold a text of the "
        "base or repeat earlier sets dropped by a script, unread, before measuring (c3dad22).",
    ),
    "tenth": SetNotes(
        blind=TENTH_SET,
        title="Knowledge base: tenth set (held out)",
        results="knowledge_tenth_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once, on the day asked 2026-12-01 (the 73 entries valid that day), after the ranker "
        "learnt the ninth set's labelled questions too (1,332 asked; 87411e8); nothing else changed since the ninth "
        "set's measurement, and nobody changed the base, the retrieval or the list's rule while looking at this "
        "set. tests/knowledge/test_held_out_tenth.py holds floors from this measurement and issue 17's targets.",
        companion=("the ninth set (a development set since the ranker learns from it)", NINTH_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read none "
        "of them, from general knowledge of what callers ask 12315 across consumer life, three quarters Mandarin "
        "as Vosk prints speech (fillers, regional turns, about one question in eight with a homophone slip) and "
        "one quarter English as typed, some deliberately unusual; committed unlabelled (0826732); labelled by "
        "another helper strictly from the ids, categories and English questions of the 73 entries valid on "
        "2026-12-01 (one entry or None), questions unchanged (83981f7); 20 texts repeating earlier sets dropped "
        "by a script, unread, before measuring (29 off-topic questions remain, one under issue 17's thirty).",
    ),
    "eleventh": SetNotes(
        blind=ELEVENTH_SET,
        title="Knowledge base: eleventh set (held out)",
        results="knowledge_eleventh_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once, on the day asked 2026-12-01 (the 73 entries valid that day), after the ranker "
        "learnt the 1,752 questions helpers wrote for the entries as callers would ask them (each entry's "
        "`examples`, chosen leaving each of the fifth to tenth sets out: top 1 914 -> 929 and top 3 1043 -> 1051 of "
        "1,123) beside the ten earlier sets' 1,532 labelled questions; nobody changed the base, the retrieval or "
        "the list's rule while looking at this set. tests/knowledge/test_held_out_eleventh.py holds floors from "
        "this measurement and issue 17's targets.",
        companion=("the same questions with the second labeller's labels", ELEVENTH_SECOND_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read no "
        "file of the project, from general knowledge of what callers ask 12315 across consumer life, three "
        "quarters Mandarin as Vosk prints speech (fillers, regional turns, about one question in eight with a "
        "homophone slip) and one quarter English as typed, some deliberately unusual; committed unlabelled "
        "(b4a92d5); labelled by two other helpers, each on their own, strictly from the ids, categories and English "
        "questions of the 73 entries valid on 2026-12-01 (one entry or None, and a runner-up), questions unchanged "
        "(a4bc4bb): the set's labels are the first's, the second's are the companion; 5 off-topic texts repeating "
        "earlier sets dropped by a script, unread, before measuring (40 off-topic questions remain).",
    ),
    "twelfth": SetNotes(
        blind=TWELFTH_SET,
        title="Knowledge base: twelfth set (held out when measured; a development set since)",
        results="knowledge_twelfth_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once, on the day asked 2026-12-01 (the 73 entries valid that day), after the ranker "
        "learnt the eleventh set's labelled questions too (1,763 asked; b9eb4b3) beside the 1,752 written examples; "
        "a second batch of written examples, aimed at the borders between close entries, was tried leaving each of "
        "the fifth to eleventh sets out (top 1 1123 -> 1132, top 3 1271 -> 1266 of 1,354) and not shipped; nobody "
        "changed the base, the retrieval or the list's rule while looking at this set. "
        "tests/knowledge/test_held_out_twelfth.py holds floors from this measurement and issue 17's targets.",
        companion=("the same questions with the second labeller's labels", TWELFTH_SECOND_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read no "
        "file of the project, from general knowledge of what callers ask 12315 across consumer life, three "
        "quarters Mandarin as Vosk prints speech (fillers, regional turns, about one question in eight with a "
        "homophone slip) and one quarter English as typed, some deliberately unusual; committed unlabelled "
        "(0351ba7); labelled by two other helpers, each on their own, strictly from the ids, categories and English "
        "questions of the 73 entries valid on 2026-12-01 (one entry or None, and a runner-up), questions unchanged: "
        "the set's labels are the first's, the second's are the companion; 15 texts that hold a sentence of the "
        "base or repeat earlier sets dropped by a script, unread, before measuring (17c9c04; 285 questions and 35 "
        "off-topic remain).",
    ),
    "thirteenth": SetNotes(
        blind=THIRTEENTH_SET,
        title="Knowledge base: thirteenth set (held out)",
        results="knowledge_thirteenth_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="First measured on 2026-12-01 at about 23:45 UTC (the 83 entries valid that day), after the fifth "
        "round's ten entries (tests/knowledge/base_rounds.py, ivr/knowledge/shipped/services_more.yaml) and after "
        "the ranker learnt the twelfth set's labelled questions and 93 questions of the earlier sets that their "
        "labellers had left without an entry and a third helper then gave to a fifth-round entry (2,101 asked; "
        "1,992 written examples). Those first figures were seen by mistake: a script checking the older sets' "
        "floors also counted this set (totals only, no question read); this run reproduces them on the same "
        "state (top 1 209/248, top 3 232/248, refused 66/86). This is the SECOND measurement, at about 00:58 UTC on "
        "2026-12-02, after one change chosen leaving each development set out (fifth to twelfth; "
        "bench/knowledge_ranker.py): a logistic model orders the entries after the SVM's first (top 3 1,498 -> 1,519 "
        "of 1,599 there, top 1 unchanged). Nobody changed the base, the retrieval or the list's rule while looking "
        "at this set, and no question of it was read before either measurement. "
        "tests/knowledge/test_held_out_thirteenth.py holds floors from this measurement and issue 17's targets.",
        companion=("the same questions with the second labeller's labels", THIRTEENTH_SECOND_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read no "
        "file of the project, from general knowledge of what callers ask 12315 across consumer life (asked to "
        "include topics earlier sets found uncovered: renting, tickets, flights, repairs, funerals, pets, app "
        "pricing, withdrawing a complaint, foreigners), three quarters Mandarin as Vosk prints speech (fillers, "
        "regional turns, about one question in eight with a homophone slip) and one quarter English as typed; "
        "committed unlabelled (d73e0ec); labelled by two other helpers, each on their own, strictly from the ids, "
        "categories and English questions of the 83 entries valid on 2026-12-01 (one entry or None, and a "
        "runner-up), questions unchanged: the set's labels are the first's, the second's are the companion; 6 "
        "texts repeating earlier sets dropped by a script, unread, before measuring (7d16ebb; 297 questions and 37 "
        "off-topic remain).",
    ),
    "fourteenth": SetNotes(
        blind=FOURTEENTH_SET,
        title="Knowledge base: fourteenth set (held out when measured; a development set since)",
        results="knowledge_fourteenth_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once, on the day asked 2026-12-02 (the 83 entries valid that day), with the ranker, "
        "base and list's rule that measured the thirteenth set the second time (f6c8669): the two commits since "
        "changed how fast the ranker scores (83e1aad, the same scores) and how often texts are cut again "
        "(2c6561a, the same cuts), nothing the answers depend on. The thirteenth set is not among the questions "
        "the ranker learns from (2,101 asked, 1,992 written examples). Nobody changed the base, the retrieval or "
        "the list's rule while looking at this set, and no question of it was read before the measurement. "
        "tests/knowledge/test_held_out_fourteenth.py holds floors from this measurement and issue 17's targets.",
        companion=("the same questions with the second labeller's labels", FOURTEENTH_SECOND_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read no "
        "file of the project but its brief, from general knowledge of what callers ask 12315 across consumer life "
        "(the thirteenth set's brief: everyday topics included), three quarters Mandarin as Vosk prints speech "
        "(fillers, regional turns, about one question in eight with a homophone slip) and one quarter English as "
        "typed; committed unlabelled (8c6e725); labelled by two other helpers, each on their own, strictly from the "
        "ids, categories and English questions of the 83 entries valid on 2026-12-02 (one entry or None, and a "
        "runner-up), questions unchanged: the set's labels are the first's, the second's are the companion; 11 "
        "texts repeating earlier sets or a text of the base dropped by a script, unread, before measuring (293 "
        "questions and 36 off-topic remain).",
    ),
    "fifteenth": SetNotes(
        blind=FIFTEENTH_SET,
        title="Knowledge base: fifteenth set (held out when measured; a development set since)",
        results="knowledge_fifteenth_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once, on the day asked 2026-12-02 (the 83 consumer entries valid that day), after "
        "one change since the fourteenth set's measurement: eight entries for other hotlines' questions "
        "(refers_elsewhere, e643582; docs/knowledge.md), chosen leaving each development set out (fifth to "
        "fourteenth: off-topic refused 320 -> 338 of 348, top 3 2,008 -> 2,010 of 2,107; "
        "bench/knowledge_referrals.py), with the thirteenth and fourteenth sets' off-topic misses read. A question one "
        "of them catches is counted as refused. The thirteenth and fourteenth sets are not among the questions the "
        "ranker learns from (2,101 asked, 1,992 written examples, and the referral entries' 192). Nobody changed the "
        "base, the retrieval or the list's rule while looking at this set, and no question of it was read before the "
        "measurement. tests/knowledge/test_held_out_fifteenth.py holds floors from this measurement and issue 17's "
        "targets.",
        companion=("the same questions with the second labeller's labels", FIFTEENTH_SECOND_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read no "
        "file of the project, from general knowledge of what callers ask 12315 across consumer life (the "
        "thirteenth set's brief: everyday topics included, and off-topic questions on weather, loans, divorce, "
        "social insurance, traffic fines, tax, immigration, medical advice, jobs, neighbours and schools), three "
        "quarters Mandarin as Vosk prints speech (fillers, regional turns, about one question in eight with a "
        "homophone slip) and one quarter English as typed; committed unlabelled (1fa6227) before the referral "
        "entries were written; labelled by two other helpers, each on their own, strictly from the ids, categories "
        "and English questions of the 83 consumer entries valid on 2026-12-02 (one entry or None, and a runner-up), "
        "questions unchanged: the set's labels are the first's, the second's are the companion; 14 texts repeating "
        "earlier sets or holding a sentence of the base dropped by a script, unread, before measuring (290 "
        "questions and 36 off-topic remain).",
    ),
    "sixteenth": SetNotes(
        blind=SIXTEENTH_SET,
        title="Knowledge base: sixteenth set (held out)",
        results="knowledge_sixteenth_RESULTS.md",
        set_phrase="the held-out set",
        verdict_note="Measured once, on the day asked 2026-12-02 (the 83 consumer entries valid that day), after one "
        "change since the fifteenth set's measurement: the thirteenth to fifteenth sets' 742 labelled questions "
        "joined `asked` (2,843 asked, 2,184 written examples), as every measured set's have; leaving each "
        "development set out (fifth to fifteenth, bench/knowledge_ranker.py): top 1 1,972 and top 3 2,237 of 2,341 "
        "(84.2 %, 95.6 %). Nobody changed the base, the retrieval or the list's rule while looking at this set, and "
        "no question of it was read before the measurement. tests/knowledge/test_held_out_sixteenth.py holds floors "
        "from this measurement and issue 17's targets.",
        companion=("the same questions with the second labeller's labels", SIXTEENTH_SECOND_SET),
        how_made="written by a helper who had written none of the base and none of the earlier sets and read no "
        "file of the project, from general knowledge of what callers ask 12315 across consumer life (the "
        "thirteenth set's brief: everyday topics included, and off-topic questions on weather, loans, divorce, "
        "social insurance, traffic fines, tax, immigration, medical advice, jobs, neighbours and schools), three "
        "quarters Mandarin as Vosk prints speech (fillers, regional turns, about one question in eight with a "
        "homophone slip) and one quarter English as typed; committed unlabelled (318ba99); labelled by two other "
        "helpers, each on their own, strictly from the ids, categories and English questions of the 83 consumer "
        "entries valid on 2026-12-02 (one entry or None, and a runner-up), questions unchanged: the set's labels are "
        "the first's, the second's are the companion; 10 texts repeating earlier sets or holding a sentence of the "
        "base dropped by a script, unread, before measuring (295 questions and 35 off-topic remain).",
    ),
}
