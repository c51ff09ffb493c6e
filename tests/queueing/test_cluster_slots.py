"""On the real cluster, a script may only touch the slot of its keys: the ACD suite
passing there shows every script stays inside its centre's hash tag."""

from __future__ import annotations

from typing import Any

import pytest
from redis.exceptions import ResponseError

from queueing.store import AcdStore, claim_key


async def test_cross_slot_access_is_refused_on_the_cluster(store: AcdStore) -> None:
    if type(store.redis).__name__ != "RedisCluster":
        pytest.skip("cluster only")
    redis: Any = store.redis
    bad = redis.register_script("return redis.call('GET', 'acd:{cn}:cfg')")
    with pytest.raises(ResponseError):
        await bad(keys=["acd:{bj}:cfg"], args=[])
    nodes = {redis.get_node_from_key(f"acd:{{{c}}}:cfg").name for c in store.config.centres}
    assert len(nodes) == 3  # the centres really are spread over the three nodes
    assert redis.keyslot(claim_key("q1")) != redis.keyslot("acd:{bj}:cfg")
