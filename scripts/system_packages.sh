# Sourced by test.sh: install the Debian packages the browser and cluster tests drive, when
# missing. Nothing is downloaded outside Debian's archive (no browser of Playwright's own).
ensure_system_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # nginx for the cluster tests (tests/support/nginx.py), run as an unprivileged master.
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing from Debian's packages for the browser and cluster tests: ${missing[*]} ..."
    local sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# Debian's PostgreSQL server binaries (/usr/lib/postgresql/<version>/bin): the store tests start
# a throwaway cluster from them (tests/support/postgres.py), on SQLite and PostgreSQL alike.
ensure_postgresql() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian's packages for the database tests ..."
    local sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
}
