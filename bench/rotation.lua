-- Soak rotation: cycles through the paths given after "--", each once with "Accept-Encoding: br, gzip"
-- and once without, and counts every response status. Prints "STATUS <code> <count>" lines at the end.
local requests, i = {}, 0
counts = {}  -- global: done() reads it from each thread with thread:get
local threads = {}

function setup(thread) table.insert(threads, thread) end

function init(args)
  for _, path in ipairs(args) do
    table.insert(requests, wrk.format("GET", path, { ["Accept-Encoding"] = "br, gzip" }))
    table.insert(requests, wrk.format("GET", path))
  end
end

function request()
  i = i % #requests + 1
  return requests[i]
end

function response(status) counts[status] = (counts[status] or 0) + 1 end

function done()
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do total[status] = (total[status] or 0) + n end
  end
  for status, n in pairs(total) do io.write(string.format("STATUS %d %d\n", status, n)) end
end
