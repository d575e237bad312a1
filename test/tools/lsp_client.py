#!/usr/bin/env python3
"""A minimal LSP client (standard library only) for testing coro-clangd.

  lsp_client.py --clangd BIN --file SRC [--timeout S] [--tidy BIN]
                [-- compiler flags]

Starts BIN over stdio in SRC's directory (after writing the compiler flags,
if any, one per line to compile_flags.txt there), opens SRC, waits for a
publishDiagnostics that carries a coro-* diagnostic, asks textDocument/
codeAction for each such diagnostic's range and prints, one per line:

  diagnostic <code> <line>:<col>-<line>:<col> <severity>: <message>
    href <the diagnostic's documentation link>
  action <kind> "<title>"
    edit <file> <line>:<col>-<line>:<col> -> "<new text>"
    fixed <line>: <a line the action's edits change or add, numbered as in
                   the fixed file>

Lines and columns are 1-based. With --tidy, it also runs that coro-tidy on
SRC with the same flags and prints "lines: as on the command line" when each
coro-* diagnostic starts on the line coro-tidy reports it on (and the two
report the same ones), else one "line mismatch" line per difference. Every wait is bounded by --timeout; the server
is always shut down (shutdown + exit, then killed if it lingers).
"""
import argparse
import difflib
import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

SEVERITY = {1: "error", 2: "warning", 3: "information", 4: "hint"}


class Server:
    def __init__(self, cmd, cwd):
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.inbox = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        try:
            while True:
                length = None
                while True:
                    line = out.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.partition(b":")
                    if name.lower() == b"content-length":
                        length = int(value)
                body = out.read(length)
                self.inbox.put(json.loads(body))
        finally:
            self.inbox.put(None)

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params, deadline):
        rid = self.next_id
        self.next_id += 1
        self.send({"id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m,
                         deadline, method)

    def wait(self, pred, deadline, what):
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("timed out waiting for " + what)
            try:
                msg = self.inbox.get(timeout=left)
            except queue.Empty:
                raise TimeoutError("timed out waiting for " + what)
            if msg is None:
                raise RuntimeError("server exited while waiting for " + what)
            if "method" in msg and "id" in msg:
                # A request from the server (e.g. workDoneProgress/create).
                self.send({"id": msg["id"], "result": None})
                continue
            if pred(msg):
                if "error" in msg:
                    raise RuntimeError("%s failed: %s" % (what, msg["error"]))
                return msg

    def close(self):
        try:
            deadline = time.monotonic() + 5
            self.request("shutdown", None, deadline)
            self.notify("exit", None)
            self.proc.wait(timeout=5)
        except Exception:
            pass
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()


def span(r):
    return "%d:%d-%d:%d" % (r["start"]["line"] + 1, r["start"]["character"] + 1,
                            r["end"]["line"] + 1, r["end"]["character"] + 1)


def apply_edits(lines, edits):
    """Applies LSP TextEdits to a list of lines (no trailing newlines)."""
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def offset(pos):
        return starts[pos["line"]] + pos["character"]
    for e in sorted(edits, key=lambda e: offset(e["range"]["start"]),
                    reverse=True):
        text = (text[:offset(e["range"]["start"])] + e["newText"] +
                text[offset(e["range"]["end"]):])
    return text.split("\n")


def edits_of(action, uri):
    edit = action.get("edit", {})
    if "changes" in edit:
        return edit["changes"].get(uri, []), sorted(edit["changes"])
    edits, uris = [], []
    for change in edit.get("documentChanges", []):
        uris.append(change["textDocument"]["uri"])
        if change["textDocument"]["uri"] == uri:
            edits.extend(change["edits"])
    return edits, uris


def run(args, flags):
    path = os.path.abspath(args.file)
    directory = os.path.dirname(path)
    if flags:
        with open(os.path.join(directory, "compile_flags.txt"), "w") as f:
            f.write("\n".join(flags) + "\n")
    with open(path) as f:
        text = f.read()
    uri = "file://" + urllib.request.pathname2url(path)
    root = "file://" + urllib.request.pathname2url(directory)
    deadline = time.monotonic() + args.timeout
    server = Server([args.clangd, "--log=error", "--background-index=false",
                     "--pch-storage=memory", "--clang-tidy"], directory)
    try:
        server.request("initialize", {
            "processId": os.getpid(), "rootUri": root,
            "capabilities": {"textDocument": {
                "publishDiagnostics": {"relatedInformation": True},
                "codeAction": {"codeActionLiteralSupport": {
                    "codeActionKind": {"valueSet": ["quickfix", "refactor"]}}},
            }},
        }, deadline)
        server.notify("initialized", {})
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "cpp", "version": 1, "text": text}})

        def ours(msg):
            return (msg.get("method") == "textDocument/publishDiagnostics"
                    and msg["params"]["uri"] == uri
                    and any(str(d.get("code", "")).startswith("coro-")
                            for d in msg["params"]["diagnostics"]))
        published = server.wait(ours, deadline, "coro-* diagnostics")
        lines = text.split("\n")
        seen = []
        for diag in published["params"]["diagnostics"]:
            code = str(diag.get("code", ""))
            if not code.startswith("coro-"):
                continue
            seen.append((code, diag["range"]["start"]["line"] + 1))
            print("diagnostic %s %s %s: %s" % (
                code, span(diag["range"]), SEVERITY.get(diag.get("severity")),
                diag["message"].splitlines()[0]))
            print("  href %s" % diag.get("codeDescription", {}).get("href"))
            reply = server.request("textDocument/codeAction", {
                "textDocument": {"uri": uri}, "range": diag["range"],
                "context": {"diagnostics": [diag]}}, deadline)
            for action in reply.get("result") or []:
                if "edit" not in action:
                    continue
                print('action %s "%s"' % (action.get("kind"), action["title"]))
                edits, uris = edits_of(action, uri)
                for other in uris:
                    if other != uri:
                        print("  edit of another file: " + other)
                for e in edits:
                    print('  edit %s %s -> %s' % (
                        os.path.basename(path), span(e["range"]),
                        json.dumps(e["newText"])))
                fixed = apply_edits(lines, edits)
                diff = difflib.SequenceMatcher(a=lines, b=fixed,
                                               autojunk=False)
                for tag, _, _, j1, j2 in diff.get_opcodes():
                    if tag in ("replace", "insert"):
                        for n in range(j1, j2):
                            print("  fixed %d: %s" % (n + 1, fixed[n]))
    finally:
        server.close()
    if args.tidy:
        compare(args.tidy, path, flags, seen)


def compare(tidy, path, flags, seen):
    """Prints whether the editor's lines are the command line's."""
    proc = subprocess.run([tidy, "--checks=-*,coro-*", path, "--"] + flags,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True, cwd=os.path.dirname(path))
    reported = []
    for line in proc.stdout.splitlines():
        m = re.match(r"^(.*?):(\d+):\d+: (?:warning|error): .* \[([^\]]+)\]$",
                     line)
        if m and os.path.abspath(m.group(1)) == path:
            reported.append((m.group(3).split(",")[0], int(m.group(2))))
    if sorted(seen) == sorted(reported):
        print("lines: as on the command line (%d)" % len(seen))
        return
    for item in sorted(set(seen) - set(reported)):
        print("line mismatch: editor %s at %d, not on the command line" % item)
    for item in sorted(set(reported) - set(seen)):
        print("line mismatch: command line %s at %d, not in the editor" % item)


def main():
    argv = sys.argv[1:]
    flags = []
    if "--" in argv:
        i = argv.index("--")
        argv, flags = argv[:i], argv[i + 1:]
    parser = argparse.ArgumentParser()
    parser.add_argument("--clangd", required=True)
    parser.add_argument("--file", required=True)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--tidy", help="coro-tidy, to compare the lines")
    args = parser.parse_args(argv)
    try:
        run(args, flags)
    except (TimeoutError, RuntimeError, OSError) as e:
        print("lsp_client: error: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
