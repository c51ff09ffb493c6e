-- The reserved agent did not answer: pause the agent, put the call back at the head.
-- ARGV: now, qcid, agent, pause reason.
local q, a = ARGV[2], ARGV[3]
local ck = call_key(q)
local f = redis.call('HMGET', ck, 'state', 'agent', 'score', 'cb')
if f[1] ~= 'reserved' or f[2] ~= a then return {'ERR_STATE', f[1] or 'gone'} end
local score = tonumber(f[3])
local head = redis.call('ZRANGE', P .. 'queue', 0, 0, 'WITHSCORES')
if head[2] and tonumber(head[2]) <= score then score = tonumber(head[2]) - 1 end
local state = 'waiting'
if f[4] == '1' then
  state = 'callback'
  redis.call('ZREM', P .. 'leases', q)
end
redis.call('HSET', ck, 'state', state, 'agent', '', 'score', fmt(score))
redis.call('ZADD', P .. 'queue', score, q)
local ak = agent_key(a)
if redis.call('HGET', ak, 'call') == q then
  redis.call('HSET', ak, 'state', 'paused', 'call', '', 'reason', ARGV[4], 'since', fmt(NOW))
end
redis.call('HINCRBY', P .. 'stat', 'ringnoanswer', 1)
return {'OK', redis.call('ZRANK', P .. 'queue', q) + 1}
