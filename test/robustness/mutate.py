#!/usr/bin/env python3
"""Mutation test: coro-tidy must never crash, assert or hang, whatever the
code. Takes the check tests and the examples, mutates them (deleted,
duplicated and swapped lines, truncations, swapped tokens, stray co_await,
co_yield, break; and }), runs every coro-* check on each mutant and fails
on a crash (a signal, "Stack dump", an assertion) or a time-out, naming
the mutant and writing it out for a reproducer.

  mutate.py --tool coro-tidy --root SRC [--count N] [--seed S] [-j J]
            [--keep DIR] -- <compiler flags>

CI runs a fixed seed and about 100 mutants; a long campaign takes a larger
--count and --seed random.
"""
import argparse
import concurrent.futures
import glob
import os
import random
import re
import subprocess
import sys
import tempfile

STRAYS = ["co_await ", "co_yield 1;", "break;", "}", "{", "co_return;",
          "continue;", "(void)", "throw;", "try {", "catch (...) {"]
CRASH = re.compile(r"Stack dump|PLEASE submit a bug report|Assertion .* failed|"
                   r"LLVM ERROR|UNREACHABLE")


def sources(root):
    files = sorted(glob.glob(os.path.join(root, "test/checks/*/*.cpp")) +
                   glob.glob(os.path.join(root, "examples/src/*.cpp")))
    # The stand-in headers parse fast; the real Boost.Asio and QCoro ones are
    # covered by their own tests.
    return [f for f in files
            if not re.search(r"real|qcoro|asio-boost|asio-standalone", f)]


def mutate(text, rng):
    lines = text.split("\n")
    kind = rng.choice(["delete", "duplicate", "swap-lines", "truncate",
                       "swap-tokens", "stray", "stray", "delete-range"])
    i = rng.randrange(len(lines))
    if kind == "delete":
        del lines[i]
    elif kind == "delete-range":
        del lines[i:i + rng.randint(2, 6)]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "swap-lines" and i + 1 < len(lines):
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    elif kind == "truncate":
        cut = rng.randrange(len(text))
        return kind, text[:cut]
    elif kind == "swap-tokens":
        tokens = re.findall(r"\w+|[^\w\s]|\s+", lines[i])
        words = [k for k, t in enumerate(tokens) if not t.isspace()]
        if len(words) >= 2:
            a, b = rng.sample(words, 2)
            tokens[a], tokens[b] = tokens[b], tokens[a]
            lines[i] = "".join(tokens)
    else:
        line = lines[i]
        at = rng.randrange(len(line) + 1)
        lines[i] = line[:at] + " " + rng.choice(STRAYS) + " " + line[at:]
    return kind, "\n".join(lines)


def run(tool, flags, path, timeout):
    cmd = [tool, "--checks=-*,coro-*", "--quiet", path, "--"] + flags
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True,
                              errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired:
        return "time-out after %ds" % timeout
    if proc.returncode < 0:
        return "killed by signal %d" % -proc.returncode
    if proc.returncode not in (0, 1) or CRASH.search(proc.stdout):
        match = CRASH.search(proc.stdout)
        return "exit %d%s" % (proc.returncode,
                              ": " + match.group(0) if match else "")
    return None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tool", required=True)
    p.add_argument("--root", required=True)
    p.add_argument("--count", type=int, default=100)
    p.add_argument("--seed", default="1")
    p.add_argument("-j", type=int, default=os.cpu_count() or 1)
    p.add_argument("--timeout", type=int, default=60)
    p.add_argument("--keep", help="write failing mutants here")
    p.add_argument("flags", nargs=argparse.REMAINDER)
    args = p.parse_args()
    flags = args.flags[1:] if args.flags[:1] == ["--"] else args.flags
    seed = random.randrange(1 << 30) if args.seed == "random" else int(args.seed)
    rng = random.Random(seed)
    files = sources(args.root)
    if not files:
        sys.exit("mutate: error: no sources under %s" % args.root)
    work = tempfile.mkdtemp(prefix="coro-tidy-mutants-")
    jobs = []
    for n in range(args.count):
        source = rng.choice(files)
        with open(source, errors="replace") as f:
            kind, text = mutate(f.read(), rng)
        path = os.path.join(work, "m%04d-%s.cpp" % (n, kind))
        with open(path, "w") as f:
            f.write(text)
        jobs.append((path, source, kind))
    failures = []
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        results = pool.map(lambda j: run(args.tool, flags, j[0], args.timeout),
                           jobs)
        for (path, source, kind), problem in zip(jobs, results):
            if problem:
                failures.append((path, source, kind, problem))
    for path, source, kind, problem in failures:
        kept = path
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            kept = os.path.join(args.keep, os.path.basename(path))
            with open(path) as f, open(kept, "w") as g:
                g.write(f.read())
        print("mutate: FAIL %s (%s of %s): %s" % (kept, kind,
                                                  os.path.relpath(source, args.root),
                                                  problem))
    print("mutate: seed %d: %d mutant(s) of %d file(s), %d failure(s)" % (
        seed, len(jobs), len(files), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
