-- ARGV: now, qcid, call_id, enq_ms (original), priority, language, category,
--       lease_ms, home centre, data (JSON), overflow (1 = ignore max queue length)
local q = ARGV[2]
local ck = call_key(q)
if redis.call('EXISTS', ck) == 1 then
  local r = redis.call('ZRANK', P .. 'queue', q)
  return {'DUP', r and (r + 1) or 0}
end
local maxq = cfgnum('max_queue', 200)
if ARGV[11] ~= '1' and redis.call('ZCARD', P .. 'queue') >= maxq then return {'FULL', maxq} end
local enq = tonumber(ARGV[4])
-- Priority outranks waiting time: one priority step is worth ~115 days of waiting.
local score = enq - tonumber(ARGV[5]) * 1e10
-- Absent fields read as empty: 'agent' (none yet), 'cb' (not a callback).
redis.call('HSET', ck, 'call_id', ARGV[3], 'state', 'waiting', 'enq', ARGV[4], 'since', ARGV[1],
  'prio', ARGV[5], 'lang', ARGV[6], 'cat', ARGV[7], 'home', ARGV[9], 'data', ARGV[10], 'score', fmt(score))
redis.call('SADD', P .. 'calls', q)
redis.call('ZADD', P .. 'queue', score, q)
redis.call('ZADD', P .. 'leases', NOW + tonumber(ARGV[8]), q)
redis.call('HINCRBY', P .. 'stat', 'enqueued', 1)
return {'OK', redis.call('ZRANK', P .. 'queue', q) + 1}
