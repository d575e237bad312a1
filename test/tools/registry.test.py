#!/usr/bin/env python3
"""The registry (checks/CoroChecks.def) drives registration, docs and tests:
every registered check is listed by the tools, has a docs page and a test
directory, and every global coro.* option read by lib/ is documented and shown by
--dump-config."""
import os
import re
import subprocess
import sys

root, tidy, plugin, stock = sys.argv[1:5]
registry = open(os.path.join(root, "checks", "CoroChecks.def")).read()
names = re.findall(r'^CORO_CHECK\(\s*\w+,\s*"([^"]+)"', registry, re.M)
if not names:
    sys.exit("no checks found in checks/CoroChecks.def")


def listed(cmd):
    out = subprocess.run(cmd + ["--checks=-*,coro-*", "--list-checks"],
                         capture_output=True, text=True, check=True).stdout
    return sorted(l.strip() for l in out.splitlines() if l.strip().startswith("coro-"))


errors = []
if listed([tidy]) != sorted(names):
    errors.append("coro-tidy lists %s, the registry %s" % (listed([tidy]), names))
if listed([stock, "--load=" + plugin]) != sorted(names):
    errors.append("the plugin lists a different set of checks")
for name in names:
    if not os.path.isfile(os.path.join(root, "docs", "checks", name + ".md")):
        errors.append("missing docs/checks/%s.md" % name)
    tests = os.path.join(root, "test", "checks", name)
    if not os.path.isdir(tests) or not any(f.endswith(".cpp") for f in os.listdir(tests)):
        errors.append("missing tests in test/checks/%s/" % name)
    for page in ("README.md", os.path.join("docs", "README.md")):
        if name not in open(os.path.join(root, page)).read():
            errors.append("%s does not mention %s" % (page, name))
    if ".B %s\n" % name not in open(os.path.join(root, "docs", "coro-tidy.1")).read():
        errors.append("the man page docs/coro-tidy.1 does not list %s" % name)

model = open(os.path.join(root, "lib", "CoroModel.cpp")).read()
options = re.findall(r'\{"(coro\.\w+)"', model)
config_doc = open(os.path.join(root, "docs", "configuration.md")).read()
for option in options:
    if "`%s`" % option not in config_doc:
        errors.append("docs/configuration.md does not document %s" % option)
dumped = subprocess.run([tidy, "--checks=-*,coro-*", "--dump-config"],
                        capture_output=True, text=True, check=True).stdout
for option in options:
    if "  %s: " % option not in dumped:
        errors.append("--dump-config does not show %s" % option)
if len(options) < 5:
    errors.append("global options not found in lib/CoroModel.cpp")

if errors:
    sys.exit("\n".join(errors))
print("registry: %d checks, %d global options consistent" % (len(names), len(options)))
