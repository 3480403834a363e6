# shellcheck shell=bash disable=SC2034
# (SC2034: SS_SANDBOX, SS_BUILD_DIR and SS_PACKAGES are used by the scripts that source this file.)
# Shared helpers for scripts/test, scripts/demo and scripts/bench. Source it, do not run it:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# It sets SS_REPO (the repository root, resolved from this file's own location) and defines the
# ss_* functions below. It does not change shell options; the caller sets -euo pipefail.

if [[ -n "${SS_LIB_LOADED:-}" ]]; then
    return 0
fi
SS_LIB_LOADED=1

SS_REPO="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
SS_SANDBOX="$SS_REPO/scripts/sandbox"
SS_BUILD_DIR="${SYNCSTUDIO_BUILD_DIR:-$SS_REPO/build}"
SS_PROG="${SS_PROG:-$(basename "$0")}"

# Debian packages needed to build, test and demo SyncStudio.
SS_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qtkeychain-qt6-dev
    default-libmysqlclient-dev zlib1g-dev libgl-dev
    mariadb-server mariadb-client percona-toolkit
    gnome-keyring dbus dbus-x11 libsecret-tools
    xvfb xauth fonts-noto-cjk qt6-translations-l10n python3
    openssl iproute2 util-linux procps
)

ss_info() { printf '%s: %s\n' "$SS_PROG" "$*" >&2; }
ss_warn() { printf '%s: warning: %s\n' "$SS_PROG" "$*" >&2; }
ss_die() {
    printf '%s: error: %s\n' "$SS_PROG" "$*" >&2
    exit 1
}
ss_step() { printf '\n==> %s\n' "$*" >&2; }

# Run a command as root: directly when we are root, through sudo otherwise.
ss_as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        ss_die "need root to run '$*' (not root and sudo is not installed)"
    fi
}

# Print the packages of the given list (default: SS_PACKAGES) that dpkg does not report installed.
ss_missing_packages() {
    local pkg status
    local -a want=("$@")
    [[ ${#want[@]} -gt 0 ]] || want=("${SS_PACKAGES[@]}")
    for pkg in "${want[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
        [[ $status == installed ]] || printf '%s\n' "$pkg"
    done
}

# Install whatever is missing from SS_PACKAGES. Runs apt-get update
# only when something has to be installed. Services that packages would start on install (the
# system MariaDB) are kept from starting while apt runs: the sandboxes never use them.
ss_ensure_packages() {
    local -a missing
    if ! command -v dpkg-query >/dev/null 2>&1; then
        ss_warn "dpkg-query not found: not a Debian system, skipping package installation"
        return 0
    fi
    mapfile -t missing < <(ss_missing_packages "${SS_PACKAGES[@]}")
    if [[ ${#missing[@]} -eq 0 ]]; then
        ss_info "all ${#SS_PACKAGES[@]} required packages are installed"
        return 0
    fi
    ss_info "installing missing packages: ${missing[*]}"
    local policy=/usr/sbin/policy-rc.d added_policy=0
    if [[ ! -e $policy ]]; then
        ss_as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
        added_policy=1
    fi
    local rc=0
    ss_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || rc=$?
    if [[ $rc -eq 0 ]]; then
        ss_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
            "${missing[@]}" || rc=$?
    fi
    if [[ $added_policy -eq 1 ]]; then
        ss_as_root rm -f "$policy"
    fi
    [[ $rc -eq 0 ]] || ss_die "apt-get failed (exit $rc) while installing: ${missing[*]}"
    mapfile -t missing < <(ss_missing_packages "${SS_PACKAGES[@]}")
    [[ ${#missing[@]} -eq 0 ]] || ss_die "still missing after apt-get install: ${missing[*]}"
}

# Configure and build everything into SS_BUILD_DIR.
ss_build() {
    local -a gen=()
    command -v cmake >/dev/null 2>&1 || ss_die "cmake is not installed"
    command -v ccache >/dev/null 2>&1 || ss_warn "ccache is not installed: builds will be slower"
    # Paths relative to the checkout, so a fresh clone elsewhere (as CI makes) hits the same cache.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$SS_REPO}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
    if [[ ! -f $SS_BUILD_DIR/CMakeCache.txt ]] && command -v ninja >/dev/null 2>&1; then
        gen=(-G Ninja)
    fi
    ss_info "configuring in $SS_BUILD_DIR"
    cmake -S "$SS_REPO" -B "$SS_BUILD_DIR" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        || ss_die "cmake configure failed"
    local jobs
    jobs="${SYNCSTUDIO_JOBS:-$(nproc 2>/dev/null || echo 2)}"
    ss_info "building with $jobs jobs"
    cmake --build "$SS_BUILD_DIR" -j "$jobs" || ss_die "build failed"
}

# True when a graphical session is reachable.
ss_have_display() {
    [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]
}
