# Sourced by run.sh and test.sh: installs the Debian 12 packages Dispatch Desk needs, when any is missing.
DISPATCH_PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n linguist-qt6
    libgl-dev catch2 libphonenumber-dev libicu-dev libsodium-dev libsqlite3-dev
    fonts-noto-cjk fonts-dejavu-core xvfb xauth postgresql-15 poppler-utils sqlite3
    desktop-file-utils appstream dpkg-dev file
    libminizip-dev libxlsxwriter-dev python3-openpyxl cups cups-client printer-driver-cups-pdf
)

install_deps() {
    local missing=()
    for p in "${DISPATCH_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo="sudo"
        else
            echo "Missing packages and no root rights: apt-get install ${missing[*]}" >&2
            return 1
        fi
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
