-- The reserved agent answered. ARGV: now, qcid, agent. Returns {'OK', wait_ms}.
local q, a = ARGV[2], ARGV[3]
local ck = call_key(q)
local f = redis.call('HMGET', ck, 'state', 'agent', 'enq')
if f[1] ~= 'reserved' or f[2] ~= a then return {'ERR_STATE', f[1] or 'gone'} end
redis.call('HSET', ck, 'state', 'connected', 'ans', fmt(NOW))
redis.call('HSET', agent_key(a), 'state', 'busy', 'since', fmt(NOW))
redis.call('HINCRBY', P .. 'stat', 'connected', 1)
return {'OK', NOW - tonumber(f[3])}
