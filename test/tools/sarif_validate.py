#!/usr/bin/env python3
"""Validates a SARIF 2.1.0 log and prints a short, stable summary of it.

  sarif_validate.py FILE [--root DIR]

Three layers of checks:
 0. The official SARIF 2.1.0 JSON schema, as the npm package
    @microsoft/jest-sarif ships it, checked by ajv under Node.js
    (sarif-schema/validate.js; scripts/setup.sh installs both into
    test/tools/sarif-schema/node_modules). Without them the validation
    fails: it is not optional.
 1. The JSON schema of SARIF 2.1.0 (OASIS), for every object coro-tidy can
    write: the definitions below restate the published schema's rules for
    those objects (types, required properties, enums, minimums, closed
    property sets). They are checked by a small interpreter of the JSON-schema
    keywords they use (standard library only) and, when the `jsonschema`
    module is importable, by it as well.
 2. What GitHub code scanning needs on upload, from its documentation:
    tool.driver.name, a ruleId on every result that names a rule of the run,
    at least one location with an artifact URI and a start line, and every
    uriBaseId defined in run.originalUriBaseIds with a URI ending in '/';
    and what it shows well: a rule per coro-* check with a name that is not
    its id, a full description, help as text and markdown and a helpUri;
    tool.driver.informationUri; a partialFingerprints.primaryLocationLineHash
    on every result; a description on every fix.

On success it prints "valid SARIF 2.1.0: ..." and one line per result (and per
related location, fix replacement and notification); on failure it prints
"invalid SARIF: <path>: <reason>" and exits 1.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse

ANY = {}
STR = {"type": "string"}
URI = {"type": "string", "format": "uri"}
INT_M1 = {"type": "integer", "minimum": -1}
LEVEL = {"enum": ["none", "note", "warning", "error"], "type": "string"}


def ref(name):
    return {"$ref": "#/definitions/" + name}


def array(item, min_items=0):
    return {"type": "array", "minItems": min_items, "items": item}


def obj(props, required=(), any_of=None):
    schema = {"type": "object", "additionalProperties": False,
              "properties": dict(props, properties=ref("propertyBag"))}
    if required:
        schema["required"] = list(required)
    if any_of:
        schema["anyOf"] = [{"required": [r]} for r in any_of]
    return schema


DEFINITIONS = {
    "propertyBag": {"type": "object", "additionalProperties": True,
                    "properties": {"tags": array(STR)}},
    "message": obj({"text": STR, "markdown": STR, "id": STR,
                    "arguments": array(STR)}, any_of=["text", "id"]),
    "multiformatMessageString": obj({"text": STR, "markdown": STR},
                                    required=["text"]),
    "artifactContent": obj({"text": STR, "binary": STR,
                            "rendered": ref("multiformatMessageString")}),
    "artifactLocation": obj({"uri": {"type": "string",
                                     "format": "uri-reference"},
                             "uriBaseId": STR, "index": INT_M1,
                             "description": ref("message")}),
    "region": obj({
        "startLine": {"type": "integer", "minimum": 1},
        "startColumn": {"type": "integer", "minimum": 1},
        "endLine": {"type": "integer", "minimum": 1},
        "endColumn": {"type": "integer", "minimum": 1},
        "charOffset": INT_M1, "charLength": {"type": "integer", "minimum": 0},
        "byteOffset": INT_M1, "byteLength": {"type": "integer", "minimum": 0},
        "snippet": ref("artifactContent"), "message": ref("message"),
        "sourceLanguage": STR}),
    "physicalLocation": obj({"address": ANY,
                             "artifactLocation": ref("artifactLocation"),
                             "region": ref("region"),
                             "contextRegion": ref("region")},
                            any_of=["address", "artifactLocation"]),
    "location": obj({"id": INT_M1, "physicalLocation": ref("physicalLocation"),
                     "logicalLocations": array(ANY),
                     "message": ref("message"),
                     "annotations": array(ref("region")),
                     "relationships": array(ANY)}),
    "replacement": obj({"deletedRegion": ref("region"),
                        "insertedContent": ref("artifactContent")},
                       required=["deletedRegion"]),
    "artifactChange": obj({"artifactLocation": ref("artifactLocation"),
                           "replacements": array(ref("replacement"), 1)},
                          required=["artifactLocation", "replacements"]),
    "fix": obj({"description": ref("message"),
                "artifactChanges": array(ref("artifactChange"), 1)},
               required=["artifactChanges"]),
    "reportingConfiguration": obj({
        "enabled": {"type": "boolean"}, "level": LEVEL,
        "rank": {"type": "number", "minimum": -1, "maximum": 100},
        "parameters": ref("propertyBag")}),
    "reportingDescriptorReference": obj(
        {"id": STR, "index": INT_M1, "guid": STR, "toolComponent": ANY},
        any_of=["index", "guid", "id"]),
    "reportingDescriptor": obj({
        "id": STR, "deprecatedIds": array(STR), "guid": STR,
        "deprecatedGuids": array(STR), "name": STR,
        "deprecatedNames": array(STR),
        "shortDescription": ref("multiformatMessageString"),
        "fullDescription": ref("multiformatMessageString"),
        "messageStrings": ANY,
        "defaultConfiguration": ref("reportingConfiguration"),
        "helpUri": URI, "help": ref("multiformatMessageString"),
        "relationships": array(ANY)}, required=["id"]),
    "toolComponent": obj({
        "guid": STR, "name": STR, "organization": STR, "product": STR,
        "productSuite": STR,
        "shortDescription": ref("multiformatMessageString"),
        "fullDescription": ref("multiformatMessageString"),
        "fullName": STR, "version": STR, "semanticVersion": STR,
        "dottedQuadFileVersion": STR, "releaseDateUtc": STR,
        "downloadUri": URI, "informationUri": URI,
        "globalMessageStrings": ANY,
        "notifications": array(ref("reportingDescriptor")),
        "rules": array(ref("reportingDescriptor")),
        "taxa": array(ref("reportingDescriptor")), "locations": array(ANY),
        "language": STR, "contents": array(STR),
        "isComprehensive": {"type": "boolean"},
        "localizedDataSemanticVersion": STR,
        "minimumRequiredLocalizedDataSemanticVersion": STR,
        "associatedComponent": ANY, "translationMetadata": ANY,
        "supportedTaxonomies": array(ANY)}, required=["name"]),
    "tool": obj({"driver": ref("toolComponent"),
                 "extensions": array(ref("toolComponent"))},
                required=["driver"]),
    "notification": obj({
        "locations": array(ref("location")), "message": ref("message"),
        "level": LEVEL, "threadId": {"type": "integer"}, "timeUtc": STR,
        "exception": ANY, "descriptor": ref("reportingDescriptorReference"),
        "associatedRule": ref("reportingDescriptorReference")},
        required=["message"]),
    "invocation": obj({
        "commandLine": STR, "arguments": array(STR),
        "responseFiles": array(ref("artifactLocation")),
        "startTimeUtc": STR, "endTimeUtc": STR,
        "exitCode": {"type": "integer"},
        "ruleConfigurationOverrides": array(ANY),
        "notificationConfigurationOverrides": array(ANY),
        "toolExecutionNotifications": array(ref("notification")),
        "toolConfigurationNotifications": array(ref("notification")),
        "exitCodeDescription": STR, "exitSignalName": STR,
        "exitSignalNumber": {"type": "integer"},
        "processStartFailureMessage": STR,
        "executionSuccessful": {"type": "boolean"}, "machine": STR,
        "account": STR, "processId": {"type": "integer"},
        "executableLocation": ref("artifactLocation"),
        "workingDirectory": ref("artifactLocation"),
        "environmentVariables": ANY, "stdin": ref("artifactLocation"),
        "stdout": ref("artifactLocation"), "stderr": ref("artifactLocation"),
        "stdoutStderr": ref("artifactLocation")},
        required=["executionSuccessful"]),
    "result": obj({
        "ruleId": STR, "ruleIndex": INT_M1,
        "rule": ref("reportingDescriptorReference"),
        "kind": {"enum": ["notApplicable", "pass", "fail", "review", "open",
                          "informational"], "type": "string"},
        "level": LEVEL, "message": ref("message"),
        "analysisTarget": ref("artifactLocation"),
        "locations": array(ref("location")), "guid": STR,
        "correlationGuid": STR,
        "occurrenceCount": {"type": "integer", "minimum": 1},
        "partialFingerprints": {"type": "object",
                                "additionalProperties": STR},
        "fingerprints": {"type": "object", "additionalProperties": STR},
        "stacks": array(ANY), "codeFlows": array(ANY), "graphs": array(ANY),
        "graphTraversals": array(ANY),
        "relatedLocations": array(ref("location")),
        "suppressions": array(ANY),
        "baselineState": {"enum": ["new", "unchanged", "updated", "absent"],
                          "type": "string"},
        "rank": {"type": "number", "minimum": -1, "maximum": 100},
        "attachments": array(ANY), "hostedViewerUri": URI,
        "workItemUris": array(URI), "provenance": ANY,
        "fixes": array(ref("fix")), "taxa": array(ANY), "webRequest": ANY,
        "webResponse": ANY}, required=["message"]),
    "run": obj({
        "tool": ref("tool"), "invocations": array(ref("invocation")),
        "conversion": ANY, "language": STR,
        "versionControlProvenance": array(ANY),
        "originalUriBaseIds": {"type": "object",
                               "additionalProperties":
                                   ref("artifactLocation")},
        "artifacts": array(ANY), "logicalLocations": array(ANY),
        "graphs": array(ANY), "results": array(ref("result")),
        "automationDetails": ANY, "runAggregates": array(ANY),
        "baselineGuid": STR, "redactionTokens": array(STR),
        "defaultEncoding": STR, "defaultSourceLanguage": STR,
        "newlineSequences": array(STR, 1),
        "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"],
                       "type": "string"},
        "externalPropertyFileReferences": ANY,
        "threadFlowLocations": array(ANY), "taxonomies": array(ANY),
        "addresses": array(ANY), "translations": array(ANY),
        "policies": array(ANY), "webRequests": array(ANY),
        "webResponses": array(ANY), "specialLocations": ANY},
        required=["tool"]),
}

SCHEMA = {
    "$schema": "http://json-schema.org/draft-04/schema#",
    "type": "object", "additionalProperties": False,
    "properties": {
        "$schema": URI,
        "version": {"enum": ["2.1.0"], "type": "string"},
        "runs": {"type": ["array", "null"], "items": ref("run")},
        "inlineExternalProperties": array(ANY),
        "properties": ref("propertyBag"),
    },
    "required": ["version", "runs"],
    "definitions": DEFINITIONS,
}


class Invalid(Exception):
    pass


def type_ok(value, name):
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if name == "null":
        return value is None
    raise Invalid("schema uses unknown type " + name)


def check(value, schema, path):
    """A JSON-schema (draft 4) interpreter for the keywords used above."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return check(value, DEFINITIONS[name], path)
    if "type" in schema:
        types = schema["type"]
        types = types if isinstance(types, list) else [types]
        if not any(type_ok(value, t) for t in types):
            raise Invalid("%s: expected %s, got %r" % (path, "/".join(types),
                                                       value))
    if "enum" in schema and value not in schema["enum"]:
        raise Invalid("%s: %r is not one of %s" % (path, value,
                                                   schema["enum"]))
    if "minimum" in schema and value < schema["minimum"]:
        raise Invalid("%s: %r is below %r" % (path, value, schema["minimum"]))
    if "maximum" in schema and value > schema["maximum"]:
        raise Invalid("%s: %r is above %r" % (path, value, schema["maximum"]))
    fmt = schema.get("format")
    if fmt and isinstance(value, str):
        parsed = urllib.parse.urlsplit(value)
        if (fmt == "uri" and not parsed.scheme) or re.search(r"[\s\\]", value):
            raise Invalid("%s: %r is not a valid %s" % (path, value, fmt))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            raise Invalid("%s: needs at least %d items" % (path,
                                                          schema["minItems"]))
        for i, item in enumerate(value):
            check(item, schema.get("items", ANY), "%s[%d]" % (path, i))
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                raise Invalid("%s: missing required property '%s'" % (path,
                                                                       key))
        if "anyOf" in schema and not any(
                all(k in value for k in alt["required"])
                for alt in schema["anyOf"]):
            raise Invalid("%s: needs one of %s" % (
                path, [alt["required"][0] for alt in schema["anyOf"]]))
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                check(item, props[key], path + "." + key)
            elif extra is False:
                raise Invalid("%s: unexpected property '%s'" % (path, key))
            elif isinstance(extra, dict):
                check(item, extra, path + "." + key)


SCHEMA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                          "sarif-schema")


def official_schema(path):
    """Layer 0: the official schema, through sarif-schema/validate.js."""
    node = shutil.which("node") or shutil.which("nodejs")
    if not node or not os.path.isdir(os.path.join(SCHEMA_DIR, "node_modules",
                                                  "@microsoft", "jest-sarif")):
        raise Invalid("the official SARIF schema is not installed: run "
                      "scripts/setup.sh (npm ci in %s)" % SCHEMA_DIR)
    proc = subprocess.run([node, os.path.join(SCHEMA_DIR, "validate.js"),
                           path], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        raise Invalid("official schema: " + " | ".join(
            line.replace("schema: invalid: %s: " % path, "")
            for line in proc.stdout.splitlines()))


def shown_well(log):
    """What GitHub code scanning shows: rule texts, fingerprints, fixes."""
    for r, run in enumerate(log["runs"]):
        driver = run["tool"]["driver"]
        if (driver["name"] == "coro-tidy" and driver.get("rules")
                and "informationUri" not in driver):
            raise Invalid("runs[%d].tool.driver: no informationUri" % r)
        for i, rule in enumerate(driver.get("rules", [])):
            if not rule["id"].startswith("coro-"):
                continue
            path = "runs[%d].tool.driver.rules[%d]" % (r, i)
            if rule.get("name", rule["id"]) == rule["id"]:
                raise Invalid(path + ": the name is the id")
            for key in ("fullDescription", "helpUri"):
                if key not in rule:
                    raise Invalid("%s: no %s" % (path, key))
            if not {"text", "markdown"} <= set(rule.get("help", {})):
                raise Invalid(path + ": help needs text and markdown")
        for i, result in enumerate(run.get("results", [])):
            path = "runs[%d].results[%d]" % (r, i)
            if "primaryLocationLineHash" not in result.get(
                    "partialFingerprints", {}):
                raise Invalid(path + ": no primaryLocationLineHash")
            for fix in result.get("fixes", []):
                if not fix.get("description", {}).get("text"):
                    raise Invalid(path + ": a fix without a description")


def github_rules(log):
    for r, run in enumerate(log["runs"]):
        where = "runs[%d]" % r
        rules = [rule["id"] for rule in run["tool"]["driver"].get("rules", [])]
        if len(set(rules)) != len(rules):
            raise Invalid(where + ": duplicate rule ids")
        bases = run.get("originalUriBaseIds", {})
        for name, base in bases.items():
            if not base.get("uri", "").endswith("/"):
                raise Invalid("%s.originalUriBaseIds.%s: URI must end in '/'"
                              % (where, name))
        if "results" not in run:
            raise Invalid(where + ": no results array")
        for i, result in enumerate(run["results"]):
            path = "%s.results[%d]" % (where, i)
            if result.get("ruleId") not in rules:
                raise Invalid(path + ": ruleId names no rule of the run")
            index = result.get("ruleIndex")
            if index is not None and rules[index] != result["ruleId"]:
                raise Invalid(path + ": ruleIndex does not match ruleId")
            locations = result.get("locations", [])
            if not locations:
                raise Invalid(path + ": no location")
            for loc in locations + result.get("relatedLocations", []):
                phys = loc.get("physicalLocation")
                if phys is None:
                    continue
                art = phys["artifactLocation"]
                if "uri" not in art:
                    raise Invalid(path + ": artifactLocation without uri")
                base = art.get("uriBaseId")
                if base is not None and base not in bases:
                    raise Invalid(path + ": undefined uriBaseId " + base)
                if base is None and not art["uri"].startswith("file:///"):
                    raise Invalid(path + ": relative uri without uriBaseId")
                if "startLine" not in phys.get("region", {}):
                    raise Invalid(path + ": region without startLine")


def show_uri(art, root):
    uri = urllib.parse.unquote(art["uri"])
    if "uriBaseId" in art:
        return "%" + art["uriBaseId"].strip("%") + "%/" + uri
    if root and uri.startswith("file://" + root.rstrip("/") + "/"):
        return uri[len("file://" + root.rstrip("/") + "/"):]
    return uri


def where(loc, root):
    phys = loc.get("physicalLocation")
    if not phys:
        return "<no location>"
    reg = phys.get("region", {})
    return "%s:%d:%d" % (show_uri(phys["artifactLocation"], root),
                         reg.get("startLine", 0), reg.get("startColumn", 0))


def summarize(log, root):
    for run in log["runs"]:
        driver = run["tool"]["driver"]
        results = run.get("results", [])
        print("valid SARIF 2.1.0: %d run(s), tool %s, %d rule(s), %d result(s)"
              % (len(log["runs"]), driver["name"],
                 len(driver.get("rules", [])), len(results)))
        if "informationUri" in driver:
            print("tool information %s" % driver["informationUri"])
        for rule in driver.get("rules", []):
            print("rule %s help=%s" % (rule["id"], rule.get("helpUri", "-")))
        for result in results:
            print("result %s %s %s: %s" % (
                result["ruleId"], result.get("level", "warning"),
                where(result["locations"][0], root),
                result["message"]["text"]))
            for loc in result.get("relatedLocations", []):
                print("  note %s: %s" % (where(loc, root),
                                         loc.get("message", {}).get("text")))
            for fix in result.get("fixes", []):
                print("  fix: %s" % fix.get("description", {}).get("text"))
                for change in fix["artifactChanges"]:
                    for rep in change["replacements"]:
                        reg = rep["deletedRegion"]
                        print("  fix %s:%d:%d-%d:%d bytes %d+%d -> %s" % (
                            show_uri(change["artifactLocation"], root),
                            reg["startLine"], reg["startColumn"],
                            reg["endLine"], reg["endColumn"],
                            reg["byteOffset"], reg["byteLength"],
                            json.dumps(rep.get("insertedContent",
                                               {}).get("text", ""))))
        for inv in run.get("invocations", []):
            for note in inv.get("toolExecutionNotifications", []):
                locations = note.get("locations", [])
                print("notification %s%s: %s" % (
                    note.get("level"),
                    " " + where(locations[0], root) if locations else "",
                    note["message"]["text"]))
            if not inv["executionSuccessful"]:
                print("execution unsuccessful")


def main():
    args = sys.argv[1:]
    root = None
    if "--root" in args:
        i = args.index("--root")
        root = args[i + 1]
        del args[i:i + 2]
    try:
        with open(args[0], encoding="utf-8") as f:
            log = json.load(f)
        check(log, SCHEMA, "$")
        try:
            import jsonschema  # optional second opinion
        except ImportError:
            jsonschema = None
        if jsonschema is not None:
            try:
                jsonschema.Draft4Validator(SCHEMA).validate(log)
            except jsonschema.ValidationError as e:
                raise Invalid("jsonschema: " + e.message)
        github_rules(log)
        shown_well(log)
        official_schema(args[0])
    except (OSError, ValueError, Invalid) as e:
        print("invalid SARIF: %s: %s" % (args[0], e))
        return 1
    summarize(log, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
