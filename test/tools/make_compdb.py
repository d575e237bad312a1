#!/usr/bin/env python3
"""Compilation databases for the whole-project tests.

  make_compdb.py DIR [--] compiler flags...
      writes DIR/compile_commands.json for every .cpp file under DIR
  make_compdb.py --syntax-check DIR
      compiles every entry of DIR/compile_commands.json with -fsyntax-only
      (the compiler is the CLANGXX environment variable, else clang++-22)
      and prints "compiles: FILE" for each; exits 1 on the first failure
"""
import glob
import json
import os
import subprocess
import sys


def write(directory, flags):
    entries = [{"directory": directory,
                "file": os.path.relpath(source, directory),
                "arguments": ["clang++-22"] + flags +
                             ["-c", os.path.relpath(source, directory)]}
               for source in sorted(glob.glob(
                   os.path.join(directory, "**", "*.cpp"), recursive=True))]
    with open(os.path.join(directory, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=2)


def syntax_check(directory):
    with open(os.path.join(directory, "compile_commands.json")) as f:
        entries = json.load(f)
    compiler = os.environ.get("CLANGXX", "clang++-22")
    for e in entries:
        args = [compiler] + [a for a in e["arguments"][1:] if a != "-c"]
        proc = subprocess.run(args + ["-fsyntax-only"], cwd=e["directory"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
        if proc.returncode != 0:
            print(proc.stdout)
            print("does not compile: " + e["file"])
            return 1
        print("compiles: " + e["file"])
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "--syntax-check":
        sys.exit(syntax_check(os.path.abspath(sys.argv[2])))
    write(os.path.abspath(sys.argv[1]), [a for a in sys.argv[2:] if a != "--"])
