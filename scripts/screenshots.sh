#!/usr/bin/env bash
# Renders the user guide's pictures from the demo centre into docs/screenshots/: every workspace as the role that
# works in it, in English and in Chinese, and the fee schedule card. Runs the console offscreen (no display needed)
# with its data and settings in a temporary folder, so your own desk and language choice are left alone.
#
#   scripts/screenshots.sh [path/to/dispatchdesk]      (default: build/release/app/dispatchdesk, as test.sh builds)
set -euo pipefail
cd "$(dirname "$0")/.."
console=${1:-build/release/app/dispatchdesk}
[ -x "$console" ] || { echo "No console at $console: build first (./test.sh or cmake --build)" >&2; exit 1; }
out=docs/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -m 700 -p "$tmp/run"
# The demo is a Beijing centre: its clock and countdowns read in China time wherever the script runs
export TZ=Asia/Shanghai

shot() { # name user workspace lang
    local name=$1 user=$2 workspace=$3 lang=$4 suffix=""
    [ "$lang" = en ] || suffix="-$lang"
    "$console" --demo --user "$user" --lang "$lang" --workspace "$workspace" \
        --screenshot "$out/$name$suffix.png" 2>"$tmp/log" || { cat "$tmp/log" >&2; exit 1; }
    echo "$out/$name$suffix.png"
}

for lang in en zh_CN; do
    shot intake u-clerk intake "$lang"
    shot board u-disp dispatch "$lang"
    shot callbacks u-sup callbacks "$lang"
    shot complaints u-sup complaints "$lang"
    shot reports u-sup reports "$lang"
    for page in users technicians zones categories fees settings; do
        shot "admin-$page" u-admin "admin:$page" "$lang"
    done
done
# What a clerk sees in the admin workspace: the core's refusal, said upfront
shot admin-as-clerk u-clerk admin:fees en

# The fee schedule card, first page, as technicians show it
"$console" --demo --lang zh_CN --fee-card-pdf --pdf "$tmp/fee-card.pdf"
pdftoppm -r 80 -png -singlefile "$tmp/fee-card.pdf" "$out/fee-card"
echo "$out/fee-card.png"
