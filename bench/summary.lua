-- Adds one machine-readable line to wrk's output; no request/response hooks, so wrk runs at full speed.
-- RESULT <requests/s> <p50 ms> <p99 ms> <socket errors> <responses with status >= 400> <requests>
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.0f %.3f %.3f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status, summary.requests))
end
