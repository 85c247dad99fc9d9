#!/usr/bin/env bash
# Install the Debian packages dyad needs to build, test and demo; skip the
# ones already installed.  Runs apt-get update only when something is missing.
set -eu
pkgs="build-essential pkg-config clang liblink-grammar-dev link-grammar-dictionaries-en
  wordnet-dev wordnet-base libutf8proc-dev libsqlite3-dev sqlite3 libigraph-dev libxml2-dev
  libjansson-dev libmicrohttpd-dev iso-codes python3 python3-networkx graphviz time curl"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends $missing
