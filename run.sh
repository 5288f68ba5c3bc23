#!/usr/bin/env bash
# Builds the whole system and starts it as a DEMO: Karaf with every module, embedded Derby,
# the demo district, and the web console. Ctrl-D or "shutdown" in the Karaf console stops it;
# started without a terminal it runs as a server (no console) and bin/stop stops it.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q install -DskipTests

home=karaf-assembly/target/assembly
# a newcomer's start: the demo district and its demo accounts (password Xueji-demo-2026, usable only
# while the console listens on 127.0.0.1). A real installation is started without this step
# (README, "A real installation").
sh "$home/bin/enable-demo"
port=$(sed -n 's/^port *= *//p' "$home/etc/org.xueji.ui.shell.cfg")
host=$(sed -n 's/^host *= *//p' "$home/etc/org.xueji.ui.shell.cfg")
url="http://${host:-127.0.0.1}:${port:-8181}/"

# print the address once the console answers (the first start also loads the demo data)
(
  for _ in $(seq 1 180); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      printf '\n\n  学籍管理平台 web console / Web console: %s\n  (演示数据在首次启动时加载 / demo data loads on first start)\n\n' "$url"
      exit 0
    fi
    sleep 1
  done
  printf '\n  The web console did not answer at %s; see %s/data/log/karaf.log\n' "$url" "$home"
) &

printf '  Karaf log / 日志: %s/data/log/karaf.log\n' "$home"
if [ -t 0 ]; then
  # a terminal: Karaf's console (Ctrl-D or "shutdown" stops the system)
  exec "$home/bin/karaf"
fi
# no terminal (a script, nohup, CI, `./run.sh < /dev/null`): the console would read end-of-file and
# shut Karaf down at once, so run it as a server without a console; stop it with bin/stop
printf '  No terminal: Karaf runs without its console; stop it with %s/bin/stop\n' "$home"
exec "$home/bin/karaf" server
