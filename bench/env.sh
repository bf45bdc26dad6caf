# Shared settings of the benchmark scripts (sourced, not run).
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
WORK="${BENCH_WORK:-$BENCH_DIR/work}"
PORT="${BENCH_PORT:-8090}"
DB_PORT="${BENCH_DB_PORT:-13406}"
BASE="http://127.0.0.1:$PORT"
JAR="${BENCH_JAR:-$ROOT/platform-app/target/platform-app-0.1.0-SNAPSHOT.jar}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# The embedded server's own client, from the folder it was unpacked into, over TCP on loopback (the server
# has no TLS there, which MariaDB 11.4+ clients otherwise insist on when a password is sent).
mariadb_client() {
  local password_file="$WORK/data/password"
  local password=""
  [ -f "$password_file" ] && password="$(cat "$password_file")"
  "$WORK/data/base/bin/mariadb" --skip-ssl --protocol=TCP -h 127.0.0.1 -P "$DB_PORT" -u "${BENCH_DB_USER:-cpp}" \
    ${password:+-p"$password"} -N -B "$@"
}

wait_ready() {
  local started=$1 limit=${2:-1800}
  while true; do
    if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then
      echo "ready after $(python3 -c "import time; print('%.1f' % (time.time() - $started))") s"
      return 0
    fi
    if ! kill -0 "$(cat "$WORK/app.pid" 2>/dev/null)" 2>/dev/null; then
      echo "the platform stopped; see $WORK/app.log" >&2
      return 1
    fi
    if python3 -c "import sys, time; sys.exit(0 if time.time() - $started > $limit else 1)"; then
      echo "not ready after $limit s; see $WORK/app.log" >&2
      return 1
    fi
    sleep 0.2
  done
}
