#!/bin/sh
# Makes sure Debian's chromium is installed for the browser tests (test/browser). Playwright's own browser
# download does not work on these machines; Debian's package does (see TOOLCHAIN.md). Idempotent: when
# /usr/bin/chromium exists it prints nothing and exits 0, so the root test script can call it every time.
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: $CHROMIUM is missing and installing it needs root." >&2
  echo "  Run as root: apt-get update && apt-get install -y chromium" >&2
  echo "  (the browser tests in test/browser launch $CHROMIUM with playwright-core)" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install Chromium at $CHROMIUM." >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium (once) ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) installed."
