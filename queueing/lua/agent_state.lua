-- Agent state changes. ARGV: now, agent, action (ready|pause|logout|wrapup_end), reason.
local a, action = ARGV[2], ARGV[3]
local ak = agent_key(a)
local st = redis.call('HGET', ak, 'state')
if not st then return {'ERR_NOAGENT', a} end
if st == 'reserved' or st == 'busy' then return {'ERR_STATE', st} end
if action == 'ready' or (action == 'wrapup_end' and st == 'wrapup') then
  if st ~= 'ready' then
    redis.call('ZREM', P .. 'wrap', a)
    redis.call('HSET', ak, 'reason', '', 'wrap_until', '')
    agent_ready(a, NOW)
  end
elseif action == 'wrapup_end' then
  return {'ERR_STATE', st}
elseif action == 'pause' then
  redis.call('ZREM', P .. 'ready', a)
  redis.call('ZREM', P .. 'wrap', a)
  redis.call('HSET', ak, 'state', 'paused', 'reason', ARGV[4], 'since', fmt(NOW), 'wrap_until', '')
elseif action == 'logout' then
  redis.call('ZREM', P .. 'ready', a)
  redis.call('ZREM', P .. 'wrap', a)
  redis.call('DEL', ak)
  redis.call('SREM', P .. 'agents', a)
  return {'OK', 'out', st}
else
  return {'ERR_ACTION', action}
end
return {'OK', redis.call('HGET', ak, 'state'), st}
