#!/usr/bin/env bash
# The tests open the pages people open (Data Docs) in a real headless browser: Debian's chromium.
set -euo pipefail
command -v chromium >/dev/null && exit 0
if [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
else
  sudo -n apt-get install -y -q chromium >/dev/null || { echo "the tests need Debian's chromium: apt-get install chromium" >&2; exit 1; }
fi
command -v chromium >/dev/null
