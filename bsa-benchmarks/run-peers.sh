#!/usr/bin/env bash
# The quiet-machine run behind the ratio table of docs/performance.md: every parse path against its
# peers in one JMH run, the parallel scaling, then the table, the machine and the load average.
# Run it alone on the machine (no other builds). About 14 minutes on 2 cores.
#   ./mvnw -B -ntp -pl bsa-benchmarks -am package -DskipTests && bsa-benchmarks/run-peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bsa-benchmarks/target/peers.json}
cmd=(java -jar bsa-benchmarks/target/benchmarks.jar
  'CsvParseBenchmark|Mt940ParseBenchmark|OfxParseBenchmark|PdfParseBenchmark|CamtParseBenchmark'
  -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "${out%.json}-parsers.json")
# The parallel scaling keeps its own long warm-up (12 x 5 s): each thread count runs in a fresh
# fork, and a short warm-up measures the JIT competing with the second thread (ADR 0290).
parallel=(java -jar bsa-benchmarks/target/benchmarks.jar ParallelParseBenchmark
  -rf json -rff "${out%.json}-parallel.json")
before=$(cut -d' ' -f1-3 /proc/loadavg)
"${cmd[@]}" >"${out%.json}.log"
"${parallel[@]}" >>"${out%.json}.log"
python3 -c 'import json, sys; json.dump(sum((json.load(open(f)) for f in sys.argv[2:]), []), open(sys.argv[1], "w"), indent=1)' \
  "$out" "${out%.json}-parsers.json" "${out%.json}-parallel.json"
after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM;" \
  "$(java -version 2>&1 | head -1); JMH 1.37; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Load average (1, 5, 15 min): before $before, after $after"
echo "Command: ${cmd[*]}; ${parallel[*]}"
echo
python3 bsa-benchmarks/ratios.py "$out"
