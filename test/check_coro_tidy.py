#!/usr/bin/env python3
"""Runs one coro-* check on a test file, in the style of upstream clang-tidy's
check_clang_tidy.py, and verifies it with FileCheck.

  check_coro_tidy.py [options] <source> <check-name> <temp-file> \
      [-- <coro-tidy args>] -- <compiler args>

The source's CHECK-MESSAGES[-SUFFIX] lines are matched against the output,
with -implicit-check-not='{{(warning|error): }}' so that any unexpected
diagnostic fails the test (the space keeps C++ names such as
asio::error::operation_aborted in a message or a source excerpt from
counting); CHECK-NOTES also fails on unexpected notes.
CHECK-FIXES lines are matched against the file after --fix. Every fixed file
must also compile (clang++ -fsyntax-only), a second --fix run must change
nothing, and the fixed diagnostics must be gone: fix-its compile, are
idempotent and fix what they report.
"""
import argparse
import os
import re
import subprocess
import sys


def run(cmd, **kw):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)
    return proc.returncode, proc.stdout


def filecheck(args, input_file, source, prefix, extra):
    cmd = [args.filecheck, "-input-file=" + input_file, source,
           "-check-prefix=" + prefix] + extra
    code, out = run(cmd)
    if code:
        sys.exit("FileCheck failed for " + prefix + ":\n" + out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tidy", required=True)
    parser.add_argument("--clang", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("-check-suffixes", default="")
    parser.add_argument("source")
    parser.add_argument("check")
    parser.add_argument("temp")
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args()

    rest = args.rest
    if rest and rest[0] == "--":
        rest = rest[1:]
    if "--" in rest:
        i = rest.index("--")
        tidy_args, compiler_args = rest[:i], rest[i + 1:]
    else:
        tidy_args, compiler_args = [], rest

    suffixes = [s for s in args.check_suffixes.split(",") if s] or [""]
    with open(args.source, encoding="utf-8") as f:
        text = f.read()
    # Keep line numbers; drop the expectations so they cannot match themselves.
    cleaned = re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", text)
    ext = os.path.splitext(args.source)[1] or ".cpp"
    temp = args.temp + ext
    os.makedirs(os.path.dirname(os.path.abspath(temp)), exist_ok=True)
    with open(temp, "w", encoding="utf-8") as f:
        f.write(cleaned)

    tidy = [args.tidy, temp, "--fix", "--checks=-*," + args.check] + tidy_args
    code, output = run(tidy + ["--"] + compiler_args)
    with open(temp + ".msg", "w", encoding="utf-8") as f:
        f.write(output)
    if code:
        sys.exit("coro-tidy failed (exit %d):\n%s" % (code, output))

    for suffix in suffixes:
        tag = "-" + suffix if suffix else ""
        if "CHECK-FIXES" + tag + ":" in text:
            filecheck(args, temp, args.source, "CHECK-FIXES" + tag,
                      ["-strict-whitespace"])
        if "CHECK-MESSAGES" + tag + ":" in text:
            filecheck(args, temp + ".msg", args.source, "CHECK-MESSAGES" + tag,
                      ["-implicit-check-not={{(warning|error): }}"])
        if "CHECK-NOTES" + tag + ":" in text:
            filecheck(args, temp + ".msg", args.source, "CHECK-NOTES" + tag,
                      ["-implicit-check-not={{(warning|error|note): }}"])

    with open(temp, encoding="utf-8") as f:
        fixed = f.read()
    if fixed != cleaned:
        code, out = run([args.clang, "-fsyntax-only", temp] + compiler_args)
        if code:
            sys.exit("the fixed file does not compile:\n" + out)
        code, out = run(tidy + ["--"] + compiler_args)
        with open(temp, encoding="utf-8") as f:
            again = f.read()
        if code or again != fixed:
            sys.exit("a second --fix run changed the file again:\n" + out)
        # A fix removes the diagnostic it fixes: the fixed file has at most
        # as many warnings as the original had without a fix applied.
        def warnings(o):
            return len(re.findall(r"warning: .*\[" + re.escape(args.check) +
                                  r"[,\]]", o))
        def fixed_warnings(o):
            count, open_warning = 0, False
            for line in o.splitlines():
                if re.search(r": warning: ", line):
                    open_warning = True
                elif open_warning and "note: FIX-IT applied" in line:
                    count, open_warning = count + 1, False
            return count
        applied = fixed_warnings(output)
        if warnings(out) > warnings(output) - applied:
            sys.exit("a fixed diagnostic is still reported after --fix "
                     "(%d warning(s) before, %d fixed, %d after):\n%s"
                     % (warnings(output), applied, warnings(out), out))


if __name__ == "__main__":
    main()
