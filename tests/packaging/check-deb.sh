#!/usr/bin/env bash
# Builds the .deb with CPack, checks its Debian dependencies, unpacks it into a fresh root and starts the console
# from there offscreen on a demo centre. Then, as root (CI) and when no dispatchdesk package is installed already,
# installs it for real with apt (which resolves its Depends against Debian's archive), starts the installed
# console, CLI and server, and removes it again. Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
info=$(dpkg-deb --info "$deb")
echo "$info" | grep -E '^ (Package|Version|Depends):'
for dep in libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 fonts-noto-cjk libphonenumber; do
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
echo "unpacked package starts: ok"

if [ "$(id -u)" -ne 0 ]; then
    echo "not root: apt installation skipped"
    exit 0
fi
if dpkg-query -W -f='${Status}' dispatchdesk 2>/dev/null | grep -q "install ok installed"; then
    echo "a dispatchdesk package is installed on this machine already: apt installation skipped (left as it is)"
    exit 0
fi
cp "$deb" "$work/dispatchdesk.deb"
chmod 644 "$work/dispatchdesk.deb"
chmod 755 "$work"
remove() { DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq dispatchdesk >/dev/null 2>&1 || true; rm -rf "$work"; }
trap remove EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$work/dispatchdesk.deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; echo "apt could not install the package"; exit 1; }
dpkg-query -W -f='${Status}\n' dispatchdesk | grep -q "install ok installed"
for f in /usr/bin/dispatchdesk /usr/bin/dispatchdesk-cli /usr/bin/dispatchdesk-server \
    /usr/share/applications/dispatchdesk.desktop; do
    test -e "$f" || { echo "not installed: $f"; exit 1; }
done
export XDG_DATA_HOME="$work/installed-data"
/usr/bin/dispatchdesk --demo --user u-disp --quit-after 1500
test -s "$work/installed-data/DispatchDesk/dispatchdesk/demo.sqlite"
/usr/bin/dispatchdesk-cli demo --db "$work/installed-cli.sqlite" | grep -q ' 0 rejected'
/usr/bin/dispatchdesk-server --help | grep -q -- '--set-password'
# The server loads the PostgreSQL driver (a connection refused, not a missing driver)
answer=$(/usr/bin/dispatchdesk-server --pg "host=127.0.0.1 port=1 dbname=none user=none" --port 0 2>&1 || true)
echo "$answer" | grep -q "Cannot connect to PostgreSQL" || { echo "server: $answer"; exit 1; }
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq dispatchdesk >/dev/null
test ! -e /usr/bin/dispatchdesk || { echo "removing left /usr/bin/dispatchdesk"; exit 1; }
echo "installed with apt, started, removed: ok"
