-- Shared by every per-centre script (prepended when loading). KEYS[1] is the
-- centre's config key "acd:{<centre>}:cfg"; every other key of the script is
-- derived from it and shares its hash tag, hence its cluster slot.
local P = string.sub(KEYS[1], 1, -4)
local NOW = tonumber(ARGV[1])
local function fmt(x) return string.format('%.0f', x) end
local function call_key(q) return P .. 'call:' .. q end
local function agent_key(a) return P .. 'agent:' .. a end
local function cfgnum(name, default)
  local v = redis.call('HGET', KEYS[1], name)
  if v then return tonumber(v) end
  return default
end
local function record_done(q, outcome, wait_ms, handle_ms)
  redis.call('ZADD', P .. 'done', NOW, q .. '|' .. outcome .. '|' .. fmt(wait_ms) .. '|' .. fmt(handle_ms))
  redis.call('ZREMRANGEBYSCORE', P .. 'done', '-inf', NOW - 86400000)
  redis.call('HINCRBY', P .. 'stat', outcome, 1)
end
local function agent_ready(a, idle)
  redis.call('HSET', agent_key(a), 'state', 'ready', 'call', '', 'since', fmt(NOW))
  redis.call('ZADD', P .. 'ready', idle, a)
end
-- The agent finished a call: count it, then wrap-up (auto-ended by dispatch) or ready.
local function agent_after_call(a, day)
  local ak = agent_key(a)
  local f = redis.call('HMGET', ak, 'today', 'day')
  local today = tonumber(f[1]) or 0
  if f[2] ~= day then today = 0 end
  redis.call('HSET', ak, 'today', today + 1, 'day', day)
  local wrap = cfgnum('wrapup_ms', 0)
  if wrap > 0 then
    redis.call('HSET', ak, 'state', 'wrapup', 'call', '', 'since', fmt(NOW), 'wrap_until', fmt(NOW + wrap))
    redis.call('ZADD', P .. 'wrap', NOW + wrap, a)
  else
    agent_ready(a, NOW)
  end
end
-- Give a reserved agent back, at its old place in the idle order.
local function unreserve(a, q)
  local ak = agent_key(a)
  local f = redis.call('HMGET', ak, 'state', 'call', 'prev_idle')
  if f[1] == 'reserved' and f[2] == q then agent_ready(a, tonumber(f[3]) or NOW) end
end
-- Remove a call from this centre whatever its state; frees its agent.
local function remove_call(q, outcome, day)
  local ck = call_key(q)
  local f = redis.call('HMGET', ck, 'state', 'agent', 'enq', 'ans')
  if not f[1] then return nil end
  if f[1] == 'reserved' then
    unreserve(f[2], q)
  elseif f[1] == 'connected' then
    local ak = agent_key(f[2])
    if redis.call('HGET', ak, 'call') == q then agent_after_call(f[2], day) end
  end
  redis.call('DEL', ck)
  redis.call('SREM', P .. 'calls', q)
  redis.call('SREM', P .. 'cbs', q)
  redis.call('ZREM', P .. 'queue', q)
  redis.call('ZREM', P .. 'leases', q)
  redis.call('HINCRBY', P .. 'stat', 'removed', 1)
  local wait = NOW - tonumber(f[3])
  if f[1] == 'connected' then
    wait = tonumber(f[4]) - tonumber(f[3])
  end
  if outcome == 'withdrawn' then
    redis.call('HINCRBY', P .. 'stat', 'withdrawn', 1)
  else
    local handle = 0
    if f[1] == 'connected' then handle = NOW - tonumber(f[4]) end
    record_done(q, outcome, wait, handle)
  end
  return {f[1], f[2] or '', wait}
end
