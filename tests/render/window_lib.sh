# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the window tests (replays.sh, story.sh), sourced after they set `out`:
# they need an X display, collect failures, and read key=value reports.
if [ -z "${DISPLAY:-}" ]; then
    echo "no X display: run under xvfb-run (tools/test does)"
    exit 77
fi
mkdir -p "$out"
failed=0
fail() { echo "FAILED: $*"; failed=1; }
line() { printf '%s\n' "$lines" | sed -n "$1p"; } # line N → the Nth of the reports kept in $lines
field() { # field NAME LINE → the value of NAME=… in LINE
    printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}
