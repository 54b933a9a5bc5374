#!/usr/bin/env bash
# The capacity benchmarks of BENCHMARKS.md (issue 14) against one production jar, on a fresh data folder:
#   benchmarks/capacity.sh <jar> <label> [deadline-day seconds, default 600]
# Needs: a JDK 17 (java, jcmd), node with `npm install` done in benchmarks/, /usr/bin/chromium, the MariaDB JDBC driver
# in the local Maven repository (./mvnw has fetched it). Prints BENCHMARK/MEMORY lines; the app's log is in the run folder.
set -euo pipefail
jar=$(realpath "$1"); label=$2; seconds=${3:-600}
here=$(cd "$(dirname "$0")" && pwd)
driver=$(ls ~/.m2/repository/org/mariadb/jdbc/mariadb-java-client/*/mariadb-java-client-*.jar | tail -1)
run=$(mktemp -d /tmp/oj-capacity-XXXX); port=${PORT:-8301}
echo "== $label: $jar in $run, port $port"
cd "$run"
PORT=$port nohup java -jar "$jar" > app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://localhost:$port/login"; do sleep 0.5; done
base=http://localhost:$port
jdbc="jdbc:mariadb://127.0.0.1:$(cat data/mariadb.port)/fou"
auth=basic
cd "$here"
echo "-- memory per session, the demo region's results (8 municipalities × 35 indicators), 20 sessions of FoU"
node session-memory.mjs --base $base --pid $pid --sessions 20 --path cycles/1/results --first-cell "$(curl -s -u fou:demo1234 $base/api/v1/cycles/1/results | grep -o '"code":"[^"]*"' | head -1 | cut -d'"' -f4)" --user fou --users 1
java -cp "$driver" Load.java seed --jdbc "$jdbc" --users 200 | tee /tmp/seed.out
grep -q "tokens true" /tmp/seed.out && auth=token
national=$(sed -n 's/.*national cycle \([0-9]*\).*/\1/p' /tmp/seed.out)
java -cp "$driver" Load.java import-national --jdbc "$jdbc" --base $base --cycle "$national"
echo "-- the national cycle's results (290 × 60), 20 sessions of FoU users"
node session-memory.mjs --base $base --pid $pid --sessions 20 --path cycles/$national/results --first-cell NL01 --user lastfou%02d
echo "-- the demo region's 2018 results after 282 municipalities joined the region in 2026"
node session-memory.mjs --base $base --pid $pid --sessions 5 --path cycles/1/results --first-cell "$(curl -s -u fou:demo1234 $base/api/v1/cycles/1/results | grep -o '"code":"[^"]*"' | head -1 | cut -d'"' -f4)" --user lastfou%02d
echo "-- 1 and 20 API clients, Basic$( [ $auth = token ] && echo ' and token')"
java Load.java api --base $base --clients 1 --seconds 30 --auth basic
java Load.java api --base $base --clients 20 --seconds 60 --auth basic
if [ $auth = token ]; then
  java Load.java api --base $base --clients 1 --seconds 30 --auth token
  java Load.java api --base $base --clients 20 --seconds 60 --auth token
fi
echo "-- deadline day, 200 users, $seconds s, $auth"
java Load.java deadline-day --base $base --users 200 --seconds "$seconds" --auth $auth --pid $pid
kill $pid; wait $pid 2>/dev/null || true
