#!/usr/bin/env bash
# Builds the .deb with CPack, checks its Debian dependencies, unpacks it into a fresh root and starts the console
# from there offscreen on a demo centre. Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
info=$(dpkg-deb --info "$deb")
echo "$info" | grep -E '^ (Package|Version|Depends):'
for dep in libqt6widgets6 libqt6sql6-sqlite libqt6svg6 fonts-noto-cjk libphonenumber; do
    echo "$info" | grep -q "Depends:.*$dep" || { echo "missing dependency $dep"; exit 1; }
done
dpkg-deb --contents "$deb" >"$work/contents"
grep -q 'usr/bin/dispatchdesk$' "$work/contents" || { echo "no console binary"; exit 1; }
grep -q 'usr/share/applications/dispatchdesk.desktop' "$work/contents" || { echo "no .desktop"; exit 1; }
dpkg-deb -x "$deb" "$work/root"
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/data"
"$work/root/usr/bin/dispatchdesk" --demo --user u-disp --quit-after 1500
test -s "$work/data/DispatchDesk/dispatchdesk/demo.sqlite"
"$work/root/usr/bin/dispatchdesk-cli" demo --db "$work/cli.sqlite" >"$work/cli.log"
grep -q ' 0 rejected' "$work/cli.log"
echo "installed package starts: ok"
