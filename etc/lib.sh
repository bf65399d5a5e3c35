# Shared helpers of etc/run and etc/test. Source it; do not run it.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NUGET_XMLDOC_MODE=skip

say() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

APT_UPDATED=""
apt_install() {
  # apt_install PKG... — installs Debian packages that are missing (we run as root on these machines).
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then say "apt-get update"; $sudo apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_postgres() {
  # The PostgreSQL server and contrib (unaccent, pg_trgm) from Debian's packages, when absent. Debian keeps the
  # server tools in /usr/lib/postgresql/<version>/bin; pg_config (libpq-dev) is not needed and may be missing.
  if ! pg_server_bin >/dev/null || ! ls /usr/share/postgresql/*/extension/unaccent.control >/dev/null 2>&1; then
    apt_install postgresql postgresql-contrib
  fi
  PG_BIN="$(pg_server_bin)" || die "no PostgreSQL server found after installing it"
  export PG_BIN
}

pg_server_bin() {
  # The newest installed server's bin folder (the one holding initdb).
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

ensure_chromium() {
  if [ -z "${CHROMIUM_PATH:-}" ]; then
    command -v chromium >/dev/null || apt_install chromium fonts-noto-core
    CHROMIUM_PATH="$(command -v chromium)"
  fi
  export CHROMIUM_PATH
}

free_port() {
  # free_port START — the first port from START on that nothing listens on.
  local p="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

pg_user_run() {
  # The server refuses to run as root: run its tools as the postgres user then.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_init_cluster() {
  # pg_init_cluster DIR PASSWORD — initdb with a superuser "investaid".
  local dir="$1" password="$2" pwfile
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  chmod 700 "$dir"
  pwfile="$(mktemp)"; printf '%s\n' "$password" > "$pwfile"; chmod 644 "$pwfile"
  pg_user_run "$PG_BIN/initdb" -D "$dir" -U investaid --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
    --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >/dev/null || { rm -f "$pwfile"; die "initdb failed in $dir"; }
  rm -f "$pwfile"
}

pg_start_cluster() {
  # pg_start_cluster DIR PORT [extra -c settings...]
  local dir="$1" port="$2"; shift 2
  local opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c max_connections=200"
  for o in "$@"; do opts="$opts -c $o"; done
  pg_user_run "$PG_BIN/pg_ctl" -D "$dir" -o "$opts" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || { cat "$dir/server.log" >&2 || true; die "PostgreSQL did not start (log above)"; }
}

pg_stop_cluster() {
  local dir="$1"
  [ -f "$dir/postmaster.pid" ] && pg_user_run "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

pg_dir_usable() {
  # Can the postgres user reach DIR's parent? (A clone under /root is not reachable by other users.)
  local parent; parent="$(dirname "$1")"
  mkdir -p "$parent"
  [ "$(id -u)" -ne 0 ] || runuser -u postgres -- test -x "$parent"
}

random_secret() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

ensure_node_modules() {
  # ensure_node_modules DIR — npm ci when the lockfile changed since the last install.
  local dir="$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $dir"
  fi
}

wait_http() {
  # wait_http URL SECONDS — until URL answers 200.
  local url="$1" limit="$2" i=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    i=$((i + 1)); [ "$i" -ge $((limit * 5)) ] && return 1; sleep 0.2
  done
}
