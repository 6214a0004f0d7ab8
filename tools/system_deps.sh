#!/bin/sh
# Install the Debian libraries reportgen is faster with, where this machine lets us; never fail.
#
# libharfbuzz-subset0: HarfBuzz's font subsetter. WeasyPrint subsets the PDF's fonts with it
# when it loads, and falls back to fontTools otherwise (same text, same pages; about 0.3 s more
# CPU per PDF). Run by `make system-deps`, which `make demo`, `make test` and `make bench` run
# first. As root with apt-get it installs what is missing, quietly; otherwise, or if apt-get
# fails (no network, no package lists), it says so in one line and the build carries on.

LIBRARY=libharfbuzz-subset.so.0
PACKAGE=libharfbuzz-subset0

have_library() {
    for ldconfig in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
        if command -v "$ldconfig" >/dev/null 2>&1; then
            "$ldconfig" -p 2>/dev/null | grep -q "$LIBRARY" && return 0
            return 1
        fi
    done
    return 1  # no ldconfig (not Linux): leave it to the system's package manager
}

apt_install() {
    # a bounded wait: a network that does not answer must not hold up a build or CI
    limit=""
    command -v timeout >/dev/null 2>&1 && limit="timeout 300"
    DEBIAN_FRONTEND=noninteractive $limit apt-get install -y -qq --no-install-recommends \
        "$PACKAGE" >/dev/null 2>&1 && return 0
    # a fresh container has no package lists yet
    DEBIAN_FRONTEND=noninteractive $limit apt-get update -qq >/dev/null 2>&1 &&
        DEBIAN_FRONTEND=noninteractive $limit apt-get install -y -qq --no-install-recommends \
            "$PACKAGE" >/dev/null 2>&1
}

if have_library; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: no apt-get here: install HarfBuzz's subset library with the system's" \
         "package manager, or WeasyPrint subsets fonts with fontTools (0.3 s slower per PDF)"
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "system-deps: $PACKAGE is not installed (as root: apt-get install $PACKAGE);" \
         "WeasyPrint subsets fonts with fontTools instead, about 0.3 s slower per PDF"
    exit 0
fi
if apt_install; then
    echo "system-deps: installed $PACKAGE (HarfBuzz's font subsetter, for WeasyPrint)"
else
    echo "system-deps: apt-get could not install $PACKAGE; WeasyPrint subsets fonts with" \
         "fontTools instead, about 0.3 s slower per PDF"
fi
exit 0
