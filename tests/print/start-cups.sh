#!/usr/bin/env bash
# start-cups.sh DIR: a private CUPS scheduler for the print tests. Its configuration, spool, cache, state and logs
# live in DIR; it listens only on the unix socket DIR/cups.sock; it never touches the system's CUPS. A cups-pdf
# queue "DeskPDF" (Debian printer-driver-cups-pdf) writes each job as a PDF into DIR/pdf-out. Prints the variables
# a test needs (also in DIR/env.sh). Needs root: the cups-pdf backend runs only as root.
set -euo pipefail
die() { echo "start-cups.sh: $*" >&2; exit 1; }
[ $# -eq 1 ] || die "usage: $0 DIR"
[ "$(id -u)" = 0 ] || die "the cups-pdf print queue needs root, and this test runs as $(id -un)"
command -v cupsd >/dev/null || die "cupsd is not installed (Debian package cups)"
[ -x /usr/lib/cups/backend/cups-pdf ] || die "the cups-pdf backend is missing (Debian printer-driver-cups-pdf)"
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
[ -r "$ppd" ] || die "the cups-pdf PPD is missing ($ppd)"

D=$(realpath -m -- "$1")
case "$D" in *[[:space:]]*|*'"'*|*\\*) die "DIR must not contain spaces or quotes: $D" ;; esac
SOCK=$D/cups.sock
[ ${#SOCK} -lt 100 ] || die "socket path too long: $SOCK"
# cups-pdf crashes when it must create a directory given by a relative path: make them all first
mkdir -p "$D"/{conf/ppd,conf/ssl,spool/tmp,cache,state,log,pdf-out,cups-pdf-spool,gs-tmp}
# Filters run as user lp: it must reach DIR (and its parents, temp folders only)
chmod 0711 "$D"
p=$(dirname "$D")
while [ "$p" != / ]; do
    if ! runuser -u lp -- test -x "$p" 2>/dev/null; then
        case "$p/" in
        /tmp/?* | /var/tmp/?*) chmod o+x "$p" ;;
        *) die "user lp cannot enter $p (a parent of $D); use a folder under /tmp" ;;
        esac
    fi
    p=$(dirname "$p")
done
chmod 1777 "$D/pdf-out" "$D/gs-tmp"

cat >"$D/conf/cups-files.conf" <<CONF
ServerRoot $D/conf
ServerKeychain $D/conf/ssl
RequestRoot $D/spool
TempDir $D/spool/tmp
CacheDir $D/cache
StateDir $D/state
DataDir /usr/share/cups
ServerBin /usr/lib/cups
DocumentRoot /usr/share/cups/doc-root
AccessLog $D/log/access_log
ErrorLog $D/log/error_log
PageLog $D/log/page_log
Printcap $D/state/printcap
User lp
Group lp
SystemGroup root
LogFileGroup root
FileDevice No
FatalErrors config
CONF
cat >"$D/conf/cupsd.conf" <<CONF
Listen $SOCK
LogLevel info
Browsing No
BrowseLocalProtocols none
WebInterface No
DefaultEncryption Never
DefaultAuthType None
DefaultPolicy open
JobRetryInterval 1
PreserveJobHistory Yes
PreserveJobFiles No
<Location />
  Order deny,allow
  Deny all
  Allow localhost
</Location>
<Policy open>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cupsd -t -c "$D/conf/cupsd.conf" -s "$D/conf/cups-files.conf" >"$D/log/cupsd-t.out" 2>&1 ||
    { cat "$D/log/cupsd-t.out" >&2; die "the private CUPS configuration was refused"; }

# Started from DIR: cupsd does not change directory, so the relative cups-pdf paths below resolve inside DIR.
# No system bus: this scheduler registers nothing with the host's desktop services.
cd "$D"
DBUS_SYSTEM_BUS_ADDRESS=unix:path=$D/no-system-bus \
    setsid cupsd -f -c "$D/conf/cupsd.conf" -s "$D/conf/cups-files.conf" </dev/null >"$D/log/cupsd.stdout" 2>&1 &
PID=$!
echo "$PID" >"$D/cupsd.pid"
up=0
for _ in $(seq 1 200); do
    if [ -S "$SOCK" ] && lpstat -h "$SOCK" -r 2>/dev/null | grep -q 'scheduler is running'; then up=1; break; fi
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.05
done
[ $up = 1 ] || { tail -20 "$D/log/error_log" >&2 2>/dev/null; kill "$PID" 2>/dev/null; die "the private cupsd did not start"; }

# The queue's own PPD: job_<id>-<title>.pdf, readable output, and cups-pdf's folders as relative paths (libcups
# cuts a PPD default at its first '/'), which override /etc/cups/cups-pdf.conf
sed -e 's/^\*DefaultLabel: .*/*DefaultLabel: 1/' -e 's/^\*DefaultTitlePref: .*/*DefaultTitlePref: 1/' \
    -e 's/^\*DefaultPDFVer: .*/*DefaultPDFVer: 1.4/' "$ppd" >"$D/DeskPDF.ppd"
cat >>"$D/DeskPDF.ppd" <<'PPD'

*OpenUI *UserUMask/Output umask: PickOne
*OrderDependency: 100 AnySetup *UserUMask
*DefaultUserUMask: 0022
*UserUMask 0022/0022: ""
*CloseUI: *UserUMask
*OpenUI *Out/Output directory: PickOne
*OrderDependency: 100 AnySetup *Out
*DefaultOut: pdf-out
*Out pdf-out/Private directory: ""
*CloseUI: *Out
*OpenUI *Log/Log directory: PickOne
*OrderDependency: 100 AnySetup *Log
*DefaultLog: log
*Log log/Private directory: ""
*CloseUI: *Log
*OpenUI *Spool/Spool directory: PickOne
*OrderDependency: 100 AnySetup *Spool
*DefaultSpool: cups-pdf-spool
*Spool cups-pdf-spool/Private directory: ""
*CloseUI: *Spool
*OpenUI *GSTmp/Ghostscript temp directory: PickOne
*OrderDependency: 100 AnySetup *GSTmp
*DefaultGSTmp: gs-tmp
*GSTmp gs-tmp/Private directory: ""
*CloseUI: *GSTmp
PPD
# pdftocairo keeps the text of Qt's embedded fonts (Ghostscript's route turns them into glyphs without text);
# a failing job is aborted and the queue stays up
lpadmin -h "$SOCK" -p DeskPDF -E -v cups-pdf:/ -P "$D/DeskPDF.ppd" -o printer-error-policy=abort-job \
    -o pdftops-renderer-default=pdftocairo 2>"$D/log/lpadmin.err" || { cat "$D/log/lpadmin.err" >&2; die "lpadmin failed"; }
lpadmin -h "$SOCK" -d DeskPDF
printf 'CUPS_SERVER=%s\nCUPS_PID=%s\nCUPS_QUEUE=DeskPDF\nCUPS_PDF_OUT=%s\n' "$SOCK" "$PID" "$D/pdf-out" | tee "$D/env.sh"
