-- wrk script for the benchmark's workloads (BENCH_WORKLOAD: floor, dashboard or mixed), spread over every council in
-- BENCH_TARGETS (written by `bench.py prepare`), each request with that council's officer token.
dofile(os.getenv("BENCH_TARGETS"))
local workload = os.getenv("BENCH_WORKLOAD") or "mixed"

local function pick(list)
  return list[math.random(#list)]
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

local function get(target, path)
  return wrk.format("GET", "/api/councils/" .. target.slug .. path,
    { ["Authorization"] = "Bearer " .. target.token, ["Accept"] = "application/json" })
end

function request()
  local target = pick(targets)
  if workload == "floor" then
    return get(target, "")
  elseif workload == "dashboard" then
    return get(target, "/dashboard")
  end
  local roll = math.random(1000)
  if roll <= 100 then
    local body = '{"narrative":"Benchmark progress update","status":"ON_TRACK","percentComplete":'
      .. math.random(0, 99) .. '}'
    return wrk.format("POST", "/api/councils/" .. target.slug .. "/actions/" .. pick(target.actions) .. "/progress",
      { ["Authorization"] = "Bearer " .. target.token, ["Content-Type"] = "application/json",
        ["Accept"] = "application/json" }, body)
  elseif roll <= 325 then
    return get(target, "/dashboard")
  elseif roll <= 550 then
    return get(target, "/action-plans/" .. target.plan .. "/actions")
  elseif roll <= 775 then
    return get(target, "/actions/" .. pick(target.actions))
  end
  return get(target, "/indicators")
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format('BENCH_RESULT {"rps": %.1f, "p50": %d, "p99": %d, "errors": %d, "requests": %d}\n',
    summary.requests / (summary.duration / 1000000), latency:percentile(50), latency:percentile(99), errors,
    summary.requests))
end
