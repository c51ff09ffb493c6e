-- Expired leases: the worker holding the call is gone. Callbacks go back to the head
-- of the queue (the caller is still owed a call); other calls are removed ("lost")
-- and their agents freed. ARGV: now, day. Returns {qcid1, what1, ...}.
local out = {}
local expired = redis.call('ZRANGEBYSCORE', P .. 'leases', '-inf', NOW)
for _, q in ipairs(expired) do
  local ck = call_key(q)
  local f = redis.call('HMGET', ck, 'state', 'agent', 'cb', 'score')
  if not f[1] then
    redis.call('ZREM', P .. 'leases', q)
  elseif f[3] == '1' and f[1] ~= 'connected' then
    if f[1] == 'reserved' then unreserve(f[2], q) end
    redis.call('HSET', ck, 'state', 'callback', 'agent', '')
    redis.call('ZADD', P .. 'queue', tonumber(f[4]), q)
    redis.call('ZREM', P .. 'leases', q)
    out[#out + 1] = q
    out[#out + 1] = 'requeued'
  else
    remove_call(q, 'lost', ARGV[2])
    out[#out + 1] = q
    out[#out + 1] = f[1]
  end
end
return out
