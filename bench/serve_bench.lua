-- wrk script for bench/serve_bench.sh: POSTs one prepared request body over and over.
-- FACTLINT_BENCH_BODY names the body file, FACTLINT_BENCH_TYPE its Content-Type.
local file = assert(io.open(os.getenv("FACTLINT_BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = os.getenv("FACTLINT_BENCH_TYPE")
