-- Remove a call in any state (abandon, timeout, key, withdrawn, lost) and free its agent.
-- ARGV: now, qcid, outcome, day. Returns {'OK', previous state, agent, wait_ms} or {'GONE'}.
local r = remove_call(ARGV[2], ARGV[3], ARGV[4])
if not r then return {'GONE'} end
return {'OK', r[1], r[2], r[3]}
