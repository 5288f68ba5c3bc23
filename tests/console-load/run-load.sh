#!/usr/bin/env bash
# Console load test, one command: unpacks the built distribution into a scratch folder, puts it on
# the load-test ports, starts it with the demo district, creates the load accounts, runs the driver
# for each user count, stops Karaf and deletes the scratch folder.
#
#   tests/console-load/run-load.sh [USERS ...]        (default: 50 100 200)
#
# Environment (all optional):
#   LOAD_ASSEMBLY   the distribution tar.gz (default: karaf-assembly/target/xueji-assembly-0.1.0-SNAPSHOT.tar.gz)
#   LOAD_DIR        scratch folder, outside the repository (default: /work/load-run)
#   LOAD_DURATION   measured seconds per run after the ramp-up (default: 240)
#   LOAD_RAMPUP     ramp-up seconds (default: 60)
#   LOAD_ACCOUNTS   accounts to create (default: the largest USERS)
#   LOAD_HEAP       Karaf's -Xmx (default: 1024M, the heap budget of the goal)
#   LOAD_KEEP=1     leave Karaf running and the folder in place (to look at it afterwards)
#   LOAD_POOL_MAX   TEST-ONLY: jdbc.pool.maxTotal of the data source (shipped: 64, with the console running at
#                   most 16 requests at once). The first runs found the console deadlocked on the old pool of
#                   16 (BENCHMARKS.md, "Web console under load"); this setting was how they measured past it.
#   LOAD_DRIVER_OPTS more -Dload.* settings of the driver, e.g. "-Dload.loginEvery=0 -Dload.thinkMax=5000"
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
users=(50 100 200)
case "${1:-}" in --setup|--stop|'') ;; *) users=("$@") ;; esac
assembly="${LOAD_ASSEMBLY:-$repo/karaf-assembly/target/xueji-assembly-0.1.0-SNAPSHOT.tar.gz}"
dir="${LOAD_DIR:-/work/load-run}"
duration="${LOAD_DURATION:-240}"
rampup="${LOAD_RAMPUP:-60}"
max_users=$(printf '%s\n' "${users[@]}" | sort -n | tail -1)
accounts="${LOAD_ACCOUNTS:-$max_users}"
# the load-test ports: never the product's (8181/8101/1099/44444) nor the e2e tests' (18181/...)
http_port=18381 ssh_port=18301 rmi_registry_port=11399 rmi_server_port=44745

trap 'echo "[run-load] failed at line $LINENO: $BASH_COMMAND" >&2' ERR

log() { printf '[run-load %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

set_prop() { # file key value: replace the active line of key or append one (Karaf .cfg format)
  local file=$1 key=$2 value=$3
  touch "$file"
  if grep -qE "^\s*${key}\s*[=:]" "$file"; then
    sed -i -E "s|^\s*${key}\s*[=:].*$|${key} = ${value}|" "$file"
  else
    printf '%s = %s\n' "$key" "$value" >>"$file"
  fi
}

karaf_ssh() { # one shell command as the load operator (key login, Karaf admin group)
  ssh -p "$ssh_port" -i "$dir/ssh/load_rsa" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
    -o BatchMode=yes -o IdentitiesOnly=yes -o LogLevel=ERROR -o ConnectTimeout=10 -F /dev/null \
    load@127.0.0.1 "$@"
}

setup() {
  [ -f "$assembly" ] || { echo "No distribution at $assembly (build it, or set LOAD_ASSEMBLY)" >&2; exit 1; }
  for p in $http_port $ssh_port $rmi_registry_port $rmi_server_port; do
    if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo "Port $p is in use" >&2; exit 1; fi
  done
  rm -rf "$dir"; mkdir -p "$dir"
  # a private copy: the shared build may be replaced while this runs
  cp "$assembly" "$dir/assembly.tar.gz"
  tar -xzf "$dir/assembly.tar.gz" -C "$dir"
  home=$(dirname "$(ls -d "$dir"/*/bin/start)"); home=$(dirname "$home")
  echo "$home" >"$dir/home"
  sh "$home/bin/enable-demo"
  local etc=$home/etc
  set_prop "$etc/org.xueji.ui.shell.cfg" port $http_port
  set_prop "$etc/org.xueji.ui.shell.cfg" host 127.0.0.1
  # TEST-ONLY: every virtual user logs in from 127.0.0.1; the product default (20 logins a minute per
  # address, a wait after 3 failures per address) would throttle the load itself, not the console
  set_prop "$etc/org.xueji.ui.shell.cfg" loginAttemptsPerMinute 100000
  set_prop "$etc/org.xueji.security.cfg" addressFailuresBeforeWait 100000
  if [ -n "${LOAD_POOL_MAX:-}" ]; then
    # TEST-ONLY, see the header
    set_prop "$etc/org.ops4j.datasource-xueji.cfg" jdbc.pool.maxTotal "$LOAD_POOL_MAX"
    log "TEST-ONLY: jdbc.pool.maxTotal = $LOAD_POOL_MAX"
  fi
  set_prop "$etc/org.apache.karaf.shell.cfg" sshPort $ssh_port
  set_prop "$etc/org.apache.karaf.shell.cfg" sshHost 127.0.0.1
  set_prop "$etc/org.apache.karaf.management.cfg" rmiRegistryPort $rmi_registry_port
  set_prop "$etc/org.apache.karaf.management.cfg" rmiServerPort $rmi_server_port
  # an operator key for the shell (Karaf's etc/keys.properties: USER=KEY,_g_:admingroup)
  mkdir -p "$dir/ssh"
  ssh-keygen -q -t rsa -b 2048 -N '' -C xueji-load -f "$dir/ssh/load_rsa"
  printf 'load=%s,_g_:admingroup\n' "$(cut -d' ' -f2 "$dir/ssh/load_rsa.pub")" >>"$etc/keys.properties"

  log "starting Karaf in $home (-Xmx ${LOAD_HEAP:-1024M})"
  # Karaf 4.4 reads no JAVA_MAX_MEM any more; EXTRA_JAVA_OPTS is appended to its JVM options
  EXTRA_JAVA_OPTS="-Xmx${LOAD_HEAP:-1024M} ${EXTRA_JAVA_OPTS:-}" "$home/bin/start"
  local url="http://127.0.0.1:$http_port/"
  for _ in $(seq 1 300); do
    if grep -q 'Demo data: 演示账号已就绪' "$home/data/log/karaf.log" 2>/dev/null \
        && curl -fsS -o /dev/null "$url" 2>/dev/null; then
      break
    fi
    sleep 2
  done
  grep -q 'Demo data: 已加载' "$home/data/log/karaf.log" || { echo "demo data not loaded" >&2; exit 1; }
  for _ in $(seq 1 60); do
    karaf_ssh 'xueji:account-add --help' >/dev/null 2>&1 && break
    sleep 2
  done
  log "console up at $url"
}

stop_karaf() {
  local home; home=$(cat "$dir/home")
  "$home/bin/stop" || true
  for _ in $(seq 1 60); do
    pgrep -f "karaf.base=$home" >/dev/null || break
    sleep 1
  done
}

home_dir() { cat "$dir/home"; }

main() {
  setup
  local home; home=$(home_dir)
  # Karaf is stopped and the folder deleted however the runs end (unless LOAD_KEEP=1)
  trap cleanup EXIT
  # compile first: a fresh clone has no target/classes (exec:java alone does not build)
  local driver=(mvn -B -q -f "$here/pom.xml" compile exec:java -Dload.url="http://127.0.0.1:$http_port/")
  # the accounts: made in the shell, then each logs in once and sets its password (first-login change)
  "$here/make-accounts.sh" "$accounts"
  "${driver[@]}" -Dload.mode=prepare -Dload.accounts="$dir/accounts.csv"
  for n in "${users[@]}"; do
    log "uptime before $n users: $(uptime)"
    # shellcheck disable=SC2086
    "${driver[@]}" ${LOAD_DRIVER_OPTS:-} -Dload.mode=run -Dload.accounts="$dir/accounts.csv" -Dload.users="$n" \
      -Dload.rampUp="$rampup" -Dload.duration="$duration" -Dload.karafHome="$home"
  done
  log "done; the reports are in $here/target/console-load-*-users.md"
}

cleanup() {
  if [ "${LOAD_KEEP:-0}" != 1 ]; then
    log "stopping Karaf and deleting $dir"
    stop_karaf
    rm -rf "$dir"
  fi
}

case "${1:-}" in
  --setup) setup ;;   # only unpack, configure and start (for development of the driver)
  --stop) stop_karaf ;;
  *) main ;;
esac
