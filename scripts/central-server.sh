#!/usr/bin/env bash
# The central server on this machine with Debian's PostgreSQL 15, in one command: installs what is missing, builds
# dispatchdesk-server, starts PostgreSQL's main cluster if it is down (containers do not start it), creates the
# dispatchdesk database once, then runs the server as the postgres user with the options given:
#   scripts/central-server.sh --set-password admin --role admin      the first administrator (asks for the password)
#   scripts/central-server.sh --set-password u-disp                  a desk login, once per user (--outlet N: its outlet)
#   scripts/central-server.sh --listen 0.0.0.0                       the server, for every desk of the network (port 8470)
#   scripts/central-server.sh --listen 0.0.0.0 --certificate c.pem --key k.pem      the same over HTTPS
# Any other option of dispatchdesk-server --help works too (--config FILE, --port N, --token-seconds S).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_deps
cmake -S . -B build/run -G Ninja -DCMAKE_BUILD_TYPE=Release -DDISPATCH_BUILD_TESTS=OFF >/dev/null
cmake --build build/run --target dispatchdesk-server >/dev/null
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
as_postgres() { $sudo runuser -u postgres -- "$@"; }
if ! pg_lsclusters -h | awk '$1 == "15" && $2 == "main" { print $4 }' | grep -q online; then
    echo "Starting PostgreSQL 15 (cluster main)"
    $sudo pg_ctlcluster 15 main start
fi
if ! as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'dispatchdesk'" | grep -q 1; then
    echo "Creating the database dispatchdesk"
    as_postgres createdb dispatchdesk
fi
server=$(pwd)/build/run/app/dispatchdesk-server
exec $sudo runuser -u postgres -- "$server" --pg "host=/var/run/postgresql dbname=dispatchdesk user=postgres" "$@"
