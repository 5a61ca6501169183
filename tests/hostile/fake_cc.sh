#!/bin/sh
# A C compiler that misbehaves when linking a program (tests/test_hostile.py):
# compiling the runtime (-c) is passed to gcc; a link writes half a binary
# to the -o path, then either waits to be interrupted (FAKE_CC=hang) or
# kills itself (FAKE_CC=kill), as a C compiler killed part-way would.
out=""
prev=""
for a in "$@"; do
    [ "$prev" = "-o" ] && out="$a"
    prev="$a"
    case "$a" in -c) exec gcc "$@";; esac
done
printf 'half a binary' > "$out"
case "$FAKE_CC" in
    kill) kill -9 $$ ;;
    *) [ -n "$FAKE_CC_READY" ] && : > "$FAKE_CC_READY"; exec sleep 60 ;;
esac
