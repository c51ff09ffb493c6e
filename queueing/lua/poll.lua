-- The waiting worker's tick: renew the lease and read state and position.
-- ARGV: now, qcid, lease_ms (0 = read only).
-- Returns {state, agent, position, agent_endpoint, waiting, ready_agents, logged_in, busy}
-- or {'GONE'}.
local q = ARGV[2]
local ck = call_key(q)
local f = redis.call('HMGET', ck, 'state', 'agent')
if not f[1] then return {'GONE'} end
local lease = tonumber(ARGV[3])
if lease > 0 and f[1] ~= 'callback' then redis.call('ZADD', P .. 'leases', NOW + lease, q) end
local r = redis.call('ZRANK', P .. 'queue', q)
local endpoint = ''
if f[2] ~= '' and f[2] then endpoint = redis.call('HGET', agent_key(f[2]), 'endpoint') or '' end
local logged = redis.call('SCARD', P .. 'agents')
local readyn = redis.call('ZCARD', P .. 'ready')
local waiting = redis.call('ZCARD', P .. 'queue')
return {f[1], f[2] or '', r and (r + 1) or 0, endpoint, waiting, readyn, logged}
