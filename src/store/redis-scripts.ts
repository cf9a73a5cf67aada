/**
 * Lua scripts, so that each Store method is one atomic round trip (Redis runs a script to
 * completion before any other command). Times are the caller's milliseconds; numbers travel as
 * strings because Lua → Redis replies truncate floats to integers.
 */

/** KEYS: bucket keys. ARGV: now, then per bucket interval (ms per unit), period, cost. */
export const TAKE = `
local now = tonumber(ARGV[1])
local n = #KEYS
local tat, new, interval, period = {}, {}, {}, {}
local allowed, retry = 1, 0
for i = 1, n do
  interval[i] = tonumber(ARGV[2 + (i - 1) * 3])
  period[i] = tonumber(ARGV[3 + (i - 1) * 3])
  local cost = tonumber(ARGV[4 + (i - 1) * 3])
  local t = tonumber(redis.call('GET', KEYS[i]) or now)
  if t < now then t = now end
  tat[i] = t
  new[i] = t + cost * interval[i]
  local allow_at = new[i] - period[i]
  if allow_at > now then
    allowed = 0
    if allow_at - now > retry then retry = allow_at - now end
  end
end
local out = { allowed, tostring(retry) }
for i = 1, n do
  local t = tat[i]
  if allowed == 1 then
    t = new[i]
    if t > now then redis.call('SET', KEYS[i], tostring(t), 'PX', math.ceil(t - now) + 1) end
  end
  out[#out + 1] = tostring(t)
end
return out
`;

/** KEYS: bucket keys. ARGV: now, then per bucket interval, cost (negative refunds). */
export const CHARGE = `
local now = tonumber(ARGV[1])
for i = 1, #KEYS do
  local interval = tonumber(ARGV[2 + (i - 1) * 2])
  local cost = tonumber(ARGV[3 + (i - 1) * 2])
  local t = tonumber(redis.call('GET', KEYS[i]) or now)
  if t < now then t = now end
  t = t + cost * interval
  if t > now then
    redis.call('SET', KEYS[i], tostring(t), 'PX', math.ceil(t - now) + 1)
  else
    redis.call('DEL', KEYS[i])
  end
end
return 1
`;

/** KEYS[1]: counter. ARGV: by, ttl ms (set when the counter is created). */
export const INCR = `
local v = redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return v
`;

/** KEYS[1]: HyperLogLog. ARGV: ttl ms, then members. */
export const DISTINCT = `
if #ARGV > 1 then redis.call('PFADD', KEYS[1], unpack(ARGV, 2)) end
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return redis.call('PFCOUNT', KEYS[1])
`;

/**
 * Campaign counting (semantics in src/store/campaign.ts). KEYS: one base key per campaign key;
 * the bucket sets `{base}:a:{b}` / `{base}:h:{b}` and the flag `{base}:f` are derived from it
 * (standalone Redis; a Cluster would need hash tags). ARGV: account, bucket, width, set TTL,
 * flag TTL, then per key: hit (0/1), minAccounts, minHitAccounts, minHitShare, default id.
 * Reply: per key {accounts, hitAccounts, flag id or ''}.
 */
export const OBSERVE_CAMPAIGN = `
local account = ARGV[1]
local bucket = tonumber(ARGV[2])
local width = tonumber(ARGV[3])
local ttl = ARGV[4]
local flag_ttl = ARGV[5]
local flags = {}
local existing = false
for i = 1, #KEYS do
  flags[i] = redis.call('GET', KEYS[i] .. ':f')
  if flags[i] and not existing then existing = flags[i] end
end
local out = {}
for i = 1, #KEYS do
  local base = 5 + (i - 1) * 5
  local a_key = KEYS[i] .. ':a:' .. bucket
  redis.call('PFADD', a_key, account)
  redis.call('PEXPIRE', a_key, ttl)
  if ARGV[base + 1] == '1' then
    local h_key = KEYS[i] .. ':h:' .. bucket
    redis.call('PFADD', h_key, account)
    redis.call('PEXPIRE', h_key, ttl)
  end
  local a_keys, h_keys = {}, {}
  for j = 0, width - 1 do
    a_keys[#a_keys + 1] = KEYS[i] .. ':a:' .. (bucket - j)
    h_keys[#h_keys + 1] = KEYS[i] .. ':h:' .. (bucket - j)
  end
  local accounts = redis.call('PFCOUNT', unpack(a_keys))
  local hits = redis.call('PFCOUNT', unpack(h_keys))
  if accounts >= tonumber(ARGV[base + 2]) and hits >= tonumber(ARGV[base + 3])
    and hits >= tonumber(ARGV[base + 4]) * accounts then
    local id = flags[i] or existing or ARGV[base + 5]
    redis.call('SET', KEYS[i] .. ':f', id, 'PX', flag_ttl)
    flags[i] = id
  end
  out[i] = { accounts, hits, flags[i] or '' }
end
return out
`;
