#!/usr/bin/env python3
"""exit_status.py N CMD...: runs CMD and succeeds only when it exits with
status N (lit's `not` accepts any failure, a crash or exit 127 too)."""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.run(sys.argv[2:]).returncode
if got != want:
    sys.exit("exit_status: expected exit %d, got %d from %s" % (want, got, sys.argv[2]))
