-- Invariant checker (read only). Returns a list of violations; empty = consistent.
local bad = {}
local function v(msg) bad[#bad + 1] = msg end
local calls = redis.call('SMEMBERS', P .. 'calls')
local agent_of = {}
for _, q in ipairs(calls) do
  local f = redis.call('HMGET', call_key(q), 'state', 'agent', 'score', 'cb')
  local st = f[1]
  local inq = redis.call('ZSCORE', P .. 'queue', q)
  local leased = redis.call('ZSCORE', P .. 'leases', q)
  if not st then v('call ' .. q .. ' listed but has no hash')
  elseif st == 'waiting' or st == 'callback' then
    if not inq then v('call ' .. q .. ' ' .. st .. ' but not queued') end
    if st == 'waiting' and not leased then v('call ' .. q .. ' waiting without lease') end
    if st == 'callback' and leased then v('callback ' .. q .. ' holds a lease') end
  elseif st == 'reserved' or st == 'connected' then
    if inq then v('call ' .. q .. ' ' .. st .. ' but still queued') end
    if not leased then v('call ' .. q .. ' ' .. st .. ' without lease') end
    local a = f[2]
    if agent_of[a] then v('agent ' .. a .. ' holds two calls') end
    agent_of[a] = q
    local af = redis.call('HMGET', agent_key(a), 'state', 'call')
    local want = (st == 'reserved') and 'reserved' or 'busy'
    if af[1] ~= want or af[2] ~= q then
      v('call ' .. q .. ' ' .. st .. ' with agent ' .. a .. ' in ' .. tostring(af[1]) .. '/' .. tostring(af[2]))
    end
  else v('call ' .. q .. ' in unknown state ' .. st) end
  if st and ((f[4] == '1') ~= (redis.call('SISMEMBER', P .. 'cbs', q) == 1)) then
    v('call ' .. q .. ' callback flag vs callback set')
  end
end
for _, q in ipairs(redis.call('ZRANGE', P .. 'queue', 0, -1)) do
  if redis.call('SISMEMBER', P .. 'calls', q) == 0 then v('queued ' .. q .. ' is not a call') end
end
for _, q in ipairs(redis.call('SMEMBERS', P .. 'cbs')) do
  if redis.call('SISMEMBER', P .. 'calls', q) == 0 then v('callback ' .. q .. ' is not a call') end
end
for _, q in ipairs(redis.call('ZRANGE', P .. 'leases', 0, -1)) do
  if redis.call('SISMEMBER', P .. 'calls', q) == 0 then v('lease for unknown call ' .. q) end
end
for _, a in ipairs(redis.call('SMEMBERS', P .. 'agents')) do
  local af = redis.call('HMGET', agent_key(a), 'state', 'call')
  local st = af[1]
  local inready = redis.call('ZSCORE', P .. 'ready', a)
  local inwrap = redis.call('ZSCORE', P .. 'wrap', a)
  if not st then v('agent ' .. a .. ' listed but has no hash')
  else
    if (st == 'ready') ~= (inready ~= false) then v('agent ' .. a .. ' ' .. st .. ' vs ready set') end
    if (st == 'wrapup') ~= (inwrap ~= false) then v('agent ' .. a .. ' ' .. st .. ' vs wrap set') end
    if (st == 'reserved' or st == 'busy') and agent_of[a] ~= af[2] then
      v('agent ' .. a .. ' ' .. st .. ' with call ' .. tostring(af[2]) .. ' not pointing back')
    end
    if (st ~= 'reserved' and st ~= 'busy') and af[2] ~= '' then v('agent ' .. a .. ' ' .. st .. ' keeps call') end
  end
end
for _, a in ipairs(redis.call('ZRANGE', P .. 'ready', 0, -1)) do
  if redis.call('SISMEMBER', P .. 'agents', a) == 0 then v('ready agent ' .. a .. ' not logged in') end
end
local s = redis.call('HMGET', P .. 'stat', 'enqueued', 'removed')
local enq, rem = tonumber(s[1]) or 0, tonumber(s[2]) or 0
if enq - rem ~= #calls then
  v('counters: enqueued ' .. enq .. ' - removed ' .. rem .. ' ~= ' .. #calls .. ' calls')
end
return bad
