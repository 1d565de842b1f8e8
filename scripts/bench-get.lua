-- wrk script of the benchmark suite (scripts/bench-all.sh): GET /api/datasets/{id} as JSON for
-- random public datasets, their ids read from the file named by BENCH_IDS, one a line. When done
-- it prints its figures and appends them to the suite's report (BENCH_REPORT, BENCH_SIZE,
-- BENCH_ENGINE); any error or answer other than 2xx fails the run, so that fast failures are
-- never counted as answers.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  ids[#ids + 1] = line
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init(args)
  math.randomseed(seed or 1)
end

function request()
  return wrk.format("GET", "/api/datasets/" .. ids[math.random(#ids)], { Accept = "application/json" })
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local rps = summary.requests / (summary.duration / 1e6)
  local p50, p99 = latency:percentile(50) / 1000, latency:percentile(99) / 1000
  io.write(string.format("dataset GET: %d requests, %d errors, %.0f requests/s, p50 %.2f ms, p99 %.2f ms\n",
    summary.requests, errors, rps, p50, p99))
  if errors > 0 then
    io.stderr:write("dataset GET: some requests failed or answered other than 2xx\n")
    os.exit(1)
  end
  local report = os.getenv("BENCH_REPORT")
  if report and report ~= "" then
    local f = assert(io.open(report, "a"))
    local key = os.getenv("BENCH_SIZE") .. "\t" .. os.getenv("BENCH_ENGINE")
    f:write(string.format("dataset GET, 8 connections\t%s\t%.2f\trequests/s\n", key, rps))
    f:write(string.format("dataset GET, 8 connections, p99\t%s\t%.2f\tms\n", key, p99))
    f:close()
  end
end
