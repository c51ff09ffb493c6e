-- ARGV: now, agent, endpoint, languages (comma list), categories (comma list),
--       initial state (ready|paused), day. A second login updates endpoint and skills.
local a = ARGV[2]
local ak = agent_key(a)
local st = redis.call('HGET', ak, 'state')
if st then
  redis.call('HSET', ak, 'endpoint', ARGV[3], 'langs', ARGV[4], 'cats', ARGV[5])
  return {'OK', st}
end
redis.call('HSET', ak, 'id', a, 'state', 'paused', 'endpoint', ARGV[3], 'langs', ARGV[4],
  'cats', ARGV[5], 'call', '', 'today', 0, 'day', ARGV[7], 'since', fmt(NOW), 'reason', 'login',
  'login_at', fmt(NOW))
redis.call('SADD', P .. 'agents', a)
if ARGV[6] == 'ready' then agent_ready(a, NOW) end
return {'OK', redis.call('HGET', ak, 'state')}
