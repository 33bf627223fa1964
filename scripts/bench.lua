-- wrk script of `make bench`: cycles through the addresses listed in $BENCH_PATHS, sends $BENCH_COOKIE
-- when set (a signed-in reader), and prints one JSON line of results.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end
local cookie = os.getenv("BENCH_COOKIE") or ""
local position = 0

request = function()
  position = position % #paths + 1
  local headers = {}
  if cookie ~= "" then
    headers["Cookie"] = cookie
  end
  return wrk.format("GET", paths[position], headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "socket_errors": %d, "status_errors": %d, ' ..
    '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, ' ..
    '"p50_us": %d, "p95_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    errors.connect, errors.read, errors.write, errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
