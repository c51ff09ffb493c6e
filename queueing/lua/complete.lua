-- The bridged call ended. ARGV: now, qcid, agent, day. Returns {'OK', wait_ms, handle_ms}.
local q, a = ARGV[2], ARGV[3]
local f = redis.call('HMGET', call_key(q), 'state', 'agent', 'enq', 'ans')
if f[1] ~= 'connected' or f[2] ~= a then return {'ERR_STATE', f[1] or 'gone'} end
local r = remove_call(q, 'answered', ARGV[4])
return {'OK', r[3], NOW - tonumber(f[4])}
