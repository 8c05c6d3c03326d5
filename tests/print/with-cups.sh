#!/usr/bin/env bash
# with-cups.sh PROGRAM [ARGS]: runs the print tests against a private CUPS (start-cups.sh) in a temporary folder,
# and stops it afterwards. Where CUPS cannot start here, says why and exits 77: CTest reports the test skipped,
# never passed.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d /tmp/dd-cups.XXXXXX)
stop() {
    if [ -f "$dir/cupsd.pid" ]; then
        kill "$(cat "$dir/cupsd.pid")" 2>/dev/null
        for _ in $(seq 1 40); do kill -0 "$(cat "$dir/cupsd.pid")" 2>/dev/null || break; sleep 0.05; done
    fi
    rm -rf "$dir"
}
trap stop EXIT
if ! bash "$here/start-cups.sh" "$dir" >"$dir/start.log" 2>&1; then
    echo "SKIPPED: a print queue could not be started on this machine: $(tail -n 3 "$dir/start.log")"
    exit 77
fi
# shellcheck disable=SC1091
source "$dir/env.sh"
export CUPS_SERVER CUPS_QUEUE CUPS_PDF_OUT
export XDG_CONFIG_HOME=$dir/config # the forms' remembered printers, this run's own
"$@"
