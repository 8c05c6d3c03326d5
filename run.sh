#!/usr/bin/env bash
# Installs what is missing, builds (Release) and opens the Dispatch Desk console.
#   ./run.sh            your desk database in the user's data folder (created on first start)
#   ./run.sh --demo     a fresh demo service centre
# Other options are passed to the console (--db PATH, --user ID, --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh
install_deps
cmake -S . -B build/run -G Ninja -DCMAKE_BUILD_TYPE=Release -DDISPATCH_BUILD_TESTS=OFF >/dev/null
cmake --build build/run
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" ./build/run/app/dispatchdesk "$@"
fi
exec ./build/run/app/dispatchdesk "$@"
