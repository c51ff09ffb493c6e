-- Match ready agents to waiting calls by the centre's strategy; reserve each pair.
-- ARGV: now, lease_ms, max_calls_scanned, day. Returns {qcid1, agent1, qcid2, agent2, ...}.
local ended = redis.call('ZRANGEBYSCORE', P .. 'wrap', '-inf', NOW, 'WITHSCORES')
for i = 1, #ended, 2 do
  local a = ended[i]
  redis.call('ZREM', P .. 'wrap', a)
  if redis.call('HGET', agent_key(a), 'state') == 'wrapup' then
    redis.call('HSET', agent_key(a), 'wrap_until', '')
    agent_ready(a, tonumber(ended[i + 1]))
  end
end
local waiting = redis.call('ZCARD', P .. 'queue')
if waiting == 0 then return {} end
local max_scan = tonumber(ARGV[3])
local strategy = redis.call('HGET', KEYS[1], 'strategy') or 'longest_idle'
-- Longest idle needs no more agents than calls it can serve, and no agent attributes:
-- the ready set is already in idle order (ties by id, as in better() below).
local last = -1
if strategy == 'longest_idle' then last = math.min(waiting, max_scan) - 1 end
local ready = redis.call('ZRANGE', P .. 'ready', 0, last, 'WITHSCORES')
if #ready == 0 then return {} end
local needs_attrs = strategy == 'skill_escalation' or strategy == 'fewest_calls'
local escalate = cfgnum('escalate_ms', 30000)
local rr_last = redis.call('HGET', KEYS[1], 'rr_last') or ''
local day = ARGV[4] or ''
local agents = {}
for i = 1, #ready, 2 do
  local a = ready[i]
  local ag = {id = a, idle = tonumber(ready[i + 1]), langs = ',,', cats = ',,', today = 0, taken = false}
  if needs_attrs then
    local f = redis.call('HMGET', agent_key(a), 'langs', 'cats', 'today', 'day')
    ag.langs = ',' .. (f[1] or '') .. ','
    ag.cats = ',' .. (f[2] or '') .. ','
    if f[4] == day then ag.today = tonumber(f[3]) or 0 end
  end
  agents[#agents + 1] = ag
end
local function has(list, v)
  return v == '' or list == ',,' or string.find(list, ',' .. v .. ',', 1, true) ~= nil
end
local function better(a, b)
  if strategy == 'fewest_calls' and a.today ~= b.today then return a.today < b.today end
  if strategy == 'round_robin' then
    local ra, rb = a.id > rr_last, b.id > rr_last
    if ra ~= rb then return ra end
    return a.id < b.id
  end
  if a.idle ~= b.idle then return a.idle < b.idle end
  return a.id < b.id
end
local out = {}
local free = #agents
local lease = tonumber(ARGV[2])
local calls = redis.call('ZRANGE', P .. 'queue', 0, max_scan - 1)
for _, q in ipairs(calls) do
  if free == 0 then break end
  local f = {'', '', '0'}
  if strategy == 'skill_escalation' then f = redis.call('HMGET', call_key(q), 'lang', 'cat', 'enq') end
  local best = nil
  local skilled_only = strategy == 'skill_escalation' and (NOW - tonumber(f[3])) < escalate
  for pass = 1, 2 do
    for _, ag in ipairs(agents) do
      if not ag.taken then
        local fits = pass == 2 or (has(ag.langs, f[1]) and has(ag.cats, f[2]))
        if fits and (best == nil or better(ag, best)) then best = ag end
      end
    end
    if best ~= nil or strategy ~= 'skill_escalation' or skilled_only then break end
  end
  if best ~= nil then
    best.taken = true
    free = free - 1
    redis.call('HSET', agent_key(best.id), 'state', 'reserved', 'call', q, 'prev_idle', fmt(best.idle),
      'since', fmt(NOW))
    redis.call('ZREM', P .. 'ready', best.id)
    redis.call('HSET', call_key(q), 'state', 'reserved', 'agent', best.id, 'resv', fmt(NOW))
    redis.call('ZREM', P .. 'queue', q)
    redis.call('ZADD', P .. 'leases', NOW + lease, q)
    if strategy == 'round_robin' then
      rr_last = best.id
      redis.call('HSET', KEYS[1], 'rr_last', rr_last)
    end
    out[#out + 1] = q
    out[#out + 1] = best.id
  end
end
return out
