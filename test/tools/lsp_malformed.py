#!/usr/bin/env python3
"""Sends coro-clangd (and, for comparison, another clangd) well-framed LSP
bodies that are not messages, each followed by a shutdown request, and prints
for each whether the server still answered and what it logged about it.

  lsp_malformed.py CLANGD
"""
import json
import subprocess
import sys

BODIES = [b'{not json', b'{"jsonrpc":"2.0","method":5}', b'"str"', b'[]',
          b'{}', b'null', b'[1,2', b'\xff\xfe']


def frame(body):
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def message(obj):
    return frame(json.dumps(obj).encode())


def main():
    clangd = sys.argv[1]
    for body in BODIES:
        data = (message({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                         "params": {"processId": None, "rootUri": None,
                                    "capabilities": {}}}) +
                frame(body) +
                message({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}) +
                message({"jsonrpc": "2.0", "method": "exit"}))
        proc = subprocess.run([clangd, "--log=error"], input=data,
                              capture_output=True, timeout=60)
        alive = b'"id":3' in proc.stdout
        dropped = b"[coro-clangd] dropped" in proc.stderr
        print("%s: %s exit=%d%s" % (body.decode("utf-8", "replace"),
                                      "answered" if alive else "GONE",
                                      proc.returncode,
                                      " dropped" if dropped else ""))


def delimited(clangd):
    """--input-style delimited (the form with a space): the filter stays
    out of the way, and the request is answered."""
    init = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                       "params": {"processId": None, "rootUri": None,
                                  "capabilities": {}}})
    data = (init + "\n---\n").encode()
    proc = subprocess.run([clangd, "--log=error", "--input-style", "delimited"],
                          input=data, capture_output=True, timeout=60)
    print("delimited: %s" % ("answered" if b'"id":1' in proc.stdout else "GONE"))


def huge_length(clangd):
    """A Content-Length no message has: no crash, clangd decides."""
    init = message({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                    "params": {"processId": None, "rootUri": None,
                               "capabilities": {}}})
    data = init + b"Content-Length: 18446744073709551615\r\n\r\n{}"
    proc = subprocess.run([clangd, "--log=error"], input=data,
                          capture_output=True, timeout=60)
    print("huge length: exit=%d" % proc.returncode)


if __name__ == "__main__":
    main()
    delimited(sys.argv[1])
    huge_length(sys.argv[1])
