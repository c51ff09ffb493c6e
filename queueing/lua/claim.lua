-- The per-call claim key "acd:{qc:<qcid>}:claim" (its own hash tag, one key):
-- which centre's reservation became the offer. ARGV: op (take|renew|release), centre, ttl_ms.
local cur = redis.call('GET', KEYS[1])
local op = ARGV[1]
if op == 'take' then
  if cur and cur ~= ARGV[2] then return {'HELD', cur} end
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return {'OK', ARGV[2]}
elseif op == 'renew' then
  if cur ~= ARGV[2] then return {'HELD', cur or ''} end
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return {'OK', cur}
elseif op == 'release' then
  if cur == ARGV[2] then redis.call('DEL', KEYS[1]) end
  return {'OK', cur or ''}
end
return {'ERR_ACTION', op}
