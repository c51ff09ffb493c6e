-- The dialplan's report on a callback (extensions.conf [ivr-callback]): the agent had
-- answered and Asterisk dialled the caller. ARGV: now, qcid, reached ('1' or '0'),
-- max attempts, day. Reached: the call is answered and done. Not reached: the agent's part
-- is over, and the caller goes back to the head of the queue, or, after the last attempt,
-- the callback is given up ('callback_failed').
-- Returns {'DONE', wait_ms, handle_ms} | {'RETRY', attempts, position} | {'FAILED', attempts}
-- | {'ERR_STATE', state} (not a connected callback: a second report is ignored).
local q = ARGV[2]
local ck = call_key(q)
local f = redis.call('HMGET', ck, 'state', 'agent', 'cb', 'cb_tries', 'score', 'ans')
if f[1] ~= 'connected' or f[3] ~= '1' then return {'ERR_STATE', f[1] or 'gone'} end
if ARGV[3] == '1' then
  local r = remove_call(q, 'answered', ARGV[5])
  return {'DONE', r[3], NOW - tonumber(f[6])}
end
local tries = (tonumber(f[4]) or 0) + 1
local ak = agent_key(f[2])
if redis.call('HGET', ak, 'call') == q then agent_after_call(f[2], ARGV[5]) end
if tries >= tonumber(ARGV[4]) then
  redis.call('HSET', ck, 'cb_tries', tries)
  remove_call(q, 'callback_failed', ARGV[5])
  return {'FAILED', tries}
end
local score = tonumber(f[5])
local head = redis.call('ZRANGE', P .. 'queue', 0, 0, 'WITHSCORES')
if head[2] and tonumber(head[2]) <= score then score = tonumber(head[2]) - 1 end
redis.call('HSET', ck, 'state', 'callback', 'agent', '', 'score', fmt(score), 'cb_tries', tries)
redis.call('ZADD', P .. 'queue', score, q)
redis.call('ZREM', P .. 'leases', q)
redis.call('HINCRBY', P .. 'stat', 'callback_retry', 1)
return {'RETRY', tries, redis.call('ZRANK', P .. 'queue', q) + 1}
