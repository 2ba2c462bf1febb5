#!/usr/bin/env bash
# The quiet-machine run behind the ratio table of docs/performance.md: every parse path against its
# peers in one JMH run, the parallel scaling, then the table, the machine and the load average.
# Run it alone on the machine (no other builds). About 12 minutes on 2 cores.
#   ./mvnw -B -ntp -pl bsa-benchmarks -am package -DskipTests && bsa-benchmarks/run-peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bsa-benchmarks/target/peers.json}
cmd=(java -jar bsa-benchmarks/target/benchmarks.jar
  'CsvParseBenchmark|Mt940ParseBenchmark|OfxParseBenchmark|PdfParseBenchmark|CamtParseBenchmark|ParallelParseBenchmark'
  -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "$out")
before=$(cut -d' ' -f1-3 /proc/loadavg)
"${cmd[@]}" >"${out%.json}.log"
after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM;" \
  "$(java -version 2>&1 | head -1); JMH 1.37; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Load average (1, 5, 15 min): before $before, after $after"
echo "Command: ${cmd[*]}"
echo
python3 bsa-benchmarks/ratios.py "$out"
