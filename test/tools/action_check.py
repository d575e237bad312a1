#!/usr/bin/env python3
"""Checks action.yml: a composite action whose shell steps run
scripts/action.sh, that uploads the SARIF log and then applies the gate, and
whose inputs are all passed on."""
import re
import sys

import yaml

action = yaml.safe_load(open(sys.argv[1]))
errors = []
runs = action.get("runs", {})
if runs.get("using") != "composite":
    errors.append("not a composite action")
steps = runs.get("steps", [])
names = []
for step in steps:
    if "run" in step:
        if step.get("shell") != "bash":
            errors.append("step %r has no shell: bash" % step.get("name"))
        for line in step["run"].splitlines():
            if "action.sh" in line:
                names.append(line.split()[-1])
    elif "uses" in step:
        names.append(step["uses"].split("@")[0])
if names[:3] != ["install", "run", "github/codeql-action/upload-sarif"]:
    errors.append("steps are %s" % names)
used = set(re.findall(r"inputs\.([\w-]+)", open(sys.argv[1]).read()))
for name in action.get("inputs", {}):
    if name not in used:
        errors.append("input %s is not used" % name)
if errors:
    sys.exit("\n".join(errors))
print("action.yml: %d steps, %d inputs" % (len(steps), len(action["inputs"])))
