-- The caller left to be called back, keeping the place. ARGV: now, qcid, number.
local q = ARGV[2]
local ck = call_key(q)
local st = redis.call('HGET', ck, 'state')
if st ~= 'waiting' then return {'ERR_STATE', st or 'gone'} end
redis.call('HSET', ck, 'state', 'callback', 'cb', '1', 'number', ARGV[3], 'cb_at', fmt(NOW))
redis.call('ZREM', P .. 'leases', q)
redis.call('SADD', P .. 'cbs', q)
redis.call('HINCRBY', P .. 'stat', 'callback', 1)
return {'OK', redis.call('ZRANK', P .. 'queue', q) + 1}
