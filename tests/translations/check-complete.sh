#!/usr/bin/env bash
# Every user-visible string of core/ and ui/ is in the zh_CN translation, finished: runs lupdate on the sources into a
# copy of the .ts and fails on any message it had to add or that is still unfinished. Usage: LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/dispatchdesk_zh_CN.ts" "$work/check.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h "$src/core" "$src/ui" "$src/app/console" -ts "$work/check.ts" >/dev/null 2>&1
if grep -n -B3 'type="unfinished"' "$work/check.ts" | grep '<source>'; then
    echo "the strings above have no finished Chinese translation (ninja update_translations, then translate)"
    exit 1
fi
echo "zh_CN complete: $(grep -c '<message' "$work/check.ts") messages"
