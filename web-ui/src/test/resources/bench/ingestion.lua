-- The partner load for wrk (IngestionBenchmark): each connection sends batches of complete responses, each with a
-- fresh invitation code and a fresh UUID, over HTTP Basic. The codes are split between wrk's threads, so no code is
-- sent twice. Arguments after --: codes file, first code, how many codes, batch size, threads, answers file, run
-- number (keeps ids of different runs apart), Authorization header.
local count = 0

function setup(thread)
  thread:set("tid", count)
  count = count + 1
end

function init(args)
  local first, many = tonumber(args[2]), tonumber(args[3])
  batch, threads, run = tonumber(args[4]), tonumber(args[5]), tonumber(args[7])
  codes = {}
  local i = 0
  for line in io.lines(args[1]) do
    if i >= first and i < first + many and (i - first) % threads == tid then
      codes[#codes + 1] = line
    end
    i = i + 1
  end
  answers = {}
  for line in io.lines(args[6]) do
    answers[#answers + 1] = line
  end
  taken = 0
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = args[8] }
end

function request()
  local items = {}
  for k = 1, batch do
    taken = taken + 1
    -- Past the last code the item is refused (a malformed code) and the benchmark reports it.
    local code = codes[taken] or "RAN-OUT"
    items[k] = '{"id":"' .. string.format("%08x-%04x-4000-8000-%012x", run, tid, taken) .. '","code":"' .. code
        .. '","answers":' .. answers[(taken % #answers) + 1] .. '}'
  end
  return wrk.format("POST", nil, headers, '{"responses":[' .. table.concat(items, ",") .. ']}')
end
