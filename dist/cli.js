#!/usr/bin/env node
import { createRequire as __preflightCreateRequire } from 'node:module';const require = __preflightCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/io.ts
var EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, UsageError;
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
    EXIT_OK = 0;
    EXIT_FINDINGS = 1;
    EXIT_USAGE = 2;
    UsageError = class extends Error {
    };
  }
});

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(args, config, suffix = "") {
  let parsed2;
  try {
    parsed2 = parseArgs({ ...config, args, strict: true });
  } catch (error) {
    throw new UsageError(`${usageMessage(error)}${suffix}`);
  }
  for (const [name, value] of Object.entries(parsed2.values)) {
    if (value === "" || Array.isArray(value) && value.includes("")) {
      throw new UsageError(`--${name} needs a value${suffix}`);
    }
  }
  return parsed2;
}
function usageMessage(error) {
  const message = error instanceof Error ? error.message : String(error);
  const quoted = (/'([^']*)'/.exec(message)?.[1] ?? "").replace(/ <value>$/, "").split(", ").pop();
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${quoted}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument "${quoted}"`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return message.includes("does not take") ? `${quoted} takes no value` : `${quoted} needs a value`;
    default:
      return message;
  }
}
var init_args = __esm({
  "src/cli/args.ts"() {
    "use strict";
    init_io();
  }
});

// src/report/finding.ts
var severityRank;
var init_finding = __esm({
  "src/report/finding.ts"() {
    "use strict";
    severityRank = { notice: 0, warning: 1, error: 2 };
  }
});

// src/report/model.ts
function countedFindings(report2) {
  return report2.files.flatMap((f) => f.findings.filter((x) => !x.suppressed));
}
function failsOn(report2, failOn) {
  if (failOn === "never") return false;
  const min = severityRank[failOn];
  return countedFindings(report2).some((f) => severityRank[f.severity] >= min) || report2.messages.some((m) => severityRank[m.severity] >= min);
}
function isValidatedClusterConfig(file) {
  return file.kind === "ClusterConfig" && file.compatible !== null;
}
function filesNoReleaseAccepts(files) {
  return files.filter((f) => isValidatedClusterConfig(f) ? f.minEksctlVersion === null : !f.valid);
}
function summarize(files, messages) {
  const summary = {
    files: files.length,
    clusterConfigs: files.filter(isValidatedClusterConfig).length,
    errors: 0,
    warnings: 0,
    notices: 0,
    suppressed: 0
  };
  const add = (severity) => {
    if (severity === "error") summary.errors++;
    else if (severity === "warning") summary.warnings++;
    else summary.notices++;
  };
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.suppressed) summary.suppressed++;
      else add(finding.severity);
    }
  }
  for (const message of messages) add(message.severity);
  return summary;
}
var init_model = __esm({
  "src/report/model.ts"() {
    "use strict";
    init_finding();
  }
});

// src/report/describe.ts
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function describeCompatible(range2) {
  if (!range2) return "not checked";
  if (range2.min === null) return "no known eksctl release";
  const span3 = range2.max === null ? `eksctl ≥ ${range2.min}` : `eksctl ${range2.min} … ${range2.max}`;
  if (range2.gaps.length === 0) return span3;
  const gaps = range2.gaps.map((g) => g.from === g.to ? g.from : `${g.from} … ${g.to}`).join(", ");
  return `${span3} (not ${gaps})`;
}
function describeNeeds(file) {
  const schema = describeCompatible(file.compatible);
  if (file.compatible === null) return "not checked against the schema";
  if (file.minEksctlVersion === null)
    return file.compatible.min === null ? "accepted by no known eksctl release" : `accepted by no known eksctl release: no release fixes the errors above (schema: ${schema})`;
  const needs2 = `needs eksctl ≥ ${file.minEksctlVersion}`;
  return file.minEksctlVersion === file.compatible.min && file.compatible.max === null && !file.compatible.gaps.length ? needs2 : `${needs2} (schema: ${schema})`;
}
function describeTarget(report2) {
  const source = report2.eksctlVersionSource === "installed" ? "installed" : report2.eksctlVersionSource === "latest" ? "latest known" : "as requested";
  return `eksctl ${report2.eksctlVersion} (${source})`;
}
function countLine(report2) {
  const s2 = report2.summary;
  const parts = [plural(s2.errors, "error"), plural(s2.warnings, "warning"), plural(s2.notices, "notice")];
  const suppressed = s2.suppressed ? `, ${s2.suppressed} suppressed` : "";
  const where = s2.files === s2.clusterConfigs ? plural(s2.clusterConfigs, "ClusterConfig file") : `${plural(s2.files, "file")} (${plural(s2.clusterConfigs, "ClusterConfig")} validated)`;
  return `${parts.join(", ")}${suppressed} in ${where}`;
}
function listPaths(paths, show = (p) => p, max = 3) {
  const shown = paths.slice(0, paths.length > max ? max : paths.length).map(show);
  const more = paths.length - shown.length;
  if (more) return `${shown.join(", ")} and ${plural(more, "more file")}`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}` : shown[0] ?? "";
}
function describeMinimum(report2, show = {}) {
  if (report2.minEksctlVersion)
    return `all files need eksctl ≥ ${show.version ? show.version(report2.minEksctlVersion) : report2.minEksctlVersion}`;
  const rejected = filesNoReleaseAccepts(report2.files);
  if (!rejected.length) return null;
  return `no known eksctl release accepts ${listPaths(
    rejected.map((f) => f.path),
    show.path
  )}`;
}
var init_describe = __esm({
  "src/report/describe.ts"() {
    "use strict";
    init_model();
  }
});

// src/report/text.ts
function excerpt(source, finding) {
  if (source === void 0 || finding.line < 1) return "";
  const lines = source.split(/\r?\n/);
  const text = lines[finding.line - 1];
  if (text === void 0) return "";
  const shown = text.length > MAX_EXCERPT_WIDTH ? text.slice(0, MAX_EXCERPT_WIDTH) + "…" : text;
  const start = Math.max(1, Math.min(finding.column, shown.length + 1));
  const end = finding.endLine === finding.line ? Math.max(start + 1, Math.min(finding.endColumn, shown.length + 1)) : shown.length + 1;
  const gutter = String(finding.line);
  const pad = " ".repeat(gutter.length);
  const lead = shown.slice(0, start - 1).replace(/[^\t]/g, " ");
  const caret = "^".repeat(Math.max(1, end - start));
  return ` ${gutter} | ${sanitize(shown)}
 ${pad} | ${lead}${caret}
`;
}
function sanitize(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "�");
}
function formatFinding(file, finding) {
  const head = `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}[${finding.ruleId}]: ${finding.message}
`;
  return head + excerpt(file.source, finding);
}
function verdict(file, target) {
  if (file.kind === "skipped") return `${file.path}: skipped (not an eksctl ClusterConfig)`;
  if (file.compatible === null)
    return `${file.path}: not validated (not readable as an eksctl ClusterConfig: see the errors above)`;
  const state = file.valid ? `valid for ${target}` : `invalid for ${target}`;
  return `${file.path}: ${state}; ${describeNeeds(file)}`;
}
function renderText(report2) {
  const out = [];
  for (const message of report2.messages) out.push(`eksctl-preflight: ${message.severity}: ${message.message}
`);
  for (const file of report2.files) {
    for (const finding of file.findings) if (!finding.suppressed) out.push(formatFinding(file, finding));
  }
  if (out.length) out.push("\n");
  const target = `eksctl ${report2.eksctlVersion}`;
  for (const file of report2.files) out.push(verdict(file, target) + "\n");
  out.push(`${countLine(report2)}; validated against ${describeTarget(report2)}`);
  const minimum = describeMinimum(report2);
  if (minimum) out.push(`; ${minimum}`);
  out.push("\n");
  return out.join("");
}
var MAX_EXCERPT_WIDTH;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_describe();
    MAX_EXCERPT_WIDTH = 160;
  }
});

// src/report/json.ts
function jsonFinding(finding) {
  const out = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    instancePath: finding.instancePath,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn
  };
  if (finding.since != null || finding.until != null) {
    out.since = finding.since ?? null;
    out.until = finding.until ?? null;
  }
  if (finding.suppressed) out.suppressed = true;
  return out;
}
function toJsonReport(report2) {
  return {
    eksctlVersion: report2.eksctlVersion,
    eksctlVersionSource: report2.eksctlVersionSource,
    eksctlVersionRequested: report2.eksctlVersionRequested,
    approximated: report2.approximated,
    minEksctlVersion: report2.minEksctlVersion,
    messages: report2.messages.map((m) => ({ severity: m.severity, message: m.message })),
    files: report2.files.map((file) => ({
      path: file.path,
      kind: file.kind,
      valid: file.valid,
      compatible: file.compatible ? { min: file.compatible.min, max: file.compatible.max, gaps: file.compatible.gaps.map((g) => ({ ...g })) } : null,
      minEksctlVersion: file.minEksctlVersion,
      findings: file.findings.map(jsonFinding)
    })),
    summary: { ...report2.summary }
  };
}
function renderJson(report2) {
  return JSON.stringify(toJsonReport(report2), null, 2) + "\n";
}
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
  }
});

// src/report/rule-catalog.ts
function registerRules(rules) {
  for (const rule of rules) catalog.set(rule.id, rule);
}
function ruleInfo(id) {
  return catalog.get(id) ?? {
    id,
    summary: `eksctl-preflight check ${id}`,
    help: "See the finding message and the eksctl-preflight README."
  };
}
var catalog, SCHEMA_RULES;
var init_rule_catalog = __esm({
  "src/report/rule-catalog.ts"() {
    "use strict";
    catalog = /* @__PURE__ */ new Map();
    SCHEMA_RULES = {
      unknownField: "schema/unknown-field",
      enumValue: "schema/enum-value",
      type: "schema/type",
      required: "schema/required",
      oneOf: "schema/one-of",
      pattern: "schema/pattern",
      constraint: "schema/constraint"
    };
    registerRules([
      {
        id: SCHEMA_RULES.unknownField,
        summary: "A field the target eksctl release does not know (eksctl fails with `json: unknown field`).",
        help: "If the field exists in a later release, upgrade eksctl to at least the release named in the message. If it was removed, use its replacement. Otherwise it is a typo: the message suggests the closest known field."
      },
      {
        id: SCHEMA_RULES.enumValue,
        summary: "A value that is not one of the values the target release allows.",
        help: "Use one of the listed values, or upgrade eksctl to the release named in the message."
      },
      {
        id: SCHEMA_RULES.type,
        summary: "A value of the wrong type (e.g. an unquoted `version: 1.30` is a number, eksctl needs a string).",
        help: "Write the value with the expected type; quote numbers and YAML 1.1 booleans (yes/no/on/off) meant as strings."
      },
      {
        id: SCHEMA_RULES.required,
        summary: "A field the target release requires is missing.",
        help: "Add the field named in the message."
      },
      {
        id: SCHEMA_RULES.oneOf,
        summary: "A value that matches none of the forms the field allows.",
        help: "Write the value in one of the forms listed in the message."
      },
      {
        id: SCHEMA_RULES.pattern,
        summary: "A string that does not have the format the field requires.",
        help: "Write the value in the format given in the message."
      },
      {
        id: SCHEMA_RULES.constraint,
        summary: "A value outside a limit of the schema (length, number range, item count…).",
        help: "Change the value so it meets the limit in the message."
      }
    ]);
  }
});

// package.json
var package_default;
var init_package = __esm({
  "package.json"() {
    package_default = {
      name: "eksctl-preflight",
      version: "0.1.0",
      description: "Validate eksctl ClusterConfig files against any eksctl release, offline, with line numbers; install eksctl checksum-verified; collect and diagnose Karpenter logs.",
      license: "MIT",
      type: "module",
      bin: {
        "eksctl-preflight": "dist/cli.js"
      },
      exports: {
        ".": "./dist/index.js"
      },
      engines: {
        node: ">=20"
      },
      scripts: {
        build: "node scripts/bundle.mjs",
        typecheck: "tsc --noEmit",
        lint: "eslint .",
        "format:check": "prettier --check .",
        "format:write": "prettier --write .",
        test: "vitest run",
        "schemas:build": "tsx scripts/build-schemas.ts",
        "schemas:check": "tsx scripts/check-schemas.ts"
      },
      dependencies: {
        "@actions/artifact": "^6.2.1",
        "@actions/core": "^3.0.1",
        "@actions/exec": "^3.0.0",
        "@actions/tool-cache": "^4.0.0",
        ajv: "^8.20.0",
        semver: "^7.8.6",
        tinyglobby: "^0.2.17",
        yaml: "^2.9.1"
      },
      devDependencies: {
        "@eslint/js": "^9.39.5",
        "@microsoft/jest-sarif": "1.0.0-beta.0",
        "@types/node": "^20.19.43",
        "@types/semver": "^7.8.0",
        "ajv-cli": "5.0.0",
        esbuild: "^0.28.2",
        eslint: "^9.39.5",
        "fast-check": "^4.11.0",
        prettier: "^3.10.1",
        tsx: "^4.23.15",
        typescript: "^5.9.3",
        "typescript-eslint": "^8.74.0",
        vitest: "^4.1.12"
      }
    };
  }
});

// src/report/tool.ts
var TOOL_NAME, TOOL_VERSION, TOOL_URI;
var init_tool = __esm({
  "src/report/tool.ts"() {
    "use strict";
    init_package();
    TOOL_NAME = "eksctl-preflight";
    TOOL_VERSION = package_default.version;
    TOOL_URI = "https://github.com/eksctl-preflight/eksctl-preflight";
  }
});

// src/report/sarif.ts
function uriOf(path5) {
  if (path5 === "-") return "stdin";
  return path5.split("/").map(encodeURIComponent).join("/");
}
function toSarif(report2) {
  const findings = report2.files.flatMap((f) => f.findings);
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const info = ruleInfo(id);
    const severity = findings.find((f) => f.ruleId === id)?.severity ?? "error";
    return {
      id,
      name: id.replace(/[^a-zA-Z0-9]+(.)/g, (_m, c) => c.toUpperCase()),
      shortDescription: { text: info.summary },
      help: { text: info.help, markdown: info.help },
      helpUri: `${TOOL_URI}#validate`,
      defaultConfiguration: { level: level[severity] },
      properties: { tags: ["eksctl", "ClusterConfig"] }
    };
  });
  const results = findings.map((f) => {
    const properties = { instancePath: f.instancePath };
    if (f.since != null || f.until != null) {
      properties.since = f.since ?? null;
      properties.until = f.until ?? null;
    }
    const result = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: level[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(f.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
          }
        }
      ],
      properties
    };
    if (f.suppressed) result.suppressions = [{ kind: "inSource" }];
    return result;
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: TOOL_URI,
            rules
          }
        },
        automationDetails: { id: `${TOOL_NAME}/validate/` },
        // Messages about the run (an approximated release, no ClusterConfig found) have no location.
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report2.messages.map((m) => ({
              level: level[m.severity],
              message: { text: m.message }
            }))
          }
        ],
        columnKind: "utf16CodeUnits",
        results,
        properties: {
          eksctlVersion: report2.eksctlVersion,
          eksctlVersionSource: report2.eksctlVersionSource,
          minEksctlVersion: report2.minEksctlVersion
        }
      }
    ]
  };
}
function renderSarif(report2) {
  return JSON.stringify(toSarif(report2), null, 2) + "\n";
}
var level;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_rule_catalog();
    init_tool();
    level = { error: "error", warning: "warning", notice: "note" };
  }
});

// src/report/github.ts
function planAnnotations(report2, limit = ANNOTATION_LIMIT) {
  const candidates = [];
  for (const m of report2.messages)
    candidates.push({ severity: m.severity, message: m.message, title: "eksctl-preflight" });
  for (const file of report2.files) {
    for (const f of file.findings) {
      if (f.suppressed) continue;
      const a = { severity: f.severity, message: f.message, title: `eksctl-preflight [${f.ruleId}]` };
      if (f.file === "-") a.message = `-:${f.line}:${f.column}: ${f.message}`;
      else {
        a.file = f.file;
        a.startLine = f.line;
        a.endLine = f.endLine;
        if (f.line === f.endLine) {
          a.startColumn = f.column;
          a.endColumn = f.endColumn;
        }
      }
      candidates.push(a);
    }
  }
  const omitted = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  for (const severity of order) {
    const all = candidates.filter((a) => a.severity === severity);
    annotations.push(...all.slice(0, limit));
    omitted[severity] = Math.max(0, all.length - limit);
  }
  const more = omitted.error + omitted.warning + omitted.notice;
  if (more > 0) {
    const notices = annotations.filter((a) => a.severity === "notice");
    if (notices.length >= limit) {
      annotations.splice(annotations.lastIndexOf(notices[notices.length - 1]), 1);
      omitted.notice++;
    }
    annotations.push({ severity: "notice", title: "eksctl-preflight", message: overflowMessage(omitted) });
  }
  return { annotations, omitted };
}
function overflowMessage(omitted) {
  const parts = order.filter((s2) => omitted[s2] > 0).map((s2) => plural(omitted[s2], s2));
  const total = omitted.error + omitted.warning + omitted.notice;
  return `${plural(total, "more finding")} (${parts.join(", ")}) not annotated: GitHub shows ${ANNOTATION_LIMIT} errors, warnings and notices per step. All findings are in the job summary and the JSON report.`;
}
function escapeData(s2) {
  return s2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s2) {
  return escapeData(s2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(a) {
  const props = [
    ["title", a.title],
    ["file", a.file],
    ["line", a.startLine],
    ["endLine", a.endLine],
    ["col", a.startColumn],
    ["endColumn", a.endColumn]
  ];
  const text = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${a.severity}${text ? " " + text : ""}::${escapeData(a.message)}`;
}
function renderGithub(report2) {
  return planAnnotations(report2).annotations.map((a) => workflowCommand(a) + "\n").join("");
}
var ANNOTATION_LIMIT, order;
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    init_describe();
    ANNOTATION_LIMIT = 10;
    order = ["error", "warning", "notice"];
  }
});

// src/report/write.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
function writeFileAtomic(file, content) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
var init_write = __esm({
  "src/report/write.ts"() {
    "use strict";
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer2 = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer2;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var parse3 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer2) {
        return version;
      }
      try {
        return new SemVer2(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse3;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var valid = (version, options) => {
      const v = parse3(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var clean2 = (version, options) => {
      const s2 = parse3(version.trim().replace(/^[=v]+/, ""), options);
      return s2 ? s2.version : null;
    };
    module.exports = clean2;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer2(
          version instanceof SemVer2 ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse3(version1, null, true);
      const v2 = parse3(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var major = (a, loose) => new SemVer2(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var minor2 = (a, loose) => new SemVer2(a, loose).minor;
    module.exports = minor2;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var patch = (a, loose) => new SemVer2(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var prerelease = (version, options) => {
      const parsed2 = parse3(version, options);
      return parsed2 && parsed2.prerelease.length ? parsed2.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var compare = (a, b, loose) => new SemVer2(a, loose).compare(new SemVer2(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer2(a, loose);
      const versionB = new SemVer2(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt2 = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt2;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte2 = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte2;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte2 = require_gte();
    var lt2 = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte2(a, b, loose);
        case "<":
          return lt2(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var parse3 = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer2) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor2 = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build2 = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse3(`${major}.${minor2}.${patch}${prerelease}${build2}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var constants3 = require_constants();
    var SemVer2 = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants3.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer2 ? version.version : version;
      return parse3(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit2 = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit2(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit2(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range2, start, limit, digitRuns) => {
      if (!isDigit2(range2[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit2(range2[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range2, start, loose, digitRuns) => {
      if (!loose && range2[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range2, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range2, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range2, start, MAX_LENGTH, digitRuns);
      if (isLetter(range2[digitsEnd]) || range2[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range2[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range2, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range2, start, loose, digitRuns) => {
      const hyphen = range2[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range2, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range2, start, loose, digitRuns);
      }
      while (range2[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range2, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range2, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range2[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range2, start) => {
      if (range2[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range2, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range2[end] === ".") {
        const next = findBuildIdentifierEndIndex(range2, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range2, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range2, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range2[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range2, end, true, digitRuns);
      return findBuildEndIndex(range2, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range2, start, digitRuns) => {
      if (isDigit2(range2[start])) {
        return findVersionNumberEndIndex(range2, start, false, digitRuns);
      }
      return isVersionStart(range2[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range2, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range2, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range2[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range2, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range2, end, false, digitRuns);
      return findBuildEndIndex(range2, prereleaseEnd);
    };
    var findVersionEndIndex = (range2, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range2, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range2, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range2, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range2[position])) {
        position++;
      }
      if (range2[position] === "<" || range2[position] === ">") {
        position++;
      }
      if (range2[position] === "=") {
        position++;
      }
      return isWhitespace(range2[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range2) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range2.length) {
        const matchStart = cursor;
        if (range2[cursor] === "<" || range2[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range2[cursor]) && !isVersionStart(range2[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range2.length && isVersionPrefix(range2[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range2[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range2, matchStart);
        if (whitespacePosition !== -1) {
          result += range2.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range2, cursor, digitRuns);
      }
      return result + range2.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range2, options) {
        options = parseOptions(options);
        if (range2 instanceof _Range) {
          if (range2.loose === !!options.loose && range2.includePrerelease === !!options.includePrerelease) {
            return range2;
          } else {
            return new _Range(range2.raw, options);
          }
        }
        if (range2 instanceof Comparator) {
          this.raw = range2.value;
          this.set = [[range2]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range2.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range2) {
        range2 = range2.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range2;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range2 = range2.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range2);
        range2 = trimComparatorWhitespace(range2);
        debug("comparator trim", range2);
        range2 = range2.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range2);
        range2 = range2.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range2);
        let rangeList = range2.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range2, options) {
        if (!(range2 instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range2.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer2(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer2 = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer2(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer2(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer2 = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range2, options) => {
      try {
        range2 = new Range(range2, options);
      } catch (er) {
        return false;
      }
      return range2.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range2, options) => new Range(range2, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range2, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range2, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer2(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range2, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range2, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer2(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range2, loose) => {
      range2 = new Range(range2, loose);
      let minver = new SemVer2("0.0.0");
      if (range2.test(minver)) {
        return minver;
      }
      minver = new SemVer2("0.0.0-0");
      if (range2.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range2.set.length; ++i) {
        const comparators = range2.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer2(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range2.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range2, options) => {
      try {
        return new Range(range2, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt2 = require_lt();
    var lte = require_lte();
    var gte2 = require_gte();
    var outside = (version, range2, hilo, options) => {
      version = new SemVer2(version, options);
      range2 = new Range(range2, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt2;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt2;
          ltefn = gte2;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range2, options)) {
        return false;
      }
      for (let i = 0; i < range2.set.length; ++i) {
        const comparators = range2.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range2, options) => outside(version, range2, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range2, options) => outside(version, range2, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range2, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range2, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range2.raw === "string" ? range2.raw : String(range2);
      return simplified.length < original.length ? simplified : range2;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt2;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt2 = lowerLT(lt2, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt2) {
        gtltComp = compare(gt.semver, lt2.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt2.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt2 && !satisfies(eq, String(lt2), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt2 && !options.includePrerelease && lt2.semver.prerelease.length ? lt2.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt2.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt2) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt2, c, options);
            if (lower === c && lower !== lt2) {
              return false;
            }
          } else if (lt2.operator === "<=" && !c.test(lt2.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt2 || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt2 && gtltComp !== 0) {
        return false;
      }
      if (lt2 && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants3 = require_constants();
    var SemVer2 = require_semver();
    var identifiers = require_identifiers();
    var parse3 = require_parse();
    var valid = require_valid();
    var clean2 = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor2 = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt2 = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte2 = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse3,
      valid,
      clean: clean2,
      inc,
      diff,
      major,
      minor: minor2,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt: lt2,
      eq,
      neq,
      gte: gte2,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer: SemVer2,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants3.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants3.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/config/document.ts
function createDocument(init) {
  const { expansion, lines, index } = init;
  const whole = lines.fileStart();
  return {
    path: init.path,
    text: expansion.original,
    expandedText: expansion.expanded,
    data: init.data,
    placeholderPaths: init.placeholderPaths,
    has: (instancePath) => index.has(instancePath),
    locate(instancePath, part = "value") {
      let p = instancePath;
      let entry = index.get(p);
      while (!entry && p !== "") {
        const cut2 = p.lastIndexOf("/");
        p = cut2 <= 0 ? "" : p.slice(0, cut2);
        entry = index.get(p);
      }
      if (!entry) return { ...whole };
      const r = part === "key" && entry.key ? entry.key : entry.value;
      const start = expansion.toOriginal(r[0], "start");
      const end = expansion.toOriginal(r[1], "end");
      return lines.range(start, end);
    }
  };
}
var init_document = __esm({
  "src/config/document.ts"() {
    "use strict";
  }
});

// src/config/envsubst.ts
function noExpansion(text) {
  return new Expansion(text, text, [], []);
}
function envsubst(text, env) {
  const segments = [];
  const unset = [];
  let out = "";
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? m[2];
    const start = m.index;
    const end = start + m[0].length;
    const value = Object.prototype.hasOwnProperty.call(env, name) ? env[name] : void 0;
    if (value === void 0) unset.push({ name, start, end });
    out += text.slice(last, start);
    const expandedStart = out.length;
    out += value ?? "";
    segments.push({ expandedStart, expandedEnd: out.length, originalStart: start, originalEnd: end });
    last = end;
  }
  out += text.slice(last);
  return new Expansion(text, out, unset, segments);
}
var PLACEHOLDER, Expansion;
var init_envsubst = __esm({
  "src/config/envsubst.ts"() {
    "use strict";
    PLACEHOLDER = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
    Expansion = class {
      constructor(original, expanded, unset, segments) {
        this.original = original;
        this.expanded = expanded;
        this.unset = unset;
        this.segments = segments;
      }
      original;
      expanded;
      unset;
      segments;
      /** Index of the last segment whose start (in the expanded or the original text) is ≤ offset; -1 if none. */
      lastSegmentStartingAtOrBefore(start, offset) {
        const segs = this.segments;
        let lo = 0;
        let hi = segs.length - 1;
        let found = -1;
        while (lo <= hi) {
          const mid = lo + hi >> 1;
          if (segs[mid][start] <= offset) {
            found = mid;
            lo = mid + 1;
          } else hi = mid - 1;
        }
        return found;
      }
      /**
       * Map an offset of the expanded text to the original. An offset inside a replaced value maps to the start of
       * its placeholder (side 'start') or to its end (side 'end'), so a range over a value covers its placeholder.
       */
      toOriginal(offset, side) {
        const found = this.lastSegmentStartingAtOrBefore("expandedStart", offset);
        if (found === -1) return offset;
        const s2 = this.segments[found];
        if (offset >= s2.expandedEnd && offset > s2.expandedStart) return s2.originalEnd + (offset - s2.expandedEnd);
        if (offset === s2.expandedStart) return s2.originalStart;
        return side === "start" ? s2.originalStart : s2.originalEnd;
      }
      /** Map an offset of the original text to the expanded one (inside a placeholder: where its value starts). */
      toExpanded(offset) {
        const found = this.lastSegmentStartingAtOrBefore("originalStart", offset);
        if (found === -1) return offset;
        const s2 = this.segments[found];
        return offset < s2.originalEnd ? s2.expandedStart : s2.expandedEnd + (offset - s2.originalEnd);
      }
    };
  }
});

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
function cleanPath(path5) {
  let normalized2 = normalize(path5);
  if (normalized2.length > 1 && normalized2[normalized2.length - 1] === sep) normalized2 = normalized2.substring(0, normalized2.length - 1);
  return normalized2;
}
function convertSlashes(path5, separator) {
  return path5.replace(SLASHES_REGEX, separator);
}
function isRootDirectory(path5) {
  return path5 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path5);
}
function normalizePath(path5, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path5.includes("/") || path5.startsWith(".");
  if (resolvePaths) path5 = resolve(path5);
  if (normalizePath$1 || pathNeedsCleaning) path5 = cleanPath(path5);
  if (path5 === ".") return "";
  const needsSeperator = path5[path5.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path5 + pathSeparator : path5, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
function build$3(options) {
  return options.group ? groupFiles : empty;
}
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path5, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path5);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path5, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var __require2, SLASHES_REGEX, WINDOWS_ROOT_DIR_REGEX, pushDirectory, pushDirectoryFilter, empty$2, pushFileFilterAndCount, pushFileFilter, pushFileCount, pushFile, empty$1, getArray, getArrayGroup, groupFiles, empty, resolveSymlinksAsync, resolveSymlinks, onlyCountsSync, groupsSync, defaultSync, limitFilesSync, onlyCountsAsync, defaultAsync, limitFilesAsync, groupsAsync, readdirOpts, walkAsync, walkSync, Queue, Counter, Aborter, Walker, APIBuilder, pm, Builder;
var init_dist = __esm({
  "node_modules/fdir/dist/index.mjs"() {
    __require2 = /* @__PURE__ */ createRequire(import.meta.url);
    SLASHES_REGEX = /[\\/]/g;
    WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path5 = directoryPath || ".";
      if (filters.every((filter) => filter(path5, true))) paths.push(path5);
    };
    empty$2 = () => {
    };
    pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    pushFile = (filename, paths) => {
      paths.push(filename);
    };
    empty$1 = () => {
    };
    getArray = (paths) => {
      return paths;
    };
    getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    empty = () => {
    };
    resolveSymlinksAsync = function(path5, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      fs.realpath(path5, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs.stat(resolvedPath, (error$1, stat2) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat2.isDirectory() && isRecursive(path5, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat2, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    resolveSymlinks = function(path5, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs.realpathSync(path5);
        const stat2 = fs.statSync(resolvedPath);
        if (stat2.isDirectory() && isRecursive(path5, resolvedPath, state)) return;
        callback$1(stat2, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    onlyCountsSync = (state) => {
      return state.counts;
    };
    groupsSync = (state) => {
      return state.groups;
    };
    defaultSync = (state) => {
      return state.paths;
    };
    limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    readdirOpts = { withFileTypes: true };
    walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
        callback$1(entries, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries = [];
      try {
        entries = fs.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries, directoryPath, currentDepth);
    };
    Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    Counter = class {
      _files = 0;
      _directories = 0;
      set files(num) {
        this._files = num;
      }
      get files() {
        return this._files;
      }
      set directories(num) {
        this._directories = num;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || nativeFs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries.length; ++i) {
          const entry = entries[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path5 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path5)) continue;
            this.pushDirectory(path5, paths, filters);
            this.walkDirectory(this.state, path5, path5, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path5 = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path5, this.state, (stat2, resolvedPath) => {
              if (stat2.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path5 + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path5 + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path5;
                const filename = basename(resolvedPath);
                const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    pm = null;
    try {
      __require2.resolve("picomatch");
      pm = __require2("picomatch");
    } catch {
    }
    Builder = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: sep,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path5) => isMatch(path5));
        return this;
      }
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str4) => REGEX_SPECIAL_CHARS.test(str4);
    exports.isRegexChar = (str4) => str4.length === 1 && exports.hasRegexChars(str4);
    exports.escapeRegex = (str4) => str4.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str4) => str4.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str4) => {
      return str4.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path5, { windows } = {}) => {
      const segs = path5.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str4 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str4.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str4.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str4;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str4.slice(0, start);
        str4 = str4.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str4.slice(0, lastIndex);
        glob2 = str4.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str4;
      } else {
        base = str4;
      }
      if (base && base !== "" && base !== "/" && base !== str4) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants2();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup2 = prev && prev.value === "(";
          if (!isGroup2 && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str4) => {
        switch (str4) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str4);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse2();
    var utils = require_utils();
    var constants3 = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str4) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str4);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str4, patterns, options) => picomatch2(patterns, options)(str4);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed2 = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed2.output = parse3.fastpaths(input, options);
      }
      if (!parsed2.output) {
        parsed2 = parse3(input, options);
      }
      return picomatch2.compileRe(parsed2, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants3;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path5) {
  return path5.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
function splitPattern(path5) {
  var _result$parts;
  const result = import_picomatch.default.scan(path5, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path5];
}
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path5 = format(p, isDirectory);
      const matches = matcher(path5) && !ignore(path5);
      if (matches) log(`matched ${path5}`);
      return matches;
    } : (p, isDirectory) => {
      const path5 = format(p, isDirectory);
      return matcher(path5) && !ignore(path5);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative3] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative3) : [];
}
var import_picomatch, isReadonlyArray, BACKSLASHES, DRIVE_RELATIVE_PATH, isWin, ONLY_PARENT_DIRECTORIES, WIN32_ROOT_DIR, isRoot, splitPatternOptions, POSIX_UNESCAPED_GLOB_SYMBOLS, WIN32_UNESCAPED_GLOB_SYMBOLS, escapePosixPath, escapeWin32Path, escapePath, PARENT_DIRECTORY, ESCAPING_BACKSLASHES, defaultOptions;
var init_dist2 = __esm({
  "node_modules/tinyglobby/dist/index.mjs"() {
    init_dist();
    import_picomatch = __toESM(require_picomatch2(), 1);
    isReadonlyArray = Array.isArray;
    BACKSLASHES = /\\/g;
    DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    isWin = process.platform === "win32";
    ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    splitPatternOptions = { parts: true };
    POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    escapePosixPath = (path5) => path5.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapeWin32Path = (path5) => path5.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapePath = isWin ? escapeWin32Path : escapePosixPath;
    PARENT_DIRECTORY = /^(\/?\.\.)+/;
    ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
  }
});

// src/config/files.ts
import { realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import path2 from "node:path";
function hasConfigExtension(p) {
  return CONFIG_EXTENSIONS.includes(path2.extname(p).toLowerCase());
}
function relative2(parent, child2) {
  const prefix = parent.endsWith(path2.sep) ? parent : parent + path2.sep;
  if (child2.startsWith(prefix) && !child2.includes(`${path2.sep}..`)) return child2.slice(prefix.length);
  return path2.relative(parent, child2);
}
function isInside(child2, parent) {
  const rel = relative2(parent, child2);
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}
function toDisplay(abs, workspace) {
  const rel = relative2(workspace, abs);
  return (path2.sep === "/" ? rel : rel.split(path2.sep).join("/")) || ".";
}
function statOrNull(p) {
  try {
    return statSync2(p);
  } catch {
    return null;
  }
}
async function resolveTargets(patterns, cwd, workspace) {
  const wsAbs = path2.resolve(workspace);
  let wsReal;
  try {
    wsReal = realpathSync2.native(wsAbs);
  } catch {
    throw new InputError(`The workspace folder ${wsAbs} does not exist.`);
  }
  const list = patterns.map((p) => p.trim()).filter((p) => p !== "");
  if (list.length === 0)
    throw new InputError("No config files given: name one or more files or globs (or - for stdin).");
  const found = /* @__PURE__ */ new Map();
  let stdin = false;
  for (const pattern of list) {
    if (pattern === "-") {
      stdin = true;
      continue;
    }
    if (!isDynamicPattern(pattern)) {
      const abs = path2.resolve(cwd, pattern);
      const st = statOrNull(abs);
      if (!st) throw new InputError(`${pattern}: no such file.`);
      if (st.isDirectory()) {
        const { files: files2 } = await globConfigs(["**/*"], abs);
        if (files2.length === 0) throw new InputError(`${pattern}: the folder holds no .yaml, .yml or .json file.`);
        for (const f of files2) if (!found.has(f)) found.set(f, pattern);
      } else if (!st.isFile()) {
        throw new InputError(`${pattern}: not a regular file (use - to read stdin).`);
      } else if (!found.has(abs)) found.set(abs, pattern);
      continue;
    }
    const { matched, files } = await globConfigs([pattern], cwd);
    if (files.length === 0) {
      throw new InputError(
        matched === 0 ? `The glob ${pattern} matched no file (relative to ${cwd}).` : `The glob ${pattern} matched ${matched} file(s) but none ending in .yaml, .yml or .json.`
      );
    }
    for (const f of files) if (!found.has(f)) found.set(f, pattern);
  }
  const targets = [];
  for (const [abs, pattern] of found) {
    let real;
    try {
      real = realpathSync2.native(abs);
    } catch {
      throw new InputError(`${pattern}: ${abs} cannot be resolved (a dangling symlink?).`);
    }
    if (!isInside(real, wsReal)) {
      const shown = isInside(abs, wsAbs) ? toDisplay(abs, wsAbs) : abs;
      throw new InputError(
        `${shown} resolves to ${real}, which is outside the workspace ${wsReal}: refusing to read it` + (real !== abs ? " (through a symlink)." : ".")
      );
    }
    targets.push({ abs, display: isInside(abs, wsAbs) ? toDisplay(abs, wsAbs) : toDisplay(real, wsReal) });
  }
  targets.sort((a, b) => a.display < b.display ? -1 : a.display > b.display ? 1 : 0);
  const unique2 = targets.filter((t, i) => i === 0 || t.display !== targets[i - 1].display);
  return stdin ? [{ display: "-", abs: null }, ...unique2] : unique2;
}
async function globConfigs(patterns, cwd) {
  const all = await glob(patterns, {
    cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: true,
    ignore: GLOB_IGNORE
  });
  return { matched: all.length, files: all.filter(hasConfigExtension).map((f) => path2.resolve(f)) };
}
var InputError, CONFIG_EXTENSIONS, GLOB_IGNORE;
var init_files = __esm({
  "src/config/files.ts"() {
    "use strict";
    init_dist2();
    InputError = class extends Error {
      name = "InputError";
    };
    CONFIG_EXTENSIONS = [".yaml", ".yml", ".json"];
    GLOB_IGNORE = ["**/node_modules/**", "**/.git/**"];
  }
});

// src/config/positions.ts
function bytePosition(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, Math.max(0, offset - lineStart));
  const column = before.toString("utf8").replace(/\r$/, "").length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}
var LineIndex;
var init_positions = __esm({
  "src/config/positions.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text) {
        this.text = text;
        const starts = [0];
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
        this.starts = starts;
      }
      text;
      /** Offset of the first character of each line. */
      starts;
      get lineCount() {
        return this.starts.length;
      }
      /** Length of a 1-based line without its line break (`\r\n` counts as the break). */
      lineLength(line) {
        const start = this.starts[line - 1] ?? 0;
        const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
        return next > start && this.text.charCodeAt(next - 1) === 13 ? next - 1 - start : next - start;
      }
      /** 1-based line and column of an offset (clamped into the text). */
      position(offset) {
        const off = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.starts[mid] <= off) lo = mid;
          else hi = mid - 1;
        }
        const line = lo + 1;
        return { line, column: Math.min(off - this.starts[lo], this.lineLength(line)) + 1 };
      }
      /** A source range from two offsets (end exclusive); the end never precedes the start. */
      range(start, end) {
        const a = this.position(start);
        const b = this.position(Math.max(start, end));
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      }
      /** The range of the whole first line (for findings about the file as a whole). */
      fileStart() {
        return { line: 1, column: 1, endLine: 1, endColumn: this.lineLength(1) + 1 };
      }
    };
  }
});

// src/config/read.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${bytes} bytes`;
}
function readConfigFile(absPath) {
  const fd = openSync(absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      return { ok: false, ruleId: "config/unreadable", message: "Not a regular file: not read.", range: FILE_START };
    }
    const { size } = st;
    if (size > MAX_CONFIG_BYTES) return tooLarge(size);
    let buf = Buffer.allocUnsafe(Math.min(MAX_CONFIG_BYTES + 1, size + 1));
    let total = 0;
    for (; ; ) {
      if (total === buf.length) {
        if (total > MAX_CONFIG_BYTES) return tooLarge(total);
        const bigger = Buffer.allocUnsafe(Math.min(MAX_CONFIG_BYTES + 1, buf.length * 2 + 64 * 1024));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
    }
    return decodeConfigBytes(buf.subarray(0, total));
  } finally {
    closeSync(fd);
  }
}
function tooLarge(size) {
  return {
    ok: false,
    ruleId: "config/too-large",
    message: `The file is ${formatSize(size)}; configs larger than ${formatSize(MAX_CONFIG_BYTES)} are refused unread.`,
    range: FILE_START
  };
}
function decodeConfigBytes(bytes) {
  if (bytes.length > MAX_CONFIG_BYTES) return tooLarge(bytes.length);
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return {
      ok: false,
      ruleId: "config/encoding",
      message: "The file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8.",
      range: FILE_START
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      ruleId: "config/binary",
      message: `The file contains a NUL byte (at byte ${nul}): it is binary, not a YAML or JSON config.`,
      range: bytePosition(bytes, nul)
    };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    return {
      ok: false,
      ruleId: "config/encoding",
      message: `The file is not valid UTF-8: byte 0x${bytes[bad].toString(16).padStart(2, "0")} at byte offset ${bad} (column counted in bytes). Save the file as UTF-8.`,
      range: bytePosition(bytes, bad)
    };
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { ok: true, text };
}
function checkConfigText(input) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const size = Buffer.byteLength(text, "utf8");
  if (size > MAX_CONFIG_BYTES) return tooLarge(size);
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const lineStart = text.lastIndexOf("\n", nul - 1) + 1;
    const line = text.slice(0, lineStart).split("\n").length;
    const column = nul - lineStart + 1;
    return {
      ok: false,
      ruleId: "config/binary",
      message: "The input contains a NUL character: it is binary, not a YAML or JSON config.",
      range: { line, column, endLine: line, endColumn: column + 1 }
    };
  }
  return { ok: true, text };
}
function firstInvalidUtf8(b) {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (c >= 194 && c <= 223) {
      need = 1;
      min = 128;
    } else if (c >= 224 && c <= 239) {
      need = 2;
      min = 2048;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      min = 65536;
    } else return i;
    let cp = c & (need === 1 ? 31 : need === 2 ? 15 : 7);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === void 0 || (cc & 192) !== 128) return i;
      cp = cp << 6 | cc & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
var MAX_CONFIG_BYTES, FILE_START;
var init_read = __esm({
  "src/config/read.ts"() {
    "use strict";
    init_positions();
    MAX_CONFIG_BYTES = 10 * 1024 * 1024;
    FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path5) {
      const ctrl = callVisitor(key, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path5, ctrl);
        return visit_(key, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path5);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = visit_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path5);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path5) {
      const ctrl = await callVisitor(key, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path5, ctrl);
        return visitAsync_(key, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path5);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path5);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path5) {
      if (typeof visitor === "function")
        return visitor(key, node, path5);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path5);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path5);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path5);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path5);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path5);
      return void 0;
    }
    function replaceNode(key, path5, node) {
      const parent = path5[path5.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref2 = sourceObjects.get(source);
            if (typeof ref2 === "object" && ref2.anchor && (identity.isScalar(ref2.node) || identity.isCollection(ref2.node))) {
              ref2.node.anchor = ref2.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref2 = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref2 = sourceObjects.get(value);
        if (ref2) {
          ref2.anchor ?? (ref2.anchor = onAnchor(value));
          return new Alias.Alias(ref2.anchor);
        } else {
          ref2 = { anchor: null, node: null };
          sourceObjects.set(value, ref2);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref2)
            ref2.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref2)
        ref2.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path5, value) {
      let v = value;
      for (let i = path5.length - 1; i >= 0; --i) {
        const k = path5[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path5) => path5 == null || typeof path5 === "object" && !!path5[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path5, value) {
        if (isEmptyPath(path5))
          this.add(value);
        else {
          const [key, ...rest] = path5;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path5) {
        const [key, ...rest] = path5;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path5, keepScalar) {
        const [key, ...rest] = path5;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path5) {
        const [key, ...rest] = path5;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        const [key, ...rest] = path5;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str4) => str4.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str4, indent, comment) => str4.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str4.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str4) => /^(%|---|\.\.\.)/m.test(str4);
    function lineLengthOverLimit(str4, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str4.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str4[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str4 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str4 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str4 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str4 += "\\0";
                    break;
                  case "0007":
                    str4 += "\\a";
                    break;
                  case "000b":
                    str4 += "\\v";
                    break;
                  case "001b":
                    str4 += "\\e";
                    break;
                  case "0085":
                    str4 += "\\N";
                    break;
                  case "00a0":
                    str4 += "\\_";
                    break;
                  case "2028":
                    str4 += "\\L";
                    break;
                  case "2029":
                    str4 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str4 += "\\x" + code.substr(2);
                    else
                      str4 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str4 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str4 += "\n";
                  i += 2;
                }
                str4 += indent;
                if (json[i + 2] === " ")
                  str4 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str4 = start ? str4 + json.slice(start) : json;
      return implicitKey ? str4 : foldFlowLines.foldFlowLines(str4, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str4 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str4);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str4 : foldFlowLines.foldFlowLines(str4, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str4 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str4;
      return identity.isScalar(node) || str4[0] === "{" || str4[0] === "[" ? `${props} ${str4}` : `${props}
${ctx.indent}${str4}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str4 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str4.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str4 === "" ? "?" : explicitKey ? `? ${str4}` : str4;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str4 = `? ${str4}`;
        if (keyComment && !keyCommentDone) {
          str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str4;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(keyComment));
        str4 = `? ${str4}
${indent}:`;
      } else {
        str4 = `${str4}:`;
        if (keyComment)
          str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str4.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str4 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str4;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str5 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str5 += stringifyComment.lineComment(str5, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str5);
      }
      let str4;
      if (lines.length === 0) {
        str4 = flowChars.start + flowChars.end;
      } else {
        str4 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str4 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str4 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str4;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str4 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str4.includes("\n"));
        if (i < items.length - 1) {
          str4 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str4.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str4 += ",";
          }
        }
        if (comment)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment));
        lines.push(str4);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str4 = start;
          for (const line of lines)
            str4 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str4}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str4) => str4,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str4) => new Scalar.Scalar(str4[0] === "t" || str4[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv2 = source[0] === "t" || source[0] === "T";
          if (value === sv2)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str4) => str4.slice(-3).toLowerCase() === "nan" ? NaN : str4[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str4) => parseFloat(str4),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str4) {
        const node = new Scalar.Scalar(parseFloat(str4));
        const dot = str4.indexOf(".");
        if (dot !== -1 && str4[str4.length - 1] === "0")
          node.minFractionDigits = str4.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str4, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str4) : parseInt(str4.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str4) => str4,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str4) => str4 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str4, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str4) : parseInt(str4, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str4) => parseFloat(str4),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str4, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str4)}`);
        return str4;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str4 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str4.length);
          for (let i = 0; i < str4.length; ++i)
            buffer[i] = str4.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str4;
        if (typeof node_buffer.Buffer === "function") {
          str4 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s2 = "";
          for (let i = 0; i < buf.length; ++i)
            s2 += String.fromCharCode(buf[i]);
          str4 = btoa(s2);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str4.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str4.substr(o, lineWidth);
          }
          str4 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str4 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str4) => str4.slice(-3).toLowerCase() === "nan" ? NaN : str4[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str4) => parseFloat(str4.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str4) {
        const node = new Scalar.Scalar(parseFloat(str4.replace(/_/g, "")));
        const dot = str4.indexOf(".");
        if (dot !== -1) {
          const f = str4.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str4, offset, radix, { intAsBigInt }) {
      const sign = str4[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str4 = str4.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str4 = `0b${str4}`;
            break;
          case 8:
            str4 = `0o${str4}`;
            break;
          case 16:
            str4 = `0x${str4}`;
            break;
        }
        const n2 = BigInt(str4);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str4, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str4 = value.toString(radix);
        return value < 0 ? "-" + prefix + str4.substr(1) : prefix + str4;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str4, asBigInt) {
      const sign = str4[0];
      const parts = sign === "-" || sign === "+" ? str4.substring(1) : str4;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str4, _onError, { intAsBigInt }) => parseSexagesimal(str4, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str4) => parseSexagesimal(str4, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str4) {
        const match = str4.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path5, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path5, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path5) {
        if (Collection.isEmptyPath(path5)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path5) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path5, keepScalar) {
        if (Collection.isEmptyPath(path5))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path5, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path5) {
        if (Collection.isEmptyPath(path5))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path5) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        if (Collection.isEmptyPath(path5)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path5), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path5, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv2 = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv2}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s2 = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s2}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer3 = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer3}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path5) => {
      let item = cst;
      for (const [field, index] of path5) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path5) => {
      const parent = visit2.itemAtPath(cst, path5.slice(0, -1));
      const field = path5[path5.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path5, item, visitor) {
      let ctrl = visitor(item, path5);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path5.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path5);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path5) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s2 = this.peek(3);
          if ((s2 === "---" || s2 === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s2 === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s2 = this.buffer.slice(this.pos, i);
        if (s2) {
          yield s2;
          this.pos += s2.length;
          return s2.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/config/yaml-fast.ts
function getResolver(options) {
  let resolver = resolvers.get(options);
  if (resolver) return resolver;
  const doc = new import_yaml.Document(null, options);
  const schema = doc.schema;
  const string = schema[/* @__PURE__ */ Symbol.for("yaml.scalar")];
  if (!string) throw new Error("yaml: no string tag in the schema");
  resolver = { tags: schema.tags.filter((t) => !t.collection), string, options: doc.options };
  resolvers.set(options, resolver);
  return resolver;
}
function surelyString(source) {
  return LETTER_FIRST.test(source) && !LETTER_FIRST_NOT_STRING.test(source);
}
function bail() {
  throw BAIL;
}
function escapePointer(segment) {
  return segment.indexOf("~") === -1 && segment.indexOf("/") === -1 ? segment : segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function parseYamlFast(text, options) {
  return new FastParser(text, getResolver(options)).parse();
}
var import_yaml, resolvers, LETTER_FIRST, LETTER_FIRST_NOT_STRING, Bail, BAIL, UNSUPPORTED_CHARS, PLAIN_KEY, PLAIN_FIRST_FORBIDDEN, MAX_FAST_DEPTH, FastParser;
var init_yaml_fast = __esm({
  "src/config/yaml-fast.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    resolvers = /* @__PURE__ */ new WeakMap();
    LETTER_FIRST = /^[A-Za-z][A-Za-z0-9_./-]*$/;
    LETTER_FIRST_NOT_STRING = /^(?:[Nn]ull|NULL|[YyNn]|[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF|[eE][-+]?[0-9]+)$/;
    Bail = class extends Error {
    };
    BAIL = new Bail();
    UNSUPPORTED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
    PLAIN_KEY = /^[A-Za-z0-9_$.][A-Za-z0-9_$./-]*$/;
    PLAIN_FIRST_FORBIDDEN = /* @__PURE__ */ new Set([..."[]{}#&*!|>'\"%@`,"]);
    MAX_FAST_DEPTH = 200;
    FastParser = class {
      constructor(text, r) {
        this.text = text;
        this.r = r;
      }
      text;
      r;
      index = /* @__PURE__ */ new Map();
      strings = /* @__PURE__ */ new Map();
      lines = [];
      /** Index into lines of the next line to read. */
      li = 0;
      parse() {
        const { text } = this;
        if (UNSUPPORTED_CHARS.test(text)) return null;
        let sawContent = false;
        let sawMarker = false;
        for (let start = 0; start <= text.length; ) {
          let end = text.indexOf("\n", start);
          if (end === -1) end = text.length;
          let indent = 0;
          while (text.charCodeAt(start + indent) === 32) indent++;
          const first = start + indent;
          const blank = first >= end || text.charCodeAt(first) === 35;
          if (!blank) {
            if (indent === 0 && (text.startsWith("---", start) || text.startsWith("...", start))) {
              const rest = text.slice(start + 3, end).trim();
              const marker2 = text.startsWith("---", start) && (rest === "" || rest.startsWith("#"));
              if (!marker2 || sawContent || sawMarker || !/^\s/.test(text.slice(start + 3, start + 4) || " ")) return null;
              sawMarker = true;
            } else {
              sawContent = true;
              this.lines.push({ start, end, indent });
            }
          }
          if (end === text.length) break;
          start = end + 1;
        }
        if (!this.lines.length) return null;
        try {
          const root = this.lines[0];
          if (root.indent !== 0 || this.isSeqItem(root.start)) return null;
          const node = this.map(root.start, 0, "", 0);
          if (this.li !== this.lines.length) return null;
          this.setEntry("", void 0, node, 0);
          return { data: node.value, index: this.index, strings: this.strings };
        } catch (e) {
          if (e === BAIL) return null;
          throw e;
        }
      }
      setEntry(ptr, key, node, fallback) {
        const value = node.start === node.end1 && key ? key : node.start === node.end1 ? [fallback, fallback] : [node.start, node.end1];
        this.index.set(ptr, key ? { key, value } : { value });
      }
      isSeqItem(at) {
        const c = this.text.charCodeAt(at + 1);
        return this.text.charCodeAt(at) === 45 && (c === 32 || c === 10 || Number.isNaN(c));
      }
      /** The line after the current one, if it has content. */
      peek() {
        return this.lines[this.li];
      }
      /** End of the text a line's comment or content runs to (trailing spaces excluded). */
      trimEnd(from, to) {
        while (to > from && this.text.charCodeAt(to - 1) === 32) to--;
        return to;
      }
      /**
       * After a value ending at `at` on the line ending at `lineEnd`: only spaces, or spaces and a comment. Returns the
       * end of that comment (or `at`).
       */
      afterValue(at, lineEnd2) {
        let i = at;
        while (i < lineEnd2 && this.text.charCodeAt(i) === 32) i++;
        if (i === lineEnd2) return at;
        if (this.text.charCodeAt(i) === 35 && i > at) return this.trimEnd(i, lineEnd2);
        return bail();
      }
      /** A block mapping whose first key is at `at` (on the current line), at column `indent`. */
      map(at, indent, ptr, depth) {
        if (depth > MAX_FAST_DEPTH) bail();
        const out = {};
        const seen = /* @__PURE__ */ new Set();
        let start = -1;
        let last = null;
        let keyAt = at;
        for (; ; ) {
          const line = this.lines[this.li];
          this.li++;
          const { key, keyRange, colon } = this.key(keyAt, line.end);
          if (start === -1) start = keyRange[0];
          const [k, identity] = key;
          if (seen.has(identity)) bail();
          seen.add(identity);
          const childPtr = `${ptr}/${escapePointer(k)}`;
          const value = this.valueAfterIndicator(colon + 1, line, indent, childPtr, depth, true);
          this.setEntry(childPtr, keyRange, value, keyRange[1]);
          if (k === "__proto__")
            Object.defineProperty(out, k, { value: value.value, enumerable: true, writable: true, configurable: true });
          else out[k] = value.value;
          last = value;
          const next2 = this.peek();
          if (!next2 || next2.indent < indent) break;
          if (next2.indent > indent) bail();
          if (this.isSeqItem(next2.start + next2.indent)) {
            bail();
          }
          keyAt = next2.start + next2.indent;
        }
        const end1 = last.end2;
        const next = this.peek();
        const until = next ? next.start : this.text.length;
        const [first, deepest] = this.commentIndents(end1, until);
        let end2 = end1;
        if (deepest >= Math.max(indent, 1)) {
          if (indent === 0 || first !== indent) bail();
          end2 = this.trimEnd(end1, this.lastCommentLineEnd(until));
        }
        return { value: out, start, end1, end2 };
      }
      /**
       * Indentation of the first and of the deepest comment line in [from, until) (only blank and comment lines lie
       * there), -1 when there is none.
       */
      commentIndents(from, until) {
        const { text } = this;
        let first = -1;
        let deepest = -1;
        for (let hash = this.hashIn(from, until); hash !== -1; hash = this.hashIn(hash + 1, until)) {
          const lineStart = text.lastIndexOf("\n", hash) + 1;
          if (lineStart < from) bail();
          const indent = hash - lineStart;
          if (first === -1) first = indent;
          deepest = Math.max(deepest, indent);
          const nl = text.indexOf("\n", hash);
          if (nl === -1) break;
          hash = nl;
        }
        return [first, deepest];
      }
      /** Offset of the first `#` in [from, until), -1 when there is none. */
      hashIn(from, until) {
        for (let i = from; i < until; i++) if (this.text.charCodeAt(i) === 35) return i;
        return -1;
      }
      /** End of the last comment line before `until`. */
      lastCommentLineEnd(until) {
        const last = this.text.lastIndexOf("#", until - 1);
        const nl = this.text.indexOf("\n", last);
        return nl === -1 || nl > until ? until : nl;
      }
      /** A block sequence whose first `-` is at `at` (on the current line), at column `indent`. */
      seq(at, indent, ptr, depth) {
        if (depth > MAX_FAST_DEPTH) bail();
        const out = [];
        const start = at;
        let last = null;
        let dash = at;
        const items = [];
        for (; ; ) {
          const line = this.lines[this.li];
          this.li++;
          const i = out.length;
          const value = this.valueAfterIndicator(dash + 1, line, indent, `${ptr}/${i}`, depth, false);
          items.push(value);
          out.push(value.value);
          last = value;
          const next2 = this.peek();
          if (!next2 || next2.indent < indent) break;
          if (next2.indent > indent) bail();
          if (!this.isSeqItem(next2.start + next2.indent)) break;
          dash = next2.start + next2.indent;
        }
        items.forEach((item, i) => this.setEntry(`${ptr}/${i}`, void 0, item, start));
        const end1 = last.end2;
        const next = this.peek();
        if (this.commentIndents(end1, next ? next.start : this.text.length)[1] >= indent) bail();
        return { value: out, start, end1, end2: end1 };
      }
      /**
       * The value after `key:` or `-` (at offset `from` on `line`), for a collection at column `indent`. Consumes the
       * lines of a nested block collection or block scalar.
       */
      valueAfterIndicator(from, line, indent, ptr, depth, inMap) {
        const { text } = this;
        let i = from;
        while (i < line.end && text.charCodeAt(i) === 32) i++;
        if (i === line.end || text.charCodeAt(i) === 35) {
          const comment = i !== line.end;
          const next2 = this.peek();
          if (next2 && next2.indent > indent) {
            const first = next2.start + next2.indent;
            if (this.isSeqItem(first)) return this.seq(first, next2.indent, ptr, depth + 1);
            return this.map(first, next2.indent, ptr, depth + 1);
          }
          if (inMap && next2 && next2.indent === indent && this.isSeqItem(next2.start + next2.indent))
            return this.seq(next2.start + next2.indent, indent, ptr, depth + 1);
          if (comment) bail();
          return { value: null, start: from, end1: from, end2: from, empty: true };
        }
        if (i === from) bail();
        const c = text.charCodeAt(i);
        if (!inMap && this.keyEnd(i, line.end) !== -1) {
          this.li--;
          return this.map(i, i - line.start, ptr, depth + 1);
        }
        if (c === 45 && this.isSeqItem(i)) bail();
        let node;
        if (c === 124) return this.blockScalar(i, line, indent, ptr);
        if (c === 91 || c === 123) node = this.flow(i, line.end, ptr, depth + 1);
        else node = this.scalar(i, line.end, ptr, false);
        const next = this.peek();
        if (next && next.indent > indent) bail();
        return node;
      }
      /** Offset of the `:` ending a key that starts at `at`, or -1 when the line holds no `key:` there. */
      keyEnd(at, lineEnd2) {
        const { text } = this;
        const c = text.charCodeAt(at);
        if (c === 34 || c === 39) {
          const close = text.indexOf(String.fromCharCode(c), at + 1);
          if (close === -1 || close >= lineEnd2) return -1;
          const colon = close + 1;
          if (text.charCodeAt(colon) !== 58) return -1;
          const after = text.charCodeAt(colon + 1);
          return colon + 1 === lineEnd2 || after === 32 ? colon : -1;
        }
        for (let i = at; i < lineEnd2; i++) {
          const d = text.charCodeAt(i);
          if (d === 58) {
            const after = text.charCodeAt(i + 1);
            if (i + 1 === lineEnd2 || after === 32) return i;
          } else if (d === 32) return -1;
        }
        return -1;
      }
      key(at, lineEnd2) {
        const colon = this.keyEnd(at, lineEnd2);
        if (colon === -1 || colon - at > 1e3) bail();
        const { text } = this;
        const c = text.charCodeAt(at);
        const keyRange = [at, colon];
        if (c === 34 || c === 39) {
          const inner = text.slice(at + 1, colon - 1);
          if (inner.includes("\\") || inner.includes("'") || inner.includes('"')) bail();
          return { key: [inner, `string:${inner}`], keyRange, colon };
        }
        const source = text.slice(at, colon);
        if (!PLAIN_KEY.test(source)) bail();
        const v = this.resolvePlain(source);
        if (v === null || v === void 0) return { key: ["null", "null"], keyRange, colon };
        if (typeof v === "object" || typeof v === "symbol") bail();
        return { key: [String(v), `${typeof v}:${String(v)}`], keyRange, colon };
      }
      /** Resolve a plain scalar as the composer does (YAML 1.1 tags, first match wins). */
      resolvePlain(source) {
        if (surelyString(source)) return source;
        const { tags, string, options } = this.r;
        let tag = string;
        for (const t of tags) {
          if (t.default === true && t.test?.test(source)) {
            tag = t;
            break;
          }
        }
        let failed2 = false;
        let v = tag.resolve(source, () => failed2 = true, options);
        if ((0, import_yaml.isScalar)(v)) v = v.value;
        if (failed2 || typeof v === "object" && v !== null) bail();
        return v;
      }
      /** A single-line scalar in block context starting at `at`; the rest of the line is a comment at most. */
      scalar(at, lineEnd2, ptr, inFlow) {
        const { text } = this;
        const c = text.charCodeAt(at);
        let valueEnd;
        let value;
        if (c === 34 || c === 39) {
          ;
          [value, valueEnd] = this.quoted(at, lineEnd2);
          if (!inFlow) {
            const end22 = this.afterValue(valueEnd, lineEnd2);
            this.strings.set(ptr, value);
            return { value, start: at, end1: valueEnd, end2: end22 };
          }
          this.strings.set(ptr, value);
          return { value, start: at, end1: valueEnd, end2: valueEnd };
        }
        let stop = lineEnd2;
        for (let h = at + 1; h < lineEnd2; h++) {
          if (text.charCodeAt(h) === 35 && text.charCodeAt(h - 1) === 32) {
            stop = h - 1;
            break;
          }
        }
        valueEnd = this.trimEnd(at, stop);
        const source = text.slice(at, valueEnd);
        const ch = source[0];
        if (PLAIN_FIRST_FORBIDDEN.has(ch)) bail();
        if ((ch === "-" || ch === "?" || ch === ":") && (source.length === 1 || source[1] === " ")) bail();
        if (source.includes(": ") || source.endsWith(":")) bail();
        value = this.resolvePlain(source);
        const end2 = stop === lineEnd2 ? valueEnd : this.trimEnd(stop, lineEnd2);
        if (typeof value === "string") {
          this.strings.set(ptr, value);
          return { value, start: at, end1: valueEnd, end2 };
        }
        if (typeof value === "bigint") value = Number(value);
        else if (value === void 0 || typeof value === "symbol") value = source;
        return { value, start: at, end1: valueEnd, end2 };
      }
      /** A quoted scalar on one line: its value and the offset after the closing quote. */
      quoted(at, lineEnd2) {
        const { text } = this;
        if (text.charCodeAt(at) === 39) {
          let out = "";
          let from = at + 1;
          for (; ; ) {
            const q = text.indexOf("'", from);
            if (q === -1 || q >= lineEnd2) return bail();
            out += text.slice(from, q);
            if (text.charCodeAt(q + 1) === 39) {
              out += "'";
              from = q + 2;
              continue;
            }
            return [out, q + 1];
          }
        }
        let escapes = false;
        for (let i = at + 1; i < lineEnd2; i++) {
          const d = text.charCodeAt(i);
          if (d === 92) {
            escapes = true;
            const e = text[i + 1];
            if (e === "u") {
              if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) bail();
              i += 5;
            } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) i++;
            else bail();
          } else if (d === 34) {
            const inner = text.slice(at + 1, i);
            return [escapes ? JSON.parse(`"${inner}"`) : inner, i + 1];
          }
        }
        return bail();
      }
      /** A flow sequence or mapping of scalars on one line. */
      flow(at, lineEnd2, ptr, depth) {
        if (depth > MAX_FAST_DEPTH) bail();
        const { text } = this;
        const isSeq2 = text.charCodeAt(at) === 91;
        const close = isSeq2 ? 93 : 125;
        const seqOut = [];
        const mapOut = {};
        const seen = /* @__PURE__ */ new Set();
        const entries = [];
        let i = at + 1;
        const skip = () => {
          while (i < lineEnd2 && text.charCodeAt(i) === 32) i++;
        };
        skip();
        if (text.charCodeAt(i) !== close) {
          for (; ; ) {
            skip();
            const c = text.charCodeAt(i);
            if (c === 44 || c === close || i >= lineEnd2) bail();
            let keyRange;
            let childPtr = `${ptr}/${seqOut.length}`;
            if (!isSeq2) {
              const colon = this.flowToken(i, lineEnd2, true);
              if (text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) !== 32) bail();
              const { key } = this.key(i, colon + 1 === lineEnd2 ? lineEnd2 : colon + 1);
              if (seen.has(key[1])) bail();
              seen.add(key[1]);
              keyRange = [i, colon];
              childPtr = `${ptr}/${escapePointer(key[0])}`;
              i = colon + 1;
              skip();
              const v = text.charCodeAt(i);
              if (v === 44 || v === close) bail();
              const node = this.flowScalar(i, lineEnd2, childPtr);
              entries.push({ ptr: childPtr, key: keyRange, node });
              if (key[0] === "__proto__")
                Object.defineProperty(mapOut, key[0], {
                  value: node.value,
                  enumerable: true,
                  writable: true,
                  configurable: true
                });
              else mapOut[key[0]] = node.value;
              i = node.end1;
            } else {
              const node = this.flowScalar(i, lineEnd2, childPtr);
              entries.push({ ptr: childPtr, node });
              seqOut.push(node.value);
              i = node.end1;
            }
            skip();
            const d = text.charCodeAt(i);
            if (d === close) break;
            if (d !== 44) bail();
            i++;
          }
        }
        const end1 = i + 1;
        const end2 = this.afterValue(end1, lineEnd2);
        for (const e of entries) this.setEntry(e.ptr, e.key, e.node, at);
        return { value: isSeq2 ? seqOut : mapOut, start: at, end1, end2 };
      }
      /** End of a plain token in a flow collection starting at `at` (stops at `,` `]` `}` and, for keys, `:`). */
      flowToken(at, lineEnd2, isKey) {
        const { text } = this;
        const c = text.charCodeAt(at);
        if (c === 34 || c === 39) {
          const close = text.indexOf(String.fromCharCode(c), at + 1);
          return close === -1 || close >= lineEnd2 ? bail() : close + 1;
        }
        let i = at;
        for (; i < lineEnd2; i++) {
          const d = text.charCodeAt(i);
          if (d === 44 || d === 93 || d === 125 || d === 91 || d === 123 || d === 35) break;
          if (d === 58) {
            if (isKey) break;
            bail();
          }
        }
        return this.trimEnd(at, i);
      }
      flowScalar(at, lineEnd2, ptr) {
        const c = this.text.charCodeAt(at);
        if (c === 34 || c === 39) return this.scalar(at, lineEnd2, ptr, true);
        const end = this.flowToken(at, lineEnd2, false);
        if (end === at) bail();
        const node = this.scalar(at, end, ptr, true);
        return { ...node, end2: node.end1 };
      }
      /** A `|` or `|-` block scalar whose header is at `at`, for a collection at column `indent`. */
      blockScalar(at, line, indent, ptr) {
        const { text } = this;
        const header = text.slice(at, line.end);
        const strip = header === "|-";
        if (header !== "|" && !strip) bail();
        let pos = line.end + 1;
        if (line.end >= text.length) bail();
        const parts = [];
        let contentIndent = -1;
        let lastEnd = -1;
        let blankRun = 0;
        for (; ; ) {
          if (pos > text.length) break;
          let end = text.indexOf("\n", pos);
          if (end === -1) end = text.length;
          let sp = 0;
          while (text.charCodeAt(pos + sp) === 32) sp++;
          const blank = pos + sp === end;
          if (blank) {
            if (sp > 0 || contentIndent === -1 || end === text.length) {
              if (end === text.length && sp === 0 && contentIndent !== -1) break;
              bail();
            }
            blankRun++;
          } else {
            if (contentIndent === -1) {
              if (sp <= indent) bail();
              contentIndent = sp;
            }
            if (sp < contentIndent) {
              if (sp > indent) bail();
              break;
            }
            if (end === text.length) bail();
            for (; blankRun > 0; blankRun--) parts.push("");
            parts.push(text.slice(pos + contentIndent, end));
            lastEnd = end;
          }
          if (end === text.length) break;
          pos = end + 1;
        }
        if (contentIndent === -1) bail();
        while (this.li < this.lines.length && this.lines[this.li].start < lastEnd) this.li++;
        const value = parts.join("\n") + (strip ? "" : "\n");
        this.strings.set(ptr, value);
        const end1 = this.trimEnd(at, lastEnd);
        return { value, start: at, end1, end2: end1 };
      }
    };
  }
});

// src/config/yaml.ts
function escapePointer2(segment) {
  return segment.indexOf("~") === -1 && segment.indexOf("/") === -1 ? segment : segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function isMergeKey(key) {
  return (0, import_yaml2.isScalar)(key) && (typeof key.value === "symbol" || key.type === "PLAIN" && key.source === "<<");
}
function quote(s2) {
  return JSON.stringify(s2);
}
function docStart(doc, text) {
  const r = doc.range?.[0] ?? 0;
  const marker2 = text.lastIndexOf("---", r);
  if (marker2 !== -1 && (marker2 === 0 || text[marker2 - 1] === "\n") && !text.slice(marker2 + 3, r).includes("\n---"))
    return marker2;
  return r;
}
function lineEnd(text, offset) {
  const nl = text.indexOf("\n", offset);
  const end = nl === -1 ? text.length : nl;
  return end > offset && text[end - 1] === "\r" ? end - 1 : end;
}
function parseYaml(text) {
  const fast = parseYamlFast(text, PARSE_OPTIONS);
  if (fast) return { ok: true, empty: false, data: fast.data, index: fast.index, issues: [], strings: fast.strings };
  return parseYamlFull(text);
}
function parseYamlFull(text) {
  const fail = (issues2) => ({
    ok: false,
    empty: false,
    data: null,
    index: /* @__PURE__ */ new Map(),
    issues: issues2,
    strings: /* @__PURE__ */ new Map()
  });
  const deep = flowDepthExceeds(text, MAX_DEPTH);
  if (deep !== -1) {
    const message = `Flow collections (\`[\` / \`{\`) nested deeper than ${MAX_DEPTH} levels.`;
    return fail([{ ruleId: "yaml/too-deep", severity: "error", message, start: deep, end: deep + 1, instancePath: "" }]);
  }
  let docs;
  try {
    docs = firstDocuments(text);
  } catch (e) {
    const message = e instanceof RangeError ? "The document is nested too deeply to parse." : `YAML parser failed: ${String(e)}`;
    return fail([
      { ruleId: "yaml/too-deep", severity: "error", message, start: 0, end: lineEnd(text, 0), instancePath: "" }
    ]);
  }
  const issues = [];
  const first = docs[0];
  const later = docs.slice(1).find((d) => d.contents !== null || d.errors.length > 0);
  if (later) {
    const start = docStart(later, text);
    issues.push({
      ruleId: "config/later-document",
      severity: "warning",
      message: "eksctl reads only the first YAML document of a file and silently ignores this one and any after it. Put each ClusterConfig in its own file.",
      start,
      end: lineEnd(text, start),
      instancePath: ""
    });
  }
  if (!first || first.contents === null && first.errors.length === 0) {
    return { ok: true, empty: true, data: null, index: /* @__PURE__ */ new Map(), issues, strings: /* @__PURE__ */ new Map() };
  }
  let syntax = false;
  for (const err of first.errors) {
    const [start, end] = err.pos;
    if (!syntax && /Maximum call stack size exceeded/.test(err.message)) {
      syntax = true;
      const message = "The document is nested too deeply to parse.";
      issues.push({
        ruleId: "yaml/too-deep",
        severity: "error",
        message,
        start,
        end: Math.max(end, start),
        instancePath: ""
      });
    } else if (!syntax) {
      syntax = true;
      let message = `YAML syntax error: ${err.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, "")}`;
      const lineText = text.slice(text.lastIndexOf("\n", start - 1) + 1, lineEnd(text, start));
      if (/[[{].*\$\{|\$\{[^}]*\}.*[\]}]/.test(lineText))
        message += " (an unexpanded ${VAR} placeholder inside a flow collection is a YAML syntax error; expand it first with envsubst)";
      issues.push({
        ruleId: "yaml/syntax",
        severity: "error",
        message,
        start,
        end: Math.max(end, start),
        instancePath: ""
      });
    }
  }
  for (const w of first.warnings) {
    const [start, end] = w.pos;
    issues.push({
      ruleId: w.code === "TAG_RESOLVE_FAILED" ? "yaml/unresolved-tag" : "yaml/warning",
      severity: "warning",
      message: w.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, ""),
      start,
      end: Math.max(end, start),
      instancePath: ""
    });
  }
  if (syntax) return fail(issues);
  const walker = new Walker2(first, text);
  try {
    const data = walker.value(first.contents, "", 0, false, 0);
    return {
      ok: true,
      empty: false,
      data,
      index: walker.index,
      issues: issues.concat(unique(walker.issues)),
      strings: walker.strings
    };
  } catch (e) {
    if (e instanceof Abort) return fail(issues.concat(unique(walker.issues)));
    if (e instanceof RangeError) {
      issues.push({
        ruleId: "yaml/too-deep",
        severity: "error",
        message: "The document is nested too deeply to read.",
        start: 0,
        end: lineEnd(text, 0),
        instancePath: ""
      });
      return fail(issues);
    }
    throw e;
  }
}
function unique(issues) {
  const seen = /* @__PURE__ */ new Set();
  return issues.filter((i) => {
    const k = `${i.ruleId}\0${i.start}\0${i.end}\0${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function flowDepthExceeds(text, limit) {
  let brackets = 0;
  for (let i = text.indexOf("["); i !== -1 && brackets <= limit; i = text.indexOf("[", i + 1)) brackets++;
  for (let i = text.indexOf("{"); i !== -1 && brackets <= limit; i = text.indexOf("{", i + 1)) brackets++;
  if (brackets <= limit) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 34 || c === 39) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (c === 34 && d === 92) i++;
        else if (d === c) {
          if (c === 39 && text.charCodeAt(i + 1) === 39) i++;
          else break;
        }
      }
    } else if (c === 35 && (i === 0 || /\s/.test(text[i - 1]))) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? text.length : nl;
    }
  }
  return -1;
}
function firstDocuments(text) {
  const composer = new import_yaml2.Composer(PARSE_OPTIONS);
  const docs = [];
  for (const doc of composer.compose(new import_yaml2.Parser().parse(text), true)) {
    if (docs.length === 0 || doc.contents !== null || doc.errors.length > 0) docs.push(doc);
    if (docs.length === 2) break;
  }
  return docs;
}
var import_yaml2, ALIAS_EXPANSION_LIMIT, MAX_DEPTH, DROPPED_TAGS, PARSE_OPTIONS, Abort, Walker2;
var init_yaml = __esm({
  "src/config/yaml.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
    init_yaml_fast();
    ALIAS_EXPANSION_LIMIT = 1e5;
    MAX_DEPTH = 256;
    DROPPED_TAGS = /* @__PURE__ */ new Set([
      "tag:yaml.org,2002:timestamp",
      "tag:yaml.org,2002:int:TIME",
      "tag:yaml.org,2002:float:TIME",
      "tag:yaml.org,2002:binary",
      "tag:yaml.org,2002:omap",
      "tag:yaml.org,2002:pairs",
      "tag:yaml.org,2002:set"
    ]);
    PARSE_OPTIONS = {
      version: "1.1",
      merge: true,
      // Duplicate keys are found by the walk (a Set per mapping): the parser's own check is quadratic in the size of
      // a mapping (100,000 keys took minutes).
      uniqueKeys: false,
      prettyErrors: false,
      customTags: (tags) => tags.filter((t) => {
        const tag = t;
        return !DROPPED_TAGS.has(tag.format ? `${tag.tag}:${tag.format}` : String(tag.tag));
      })
    };
    Abort = class extends Error {
    };
    Walker2 = class {
      constructor(doc, text) {
        this.doc = doc;
        this.text = text;
      }
      doc;
      text;
      index = /* @__PURE__ */ new Map();
      issues = [];
      strings = /* @__PURE__ */ new Map();
      expanded = 0;
      active = /* @__PURE__ */ new Set();
      /** Each alias's node, found in one pass on the first alias (the npm parser's `alias.resolve` walks the whole
       * document for every alias: quadratic). */
      targets = null;
      aliasTargets() {
        if (this.targets) return this.targets;
        const targets = /* @__PURE__ */ new Map();
        const anchors = /* @__PURE__ */ new Map();
        (0, import_yaml2.visit)(this.doc, (_key, node) => {
          if ((0, import_yaml2.isAlias)(node)) {
            const target = anchors.get(node.source);
            if (target) targets.set(node, target);
          } else if (node && typeof node === "object" && "anchor" in node && typeof node.anchor === "string") {
            anchors.set(node.anchor, node);
          }
        });
        this.targets = targets;
        return targets;
      }
      /** [start, end) of a node without trailing whitespace and comments; an empty node gets a zero-width range. */
      rangeOf(node, fallback) {
        const r = node?.range;
        if (!r) return [fallback, fallback];
        let end = r[1];
        while (end > r[0] && /\s/.test(this.text[end - 1])) end--;
        return [r[0], end];
      }
      issue(ruleId, severity, message, range2, instancePath) {
        this.issues.push({ ruleId, severity, message, start: range2[0], end: range2[1], instancePath });
      }
      count(viaAlias, range2, ptr) {
        if (viaAlias && ++this.expanded > ALIAS_EXPANSION_LIMIT) {
          this.issue(
            "yaml/alias-limit",
            "error",
            `Alias expansion exceeds ${ALIAS_EXPANSION_LIMIT.toLocaleString("en-US")} nodes (a "billion laughs" document?): refusing to expand it.`,
            range2,
            ptr
          );
          throw new Abort();
        }
      }
      resolveAlias(node, ptr) {
        if (!(0, import_yaml2.isAlias)(node)) return node;
        const target = this.aliasTargets().get(node);
        if (!target) {
          this.issue("yaml/syntax", "error", `Unknown alias *${node.source}.`, this.rangeOf(node, 0), ptr);
          throw new Abort();
        }
        if (this.active.has(target)) {
          this.issue(
            "yaml/alias-cycle",
            "error",
            `Alias *${node.source} refers to a node that contains it: the document would be infinite.`,
            this.rangeOf(node, 0),
            ptr
          );
          throw new Abort();
        }
        return target;
      }
      value(node, ptr, depth, viaAlias, fallback, key) {
        const own2 = this.rangeOf(node, fallback);
        if (node && (0, import_yaml2.isAlias)(node)) {
          const target = this.resolveAlias(node, ptr);
          this.active.add(target);
          const v = this.value(target, ptr, depth + 1, true, own2[0]);
          this.active.delete(target);
          this.setEntry(ptr, key, own2, fallback);
          return v;
        }
        this.count(viaAlias, own2, ptr);
        if (depth > MAX_DEPTH) {
          this.issue("yaml/too-deep", "error", `Nesting deeper than ${MAX_DEPTH} levels.`, own2, ptr);
          throw new Abort();
        }
        this.setEntry(ptr, key, own2, fallback);
        if (!node) return null;
        if ((0, import_yaml2.isMap)(node)) return this.map(node, ptr, depth, viaAlias);
        if ((0, import_yaml2.isSeq)(node)) {
          const out = [];
          node.items.forEach((item, i) => {
            out.push(this.value(item, `${ptr}/${i}`, depth + 1, viaAlias, own2[0]));
          });
          return out;
        }
        if ((0, import_yaml2.isScalar)(node)) {
          const v = node.value;
          if (typeof v === "string") {
            this.strings.set(ptr, v);
            return v;
          }
          if (typeof v === "bigint") return Number(v);
          if (v === void 0 || typeof v === "symbol") return node.source ?? null;
          return v;
        }
        return null;
      }
      setEntry(ptr, key, value, fallback) {
        const v = value[0] === value[1] && key ? key : value[0] === value[1] ? [fallback, fallback] : value;
        this.index.set(ptr, key ? { key, value: v } : { value: v });
      }
      /** The key as a JSON object key, and its identity for go-yaml's duplicate check (`1` and `"1"` differ). */
      keyString(pair, ptr) {
        let k = pair.key;
        if (k && (0, import_yaml2.isAlias)(k)) k = this.resolveAlias(k, ptr);
        if (k === null || k === void 0) return ["null", "null"];
        if ((0, import_yaml2.isScalar)(k)) {
          const v = k.value;
          if (v === null || v === void 0) return ["null", "null"];
          return [String(v), `${typeof v}:${String(v)}`];
        }
        this.issue(
          "yaml/complex-key",
          "error",
          "A mapping or sequence used as a map key: eksctl cannot read it.",
          this.rangeOf(pair.key, 0),
          ptr
        );
        return null;
      }
      map(node, ptr, depth, viaAlias) {
        if (!(0, import_yaml2.isMap)(node)) return {};
        const out = {};
        const origin = /* @__PURE__ */ new Map();
        const assign = (k, v) => {
          if (k === "__proto__")
            Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
          else out[k] = v;
        };
        const explicit = [];
        const sources = [];
        for (const pair of node.items) {
          if (!isMergeKey(pair.key)) {
            explicit.push(pair);
            continue;
          }
          const mergeKey = this.rangeOf(pair.key, 0);
          const v = pair.value;
          const list = v && (0, import_yaml2.isSeq)(v) ? v.items : [v];
          for (const item of list) {
            const src = item && (0, import_yaml2.isAlias)(item) ? { node: this.resolveAlias(item, ptr), via: true } : { node: item, via: viaAlias };
            if (!src.node || !(0, import_yaml2.isMap)(src.node)) {
              this.issue(
                "yaml/merge-invalid",
                "error",
                "A merge key (`<<`) needs a mapping or a sequence of mappings as its value.",
                this.rangeOf(item ?? pair.key, mergeKey[0]),
                ptr
              );
              continue;
            }
            sources.push({ node: src.node, via: src.via, mergeKey });
          }
        }
        for (let i = sources.length - 1; i >= 0; i--) {
          const s2 = sources[i];
          this.active.add(s2.node);
          const merged = this.map(s2.node, ptr, depth + 1, s2.via);
          this.active.delete(s2.node);
          for (const k of Object.keys(merged)) {
            if (origin.has(k)) {
              this.issue(
                "yaml/duplicate-key",
                "error",
                `key ${quote(k)} already set in map: two merged mappings both set it, which eksctl's YAML parser (go-yaml v2, strict mode) rejects.`,
                s2.mergeKey,
                `${ptr}/${escapePointer2(k)}`
              );
            }
            origin.set(k, "merge");
            assign(k, merged[k]);
          }
        }
        const explicitKeys = /* @__PURE__ */ new Set();
        for (const pair of explicit) {
          const key = this.keyString(pair, ptr);
          if (key === null) continue;
          const [k, identity] = key;
          const childPtr = `${ptr}/${escapePointer2(k)}`;
          const keyRange = this.rangeOf(pair.key, 0);
          if (explicitKeys.has(identity)) {
            this.issue(
              "yaml/duplicate-key",
              "error",
              `key ${quote(k)} already set in map: eksctl rejects a duplicate key.`,
              keyRange,
              childPtr
            );
          }
          explicitKeys.add(identity);
          if (origin.get(k) === "merge") {
            this.issue(
              "yaml/duplicate-key",
              "error",
              `key ${quote(k)} already set in map: it is also merged in with \`<<\`, and eksctl's YAML parser (go-yaml v2, strict mode) rejects overriding a merged key. Remove it from one of the two places.`,
              keyRange,
              childPtr
            );
          }
          origin.set(k, "explicit");
          assign(k, this.value(pair.value, childPtr, depth + 1, viaAlias, keyRange[1], keyRange));
        }
        return out;
      }
    };
  }
});

// src/config/rules.ts
var configRules;
var init_rules = __esm({
  "src/config/rules.ts"() {
    "use strict";
    configRules = {
      "yaml/syntax": { severity: "error", summary: "The first YAML document is not valid YAML." },
      "yaml/duplicate-key": {
        severity: "error",
        summary: "A key is set twice in one mapping (also through a merge key `<<`), which eksctl rejects."
      },
      "yaml/alias-limit": {
        severity: "error",
        summary: 'Alias expansion exceeds the limit (a "billion laughs" document).'
      },
      "yaml/alias-cycle": { severity: "error", summary: "An alias refers to a node that contains it." },
      "yaml/merge-invalid": {
        severity: "error",
        summary: "A merge key `<<` whose value is not a mapping or list of mappings."
      },
      "yaml/complex-key": { severity: "error", summary: "A mapping or sequence used as a map key." },
      "yaml/too-deep": { severity: "error", summary: "Collections nested deeper than the limit." },
      "yaml/unresolved-tag": {
        severity: "warning",
        summary: "A YAML tag (`!Ref`, `!!binary`…) that is read as a plain string."
      },
      "yaml/warning": { severity: "warning", summary: "Another YAML parser warning." },
      "config/later-document": {
        severity: "warning",
        summary: "A second YAML document in the file: eksctl silently ignores it."
      },
      "config/not-clusterconfig": {
        severity: "notice",
        summary: "The first document is not apiVersion eksctl.io/v1alpha5 + kind ClusterConfig: the file is skipped."
      },
      "config/not-mapping": { severity: "notice", summary: "The first document is not a mapping: the file is skipped." },
      "config/empty": { severity: "warning", summary: "The file holds no YAML document: skipped (eksctl rejects it)." },
      "config/old-api-version": {
        severity: "error",
        summary: "kind ClusterConfig with apiVersion eksctl.io/v1alpha3 or v1alpha4, refused by eksctl since 0.1.31."
      },
      "config/api-version": { severity: "error", summary: "kind ClusterConfig with a missing or unknown apiVersion." },
      "config/missing-kind": { severity: "error", summary: "apiVersion eksctl.io/v1alpha5 without a kind." },
      "config/unexpanded-placeholder": {
        severity: "notice",
        summary: "Values hold `${VAR}` placeholders and envsubst is off: their types and allowed values are not checked."
      },
      "config/unset-variable": { severity: "error", summary: "envsubst is on and a `$VAR` / `${VAR}` is not set." },
      "config/too-large": { severity: "error", summary: "The file exceeds the size limit (10 MiB) and was not read." },
      "config/binary": { severity: "error", summary: "The file contains NUL bytes: it is binary." },
      "config/encoding": { severity: "error", summary: "The file is not UTF-8." },
      "config/unreadable": { severity: "error", summary: "The file could not be read (permissions, a folder…)." },
      "config/internal-error": { severity: "error", summary: "A bug in eksctl-preflight while reading the file." }
    };
  }
});

// src/config/index.ts
async function* eachConfig(options) {
  const targets = await resolveTargets(options.patterns, options.cwd, options.workspace);
  if (targets.some((t) => t.abs === null) && !options.readStdin) {
    throw new InputError("`-` (stdin) is not available here: name files or globs instead.");
  }
  for (const target of targets) yield await loadTarget(target, options);
}
async function loadTarget(target, options) {
  const file = target.display;
  let read;
  try {
    read = target.abs === null ? checkConfigText(await options.readStdin()) : readConfigFile(target.abs);
  } catch (e) {
    const reason = e.code ?? String(e);
    return failed(file, "config/unreadable", `Cannot read the file (${reason}).`, FILE_START2);
  }
  if (!read.ok) return failed(file, read.ruleId, read.message, read.range);
  try {
    return loadText(file, read.text, options);
  } catch (e) {
    const message = `Internal error while reading this file (please report it): ${e instanceof Error ? e.message : String(e)}`;
    return failed(file, "config/internal-error", message, FILE_START2);
  }
}
function failed(file, ruleId, message, range2) {
  return {
    path: file,
    kind: "ClusterConfig",
    document: null,
    findings: [{ ruleId, severity: "error", message, instancePath: "", file, ...range2 }]
  };
}
function loadText(file, text, options) {
  const expansion = options.envsubst ? envsubst(text, options.env) : noExpansion(text);
  const lines = new LineIndex(text);
  const findings = [];
  const at = (start, end) => lines.range(expansion.toOriginal(start, "start"), expansion.toOriginal(end, "end"));
  const add = (ruleId, severity, message, range2, instancePath = "") => {
    const finding = { ruleId, severity, message, instancePath, file, ...range2 };
    findings.push(finding);
    return finding;
  };
  const unsetFindings = reportUnsetVariables(expansion, lines, add);
  const parsed2 = parseYaml(expansion.expanded);
  for (const [finding, offset] of unsetFindings) {
    finding.instancePath = pointerAt(parsed2.index, expansion.expanded, expansion.toExpanded(offset));
  }
  for (const issue of parsed2.issues) {
    add(issue.ruleId, issue.severity, issue.message, at(issue.start, issue.end), issue.instancePath);
  }
  const done = (kind2, document2) => ({
    path: file,
    kind: kind2,
    document: document2,
    findings: findings.sort(byPosition)
  });
  if (!parsed2.ok) return done("ClusterConfig", null);
  if (parsed2.empty) {
    const later = findings.some((f) => f.ruleId === "config/later-document");
    add(
      "config/empty",
      "warning",
      later ? "The first YAML document is empty, and eksctl reads only the first one: eksctl would reject this file." : "The file holds no YAML document (it is empty or only comments): eksctl would reject it.",
      lines.fileStart()
    );
    return done("skipped", null);
  }
  const rootRange = (ptr) => {
    const e = parsed2.index.get(ptr) ?? parsed2.index.get("");
    if (!e) return lines.fileStart();
    const text2 = expansion.expanded;
    const nl = text2.indexOf("\n", e.value[0]);
    const end = nl !== -1 && nl < e.value[1] ? text2[nl - 1] === "\r" ? nl - 1 : nl : e.value[1];
    return at(e.value[0], end);
  };
  const data = parsed2.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const what = Array.isArray(data) ? "a sequence" : data === null ? "null" : `a ${typeof data}`;
    add(
      "config/not-mapping",
      "notice",
      `The first YAML document is ${what}, not a mapping, so it is not a ClusterConfig: skipped.`,
      rootRange("")
    );
    return done("skipped", null);
  }
  const obj = data;
  const apiVersion = obj.apiVersion;
  const kind = obj.kind;
  const show = (v) => v === void 0 ? "(missing)" : JSON.stringify(v);
  if (kind === "ClusterConfig" && apiVersion !== CLUSTER_CONFIG_API_VERSION) {
    if (typeof apiVersion === "string" && /^eksctl\.io\/v1alpha[34]$/.test(apiVersion)) {
      add(
        "config/old-api-version",
        "error",
        `apiVersion ${apiVersion} is no longer read by eksctl: every release since 0.1.31 (2019-04-30) accepts only apiVersion: ${CLUSTER_CONFIG_API_VERSION}. Change it, then review the fields that changed since.`,
        rootRange("/apiVersion"),
        "/apiVersion"
      );
    } else {
      add(
        "config/api-version",
        "error",
        `kind: ClusterConfig needs apiVersion: ${CLUSTER_CONFIG_API_VERSION} (found ${show(apiVersion)}).`,
        rootRange(apiVersion === void 0 ? "" : "/apiVersion"),
        "/apiVersion"
      );
    }
    return done("ClusterConfig", null);
  }
  if (apiVersion === CLUSTER_CONFIG_API_VERSION && kind !== "ClusterConfig") {
    if (kind === void 0) {
      add(
        "config/missing-kind",
        "error",
        `apiVersion: ${CLUSTER_CONFIG_API_VERSION} without kind: eksctl needs kind: ClusterConfig.`,
        rootRange("/apiVersion"),
        ""
      );
      return done("ClusterConfig", null);
    }
  }
  if (apiVersion !== CLUSTER_CONFIG_API_VERSION || kind !== "ClusterConfig") {
    add(
      "config/not-clusterconfig",
      "notice",
      `Not an eksctl ClusterConfig (apiVersion: ${show(apiVersion)}, kind: ${show(kind)}): skipped. eksctl reads apiVersion: ${CLUSTER_CONFIG_API_VERSION} with kind: ClusterConfig.`,
      rootRange(kind !== void 0 ? "/kind" : apiVersion !== void 0 ? "/apiVersion" : ""),
      kind !== void 0 ? "/kind" : apiVersion !== void 0 ? "/apiVersion" : ""
    );
    return done("skipped", null);
  }
  const placeholderPaths = /* @__PURE__ */ new Set();
  if (!options.envsubst) {
    const names = [];
    let first;
    let count = 0;
    for (const [ptr, value] of parsed2.strings) {
      const found = value.match(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g);
      if (!found) continue;
      placeholderPaths.add(ptr);
      if (SCRIPT_FIELD.test(ptr) || value.includes("\n")) continue;
      first ??= ptr;
      count++;
      for (const n of found) if (!names.includes(n)) names.push(n);
    }
    if (first !== void 0) {
      add(
        "config/unexpanded-placeholder",
        "notice",
        `${count} value(s) hold unexpanded placeholders (${names.join(", ")}): their types and allowed values are not checked. Turn on envsubst to expand them from the environment, as the shell does for \`eksctl create cluster -f - <<EOF\`.`,
        rootRange(first),
        first
      );
    }
  }
  const document = createDocument({ path: file, expansion, lines, data, index: parsed2.index, placeholderPaths });
  return done("ClusterConfig", document);
}
function byPosition(a, b) {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
function pointerAt(index, text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let best = null;
  let bestSpan = Infinity;
  let emptyKey = -1;
  let empty2 = null;
  for (const [ptr, { key, value }] of index) {
    const [start, end] = value;
    if (key && start === key[0] && end === key[1]) {
      if (key[0] >= lineStart && key[1] <= offset && key[0] > emptyKey) {
        emptyKey = key[0];
        empty2 = ptr;
      }
      continue;
    }
    if (start <= offset && offset <= end) {
      const span3 = end - start;
      if (span3 < bestSpan || span3 === bestSpan && best !== null && ptr.length > best.length) {
        best = ptr;
        bestSpan = span3;
      }
    }
  }
  if (empty2 !== null) return empty2;
  if (best === null) return "";
  return emptyItemAt(index, best, offset) ?? best;
}
function emptyItemAt(index, seq, offset) {
  const items = [];
  for (let i = 0; ; i++) {
    const entry = index.get(`${seq}/${i}`);
    if (!entry || entry.key) break;
    const [start, end] = entry.value;
    items.push({ ptr: `${seq}/${i}`, range: start === end ? null : entry.value });
  }
  const fits = items.filter(
    (item, i) => item.range === null && items.slice(0, i).every((x) => x.range === null || x.range[1] <= offset) && items.slice(i + 1).every((x) => x.range === null || x.range[0] >= offset)
  );
  return fits.length === 1 ? fits[0].ptr : null;
}
function reportUnsetVariables(expansion, lines, add) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const p of expansion.unset) {
    if (inComment(expansion.original, p.start)) continue;
    const s2 = seen.get(p.name);
    if (s2) s2.count++;
    else seen.set(p.name, { start: p.start, end: p.end, count: 1 });
  }
  for (const [name, s2] of seen) {
    const finding = add(
      "config/unset-variable",
      "error",
      `Environment variable ${name} is not set: envsubst would replace it with an empty string` + (s2.count > 1 ? ` (here and in ${s2.count - 1} more place(s))` : "") + ". Set it in the environment of this step.",
      lines.range(s2.start, s2.end)
    );
    out.push([finding, s2.start]);
  }
  return out;
}
function inComment(text, offset) {
  let i = text.lastIndexOf("\n", offset - 1) + 1;
  let quote2 = "";
  for (; i < offset; i++) {
    const c = text[i];
    if (quote2) {
      if (c === quote2) quote2 = "";
    } else if (c === '"' || c === "'") quote2 = c;
    else if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "	" || text[i - 1] === "\n")) return true;
  }
  return false;
}
var CLUSTER_CONFIG_API_VERSION, SCRIPT_FIELD, FILE_START2;
var init_config = __esm({
  "src/config/index.ts"() {
    "use strict";
    init_document();
    init_envsubst();
    init_files();
    init_positions();
    init_read();
    init_yaml();
    init_files();
    init_rules();
    init_yaml();
    init_read();
    CLUSTER_CONFIG_API_VERSION = "eksctl.io/v1alpha5";
    SCRIPT_FIELD = /\/(?:preBootstrapCommands|overrideBootstrapCommand)(?:\/|$)/;
    FILE_START2 = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  }
});

// src/eksctl/binary-schema.ts
import { execFile } from "node:child_process";
import { existsSync, mkdirSync as mkdirSync2, readFileSync, renameSync as renameSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join } from "node:path";
function binarySchemaPath(toolCacheDir, version) {
  return join(toolCacheDir, "eksctl-schema", version.replace(/^v/, ""), "schema.json");
}
function checkSchemaText(text, origin) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${origin} is not JSON: ${error.message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new Error(`${origin} is not a JSON Schema object`);
  }
  const schema = data;
  if (!("definitions" in schema) && !("$ref" in schema) && !("properties" in schema)) {
    throw new Error(`${origin} is not a ClusterConfig JSON Schema (no definitions, $ref or properties)`);
  }
  return schema;
}
async function binarySchema(options) {
  const file = binarySchemaPath(options.toolCacheDir, options.version);
  if (existsSync(file)) {
    try {
      return { file, schema: checkSchemaText(readFileSync(file, "utf8"), file), cached: true };
    } catch {
    }
  }
  const stdout = await new Promise((resolve6, reject) => {
    execFile(
      options.binary,
      ["utils", "schema"],
      {
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 6e4,
        maxBuffer: 64 * 1024 * 1024,
        windowsHide: true
      },
      (error, out, err) => {
        if (error) {
          const detail = String(err || error.message).trim().slice(0, 500);
          reject(
            new Error(`\`${options.binary} utils schema\` failed (the command exists since eksctl 0.21.0): ${detail}`)
          );
          return;
        }
        resolve6(String(out));
      }
    );
  });
  const schema = checkSchemaText(stdout, `the output of \`eksctl utils schema\` (eksctl ${options.version})`);
  mkdirSync2(join(file, ".."), { recursive: true });
  const staged = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync2(staged, stdout);
    renameSync2(staged, file);
  } finally {
    rmSync(staged, { force: true });
  }
  return { file, schema, cached: false };
}
var init_binary_schema = __esm({
  "src/eksctl/binary-schema.ts"() {
    "use strict";
  }
});

// src/eksctl/version.ts
import { execFile as execFile2 } from "node:child_process";
function composeVersion(version, preReleaseId, buildDate = "", gitCommit = "") {
  if (preReleaseId === "") return version;
  const withPre = `${version}-${preReleaseId}`;
  if (preReleaseId.startsWith("rc.") || buildDate === "" || gitCommit === "") return withPre;
  return `${withPre}+${gitCommit}.${buildDate}`;
}
function fromJson(text) {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) return null;
  let data;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const info = data;
  if (typeof info.Version !== "string" || !new RegExp(`^${VERSION}$`).test(info.Version)) return null;
  const str4 = (v) => typeof v === "string" ? v : "";
  return composeVersion(
    info.Version.replace(/^v/, ""),
    str4(info.PreReleaseID),
    str4(info.Metadata?.BuildDate),
    str4(info.Metadata?.GitCommit)
  );
}
function parseEksctlVersionOutput(stdout) {
  const text = stdout.replace(ANSI, "").replace(/\r/g, "");
  const json = fromJson(text);
  if (json) return json;
  const go = GO_INFO.exec(text);
  if (go && new RegExp(`^${VERSION}$`).test(go[1])) {
    return composeVersion(go[1].replace(/^v/, ""), go[2], go[3] ?? "", go[4] ?? "");
  }
  const tag = GIT_TAG.exec(text);
  if (tag) return tag[1].replace(/^v/, "");
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const plain = PLAIN_LINE.exec(line) ?? LOG_LINE.exec(line);
    if (plain) return plain[1].replace(/^v/, "");
  }
  return null;
}
async function detectInstalledEksctl(options) {
  const binary = options?.binary ?? "eksctl";
  const env = options?.env ?? process.env;
  const { stdout, stderr } = await new Promise((resolve6, reject) => {
    execFile2(
      binary,
      ["version"],
      {
        env,
        timeout: options?.timeoutMs ?? 3e4,
        maxBuffer: 1024 * 1024,
        windowsHide: true
      },
      (error, out, err) => {
        if (error) {
          const code = error.code;
          if (code === "ENOENT") {
            const where = options?.binary ? `eksctl was not found at ${binary}.` : "eksctl was not found on PATH.";
            reject(new EksctlNotFoundError(`${where} ${NOT_FOUND_FIX}`));
          } else if (code === "EACCES") {
            reject(new EksctlNotFoundError(`${binary} is not executable (EACCES). ${NOT_FOUND_FIX}`));
          } else {
            const detail = String(err || out || error.message).trim().slice(0, 500);
            reject(new Error(`\`${binary} version\` failed: ${detail}`));
          }
          return;
        }
        resolve6({ stdout: String(out), stderr: String(err) });
      }
    );
  });
  const version = parseEksctlVersionOutput(stdout) ?? parseEksctlVersionOutput(stderr);
  if (!version) {
    const shown = (stdout || stderr).trim().slice(0, 300) || "(no output)";
    throw new Error(`could not read a version from \`${binary} version\`; it printed: ${shown}`);
  }
  return { version, binary, output: stdout };
}
var import_semver, EksctlNotFoundError, ANSI, VERSION, PLAIN_LINE, GIT_TAG, GO_INFO, LOG_LINE, NOT_FOUND_FIX;
var init_version = __esm({
  "src/eksctl/version.ts"() {
    "use strict";
    import_semver = __toESM(require_semver2(), 1);
    EksctlNotFoundError = class extends Error {
      constructor(message) {
        super(message);
        this.name = "EksctlNotFoundError";
      }
    };
    ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
    VERSION = String.raw`v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.:-]+)?`;
    PLAIN_LINE = new RegExp(String.raw`^(${VERSION})$`);
    GIT_TAG = new RegExp(String.raw`(?:\bGitTag|"gitTag")\s*:\s*"(${VERSION})"`);
    GO_INFO = /version\.Info\{Version:"([^"]*)",\s*PreReleaseID:"([^"]*)"(?:,\s*Metadata:version\.BuildMetadata\{BuildDate:"([^"]*)",\s*GitCommit:"([^"]*)"\})?/;
    LOG_LINE = new RegExp(String.raw`\beksctl version:?\s+(${VERSION})\s*$`);
    NOT_FOUND_FIX = "Install eksctl before this step, set install-eksctl: true to have eksctl-preflight install it, or set eksctl-version to a release (e.g. 0.230.0) to validate without a binary.";
  }
});

// src/rules/version.ts
function sv(version) {
  if (typeof version !== "string") return version;
  let v = parsed.get(version);
  if (v) return v;
  try {
    v = new import_semver2.SemVer(version);
  } catch {
    return version;
  }
  if (parsed.size >= CACHE_LIMIT) parsed.clear();
  parsed.set(version, v);
  return v;
}
var import_semver2, parsed, CACHE_LIMIT, gte, lt;
var init_version2 = __esm({
  "src/rules/version.ts"() {
    "use strict";
    import_semver2 = __toESM(require_semver2(), 1);
    parsed = /* @__PURE__ */ new Map();
    CACHE_LIMIT = 1e4;
    gte = (a, b) => import_semver2.default.gte(sv(a), sv(b));
    lt = (a, b) => import_semver2.default.lt(sv(a), sv(b));
  }
});

// src/rules/data/kubernetes-versions.ts
function minor(version) {
  const m = /^(\d+)\.(\d+)$/.exec(version.trim());
  return m && m[1] === "1" ? Number(m[2]) : null;
}
function range(from, to) {
  const out = [];
  for (let m = minor(from); m <= minor(to); m++) out.push(`1.${m}`);
  return out;
}
function kubernetesVersionFacts(release) {
  let facts = factsByRelease.get(release);
  if (!facts) {
    facts = computeKubernetesVersionFacts(release);
    Object.freeze(facts.supported);
    Object.freeze(facts.deprecated);
    factsByRelease.set(release, Object.freeze(facts));
  }
  return facts;
}
function computeKubernetesVersionFacts(release) {
  if (gte(release, DYNAMIC_VERSIONS_SINCE)) {
    let defaultVersion = dynamicDefaultVersions[0].defaultVersion;
    for (const row2 of dynamicDefaultVersions) if (gte(release, row2.from)) defaultVersion = row2.defaultVersion;
    const supported2 = eksExtendedSupportEnd.filter((v) => v.end > eksFactsAsOf).map((v) => v.version);
    const oldest = minor(supported2[0]);
    const deprecated = range("1.10", `1.${oldest - 1}`);
    return { release, approximate: true, defaultVersion, supported: supported2, deprecated, latest: supported2.at(-1) };
  }
  let row = staticVersionRows[0];
  for (const r of staticVersionRows) if (gte(release, r.from)) row = r;
  const supported = range(row.supported[0], row.supported[1]);
  return {
    release,
    approximate: false,
    defaultVersion: row.defaultVersion,
    supported,
    deprecated: range("1.10", row.deprecatedUpTo),
    latest: row.supported[1]
  };
}
function effectiveKubernetesVersion(release, raw) {
  const facts = kubernetesVersionFacts(release);
  if (raw === void 0 || raw === null || raw === "")
    return { version: facts.defaultVersion, written: void 0, facts };
  if (typeof raw !== "string") return { version: null, written: String(raw), facts };
  const value = raw.trim();
  if (value === "auto") return { version: facts.defaultVersion, written: raw, facts };
  if (value === "latest") return { version: facts.latest, written: raw, facts };
  return { version: minor(value) === null ? null : value, written: raw, facts };
}
function versionLess(a, b) {
  const x = minor(a);
  const y = minor(b);
  return x !== null && y !== null && x < y;
}
function firstReleaseSupporting(version) {
  if (firstSupporting.has(version)) return firstSupporting.get(version);
  const first = computeFirstReleaseSupporting(version);
  if (minor(version) !== null && firstSupporting.size < 1e3) firstSupporting.set(version, first);
  return first;
}
function computeFirstReleaseSupporting(version) {
  for (const row of staticVersionRows) {
    if (row.defaultVersion === version || range(row.supported[0], row.supported[1]).includes(version)) return row.from;
  }
  return eksExtendedSupportEnd.some((v) => v.version === version) ? DYNAMIC_VERSIONS_SINCE : null;
}
var staticVersionRows, DYNAMIC_VERSIONS_SINCE, dynamicDefaultVersions, eksExtendedSupportEnd, eksFactsAsOf, AMAZON_LINUX_2_EOL_VERSION, factsByRelease, firstSupporting;
var init_kubernetes_versions = __esm({
  "src/rules/data/kubernetes-versions.ts"() {
    "use strict";
    init_version2();
    staticVersionRows = [
      { from: "0.21.0", defaultVersion: "1.16", supported: ["1.13", "1.16"], deprecatedUpTo: "1.12" },
      { from: "0.23.0", defaultVersion: "1.16", supported: ["1.14", "1.16"], deprecatedUpTo: "1.13" },
      { from: "0.24.0", defaultVersion: "1.16", supported: ["1.14", "1.17"], deprecatedUpTo: "1.13" },
      { from: "0.25.0", defaultVersion: "1.17", supported: ["1.14", "1.17"], deprecatedUpTo: "1.13" },
      { from: "0.30.0", defaultVersion: "1.17", supported: ["1.14", "1.18"], deprecatedUpTo: "1.13" },
      { from: "0.32.0", defaultVersion: "1.18", supported: ["1.14", "1.18"], deprecatedUpTo: "1.13" },
      { from: "0.35.0", defaultVersion: "1.18", supported: ["1.15", "1.18"], deprecatedUpTo: "1.14" },
      { from: "0.38.0", defaultVersion: "1.18", supported: ["1.15", "1.19"], deprecatedUpTo: "1.14" },
      { from: "0.45.0", defaultVersion: "1.19", supported: ["1.15", "1.19"], deprecatedUpTo: "1.14" },
      { from: "0.51.0", defaultVersion: "1.19", supported: ["1.15", "1.20"], deprecatedUpTo: "1.14" },
      { from: "0.53.0", defaultVersion: "1.19", supported: ["1.16", "1.20"], deprecatedUpTo: "1.14" },
      { from: "0.57.0", defaultVersion: "1.20", supported: ["1.16", "1.20"], deprecatedUpTo: "1.15" },
      { from: "0.58.0", defaultVersion: "1.20", supported: ["1.16", "1.21"], deprecatedUpTo: "1.15" },
      { from: "0.68.0", defaultVersion: "1.20", supported: ["1.17", "1.21"], deprecatedUpTo: "1.16" },
      { from: "0.73.0", defaultVersion: "1.21", supported: ["1.17", "1.21"], deprecatedUpTo: "1.16" },
      { from: "0.76.0", defaultVersion: "1.21", supported: ["1.18", "1.21"], deprecatedUpTo: "1.17" },
      { from: "0.92.0", defaultVersion: "1.21", supported: ["1.18", "1.22"], deprecatedUpTo: "1.17" },
      { from: "0.93.0", defaultVersion: "1.21", supported: ["1.19", "1.22"], deprecatedUpTo: "1.18" },
      { from: "0.95.0", defaultVersion: "1.22", supported: ["1.19", "1.22"], deprecatedUpTo: "1.18" },
      { from: "0.109.0", defaultVersion: "1.22", supported: ["1.20", "1.23"], deprecatedUpTo: "1.19" },
      { from: "0.115.0", defaultVersion: "1.23", supported: ["1.20", "1.23"], deprecatedUpTo: "1.19" },
      { from: "0.120.0", defaultVersion: "1.23", supported: ["1.20", "1.24"], deprecatedUpTo: "1.19" },
      { from: "0.125.0", defaultVersion: "1.24", supported: ["1.20", "1.24"], deprecatedUpTo: "1.19" },
      { from: "0.127.0", defaultVersion: "1.24", supported: ["1.21", "1.24"], deprecatedUpTo: "1.20" },
      { from: "0.131.0", defaultVersion: "1.24", supported: ["1.22", "1.24"], deprecatedUpTo: "1.21" },
      { from: "0.132.0", defaultVersion: "1.24", supported: ["1.22", "1.25"], deprecatedUpTo: "1.21" },
      { from: "0.134.0", defaultVersion: "1.25", supported: ["1.22", "1.25"], deprecatedUpTo: "1.21" },
      { from: "0.138.0", defaultVersion: "1.25", supported: ["1.22", "1.26"], deprecatedUpTo: "1.21" },
      { from: "0.143.0", defaultVersion: "1.25", supported: ["1.22", "1.27"], deprecatedUpTo: "1.21" },
      { from: "0.151.0", defaultVersion: "1.25", supported: ["1.23", "1.27"], deprecatedUpTo: "1.22" },
      { from: "0.160.0", defaultVersion: "1.25", supported: ["1.23", "1.28"], deprecatedUpTo: "1.22" },
      { from: "0.161.0", defaultVersion: "1.27", supported: ["1.23", "1.28"], deprecatedUpTo: "1.22" },
      { from: "0.169.0", defaultVersion: "1.27", supported: ["1.23", "1.29"], deprecatedUpTo: "1.22" },
      { from: "0.173.0", defaultVersion: "1.29", supported: ["1.23", "1.29"], deprecatedUpTo: "1.22" },
      { from: "0.179.0", defaultVersion: "1.29", supported: ["1.23", "1.30"], deprecatedUpTo: "1.22" },
      { from: "0.183.0", defaultVersion: "1.30", supported: ["1.23", "1.30"], deprecatedUpTo: "1.22" },
      { from: "0.191.0", defaultVersion: "1.30", supported: ["1.23", "1.31"], deprecatedUpTo: "1.22" }
    ];
    DYNAMIC_VERSIONS_SINCE = "0.202.0";
    dynamicDefaultVersions = [
      { from: "0.202.0", defaultVersion: "1.30" },
      { from: "0.206.0", defaultVersion: "1.32" },
      { from: "0.222.0", defaultVersion: "1.34" }
    ];
    eksExtendedSupportEnd = [
      { version: "1.23", end: "2024-10-11" },
      { version: "1.24", end: "2025-01-31" },
      { version: "1.25", end: "2025-05-01" },
      { version: "1.26", end: "2025-06-11" },
      { version: "1.27", end: "2025-07-24" },
      { version: "1.28", end: "2025-11-26" },
      { version: "1.29", end: "2026-03-23" },
      { version: "1.30", end: "2026-07-23" },
      { version: "1.31", end: "2026-11-26" },
      { version: "1.32", end: "2027-03-23" },
      { version: "1.33", end: "2027-07-29" },
      { version: "1.34", end: "2027-12-02" },
      { version: "1.35", end: "2028-03-27" },
      { version: "1.36", end: "2028-07-31" }
    ];
    eksFactsAsOf = "2026-08-13";
    AMAZON_LINUX_2_EOL_VERSION = "1.33";
    factsByRelease = /* @__PURE__ */ new Map();
    firstSupporting = /* @__PURE__ */ new Map();
  }
});

// src/rules/context.ts
function asObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function isTrue(value) {
  return value === true;
}
function isFalsy(value) {
  return value === void 0 || value === null || value === false;
}
function isSet(value) {
  return value !== void 0 && value !== null && value !== "";
}
function pointer(...segments) {
  let out = "";
  for (const segment of segments) {
    const s2 = String(segment);
    out += "/" + (s2.includes("~") || s2.includes("/") ? s2.replace(/~/g, "~0").replace(/\//g, "~1") : s2);
  }
  return out;
}
function goQuote(value) {
  return JSON.stringify(String(value));
}
function goList(values) {
  return `[${values.map(String).join(" ")}]`;
}
function normalizeRelease(release) {
  const known = normalized.get(release);
  if (known !== void 0) return known;
  const v = import_semver3.default.valid(import_semver3.default.coerce(release));
  if (!v) throw new Error(`not an eksctl release: ${JSON.stringify(release)}`);
  if (normalized.size < 1e4) normalized.set(release, v);
  return v;
}
function factsOf(doc) {
  let facts = documentFacts.get(doc);
  if (!facts) documentFacts.set(doc, facts = { nodeGroups: {}, kubernetes: /* @__PURE__ */ new Map() });
  return facts;
}
function listNodeGroups(data, kind) {
  const out = [];
  const add = (key, managed) => {
    asArray(data[key]).forEach((item, index) => {
      const ng = asObject(item);
      if (ng) out.push({ ng, path: `/${key}/${index}`, label: `${key}[${index}]`, managed, index });
    });
  };
  if (kind !== "managed") add("nodeGroups", false);
  if (kind !== "unmanaged") add("managedNodeGroups", true);
  return Object.freeze(out);
}
var import_semver3, normalized, documentFacts, RuleContext;
var init_context = __esm({
  "src/rules/context.ts"() {
    "use strict";
    import_semver3 = __toESM(require_semver2(), 1);
    init_version2();
    init_kubernetes_versions();
    normalized = /* @__PURE__ */ new Map();
    documentFacts = /* @__PURE__ */ new WeakMap();
    RuleContext = class {
      constructor(doc, release, rule, sink, active, karpenterVersion) {
        this.doc = doc;
        this.release = release;
        this.rule = rule;
        this.sink = sink;
        this.active = active;
        this.karpenterVersion = karpenterVersion;
        this.data = asObject(doc.data) ?? {};
      }
      doc;
      release;
      rule;
      sink;
      active;
      karpenterVersion;
      data;
      k8s;
      atLeast(release) {
        return gte(this.release, release);
      }
      /** Whether another rule runs in this pass (to avoid two findings for one problem). */
      isActive(ruleId) {
        return this.active(ruleId);
      }
      isPlaceholder(path5) {
        return this.doc.placeholderPaths.has(path5);
      }
      /** `metadata.version` as eksctl resolves it for this release (default / auto / latest applied). */
      kubernetesVersion() {
        if (!this.k8s) {
          const { kubernetes } = factsOf(this.doc);
          let k8s = kubernetes.get(this.release);
          if (!k8s) {
            const path5 = "/metadata/version";
            const raw = asObject(this.data.metadata)?.version;
            k8s = effectiveKubernetesVersion(this.release, raw);
            if (this.isPlaceholder(path5)) k8s = { ...k8s, version: null };
            kubernetes.set(this.release, k8s);
          }
          this.k8s = k8s;
        }
        return this.k8s;
      }
      /** The document's nodegroups (shared by the rules of a run: read-only). */
      nodeGroups(kind = "all") {
        const { nodeGroups } = factsOf(this.doc);
        return nodeGroups[kind] ??= listNodeGroups(this.data, kind);
      }
      /**
       * Records a finding at the value (or key) at `path`. `eksctlText` is eksctl's error as it would print it, `fix`
       * says what to change.
       */
      report(path5, eksctlText, fix, options = {}) {
        const range2 = this.doc.locate(path5, options.part ?? "value");
        const finding = {
          ruleId: `rules/${this.rule.id}`,
          severity: options.severity ?? this.rule.severity,
          message: `${eksctlText} — ${fix}`,
          instancePath: path5,
          file: this.doc.path,
          ...range2
        };
        if (options.since !== void 0) finding.since = options.since;
        if (options.until !== void 0) finding.until = options.until;
        this.sink.push(finding);
      }
    };
  }
});

// src/rules/catalogue/addons.ts
function validConfigurationValues(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    try {
      const v = (0, import_yaml5.parse)(text);
      return v !== null && typeof v === "object";
    } catch {
      return false;
    }
  }
}
var import_semver4, import_yaml5, EKSCTL_MIN_KARPENTER, addonRules;
var init_addons = __esm({
  "src/rules/catalogue/addons.ts"() {
    "use strict";
    import_semver4 = __toESM(require_semver2(), 1);
    import_yaml5 = __toESM(require_dist(), 1);
    init_context();
    EKSCTL_MIN_KARPENTER = "v0.20.0";
    addonRules = [
      {
        id: "addon-fields",
        group: "addons",
        summary: "Each addon has a `name`; `configurationValues` (0.124.0+) is JSON or YAML.",
        since: "0.33.0",
        severity: "error",
        eksctlMessages: [
          "invalid configuration for %q addon: %s",
          "name is required",
          "configurationValues: %q is not valid, supported format(s) are: JSON and YAML"
        ],
        example: "addons: [{version: latest}]",
        check(ctx) {
          asArray(ctx.data.addons).forEach((item, i) => {
            const addon = asObject(item) ?? {};
            const path5 = pointer("addons", i);
            const name = asString(addon.name) ?? "";
            if (!name) {
              ctx.report(
                path5,
                `invalid configuration for ${goQuote(name)} addon: name is required`,
                "set the addon `name`."
              );
              return;
            }
            const cv = asString(addon.configurationValues);
            if (cv && ctx.atLeast("0.124.0") && !ctx.isPlaceholder(`${path5}/configurationValues`) && !validConfigurationValues(cv)) {
              ctx.report(
                `${path5}/configurationValues`,
                `invalid configuration for ${goQuote(name)} addon: configurationValues: ${goQuote(cv)} is not valid, supported format(s) are: JSON and YAML`,
                "write the values as a JSON object or a YAML mapping (a block scalar `|` keeps YAML readable)."
              );
            }
          });
        }
      },
      {
        id: "karpenter-version",
        group: "addons",
        summary: "eksctl's `karpenter:` installer has a `version`, at least v0.20.0 (minimum enforced from 0.137.0).",
        since: "0.80.0",
        severity: "error",
        eksctlMessages: [
          "failed to validate Karpenter config: %w",
          "version field is required if installing Karpenter is enabled",
          "minimum supported version is %s",
          "failed to parse Karpenter version %q: %w"
        ],
        example: "karpenter: {createServiceAccount: true}",
        check(ctx) {
          const k = asObject(ctx.data.karpenter);
          if (!k) return;
          const version = asString(k.version);
          if (!version) {
            ctx.report(
              "/karpenter",
              "failed to validate Karpenter config: version field is required if installing Karpenter is enabled",
              "pin the Karpenter chart version, e.g. `karpenter.version: 'v0.20.0'`.",
              { part: "key" }
            );
            return;
          }
          if (ctx.isPlaceholder("/karpenter/version")) return;
          if (ctx.atLeast("0.110.0") && !/^v?\d+(\.\d+)*(-?[0-9A-Za-z~.-]+)?(\+[0-9A-Za-z~.-]+)?$/.test(version.trim())) {
            ctx.report(
              "/karpenter/version",
              `failed to validate Karpenter config: failed to parse Karpenter version ${goQuote(version)}: Malformed version: ${version}`,
              "use a release number such as `'1.0.6'` (not a tag name like `latest`)."
            );
            return;
          }
          if (!ctx.atLeast("0.137.0")) return;
          const v = import_semver4.default.coerce(version);
          if (v && import_semver4.default.lt(v, EKSCTL_MIN_KARPENTER)) {
            ctx.report(
              "/karpenter/version",
              `failed to validate Karpenter config: minimum supported version is ${EKSCTL_MIN_KARPENTER}`,
              `use Karpenter ${EKSCTL_MIN_KARPENTER} or later.`
            );
          }
        }
      },
      {
        id: "karpenter-needs-oidc",
        group: "addons",
        summary: "eksctl's `karpenter:` installer needs `iam.withOIDC: true`.",
        since: "0.80.0",
        severity: "error",
        eksctlMessages: ["failed to validate Karpenter config: %w", "iam.withOIDC must be enabled with Karpenter"],
        example: "karpenter: {version: 'v0.20.0'}  # no iam.withOIDC",
        check(ctx) {
          if (!asObject(ctx.data.karpenter)) return;
          if (isFalsy(asObject(ctx.data.iam)?.withOIDC)) {
            ctx.report(
              "/karpenter",
              "failed to validate Karpenter config: iam.withOIDC must be enabled with Karpenter",
              "add `iam.withOIDC: true`; eksctl gives the Karpenter controller an IRSA role.",
              { part: "key" }
            );
          }
        }
      }
    ];
  }
});

// src/rules/catalogue/cluster.ts
function arnParseError(value) {
  if (!value.startsWith("arn:")) return "arn: invalid prefix";
  if (value.split(":").length < 6) return "arn: not enough sections";
  return null;
}
var EKS_VERSIONS_URL, AUTO_MODE_NODEGROUPS, clusterRules;
var init_cluster = __esm({
  "src/rules/catalogue/cluster.ts"() {
    "use strict";
    init_context();
    init_kubernetes_versions();
    EKS_VERSIONS_URL = "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html";
    AUTO_MODE_NODEGROUPS = "creation of managed or self-managed nodegroups is not supported during cluster creation when Auto Mode is enabled; please create them post cluster creation using `eksctl create nodegroup` after creating core networking addons in the cluster";
    clusterRules = [
      {
        id: "metadata-required",
        group: "metadata",
        summary: "`metadata`, `metadata.name` and `metadata.region` are set.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["%s must be set"],
        example: "metadata: {name: demo}  # no region",
        check(ctx) {
          const meta = asObject(ctx.data.metadata);
          if (!meta) {
            ctx.report("", "metadata must be set", "add a `metadata:` block with `name` and `region`.");
            return;
          }
          if (!isSet(meta.name)) {
            ctx.report("/metadata", "metadata.name must be set", "give the cluster a name under `metadata.name`.", {
              part: "key"
            });
          }
          if (!isSet(meta.region)) {
            ctx.report(
              "/metadata",
              "metadata.region must be set",
              "set the AWS region, e.g. `metadata.region: us-west-2`.",
              { part: "key" }
            );
          }
        }
      },
      {
        id: "cluster-name-format",
        group: "metadata",
        summary: "The cluster name uses only letters, digits and `-` (eksctl checks `[^a-zA-Z0-9-]`, no leading-letter rule).",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["validation for %s failed, name must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*"],
        example: "metadata: {name: my_cluster}",
        check(ctx) {
          const name = asString(asObject(ctx.data.metadata)?.name);
          if (!name || ctx.isPlaceholder("/metadata/name")) return;
          if (/[^a-zA-Z0-9-]/.test(name)) {
            ctx.report(
              "/metadata/name",
              `validation for ${name} failed, name must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`,
              "use letters, digits and hyphens only (CloudFormation stack names are derived from it)."
            );
          }
        }
      },
      {
        id: "kubernetes-version-supported",
        group: "cluster",
        summary: "`metadata.version` is a Kubernetes version the release can create (static lists up to 0.201.0; from 0.202.0 EKS decides at run time, checked approximately).",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: [
          "invalid version, supported values: %s",
          "invalid version, %s is no longer supported, supported values: %s\nsee also: " + EKS_VERSIONS_URL
        ],
        example: 'metadata: {version: "1.22"}',
        check(ctx) {
          const path5 = "/metadata/version";
          if (ctx.isPlaceholder(path5)) return;
          const { written, facts } = ctx.kubernetesVersion();
          if (written === void 0) return;
          const raw = asObject(ctx.data.metadata)?.version;
          if (typeof raw !== "string") return;
          const value = raw.trim();
          if (value === "auto" || value === "latest") return;
          const list = facts.supported.join(", ");
          const approx = facts.approximate ? ` (approximate: eksctl ${ctx.release} asks EKS for the supported versions at run time; this uses the EKS release calendar as of ${eksFactsAsOf})` : "";
          const since = firstReleaseSupporting(value);
          if (facts.supported.includes(value) || !facts.approximate && value === facts.defaultVersion) {
            if (facts.approximate) {
              ctx.report(
                path5,
                `Kubernetes ${value} is accepted by EKS as of ${eksFactsAsOf}`,
                `eksctl ${ctx.release} asks EKS at run time, so this check is approximate.`,
                { severity: "notice" }
              );
            }
            return;
          }
          if (facts.deprecated.includes(value)) {
            ctx.report(
              path5,
              `invalid version, ${value} is no longer supported, supported values: ${list}
see also: ${EKS_VERSIONS_URL}`,
              `pick one of ${list}${approx}; a cluster on an old version is created by an older eksctl only if EKS still offers it.`
            );
            return;
          }
          const newer = minor(value) !== null && versionLess(facts.latest, value);
          ctx.report(
            path5,
            `invalid version, supported values: ${list}`,
            newer && since ? `Kubernetes ${value} needs eksctl ≥ ${since}; upgrade eksctl or pick one of ${list}${approx}.` : `pick one of ${list}, or \`auto\`/\`latest\`${approx}.`,
            {
              severity: facts.approximate && newer ? "warning" : "error",
              ...newer && since ? { since } : {}
            }
          );
        }
      },
      {
        id: "secrets-encryption-key-arn",
        group: "cluster",
        summary: "`secretsEncryption` has a `keyARN` that parses as an ARN.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: [
          "field secretsEncryption.keyARN is required for enabling secrets encryption",
          "invalid ARN in secretsEncryption.keyARN: %q: %w"
        ],
        example: 'secretsEncryption: {keyARN: ""}',
        check(ctx) {
          if (!("secretsEncryption" in ctx.data) || ctx.data.secretsEncryption === null) return;
          const enc = asObject(ctx.data.secretsEncryption) ?? {};
          const key = asString(enc.keyARN);
          if (!key) {
            ctx.report(
              "/secretsEncryption",
              "field secretsEncryption.keyARN is required for enabling secrets encryption",
              "set `secretsEncryption.keyARN` to the ARN of a KMS key, or remove `secretsEncryption`.",
              { part: "key" }
            );
            return;
          }
          if (ctx.isPlaceholder("/secretsEncryption/keyARN")) return;
          const err = arnParseError(key);
          if (err) {
            ctx.report(
              "/secretsEncryption/keyARN",
              `invalid ARN in secretsEncryption.keyARN: ${goQuote(key)}: ${err}`,
              "use the full key ARN, `arn:aws:kms:<region>:<account>:key/<key-id>`."
            );
          }
        }
      },
      {
        id: "upgrade-policy-support-type",
        group: "cluster",
        summary: "`upgradePolicy.supportType` is `STANDARD` or `EXTENDED`.",
        since: "0.216.0",
        severity: "error",
        eksctlMessages: [
          "upgradePolicy.supportType must be either %q or %q",
          "upgradePolicy.supportType contains invalid control characters"
        ],
        example: "upgradePolicy: {supportType: standard}",
        check(ctx) {
          const policy = asObject(ctx.data.upgradePolicy);
          if (!policy || !isSet(policy.supportType) || ctx.isPlaceholder("/upgradePolicy/supportType")) return;
          const st = String(policy.supportType);
          if (/[\u0000-\u001f\u007f]/.test(st)) {
            ctx.report(
              "/upgradePolicy/supportType",
              "upgradePolicy.supportType contains invalid control characters",
              "write `STANDARD` or `EXTENDED` without control characters."
            );
            return;
          }
          if (policy.supportType !== "STANDARD" && policy.supportType !== "EXTENDED") {
            ctx.report(
              "/upgradePolicy/supportType",
              'upgradePolicy.supportType must be either "STANDARD" or "EXTENDED"',
              "write `STANDARD` or `EXTENDED` in capitals."
            );
          }
        }
      },
      {
        id: "ip-family",
        group: "cluster",
        summary: "`kubernetesNetworkConfig.ipFamily` is IPv4 or IPv6; IPv6 needs the core addons of the release, OIDC or pod identity, vpc-cni ≥ 1.10.0, Kubernetes ≥ 1.21 and no NAT; `vpc.extraIPv6CIDRs` needs IPv6.",
        since: "0.79.0",
        severity: "error",
        eksctlMessages: [
          "invalid value %q for ipFamily; allowed are %s and %s",
          "the default core addons must be defined for IPv6; missing addon(s): %s",
          "the default core addons must be defined for IPv6; missing addon(s): %s; either define them or use EKS Auto Mode",
          "oidc needs to be enabled if IPv6 is set",
          "oidc needs to be enabled if IPv6 is set; either set it or use EKS Auto Mode",
          "either pod identity or oidc needs to be enabled if IPv6 is set; set either one or use EKS Auto Mode",
          "Set one of: addonsConfig.autoApplyPodIdentityAssociations, useDefaultPodIdentityAssociations on the vpc-cni addon, apply a custom pod identity on the vpc-cni addon",
          "%s version must be at least version %s for IPv6",
          "cluster version must be >= %s",
          "setting NAT is not supported with IPv6",
          "cannot specify vpc.extraIPv6CIDRs with an IPv4 cluster"
        ],
        example: "kubernetesNetworkConfig: {ipFamily: IPv6}  # no addons",
        check(ctx) {
          const net = asObject(ctx.data.kubernetesNetworkConfig);
          const family = asString(net?.ipFamily);
          const vpc = asObject(ctx.data.vpc);
          const familyPath = "/kubernetesNetworkConfig/ipFamily";
          if (family && !ctx.isPlaceholder(familyPath) && !["ipv4", "ipv6", ""].includes(family.toLowerCase())) {
            ctx.report(
              familyPath,
              `invalid value ${goQuote(family)} for ipFamily; allowed are IPv4 and IPv6`,
              "use `IPv4` (the default) or `IPv6`."
            );
            return;
          }
          const ipv6 = family?.toLowerCase() === "ipv6";
          if (!ipv6) {
            if (vpc && asArray(vpc.extraIPv6CIDRs).length > 0) {
              ctx.report(
                "/vpc/extraIPv6CIDRs",
                "cannot specify vpc.extraIPv6CIDRs with an IPv4 cluster",
                "remove `vpc.extraIPv6CIDRs` or set `kubernetesNetworkConfig.ipFamily: IPv6`."
              );
            }
            return;
          }
          const autoMode = ctx.atLeast("0.195.0") && isTrue(asObject(ctx.data.autoModeConfig)?.enabled);
          const addonList = asArray(ctx.data.addons).map((a) => asObject(a) ?? {});
          const names = new Set(addonList.map((a) => (asString(a.name) ?? "").toLowerCase()));
          const required = ctx.atLeast("0.230.0") ? ["coredns"] : ["vpc-cni", "coredns", "kube-proxy"];
          const missing = required.filter((n) => !names.has(n));
          const withOIDC = isTrue(asObject(ctx.data.iam)?.withOIDC);
          const addonsPath = "addons" in ctx.data ? "/addons" : familyPath;
          const addonsPart = "addons" in ctx.data ? { part: "key" } : {};
          if (!autoMode) {
            if (missing.length > 0) {
              const text = ctx.atLeast("0.199.0") ? `the default core addons must be defined for IPv6; missing addon(s): ${missing.join(", ")}; either define them or use EKS Auto Mode` : `the default core addons must be defined for IPv6; missing addon(s): ${missing.join(", ")}`;
              ctx.report(familyPath, text, `add ${missing.map((m) => `\`- name: ${m}\``).join(", ")} under \`addons\`.`);
            } else if (ctx.atLeast("0.207.0")) {
              const vpcCni = addonList.find((a) => asString(a.name) === "vpc-cni");
              const agent = names.has("eks-pod-identity-agent");
              if ((vpcCni || !ctx.atLeast("0.230.0")) && !agent && !withOIDC) {
                ctx.report(
                  addonsPath,
                  "either pod identity or oidc needs to be enabled if IPv6 is set; set either one or use EKS Auto Mode",
                  "add the `eks-pod-identity-agent` addon or set `iam.withOIDC: true`: the vpc-cni addon needs AWS credentials.",
                  addonsPart
                );
              } else if (vpcCni && agent && !isTrue(asObject(ctx.data.addonsConfig)?.autoApplyPodIdentityAssociations)) {
                const pias = asArray(vpcCni.podIdentityAssociations);
                if (!isTrue(vpcCni.useDefaultPodIdentityAssociations) && pias.length === 0) {
                  ctx.report(
                    addonsPath,
                    "Set one of: addonsConfig.autoApplyPodIdentityAssociations, useDefaultPodIdentityAssociations on the vpc-cni addon, apply a custom pod identity on the vpc-cni addon",
                    "with the pod identity agent, give the vpc-cni addon its role: `useDefaultPodIdentityAssociations: true` is the shortest.",
                    addonsPart
                  );
                }
              }
            }
          }
          if (!ctx.atLeast("0.207.0") && !withOIDC && !(autoMode && ctx.atLeast("0.199.0"))) {
            ctx.report(
              familyPath,
              ctx.atLeast("0.199.0") ? "oidc needs to be enabled if IPv6 is set; either set it or use EKS Auto Mode" : "oidc needs to be enabled if IPv6 is set",
              "set `iam.withOIDC: true`."
            );
          }
          addonList.forEach((a, i) => {
            const v = asString(a.version);
            if (asString(a.name) !== "vpc-cni" || !v || v === "latest") return;
            const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v);
            if (!m || ctx.isPlaceholder(pointer("addons", i, "version"))) return;
            const [maj, min] = [Number(m[1]), Number(m[2])];
            if (maj < 1 || maj === 1 && min < 10) {
              ctx.report(
                pointer("addons", i, "version"),
                "vpc-cni version must be at least version 1.10.0 for IPv6",
                "use vpc-cni 1.10.0 or later (or `latest`)."
              );
            }
          });
          const { version } = ctx.kubernetesVersion();
          if (version && versionLess(version, "1.21")) {
            ctx.report(
              "/metadata/version",
              "cluster version must be >= 1.21",
              "IPv6 clusters need Kubernetes 1.21 or later."
            );
          }
          if (vpc && isSet(vpc.nat)) {
            ctx.report("/vpc/nat", "setting NAT is not supported with IPv6", "remove `vpc.nat` for an IPv6 cluster.");
          }
        }
      },
      {
        id: "auto-mode-nodegroups",
        group: "cluster",
        summary: "With `autoModeConfig.enabled`, `create cluster` takes no `nodeGroups` or `managedNodeGroups`.",
        since: "0.195.0",
        severity: "error",
        eksctlMessages: [AUTO_MODE_NODEGROUPS],
        example: "autoModeConfig: {enabled: true}\nmanagedNodeGroups: [{name: ng}]",
        check(ctx) {
          if (!isTrue(asObject(ctx.data.autoModeConfig)?.enabled)) return;
          for (const key of ["nodeGroups", "managedNodeGroups"]) {
            if (asArray(ctx.data[key]).length > 0) {
              ctx.report(
                pointer(key),
                AUTO_MODE_NODEGROUPS,
                `remove \`${key}\` from this file (create them afterwards with \`eksctl create nodegroup\`) or disable Auto Mode.`,
                { part: "key" }
              );
            }
          }
        }
      },
      {
        id: "identity-provider-fields",
        group: "cluster",
        summary: "Each `identityProviders[]` entry has `name`, `clientID` and `issuerURL`.",
        since: "0.38.0",
        severity: "error",
        eksctlMessages: [
          "identityProviders[%d] is invalid: %w",
          "identityProviders[%d] is invalid",
          "%s must be set and non-empty"
        ],
        example: "identityProviders: [{type: oidc, issuerURL: https://x}]",
        check(ctx) {
          asArray(ctx.data.identityProviders).forEach((entry, i) => {
            const idp = asObject(entry) ?? {};
            for (const field of ["name", "clientID", "issuerURL"]) {
              if (!isSet(idp[field])) {
                ctx.report(
                  pointer("identityProviders", i),
                  `identityProviders[${i}] is invalid: ${field} must be set and non-empty`,
                  `set \`${field}\` on this identity provider.`
                );
                return;
              }
            }
          });
        }
      },
      {
        id: "gitops-flux-fields",
        group: "cluster",
        summary: "`gitops.flux` has `gitProvider` and `flags`.",
        since: "0.53.0",
        severity: "error",
        eksctlMessages: ["%s must be set"],
        example: "gitops: {flux: {flags: {owner: me}}}",
        check(ctx) {
          const flux = asObject(asObject(ctx.data.gitops)?.flux);
          if (!flux) return;
          if (!isSet(flux.gitProvider)) {
            ctx.report("/gitops/flux", "gitops.flux.gitProvider must be set", "set `gitProvider: github` or `gitlab`.", {
              part: "key"
            });
          }
          const flags = asObject(flux.flags);
          if (!flags || Object.keys(flags).length === 0) {
            ctx.report(
              "/gitops/flux",
              "gitops.flux.flags must be set",
              "pass the `flux bootstrap` arguments under `flags`.",
              { part: "key" }
            );
          }
        }
      }
    ];
  }
});

// src/rules/catalogue/fargate.ts
var fargateRules;
var init_fargate = __esm({
  "src/rules/catalogue/fargate.ts"() {
    "use strict";
    init_context();
    fargateRules = [
      {
        id: "fargate-profile-fields",
        group: "fargate",
        summary: "Each Fargate profile has a name not starting with `eks-` and at least one selector.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: [
          "invalid Fargate profile: empty name",
          "invalid Fargate profile %q: name should NOT start with %q",
          "invalid Fargate profile %q: no profile selector"
        ],
        example: "fargateProfiles: [{name: eks-default, selectors: [{namespace: default}]}]",
        check(ctx) {
          asArray(ctx.data.fargateProfiles).forEach((item, i) => {
            const fp = asObject(item) ?? {};
            const path5 = pointer("fargateProfiles", i);
            const name = asString(fp.name);
            if (!name) {
              ctx.report(path5, "invalid Fargate profile: empty name", "give the profile a `name`.");
              return;
            }
            if (name.startsWith("eks-")) {
              ctx.report(
                `${path5}/name`,
                `invalid Fargate profile ${goQuote(name)}: name should NOT start with "eks-"`,
                "the `eks-` prefix is reserved by EKS: rename the profile."
              );
            }
            if (asArray(fp.selectors).length === 0) {
              ctx.report(
                path5,
                `invalid Fargate profile ${goQuote(name)}: no profile selector`,
                "add `selectors: [{namespace: …}]` to say which pods run on Fargate."
              );
            }
          });
        }
      }
    ];
  }
});

// src/rules/catalogue/shared.ts
function parseArn(value) {
  if (!value.startsWith("arn:")) return { ok: false, error: "arn: invalid prefix" };
  const parts = value.split(":");
  if (parts.length < 6) return { ok: false, error: "arn: not enough sections" };
  return {
    ok: true,
    partition: parts[1],
    service: parts[2],
    region: parts[3],
    account: parts[4],
    resource: parts.slice(5).join(":")
  };
}
function controlPlaneOnOutposts(data) {
  return isSet(asObject(data.outpost)?.controlPlaneOutpostARN);
}
function fullyPrivate(data) {
  return isTrue(asObject(data.privateCluster)?.enabled);
}
function hasAnySubnets(data) {
  const subnets = asObject(asObject(data.vpc)?.subnets);
  if (!subnets) return false;
  return ["private", "public"].some((k) => {
    const v = subnets[k];
    return Array.isArray(v) ? v.length > 0 : !!asObject(v) && Object.keys(v).length > 0;
  });
}
function authenticationMode(data) {
  const mode = asString(asObject(data.accessConfig)?.authenticationMode);
  if (mode) return mode;
  const outpost = asObject(data.outpost);
  return controlPlaneOnOutposts(data) && !isSet(outpost?.etcdInstanceType) ? "CONFIG_MAP" : "API_AND_CONFIG_MAP";
}
function ipv6Enabled(data) {
  return asString(asObject(data.kubernetesNetworkConfig)?.ipFamily)?.toLowerCase() === "ipv6";
}
function nonEmpty(value) {
  return asArray(value).length > 0;
}
function hasInstanceSelector(ng) {
  const sel = asObject(ng.instanceSelector);
  return !!sel && Object.values(sel).some((v) => v !== null && v !== void 0 && v !== "" && v !== 0);
}
var init_shared = __esm({
  "src/rules/catalogue/shared.ts"() {
    "use strict";
    init_context();
  }
});

// src/rules/catalogue/hybrid-and-auto-mode.ts
var AUTO_MODE_NODE_POOLS, DEFAULT_NON_AUTO_ADDONS, hybridAndAutoModeRules;
var init_hybrid_and_auto_mode = __esm({
  "src/rules/catalogue/hybrid-and-auto-mode.ts"() {
    "use strict";
    init_context();
    init_shared();
    AUTO_MODE_NODE_POOLS = ["general-purpose", "system"];
    DEFAULT_NON_AUTO_ADDONS = ["vpc-cni", "kube-proxy", "coredns"];
    hybridAndAutoModeRules = [
      {
        id: "remote-network-config",
        group: "vpc",
        summary: "`remoteNetworkConfig` (hybrid nodes): IPv4, access entries enabled, one remote node network (and pod network), a tgw-/vgw- gateway only for a new VPC, provider SSM or IRA with `caBundleCert` only for IRA.",
        since: "0.195.0",
        severity: "error",
        eksctlMessages: [
          "remoteNetworkConfig requires public cluster endpoint access",
          "remoteNetworkConfig is not supported on fully private EKS cluster",
          "remoteNetworkConfig on Outpost clusters requires outpost.etcdInstanceType to be set",
          "remoteNetworkConfig is not supported on EKS cluster configured with IPv6 address family",
          "remoteNetworkConfig requires authenticationMode to be either %q or %q",
          "only one remoteNodeNetwork is allowed in remoteNetworkConfig.remoteNodeNetworks",
          "only one remotePodNetwork is allowed in remoteNetworkConfig.remotePodNetworks",
          "%s must be set and non-empty",
          "remoteNetworkConfig.vpcGatewayID is not supported when using pre-existing VPC",
          "invalid value %q provided for remoteNetworkConfig.vpcGatewayID; only transit gateway (tgw-*) or virtual private gateway (vgw-*) IDs are supported",
          "invalid value %q provided for remoteNetworkConfig.iam.provider; only %q and %q are supported",
          "remoteNetworkConfig.iam.caBundleCert is not supported when using SSM credentials provider",
          "remoteNetworkConfig.iam.caBundleCert is required when using IAMRolesAnywhere credentials provider"
        ],
        example: "remoteNetworkConfig: {vpcGatewayID: igw-1, remoteNodeNetworks: [{cidrs: [10.80.0.0/16]}]}",
        check(ctx) {
          const rnc = asObject(ctx.data.remoteNetworkConfig);
          if (!rnc) return;
          const d = ctx.data;
          const base = "/remoteNetworkConfig";
          const key = { part: "key" };
          const ep = asObject(asObject(d.vpc)?.clusterEndpoints);
          if (!ctx.atLeast("0.205.0")) {
            if (ep?.publicAccess === false) {
              ctx.report(
                "/vpc/clusterEndpoints/publicAccess",
                "remoteNetworkConfig requires public cluster endpoint access",
                "keep `publicAccess: true` for hybrid nodes."
              );
            }
            if (fullyPrivate(d)) {
              ctx.report(
                base,
                "remoteNetworkConfig is not supported on fully private EKS cluster",
                "remove `privateCluster` or `remoteNetworkConfig`.",
                key
              );
            }
          }
          if (ctx.atLeast("0.229.0") && controlPlaneOnOutposts(d) && !isSet(asObject(d.outpost)?.etcdInstanceType)) {
            ctx.report(
              base,
              "remoteNetworkConfig on Outpost clusters requires outpost.etcdInstanceType to be set",
              "set `outpost.etcdInstanceType`.",
              key
            );
          }
          if (ipv6Enabled(d)) {
            ctx.report(
              base,
              "remoteNetworkConfig is not supported on EKS cluster configured with IPv6 address family",
              "hybrid nodes need an IPv4 cluster.",
              key
            );
          }
          if (authenticationMode(d) === "CONFIG_MAP") {
            ctx.report(
              asObject(d.accessConfig)?.authenticationMode ? "/accessConfig/authenticationMode" : base,
              'remoteNetworkConfig requires authenticationMode to be either "API_AND_CONFIG_MAP" or "API"',
              "hybrid nodes join through access entries: use `API_AND_CONFIG_MAP` or `API`.",
              asObject(d.accessConfig)?.authenticationMode ? {} : key
            );
          }
          const nodeNets = asArray(rnc.remoteNodeNetworks);
          const podNets = asArray(rnc.remotePodNetworks);
          if (ctx.atLeast("0.229.0")) {
            if (nodeNets.length > 1) {
              ctx.report(
                `${base}/remoteNodeNetworks`,
                "only one remoteNodeNetwork is allowed in remoteNetworkConfig.remoteNodeNetworks",
                "list all CIDRs under one network: `remoteNodeNetworks: [{cidrs: [...]}]`.",
                key
              );
            }
            if (podNets.length > 1) {
              ctx.report(
                `${base}/remotePodNetworks`,
                "only one remotePodNetwork is allowed in remoteNetworkConfig.remotePodNetworks",
                "list all CIDRs under one network.",
                key
              );
            }
          }
          if (nodeNets.length === 0) {
            const bothEmpty = ctx.atLeast("0.228.0") && Array.isArray(rnc.remotePodNetworks) && podNets.length === 0;
            if (!bothEmpty) {
              const outpostsPods = ctx.atLeast("0.229.0") && controlPlaneOnOutposts(d);
              if (!outpostsPods || podNets.length === 0) {
                const field = outpostsPods ? "remotePodNetworks" : "remoteNodeNetworks";
                ctx.report(
                  base,
                  `remoteNetworkConfig.${field} must be set and non-empty`,
                  `add \`${field}: [{cidrs: [...]}]\`.`,
                  key
                );
              }
            }
          }
          const gw = asString(rnc.vpcGatewayID);
          const gwPath = `${base}/vpcGatewayID`;
          const existingVpc = isSet(asObject(d.vpc)?.id);
          if (gw && !ctx.isPlaceholder(gwPath)) {
            if (existingVpc) {
              ctx.report(
                gwPath,
                "remoteNetworkConfig.vpcGatewayID is not supported when using pre-existing VPC",
                "attach the gateway to your VPC yourself and remove `vpcGatewayID`."
              );
            } else if (!gw.startsWith("tgw-") && !gw.startsWith("vgw-")) {
              ctx.report(
                gwPath,
                `invalid value ${goQuote(gw)} provided for remoteNetworkConfig.vpcGatewayID; only transit gateway (tgw-*) or virtual private gateway (vgw-*) IDs are supported`,
                "use a `tgw-…` or `vgw-…` id."
              );
            }
          } else if (!gw && !existingVpc && !ctx.atLeast("0.203.0") && nodeNets.length > 0) {
            ctx.report(
              base,
              "remoteNetworkConfig.vpcGatewayID must be set and non-empty",
              "set `vpcGatewayID` (tgw-… or vgw-…).",
              key
            );
          }
          const iam = asObject(rnc.iam);
          const provider = asString(iam?.provider) ?? "SSM";
          const providerPath = `${base}/iam/provider`;
          if (ctx.isPlaceholder(providerPath)) return;
          const lower = provider.toLowerCase();
          if (lower !== "ssm" && lower !== "ira") {
            ctx.report(
              providerPath,
              `invalid value ${goQuote(provider)} provided for remoteNetworkConfig.iam.provider; only "SSM" and "IRA" are supported`,
              "use `SSM` (Systems Manager hybrid activations) or `IRA` (IAM Roles Anywhere)."
            );
          } else if (lower === "ssm" && iam && isSet(iam.caBundleCert)) {
            ctx.report(
              `${base}/iam/caBundleCert`,
              "remoteNetworkConfig.iam.caBundleCert is not supported when using SSM credentials provider",
              "remove `caBundleCert`, or use `provider: IRA`.",
              key
            );
          } else if (lower === "ira" && !isSet(iam?.caBundleCert)) {
            ctx.report(
              providerPath,
              "remoteNetworkConfig.iam.caBundleCert is required when using IAMRolesAnywhere credentials provider",
              "add the CA bundle under `remoteNetworkConfig.iam.caBundleCert`."
            );
          }
        }
      },
      {
        id: "auto-mode-config",
        group: "cluster",
        summary: "`autoModeConfig`: known, unique `nodePools`; `nodeRoleARN`/`permissionsBoundaryARN` only with node pools and not together; none of them when Auto Mode is off; no default networking addons with Auto Mode.",
        since: "0.195.0",
        severity: "error",
        eksctlMessages: [
          "cannot specify autoModeConfig.nodeRoleARN when autoModeConfig.nodePools is empty",
          "cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodePools is empty",
          "cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodeRoleARN is set",
          "found duplicate node pool: %q",
          "invalid NodePool %q",
          "cannot set autoModeConfig.nodeRoleARN or autoModeConfig.nodePools when Auto Mode is disabled",
          "cannot set autoModeConfig.nodeRoleARN, autoModeConfig.permissionBoundaryARN, or autoModeConfig.nodePools when Auto Mode is disabled",
          "core networking addons are not required on a cluster using Auto Mode; if you still wish to create them, use `eksctl create addon` post cluster creation"
        ],
        example: "autoModeConfig: {enabled: true, nodePools: [gpu]}",
        check(ctx) {
          const amc = asObject(ctx.data.autoModeConfig);
          if (!amc) return;
          const base = "/autoModeConfig";
          const pools = amc.nodePools;
          const hasPools = Array.isArray(pools) && pools.length > 0;
          const role = isSet(amc.nodeRoleARN);
          const boundary = ctx.atLeast("0.206.0") && isSet(amc.permissionsBoundaryARN);
          if (isTrue(amc.enabled)) {
            if (Array.isArray(pools)) {
              if (pools.length === 0 && role) {
                ctx.report(
                  `${base}/nodeRoleARN`,
                  "cannot specify autoModeConfig.nodeRoleARN when autoModeConfig.nodePools is empty",
                  "remove `nodeRoleARN` or list node pools.",
                  { part: "key" }
                );
              }
              if (pools.length === 0 && boundary) {
                ctx.report(
                  `${base}/permissionsBoundaryARN`,
                  "cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodePools is empty",
                  "remove `permissionsBoundaryARN` or list node pools.",
                  { part: "key" }
                );
              }
              if (role && boundary) {
                ctx.report(
                  `${base}/permissionsBoundaryARN`,
                  "cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodeRoleARN is set",
                  "the boundary applies to the role eksctl creates: remove one of the two.",
                  { part: "key" }
                );
              }
              const seen = /* @__PURE__ */ new Set();
              pools.forEach((np, i2) => {
                const path5 = pointer("autoModeConfig", "nodePools", i2);
                if (seen.has(np)) {
                  ctx.report(path5, `found duplicate node pool: ${goQuote(np)}`, "list each node pool once.");
                } else if (!AUTO_MODE_NODE_POOLS.includes(String(np)) && !ctx.isPlaceholder(path5)) {
                  ctx.report(path5, `invalid NodePool ${goQuote(np)}`, `use ${AUTO_MODE_NODE_POOLS.join(" or ")}.`);
                }
                seen.add(np);
              });
            }
            const addons = asArray(ctx.data.addons);
            const i = addons.findIndex((a) => {
              const name = asString(asObject(a)?.name) ?? "";
              return DEFAULT_NON_AUTO_ADDONS.includes(name);
            });
            const exempt = ctx.atLeast("0.206.0") && (asArray(ctx.data.fargateProfiles).length > 0 || isSet(ctx.data.remoteNetworkConfig));
            if (i >= 0 && !exempt && asArray(ctx.data.nodeGroups).length === 0 && asArray(ctx.data.managedNodeGroups).length === 0) {
              ctx.report(
                pointer("addons", i, "name"),
                "core networking addons are not required on a cluster using Auto Mode; if you still wish to create them, use `eksctl create addon` post cluster creation",
                "Auto Mode runs networking itself: remove this addon from the file."
              );
            }
          } else if (role || boundary || hasPools) {
            ctx.report(
              base,
              ctx.atLeast("0.206.0") ? "cannot set autoModeConfig.nodeRoleARN, autoModeConfig.permissionBoundaryARN, or autoModeConfig.nodePools when Auto Mode is disabled" : "cannot set autoModeConfig.nodeRoleARN or autoModeConfig.nodePools when Auto Mode is disabled",
              "set `autoModeConfig.enabled: true`, or remove the Auto Mode settings.",
              { part: "key" }
            );
          }
        }
      }
    ];
  }
});

// src/rules/catalogue/iam-associations.ts
function hasWellKnownPolicy(value) {
  const wkp = asObject(value);
  return !!wkp && Object.values(wkp).some((v) => v === true);
}
function policyList(value) {
  return asArray(value).length > 0;
}
function policyDoc(value) {
  const o = asObject(value);
  return !!o && Object.keys(o).length > 0;
}
function podIdentityErrors(pia, label) {
  if (!isSet(pia.namespace)) return [["", `${label}.namespace must be set`]];
  if (!isSet(pia.serviceAccountName)) return [["", `${label}.serviceAccountName must be set`]];
  const role = isSet(pia.roleARN);
  if (!role && !policyDoc(pia.permissionPolicy) && !policyList(pia.permissionPolicyARNs) && !hasWellKnownPolicy(pia.wellKnownPolicies)) {
    return [
      [
        "",
        `at least one of the following must be specified: ${label}.roleARN, ${label}.permissionPolicy, ${label}.permissionPolicyARNs, ${label}.wellKnownPolicies`
      ]
    ];
  }
  if (role) {
    for (const [field, set] of [
      ["permissionPolicy", policyDoc(pia.permissionPolicy)],
      ["permissionPolicyARNs", policyList(pia.permissionPolicyARNs)],
      ["wellKnownPolicies", hasWellKnownPolicy(pia.wellKnownPolicies)]
    ]) {
      if (set) return [[field, `${label}.${field} cannot be specified when ${label}.roleARN is set`]];
    }
  }
  return [];
}
function permissionPolicyNameError(pia) {
  const name = asString(pia.permissionPolicyName);
  if (!name) return null;
  if (!policyDoc(pia.permissionPolicy)) return "permissionPolicyName requires permissionPolicy to be set";
  if (!/[A-Za-z0-9]/.test(name))
    return `permissionPolicyName ${goQuote(name)} must contain at least one alphanumeric character`;
  return null;
}
var NODE_TYPES, iamAssociationRules;
var init_iam_associations = __esm({
  "src/rules/catalogue/iam-associations.ts"() {
    "use strict";
    init_context();
    init_shared();
    NODE_TYPES = ["EC2_LINUX", "EC2_WINDOWS", "FARGATE_LINUX"];
    iamAssociationRules = [
      {
        id: "access-entry-fields",
        group: "iam",
        summary: "Each `accessConfig.accessEntries[]` has a valid, unique `principalARN`; node types carry no groups/username/policies; policies are cluster-access-policy ARNs with a valid `accessScope`.",
        since: "0.167.0",
        severity: "error",
        eksctlMessages: [
          "invalid ARN %q: %w",
          "%s.principalARN must be set to a valid AWS ARN",
          "cannot specify %s.kubernetesGroups nor %s.kubernetesUsername when type is set to %s",
          "cannot specify %s.accessPolicies when type is set to %s",
          "invalid access entry type %q for %s",
          "%s.policyARN must be set to a valid AWS ARN",
          "%s.policyARN must be a cluster-access-policy resource",
          "invalid %s.policyARN",
          "%s.accessScope.type must be set to either %q or %q",
          "cannot specify %s.accessScope.namespaces when accessScope is set to %s",
          "at least one namespace must be specified when accessScope is set to %s: (%s)",
          "invalid access scope type %q for %s",
          "duplicate access entry %s with principal ARN %q"
        ],
        example: "accessConfig: {accessEntries: [{principalARN: arn:aws:iam::1:role/x, type: EC2_LINUX, kubernetesGroups: [a]}]}",
        check(ctx) {
          const entries = asArray(asObject(ctx.data.accessConfig)?.accessEntries);
          if (entries.length === 0 || authenticationMode(ctx.data) === "CONFIG_MAP") return;
          const types = ["", "STANDARD", ...NODE_TYPES];
          if (ctx.atLeast("0.195.0")) types.push("HYBRID_LINUX");
          if (ctx.atLeast("0.205.0")) types.push("EC2");
          const seen = /* @__PURE__ */ new Set();
          entries.forEach((item, i) => {
            const ae = asObject(item) ?? {};
            const label = `accessEntries[${i}]`;
            const base = pointer("accessConfig", "accessEntries", i);
            const principal = asString(ae.principalARN);
            if (principal && ctx.isPlaceholder(`${base}/principalARN`)) return;
            if (principal) {
              const parsed2 = parseArn(principal);
              if (!parsed2.ok) {
                ctx.report(
                  `${base}/principalARN`,
                  `invalid ARN ${goQuote(principal)}: ${parsed2.error}`,
                  "use the full IAM role or user ARN."
                );
                return;
              }
            } else {
              ctx.report(
                base,
                `${label}.principalARN must be set to a valid AWS ARN`,
                "set `principalARN` to the IAM role or user ARN."
              );
              return;
            }
            const type = asString(ae.type) ?? "";
            if (!types.includes(type)) {
              ctx.report(
                `${base}/type`,
                `invalid access entry type ${goQuote(type)} for ${label}`,
                `use one of ${types.filter(Boolean).join(", ")}.`
              );
            } else if (type !== "" && type !== "STANDARD" && type !== "EC2" && ctx.atLeast("0.170.0")) {
              if (asArray(ae.kubernetesGroups).length > 0 || isSet(ae.kubernetesUsername)) {
                ctx.report(
                  base,
                  `cannot specify ${label}.kubernetesGroups nor ${label}.kubernetesUsername when type is set to ${type}`,
                  "node access entries get their groups from EKS: remove `kubernetesGroups`/`kubernetesUsername`."
                );
              }
              if (asArray(ae.accessPolicies).length > 0) {
                ctx.report(
                  `${base}/accessPolicies`,
                  `cannot specify ${label}.accessPolicies when type is set to ${type}`,
                  "remove `accessPolicies` from a node access entry.",
                  {
                    part: "key"
                  }
                );
              }
            }
            asArray(ae.accessPolicies).forEach((p, j) => {
              const ap = asObject(p) ?? {};
              const ppath = `${base}/accessPolicies/${j}`;
              const arn = asString(ap.policyARN);
              if (arn && ctx.isPlaceholder(`${ppath}/policyARN`)) return;
              if (!arn) {
                ctx.report(
                  ppath,
                  `${label}.policyARN must be set to a valid AWS ARN`,
                  "set `policyARN`, e.g. arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy."
                );
                return;
              }
              const parsed2 = parseArn(arn);
              if (!parsed2.ok) {
                ctx.report(
                  `${ppath}/policyARN`,
                  `invalid ARN ${goQuote(arn)}: ${parsed2.error}`,
                  "use a full cluster-access-policy ARN."
                );
                return;
              }
              const parts = parsed2.resource.split("/");
              if (parts.length < 2) {
                ctx.report(
                  `${ppath}/policyARN`,
                  `invalid ${label}.policyARN`,
                  "use arn:aws:eks::aws:cluster-access-policy/<policy name>."
                );
              } else if (parts[0] !== "cluster-access-policy") {
                ctx.report(
                  `${ppath}/policyARN`,
                  `${label}.policyARN must be a cluster-access-policy resource`,
                  "access entries take EKS access policies (cluster-access-policy/…), not IAM policies."
                );
              }
              const scope = asObject(ap.accessScope) ?? {};
              const typ = asString(scope.type) ?? "";
              const ns = asArray(scope.namespaces);
              if (typ === "") {
                ctx.report(
                  ppath,
                  `${label}.accessScope.type must be set to either "namespace" or "cluster"`,
                  "add `accessScope: {type: cluster}` or `{type: namespace, namespaces: [...]}`."
                );
              } else if (typ === "cluster") {
                if (ns.length > 0) {
                  ctx.report(
                    `${ppath}/accessScope/namespaces`,
                    `cannot specify ${label}.accessScope.namespaces when accessScope is set to cluster`,
                    "remove `namespaces` or use `type: namespace`.",
                    {
                      part: "key"
                    }
                  );
                }
              } else if (typ === "namespace") {
                if (ns.length === 0) {
                  ctx.report(
                    `${ppath}/accessScope`,
                    `at least one namespace must be specified when accessScope is set to namespace: (${label})`,
                    "list the namespaces under `accessScope.namespaces`.",
                    {
                      part: "key"
                    }
                  );
                }
              } else {
                ctx.report(
                  `${ppath}/accessScope/type`,
                  `invalid access scope type ${goQuote(typ)} for ${label}`,
                  "use `cluster` or `namespace` (lower case)."
                );
              }
            });
            if (seen.has(principal)) {
              ctx.report(
                `${base}/principalARN`,
                `duplicate access entry ${label} with principal ARN ${goQuote(principal)}`,
                "merge the two entries: one entry per principal."
              );
            }
            seen.add(principal);
          });
        }
      },
      {
        id: "bootstrap-admin-self-managed-nodes",
        group: "iam",
        summary: "With `accessConfig.bootstrapClusterCreatorAdminPermissions: false`, self-managed nodegroups need access entries (and not CONFIG_MAP mode).",
        since: "0.167.0",
        severity: "error",
        eksctlMessages: [
          "cannot create self-managed nodegroups when authenticationMode is %s and %s",
          "cannot create self-managed nodegroups when %s and no access entries are configured"
        ],
        example: "accessConfig: {bootstrapClusterCreatorAdminPermissions: false}\nnodeGroups: [{name: ng}]",
        check(ctx) {
          const ac = asObject(ctx.data.accessConfig);
          if (ac?.bootstrapClusterCreatorAdminPermissions !== false || asArray(ctx.data.nodeGroups).length === 0) return;
          const mode = authenticationMode(ctx.data);
          if (mode === "CONFIG_MAP") {
            ctx.report(
              "/accessConfig/bootstrapClusterCreatorAdminPermissions",
              "cannot create self-managed nodegroups when authenticationMode is CONFIG_MAP and bootstrapClusterCreatorAdminPermissions is false",
              "eksctl cannot add the nodes to aws-auth without admin access: keep the creator admin, or use managed nodegroups."
            );
          } else if (asArray(ac.accessEntries).length === 0) {
            ctx.report(
              "/accessConfig/bootstrapClusterCreatorAdminPermissions",
              "cannot create self-managed nodegroups when bootstrapClusterCreatorAdminPermissions is false and no access entries are configured",
              "add an access entry that gives eksctl API access, or keep the creator admin."
            );
          }
        }
      },
      {
        id: "pod-identity-association-fields",
        group: "iam",
        summary: "Each `iam.podIdentityAssociations[]` has a namespace, a service account and one source of permissions (a `roleARN` alone, or policies); `permissionPolicyName` needs `permissionPolicy` (0.225.0+).",
        since: "0.165.0",
        severity: "error",
        eksctlMessages: [
          "%s.namespace must be set",
          "%s.serviceAccountName must be set",
          "at least one of the following must be specified: %[1]s.roleARN, %[1]s.permissionPolicy, %[1]s.permissionPolicyARNs, %[1]s.wellKnownPolicies",
          "%[1]s.%s cannot be specified when %[1]s.roleARN is set",
          "iam.podIdentityAssociations[%d]: %w",
          "permissionPolicyName requires permissionPolicy to be set",
          "permissionPolicyName %q must contain at least one alphanumeric character"
        ],
        example: "iam: {podIdentityAssociations: [{namespace: default, serviceAccountName: app}]}",
        check(ctx) {
          asArray(asObject(ctx.data.iam)?.podIdentityAssociations).forEach((item, i) => {
            const pia = asObject(item) ?? {};
            const base = pointer("iam", "podIdentityAssociations", i);
            const label = `iam.podIdentityAssociations[${i}]`;
            if (ctx.atLeast("0.225.0")) {
              const err = permissionPolicyNameError(pia);
              if (err)
                ctx.report(
                  `${base}/permissionPolicyName`,
                  `${label}: ${err}`,
                  "add the `permissionPolicy` document the name is for, with a name of letters and digits."
                );
            }
            for (const [field, text] of podIdentityErrors(pia, label)) {
              if (field === "permissionPolicyARNs" && !ctx.atLeast("0.181.0")) continue;
              ctx.report(
                field ? `${base}/${field}` : base,
                text,
                "an association takes either an existing `roleARN`, or policies from which eksctl creates the role.",
                field ? { part: "key" } : {}
              );
            }
          });
        }
      },
      {
        id: "addon-identity",
        group: "addons",
        summary: "An addon's IAM: IRSA settings and pod identity associations not together, at most one IRSA policy source, valid associations (no `wellKnownPolicies` or `tags` in them), `useDefaultPodIdentityAssociations` alone, no associations for eks-pod-identity-agent, a valid `namespaceConfig.namespace`.",
        since: "0.181.0",
        severity: "error",
        eksctlMessages: [
          "invalid configuration for %q addon: %s",
          "%s (addon: %s)",
          "cannot set IRSA config (`addon.ServiceAccountRoleARN`, `addon.AttachPolicyARNs`, `addon.AttachPolicy`, `addon.WellKnownPolicies`) and pod identity associations at the same time",
          "at most one of wellKnownPolicies, serviceAccountRoleARN, attachPolicyARNs and attachPolicy can be specified",
          "cannot set pod identity associations for %q addon",
          "%s.namespace must be set",
          "%s.serviceAccountName must be set",
          "at least one of the following must be specified: %[1]s.roleARN, %[1]s.permissionPolicy, %[1]s.permissionPolicyARNs, %[1]s.wellKnownPolicies",
          "%[1]s.%s cannot be specified when %[1]s.roleARN is set",
          "wellKnownPolicies is not supported for addon.podIdentityAssociations; use addon.useDefaultPodIdentityAssociations instead",
          "tags is not supported for addon.podIdentityAssociations",
          "cannot specify both addon.useDefaultPodIdentityAssociations and addon.podIdentityAssociations",
          "cannot specify serviceAccountRoleARN, wellKnownPolicies, attachPolicy or attachPolicyARNs when addon.useDefaultPodIdentityAssociations is set",
          "namespace name %q is too long (max 63 characters)",
          "namespace %q is not a valid Kubernetes namespace name (must be a valid DNS-1123 label)",
          "permissionPolicyName requires permissionPolicy to be set",
          "permissionPolicyName %q must contain at least one alphanumeric character"
        ],
        example: "addons: [{name: vpc-cni, podIdentityAssociations: [{namespace: kube-system, serviceAccountName: aws-node, wellKnownPolicies: {ebsCSIController: true}}]}]",
        check(ctx) {
          asArray(ctx.data.addons).forEach((item, i) => {
            const addon = asObject(item);
            if (!addon) return;
            const name = asString(addon.name) ?? "";
            if (!name) return;
            const base = pointer("addons", i);
            const invalid = (msg) => `invalid configuration for ${goQuote(name)} addon: ${msg}`;
            const addonErr = (msg) => `${msg} (addon: ${name})`;
            const pias = asArray(addon.podIdentityAssociations);
            const hasPodIds = pias.length > 0;
            const irsa = [
              isSet(addon.serviceAccountRoleARN),
              policyList(addon.attachPolicyARNs),
              policyDoc(addon.attachPolicy),
              hasWellKnownPolicy(addon.wellKnownPolicies)
            ];
            const ns = asString(asObject(addon.namespaceConfig)?.namespace);
            if (ns && ctx.atLeast("0.213.0") && !ctx.isPlaceholder(`${base}/namespaceConfig/namespace`)) {
              if (ns.length > 63) {
                ctx.report(
                  `${base}/namespaceConfig/namespace`,
                  invalid(`namespace name ${goQuote(ns)} is too long (max 63 characters)`),
                  "use at most 63 characters."
                );
              } else if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(ns)) {
                ctx.report(
                  `${base}/namespaceConfig/namespace`,
                  invalid(
                    `namespace ${goQuote(ns)} is not a valid Kubernetes namespace name (must be a valid DNS-1123 label)`
                  ),
                  "use lower-case letters, digits and `-`, starting and ending with a letter or digit."
                );
              }
            }
            if (irsa.some(Boolean)) {
              if (hasPodIds) {
                ctx.report(
                  `${base}/podIdentityAssociations`,
                  invalid(
                    "cannot set IRSA config (`addon.ServiceAccountRoleARN`, `addon.AttachPolicyARNs`, `addon.AttachPolicy`, `addon.WellKnownPolicies`) and pod identity associations at the same time"
                  ),
                  "use either IRSA fields or pod identity associations on one addon.",
                  { part: "key" }
                );
              } else if (irsa.filter(Boolean).length > 1) {
                ctx.report(
                  base,
                  invalid(
                    "at most one of wellKnownPolicies, serviceAccountRoleARN, attachPolicyARNs and attachPolicy can be specified"
                  ),
                  "keep one source of permissions for the addon role."
                );
              }
            }
            if (hasPodIds) {
              if (name.toLowerCase() === "eks-pod-identity-agent" && ctx.atLeast("0.207.0")) {
                ctx.report(
                  `${base}/podIdentityAssociations`,
                  invalid('cannot set pod identity associations for "eks-pod-identity-agent" addon'),
                  "the agent itself needs no association: remove it.",
                  {
                    part: "key"
                  }
                );
              }
              pias.forEach((p, j) => {
                const pia = asObject(p) ?? {};
                const pbase = `${base}/podIdentityAssociations/${j}`;
                for (const [field, text] of podIdentityErrors(pia, `podIdentityAssociations[${j}]`)) {
                  ctx.report(
                    field ? `${pbase}/${field}` : pbase,
                    invalid(text),
                    "give the association a namespace, a service account, and a `roleARN` or policies (not both).",
                    field ? { part: "key" } : {}
                  );
                }
                if (hasWellKnownPolicy(pia.wellKnownPolicies)) {
                  ctx.report(
                    `${pbase}/wellKnownPolicies`,
                    addonErr(
                      "wellKnownPolicies is not supported for addon.podIdentityAssociations; use addon.useDefaultPodIdentityAssociations instead"
                    ),
                    "remove `wellKnownPolicies` and set `useDefaultPodIdentityAssociations: true` on the addon (or attach policy ARNs).",
                    { part: "key" }
                  );
                } else if (isSet(pia.tags)) {
                  ctx.report(
                    `${pbase}/tags`,
                    addonErr("tags is not supported for addon.podIdentityAssociations"),
                    "remove `tags` from the addon association.",
                    { part: "key" }
                  );
                } else if (ctx.atLeast("0.225.0")) {
                  const err = permissionPolicyNameError(pia);
                  if (err)
                    ctx.report(
                      `${pbase}/permissionPolicyName`,
                      addonErr(err),
                      "add the `permissionPolicy` document the name is for."
                    );
                }
              });
            }
            if (isTrue(addon.useDefaultPodIdentityAssociations)) {
              if (hasPodIds) {
                ctx.report(
                  `${base}/useDefaultPodIdentityAssociations`,
                  addonErr("cannot specify both addon.useDefaultPodIdentityAssociations and addon.podIdentityAssociations"),
                  "keep one of the two."
                );
              } else if (irsa.some(Boolean)) {
                ctx.report(
                  `${base}/useDefaultPodIdentityAssociations`,
                  addonErr(
                    "cannot specify serviceAccountRoleARN, wellKnownPolicies, attachPolicy or attachPolicyARNs when addon.useDefaultPodIdentityAssociations is set"
                  ),
                  "remove the IRSA fields: the default associations bring their own policies."
                );
              }
            }
          });
        }
      }
    ];
  }
});

// src/rules/catalogue/iam.ts
function hasAddon(data, name) {
  return asArray(data.addons).some((a) => asString(asObject(a)?.name) === name);
}
var POD_IDENTITY_AGENT, iamRules;
var init_iam = __esm({
  "src/rules/catalogue/iam.ts"() {
    "use strict";
    init_context();
    POD_IDENTITY_AGENT = "eks-pod-identity-agent";
    iamRules = [
      {
        id: "service-accounts-need-oidc",
        group: "iam",
        summary: "`iam.serviceAccounts` needs `iam.withOIDC: true` (it defaults to false).",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["iam.withOIDC must be enabled explicitly for iam.serviceAccounts to be created"],
        example: "iam: {serviceAccounts: [{metadata: {name: s3-reader}, wellKnownPolicies: {…}}]}",
        check(ctx) {
          const iam = asObject(ctx.data.iam);
          if (!iam || asArray(iam.serviceAccounts).length === 0 || !isFalsy(iam.withOIDC)) return;
          ctx.report(
            "/iam/serviceAccounts",
            "iam.withOIDC must be enabled explicitly for iam.serviceAccounts to be created",
            "add `iam.withOIDC: true` (IRSA needs the cluster OIDC provider).",
            { part: "key" }
          );
        }
      },
      {
        id: "service-account-fields",
        group: "iam",
        summary: "Each `iam.serviceAccounts[]` has a name, a unique namespace/name, and a policy or role to attach.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: [
          "%s.name must be set",
          "%s %q is not unique",
          "%[1]s.wellKnownPolicies, %[1]s.attachPolicyARNs,%[1]s.attachRoleARN  or %[1]s.attachPolicy must be set"
        ],
        example: "iam: {withOIDC: true, serviceAccounts: [{metadata: {name: app}}]}",
        check(ctx) {
          const seen = /* @__PURE__ */ new Set();
          asArray(asObject(ctx.data.iam)?.serviceAccounts).forEach((item, i) => {
            const sa = asObject(item) ?? {};
            const label = `iam.serviceAccounts[${i}]`;
            const path5 = pointer("iam", "serviceAccounts", i);
            const meta = asObject(sa.metadata) ?? {};
            const name = asString(meta.name);
            if (!name) {
              ctx.report(path5, `${label}.name must be set`, "set `metadata.name` (and `metadata.namespace`).");
              return;
            }
            const key = `${asString(meta.namespace) || "default"}/${name}`;
            if (seen.has(key)) {
              ctx.report(
                `${path5}/metadata/name`,
                `<namespace>/<name> of ${label} ${goQuote(key)} is not unique`,
                "each namespace/name pair may appear once; merge the two entries."
              );
            }
            seen.add(key);
            const wkp = asObject(sa.wellKnownPolicies);
            const hasWkp = !!wkp && Object.values(wkp).some((v) => v === true);
            if (!hasWkp && asArray(sa.attachPolicyARNs).length === 0 && !isSet(sa.attachPolicy) && !isSet(sa.attachRoleARN)) {
              ctx.report(
                path5,
                `${label}.wellKnownPolicies, ${label}.attachPolicyARNs,${label}.attachRoleARN  or ${label}.attachPolicy must be set`,
                "say what the role may do: attachPolicyARNs, attachPolicy, wellKnownPolicies or an existing attachRoleARN."
              );
            }
          });
        }
      },
      {
        id: "pod-identity-agent-addon",
        group: "iam",
        summary: "Pod identity associations (`iam.podIdentityAssociations`, addon associations, `addonsConfig.autoApplyPodIdentityAssociations`) need the `eks-pod-identity-agent` addon, except with Auto Mode (0.195.0+).",
        since: "0.165.0",
        severity: "error",
        eksctlMessages: [
          "the %q addon must be installed to create pod identity associations; %s",
          "please add %q addon to the config file"
        ],
        example: "iam: {podIdentityAssociations: [{namespace: kube-system, serviceAccountName: karpenter, …}]}",
        check(ctx) {
          const pias = asArray(asObject(ctx.data.iam)?.podIdentityAssociations);
          if (hasAddon(ctx.data, POD_IDENTITY_AGENT)) return;
          if (ctx.atLeast("0.195.0") && isTrue(asObject(ctx.data.autoModeConfig)?.enabled)) return;
          let at = pias.length > 0 ? "/iam/podIdentityAssociations" : "";
          if (!at && ctx.atLeast("0.181.0")) {
            const autoApply = isTrue(asObject(ctx.data.addonsConfig)?.autoApplyPodIdentityAssociations);
            const i = asArray(ctx.data.addons).findIndex((a) => {
              const addon = asObject(a);
              return !!addon && (autoApply || isTrue(addon.useDefaultPodIdentityAssociations) || asArray(addon.podIdentityAssociations).length > 0);
            });
            if (i >= 0) at = pointer("addons", i);
          }
          if (!at) return;
          ctx.report(
            at,
            'the "eks-pod-identity-agent" addon must be installed to create pod identity associations; please add "eks-pod-identity-agent" addon to the config file',
            "add `addons: [{name: eks-pod-identity-agent}]`.",
            { part: "key" }
          );
        }
      },
      {
        id: "identity-mapping-fields",
        group: "iam",
        summary: "`iamIdentityMappings[]`: `serviceName` excludes arn/username/groups; `account` stands alone.",
        since: "0.112.0",
        severity: "error",
        eksctlMessages: [
          "cannot use arn, username, and groups with serviceName",
          "account cannot be configured with any other options"
        ],
        example: "iamIdentityMappings: [{serviceName: emr-containers, namespace: emr, arn: arn:aws:iam::1:role/x}]",
        check(ctx) {
          asArray(ctx.data.iamIdentityMappings).forEach((item, i) => {
            const m = asObject(item);
            if (!m) return;
            const path5 = pointer("iamIdentityMappings", i);
            if (isSet(m.serviceName) && (isSet(m.arn) || isSet(m.username) || asArray(m.groups).length > 0)) {
              ctx.report(
                path5,
                "cannot use arn, username, and groups with serviceName",
                "a service mapping takes only `serviceName` and `namespace`; put the role mapping in its own entry."
              );
            }
            if (isSet(m.account) && Object.keys(m).some((k) => k !== "account" && isSet(m[k]))) {
              ctx.report(
                path5,
                "account cannot be configured with any other options",
                'an account mapping is just `- account: "<12 digits>"`; move other fields to their own entry.'
              );
            }
          });
        }
      },
      {
        id: "access-entries-auth-mode",
        group: "iam",
        summary: "`accessConfig.accessEntries` needs `authenticationMode` API or API_AND_CONFIG_MAP.",
        since: "0.167.0",
        severity: "error",
        eksctlMessages: ["accessConfig.authenticationMode must be set to either %s or %s to use access entries"],
        example: "accessConfig: {authenticationMode: CONFIG_MAP, accessEntries: [{principalARN: …}]}",
        check(ctx) {
          const ac = asObject(ctx.data.accessConfig);
          if (!ac || asArray(ac.accessEntries).length === 0) return;
          if (asString(ac.authenticationMode) === "CONFIG_MAP") {
            ctx.report(
              "/accessConfig/authenticationMode",
              "accessConfig.authenticationMode must be set to either API_AND_CONFIG_MAP or API to use access entries",
              "use `API_AND_CONFIG_MAP` (the default) or `API`, or map principals with iamIdentityMappings instead."
            );
          }
        }
      }
    ];
  }
});

// src/rules/data/karpenter-guide.ts
function eksctlMinimumForKarpenter(karpenterVersion) {
  const v = import_semver5.default.coerce(karpenterVersion);
  if (!v) return null;
  let min = null;
  for (const row of karpenterGuideEksctlMinimum) if (import_semver5.default.gte(v, row.from)) min = row.eksctl;
  return min;
}
var import_semver5, karpenterGuideEksctlMinimum;
var init_karpenter_guide = __esm({
  "src/rules/data/karpenter-guide.ts"() {
    "use strict";
    import_semver5 = __toESM(require_semver2(), 1);
    karpenterGuideEksctlMinimum = [
      { from: "0.33.0", eksctl: "0.165.0" },
      { from: "0.34.0", eksctl: "0.169.0" },
      { from: "0.37.0", eksctl: "0.180.0" },
      { from: "1.0.0", eksctl: "0.191.0" },
      { from: "1.2.0", eksctl: "0.202.0" }
    ];
  }
});

// src/rules/catalogue/karpenter.ts
function karpenterVersionOf(ctx) {
  return ctx.karpenterVersion ?? asString(asObject(ctx.data.karpenter)?.version);
}
var DISCOVERY_TAG, NODE_GROUPS, karpenterRules;
var init_karpenter = __esm({
  "src/rules/catalogue/karpenter.ts"() {
    "use strict";
    init_context();
    init_karpenter_guide();
    init_iam();
    DISCOVERY_TAG = "karpenter.sh/discovery";
    NODE_GROUPS = ["system:nodes", "system:bootstrappers"];
    karpenterRules = [
      {
        id: "karpenter-discovery-tag",
        group: "karpenter",
        summary: "The cluster carries the `karpenter.sh/discovery` tag (`metadata.tags`) that Karpenter selectors use.",
        since: "0.21.0",
        severity: "warning",
        defaultEnabled: false,
        eksctlMessages: [],
        example: "metadata: {name: demo, region: us-west-2}  # no tags",
        check(ctx) {
          const meta = asObject(ctx.data.metadata);
          if (!meta) return;
          const tags = asObject(meta.tags);
          const value = tags?.[DISCOVERY_TAG];
          if (typeof value === "string" && value !== "") return;
          ctx.report(
            tags ? "/metadata/tags" : "/metadata",
            `metadata.tags has no "${DISCOVERY_TAG}" tag`,
            `add \`${DISCOVERY_TAG}: <cluster name>\` under metadata.tags, as the Karpenter getting-started guide does; EC2NodeClass subnet and security-group selectors find the cluster's resources by it.`,
            { part: "key" }
          );
        }
      },
      {
        id: "karpenter-node-role-mapping",
        group: "karpenter",
        summary: "The Karpenter node role is mapped to `system:nodes` (`iamIdentityMappings`) or has an EC2 access entry (`accessConfig.accessEntries`).",
        since: "0.112.0",
        severity: "warning",
        defaultEnabled: false,
        eksctlMessages: [],
        example: "iamIdentityMappings: []  # no KarpenterNodeRole mapping",
        check(ctx) {
          const mapped = asArray(ctx.data.iamIdentityMappings).some((item) => {
            const m = asObject(item);
            const groups = asArray(m?.groups).map(asString);
            return !!m && /:role\//.test(asString(m.arn) ?? "") && groups.includes("system:nodes");
          });
          const entry = asArray(asObject(ctx.data.accessConfig)?.accessEntries).some((item) => {
            const e = asObject(item);
            const type = asString(e?.type);
            return !!e && (type === "EC2_LINUX" || type === "EC2_WINDOWS" || asArray(e.kubernetesGroups).map(asString).includes("system:nodes"));
          });
          if (mapped || entry) return;
          const at = "iamIdentityMappings" in ctx.data ? "/iamIdentityMappings" : "";
          ctx.report(
            at,
            "no iamIdentityMappings entry or EC2 access entry for the Karpenter node role",
            `map the role Karpenter's nodes use (KarpenterNodeRole-<cluster>) with \`iamIdentityMappings: [{arn: <role ARN>, username: "system:node:{{EC2PrivateDNSName}}", groups: [${NODE_GROUPS.join(", ")}]}]\`, or add an \`accessConfig.accessEntries\` entry with \`type: EC2_LINUX\`; without it Karpenter's nodes never join.`,
            at ? { part: "key" } : {}
          );
        }
      },
      {
        id: "karpenter-controller-identity",
        group: "karpenter",
        summary: "The Karpenter controller has AWS credentials: a pod identity association for `karpenter` with the eks-pod-identity-agent addon, or IRSA (`iam.withOIDC` + `iam.serviceAccounts`), or eksctl’s `karpenter:` installer.",
        since: "0.21.0",
        severity: "warning",
        defaultEnabled: false,
        // Not an eksctl check (eksctl creates the cluster); a missing agent addon is quoted from eksctl when reported here.
        eksctlMessages: [],
        example: "iam: {withOIDC: true}  # no podIdentityAssociations / serviceAccounts for karpenter",
        check(ctx) {
          const iam = asObject(ctx.data.iam) ?? {};
          const pia = asArray(iam.podIdentityAssociations).findIndex(
            (p) => asString(asObject(p)?.serviceAccountName) === "karpenter"
          );
          if (pia >= 0) {
            if (!hasAddon(ctx.data, POD_IDENTITY_AGENT) && !ctx.isActive("pod-identity-agent-addon")) {
              ctx.report(
                `/iam/podIdentityAssociations/${pia}`,
                'the "eks-pod-identity-agent" addon must be installed to create pod identity associations; please add "eks-pod-identity-agent" addon to the config file',
                "add `addons: [{name: eks-pod-identity-agent}]`; without the agent the Karpenter controller gets no credentials."
              );
            }
            return;
          }
          const irsa = asArray(iam.serviceAccounts).some(
            (s2) => asString(asObject(asObject(s2)?.metadata)?.name) === "karpenter"
          );
          if ((irsa || asObject(ctx.data.karpenter)) && isTrue(iam.withOIDC)) return;
          ctx.report(
            "iam" in ctx.data ? "/iam" : "",
            "no pod identity association or IRSA service account for the Karpenter controller",
            "add `iam.podIdentityAssociations: [{namespace: kube-system, serviceAccountName: karpenter, roleName: <cluster>-karpenter, permissionPolicyARNs: [KarpenterControllerPolicy ARN]}]` with the eks-pod-identity-agent addon (guide v0.33+), or `iam.withOIDC: true` with an `iam.serviceAccounts` entry named karpenter (IRSA, guide ≤ v0.32).",
            "iam" in ctx.data ? { part: "key" } : {}
          );
        }
      },
      {
        id: "karpenter-eksctl-minimum",
        group: "karpenter",
        summary: "The eksctl release is at least the minimum the Karpenter guide states for the Karpenter version (`--karpenter-version` or `karpenter.version`).",
        since: "0.21.0",
        severity: "warning",
        defaultEnabled: false,
        eksctlMessages: [],
        example: "eksctl 0.190.0 with Karpenter 1.0.11 (guide: eksctl ≥ 0.191.0)",
        check(ctx) {
          const kv = karpenterVersionOf(ctx);
          if (!kv) return;
          const min = eksctlMinimumForKarpenter(kv);
          if (!min || ctx.atLeast(min)) return;
          const at = asObject(ctx.data.karpenter)?.version !== void 0 && !ctx.karpenterVersion ? "/karpenter/version" : "";
          ctx.report(
            at,
            `the Karpenter ${kv} getting-started guide needs eksctl >= v${min}`,
            `upgrade eksctl to ${min} or later (this check targets ${ctx.release}).`,
            { since: min }
          );
        }
      }
    ];
  }
});

// src/rules/catalogue/logging.ts
var logTypes, retentionDays, loggingRules;
var init_logging = __esm({
  "src/rules/catalogue/logging.ts"() {
    "use strict";
    init_context();
    logTypes = ["api", "audit", "authenticator", "controllerManager", "scheduler"];
    retentionDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653];
    loggingRules = [
      {
        id: "cloudwatch-log-types",
        group: "logging",
        summary: "`cloudWatch.clusterLogging.enableTypes` names known log types (`all` and `*` from 0.48.0).",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["log type %q (cloudWatch.clusterLogging.enableTypes[%d]) is unknown"],
        example: "cloudWatch: {clusterLogging: {enableTypes: [controller]}}",
        check(ctx) {
          const known = ctx.atLeast("0.48.0") ? [...logTypes, "all", "*"] : logTypes;
          const types = asArray(asObject(asObject(ctx.data.cloudWatch)?.clusterLogging)?.enableTypes);
          if (ctx.atLeast("0.48.0") && types.some((t) => t === "*" || t === "all")) return;
          types.forEach((t, i) => {
            if (typeof t !== "string" || known.includes(t)) return;
            const path5 = pointer("cloudWatch", "clusterLogging", "enableTypes", i);
            if (ctx.isPlaceholder(path5)) return;
            ctx.report(
              path5,
              `log type ${goQuote(t)} (cloudWatch.clusterLogging.enableTypes[${i}]) is unknown`,
              `use ${known.join(", ")} (names are case-sensitive).`
            );
          });
        }
      },
      {
        id: "cloudwatch-log-retention",
        group: "logging",
        summary: "`logRetentionInDays` is a CloudWatch retention value and comes with enabled log types.",
        since: "0.73.0",
        severity: "error",
        eksctlMessages: [
          "invalid value %d for logRetentionInDays; supported values are %v",
          "cannot set cloudWatch.clusterLogging.logRetentionInDays without enabling log types"
        ],
        example: "cloudWatch: {clusterLogging: {enableTypes: [api], logRetentionInDays: 10}}",
        check(ctx) {
          const cl = asObject(asObject(ctx.data.cloudWatch)?.clusterLogging);
          const days = asNumber(cl?.logRetentionInDays);
          if (!cl || days === void 0 || days === 0) return;
          const path5 = "/cloudWatch/clusterLogging/logRetentionInDays";
          if (asArray(cl.enableTypes).length === 0) {
            ctx.report(
              path5,
              "cannot set cloudWatch.clusterLogging.logRetentionInDays without enabling log types",
              'list the log types under `enableTypes` (or `["*"]`), or remove the retention.'
            );
          }
          if (!retentionDays.includes(days)) {
            ctx.report(
              path5,
              `invalid value ${days} for logRetentionInDays; supported values are ${goList(retentionDays)}`,
              "CloudWatch Logs accepts only these retention periods; pick the nearest one."
            );
          }
        }
      }
    ];
  }
});

// src/rules/data/ami-families.ts
function amiFamiliesFor(release) {
  let families = familiesByRelease.get(release);
  if (!families) familiesByRelease.set(release, families = Object.freeze(computeAmiFamilies(release)));
  return families;
}
function computeAmiFamilies(release) {
  const families = [];
  for (const change of changes) {
    if (lt(release, change.release)) break;
    for (const r of change.remove ?? []) families.splice(families.indexOf(r), 1);
    families.push(...change.add ?? []);
  }
  return families;
}
function amiFamilySince(family) {
  for (const change of changes) if (change.add?.includes(family)) return change.release;
  return null;
}
function resolveAmiFamily(release, value) {
  const families = amiFamiliesFor(release);
  if (families.includes(value)) return value;
  if (gte(release, AMI_FAMILY_CASE_INSENSITIVE_SINCE)) {
    return families.find((f) => f.toLowerCase() === value.toLowerCase()) ?? null;
  }
  return null;
}
var changes, AMI_FAMILIES_SINCE, AMI_FAMILY_CASE_INSENSITIVE_SINCE, deprecatedWindowsFamilies, familiesByRelease;
var init_ami_families = __esm({
  "src/rules/data/ami-families.ts"() {
    "use strict";
    init_version2();
    changes = [
      {
        release: "0.31.0",
        add: [
          "AmazonLinux2",
          "Ubuntu2004",
          "Ubuntu1804",
          "Bottlerocket",
          "WindowsServer2019CoreContainer",
          "WindowsServer2019FullContainer",
          "WindowsServer1909CoreContainer",
          "WindowsServer2004CoreContainer"
        ]
      },
      { release: "0.43.0", remove: ["WindowsServer1909CoreContainer"] },
      { release: "0.73.0", add: ["WindowsServer20H2CoreContainer"] },
      { release: "0.109.0", remove: ["WindowsServer2004CoreContainer", "WindowsServer20H2CoreContainer"] },
      { release: "0.116.0", add: ["WindowsServer2022CoreContainer", "WindowsServer2022FullContainer"] },
      { release: "0.172.0", add: ["Ubuntu2204"] },
      { release: "0.176.0", add: ["AmazonLinux2023"] },
      { release: "0.177.0", add: ["UbuntuPro2204"] },
      { release: "0.201.0", add: ["Ubuntu2404", "UbuntuPro2404"] },
      { release: "0.208.0", remove: ["Ubuntu1804"], add: ["UbuntuPro2004"] },
      { release: "0.222.0", add: ["WindowsServer2025CoreContainer", "WindowsServer2025FullContainer"] },
      { release: "0.226.0", add: ["Ubuntu2604", "UbuntuPro2604"] },
      { release: "0.230.0", add: ["BottlerocketFips"] }
    ];
    AMI_FAMILIES_SINCE = "0.31.0";
    AMI_FAMILY_CASE_INSENSITIVE_SINCE = "0.86.0";
    deprecatedWindowsFamilies = ["WindowsServer2004CoreContainer", "WindowsServer20H2CoreContainer"];
    familiesByRelease = /* @__PURE__ */ new Map();
  }
});

// src/rules/catalogue/nodegroups.ts
function familyOf(ctx, ref2) {
  const raw = asString(ref2.ng.amiFamily);
  if (!raw || ctx.isPlaceholder(`${ref2.path}/amiFamily`)) return void 0;
  return resolveAmiFamily(ctx.release, raw) ?? void 0;
}
function customAmi(ng) {
  const ami = asString(ng.ami);
  return ami && !["auto", "auto-ssm", "static"].includes(ami) ? ami : void 0;
}
function isKubeletLabel(key) {
  if (kubeletLabels.has(key)) return true;
  const ns = key.split("/")[0];
  return kubeletLabelNamespaces.some((k) => ns === k || ns.endsWith("." + k));
}
function isReservedLabel(key) {
  const parts = key.split("/");
  if (parts.length !== 2) return false;
  const ns = parts[0];
  const reserved = ["kubernetes.io", "k8s.io"].some((d) => ns === d || ns.endsWith("." + d));
  return reserved && !isKubeletLabel(key);
}
function qualifiedNameErrors(key) {
  const parts = key.split("/");
  const name = parts.at(-1);
  const errs = [];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix.length === 0) errs.push("prefix part must be non-empty");
    else if (prefix.length > 253 || !dnsSubdomainRe.test(prefix)) {
      errs.push(
        "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
      );
    }
  }
  if (name.length === 0) errs.push("name part must be non-empty");
  else if (name.length > 63) errs.push("name part must be no more than 63 characters");
  else if (!labelNameRe.test(name)) {
    errs.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    );
  }
  return errs;
}
function findCase(raw) {
  const all = amiFamiliesFor("99.0.0");
  return [...all, "Ubuntu1804", ...deprecatedWindowsFamilies, "WindowsServer1909CoreContainer"].find(
    (f) => f.toLowerCase() === raw.toLowerCase()
  );
}
var isWindows, isBottlerocket, kubeletLabels, kubeletLabelNamespaces, labelNameRe, dnsSubdomainRe, asgProcesses, criticalKubeletFields, nodegroupRules;
var init_nodegroups = __esm({
  "src/rules/catalogue/nodegroups.ts"() {
    "use strict";
    init_context();
    init_ami_families();
    init_kubernetes_versions();
    isWindows = (family) => !!family && family.startsWith("WindowsServer");
    isBottlerocket = (family) => !!family && family.startsWith("Bottlerocket");
    kubeletLabels = /* @__PURE__ */ new Set([
      "kubernetes.io/hostname",
      "topology.kubernetes.io/zone",
      "topology.kubernetes.io/region",
      "failure-domain.beta.kubernetes.io/zone",
      "failure-domain.beta.kubernetes.io/region",
      "beta.kubernetes.io/instance-type",
      "node.kubernetes.io/instance-type",
      "kubernetes.io/os",
      "kubernetes.io/arch",
      "beta.kubernetes.io/os",
      "beta.kubernetes.io/arch"
    ]);
    kubeletLabelNamespaces = ["kubelet.kubernetes.io", "node.kubernetes.io"];
    labelNameRe = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
    dnsSubdomainRe = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
    asgProcesses = [
      "Launch",
      "Terminate",
      "AddToLoadBalancer",
      "AlarmNotification",
      "AZRebalance",
      "HealthCheck",
      "InstanceRefresh",
      "ReplaceUnhealthy",
      "ScheduledActions"
    ];
    criticalKubeletFields = [
      "kind",
      "apiVersion",
      "address",
      "clusterDomain",
      "authentication",
      "authorization",
      "serverTLSBootstrap"
    ];
    nodegroupRules = [
      {
        id: "nodegroup-name-required",
        group: "nodegroups",
        summary: "Every entry of `nodeGroups` and `managedNodeGroups` has a `name`.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["%s.name must be set"],
        example: "managedNodeGroups: [{instanceType: m5.large}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups()) {
            if (!isSet(ref2.ng.name)) {
              ctx.report(ref2.path, `${ref2.label}.name must be set`, "give the nodegroup a `name`.");
            }
          }
        }
      },
      {
        id: "nodegroup-name-unique",
        group: "nodegroups",
        summary: "Nodegroup names are unique across `nodeGroups` and `managedNodeGroups` together.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["%s %q is not unique"],
        example: "nodeGroups: [{name: ng-1}]\nmanagedNodeGroups: [{name: ng-1}]",
        check(ctx) {
          const seen = /* @__PURE__ */ new Map();
          for (const ref2 of ctx.nodeGroups()) {
            const name = asString(ref2.ng.name);
            if (!name) continue;
            const first = seen.get(name);
            if (first) {
              ctx.report(
                `${ref2.path}/name`,
                `${ref2.label}.name ${goQuote(name)} is not unique`,
                `${first} already uses this name; managed and unmanaged nodegroups share one namespace of names.`
              );
            } else seen.set(name, `${ref2.label}.name`);
          }
        }
      },
      {
        id: "nodegroup-size-range",
        group: "nodegroups",
        summary: "`minSize ≤ desiredCapacity ≤ maxSize` on managed and unmanaged nodegroups.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: [
          "--nodes value (%d) cannot be lower than --nodes-min value (%d)",
          "--nodes value (%d) cannot be greater than --nodes-max value (%d)",
          "--nodes-min value (%d) cannot be greater than --nodes-max value (%d)",
          "cannot use --nodes-min=%d and --nodes=%d at the same time",
          "cannot use --nodes-max=%d and --nodes=%d at the same time",
          "cannot use --nodes-min=%d and --nodes-max=%d at the same time"
        ],
        example: "managedNodeGroups: [{name: ng, minSize: 3, desiredCapacity: 2}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups()) {
            const min = asNumber(ref2.ng.minSize);
            const max = asNumber(ref2.ng.maxSize);
            const desired = asNumber(ref2.ng.desiredCapacity);
            const fix = `keep ${ref2.label} at minSize ≤ desiredCapacity ≤ maxSize.`;
            if (desired !== void 0 && min !== void 0 && desired < min) {
              ctx.report(
                `${ref2.path}/desiredCapacity`,
                ref2.managed ? `cannot use --nodes-min=${min} and --nodes=${desired} at the same time` : `--nodes value (${desired}) cannot be lower than --nodes-min value (${min})`,
                fix
              );
            }
            if (desired !== void 0 && max !== void 0 && desired > max) {
              ctx.report(
                `${ref2.path}/desiredCapacity`,
                ref2.managed ? `cannot use --nodes-max=${max} and --nodes=${desired} at the same time` : `--nodes value (${desired}) cannot be greater than --nodes-max value (${max})`,
                fix
              );
            }
            if (min !== void 0 && max !== void 0 && min > max) {
              ctx.report(
                `${ref2.path}/minSize`,
                ref2.managed ? `cannot use --nodes-min=${min} and --nodes-max=${max} at the same time` : `--nodes-min value (${min}) cannot be greater than --nodes-max value (${max})`,
                fix
              );
            }
          }
        }
      },
      {
        id: "ami-family-supported",
        group: "nodegroups",
        summary: "`amiFamily` is one the release supports (its own list per release; case-insensitive from 0.86.0; Windows 2004/20H2 deprecated).",
        since: AMI_FAMILIES_SINCE,
        severity: "error",
        eksctlMessages: [
          "AMI Family %s is not supported - use one of: %s",
          "AMI Family %s is deprecated. For more information, head to the Amazon documentation on Windows AMIs (https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-windows-ami.html)"
        ],
        example: "nodeGroups: [{name: ng, amiFamily: AmazonLinux2024}]",
        check(ctx) {
          const families = amiFamiliesFor(ctx.release);
          for (const ref2 of ctx.nodeGroups()) {
            const raw = asString(ref2.ng.amiFamily);
            const path5 = `${ref2.path}/amiFamily`;
            if (!raw || ctx.isPlaceholder(path5) || resolveAmiFamily(ctx.release, raw)) continue;
            const deprecated = deprecatedWindowsFamilies.find((f) => f.toLowerCase() === raw.toLowerCase());
            if (deprecated && ctx.atLeast("0.109.0")) {
              ctx.report(
                path5,
                `AMI Family ${raw} is deprecated. For more information, head to the Amazon documentation on Windows AMIs (https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-windows-ami.html)`,
                "move to WindowsServer2019* or WindowsServer2022* containers."
              );
              continue;
            }
            const exact = families.find((f) => f.toLowerCase() === raw.toLowerCase());
            const since = amiFamilySince(exact ?? raw) ?? amiFamilySince(findCase(raw) ?? "");
            const hint = exact ? `eksctl ${ctx.release} matches amiFamily case-sensitively (case-insensitive from ${AMI_FAMILY_CASE_INSENSITIVE_SINCE}): write \`${exact}\`.` : since ? `${findCase(raw) ?? raw} needs eksctl ≥ ${since}; upgrade eksctl or use one of the listed families.` : "use one of the listed families.";
            ctx.report(path5, `AMI Family ${raw} is not supported - use one of: ${families.join(", ")}`, hint, {
              ...since && !exact ? { since } : {}
            });
          }
        }
      },
      {
        id: "amazonlinux2-kubernetes-version",
        group: "nodegroups",
        summary: "`amiFamily: AmazonLinux2` is not used with Kubernetes ≥ 1.33 (also when that version comes from the default; managed nodegroups with a custom `ami` are exempt).",
        since: "0.210.0",
        severity: "error",
        eksctlMessages: ["AmazonLinux2 is not supported for Kubernetes version %s"],
        example: 'metadata: {version: "1.33"}\nmanagedNodeGroups: [{name: ng, amiFamily: AmazonLinux2}]',
        check(ctx) {
          const { version, written } = ctx.kubernetesVersion();
          if (!version || versionLess(version, AMAZON_LINUX_2_EOL_VERSION)) return;
          for (const ref2 of ctx.nodeGroups()) {
            if (familyOf(ctx, ref2) !== "AmazonLinux2") continue;
            if (ref2.managed && isSet(ref2.ng.ami)) continue;
            ctx.report(
              `${ref2.path}/amiFamily`,
              `AmazonLinux2 is not supported for Kubernetes version ${version}`,
              `AWS publishes no AmazonLinux2 EKS AMIs from Kubernetes ${AMAZON_LINUX_2_EOL_VERSION}; use AmazonLinux2023 (or Bottlerocket), or pin metadata.version below ${AMAZON_LINUX_2_EOL_VERSION}` + (written === void 0 ? ` (no metadata.version: eksctl ${ctx.release} defaults to ${version}).` : ".")
            );
          }
        }
      },
      {
        id: "custom-ami-settings",
        group: "nodegroups",
        summary: "A custom `ami` comes with an explicit `amiFamily` (0.130.0+; before, the family defaults to AmazonLinux2), and with `overrideBootstrapCommand` unless the family bootstraps itself (managed 0.26.0+, unmanaged 0.95.0+).",
        since: "0.26.0",
        severity: "error",
        eksctlMessages: [
          "when using a custom AMI, amiFamily needs to be explicitly set via config file or via --node-ami-family flag",
          "%s.overrideBootstrapCommand is required when using a custom AMI (%s.ami)",
          "%[1]s.overrideBootstrapCommand is required when using a custom AMI (%[1]s.ami)",
          "%[1]s.overrideBootstrapCommand is required when using a custom AMI based on %s (%[1]s.ami)"
        ],
        example: "nodeGroups: [{name: ng, ami: ami-0123456789abcdef0}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups()) {
            const ami = customAmi(ref2.ng);
            if (!ami || ctx.isPlaceholder(`${ref2.path}/ami`)) continue;
            if (ref2.managed && isSet(ref2.ng.launchTemplate)) continue;
            if (!ref2.managed && !ctx.atLeast("0.95.0")) continue;
            const explicit = isSet(ref2.ng.amiFamily);
            if (!explicit && ctx.atLeast("0.130.0")) {
              ctx.report(
                `${ref2.path}/ami`,
                "when using a custom AMI, amiFamily needs to be explicitly set via config file or via --node-ami-family flag",
                "add the `amiFamily` the AMI was built from (e.g. AmazonLinux2023)."
              );
              continue;
            }
            if (explicit && ctx.isPlaceholder(`${ref2.path}/amiFamily`)) continue;
            const family = explicit ? familyOf(ctx, ref2) : ref2.managed ? "AmazonLinux2" : "";
            if (family === void 0) continue;
            if (family === "AmazonLinux2023" && ctx.atLeast("0.176.0")) continue;
            if (!ref2.managed && ctx.atLeast("0.97.0") && (isBottlerocket(family) || isWindows(family))) continue;
            if (ref2.managed && (isBottlerocket(family) || isWindows(family))) continue;
            if (isSet(ref2.ng.overrideBootstrapCommand)) continue;
            const label = ref2.label;
            const text = ctx.atLeast("0.153.0") ? `${label}.overrideBootstrapCommand is required when using a custom AMI based on ${family} (${label}.ami)` : `${label}.overrideBootstrapCommand is required when using a custom AMI (${label}.ami)`;
            ctx.report(
              `${ref2.path}/ami`,
              text,
              `eksctl cannot bootstrap a custom ${family || "non-AL2023"} AMI by itself: add \`overrideBootstrapCommand\` (e.g. \`/etc/eks/bootstrap.sh <cluster>\`).`
            );
          }
        }
      },
      {
        id: "instance-type-mixed",
        group: "nodegroups",
        summary: "Unmanaged nodegroups with `instancesDistribution` or `instanceSelector` leave `instanceType` unset or `mixed`; distribution sizes are in range.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: [
          'instanceType should be "mixed" or unset when using the %s feature',
          'instanceType should be "mixed" or unset when using the instances distribution feature',
          "at least two instance types have to be specified for mixed nodegroups",
          "mixed nodegroups should have between 1 and 20 different instance types",
          "onDemandBaseCapacity should be 0 or more",
          "percentageAboveBase should be between 0 and 100",
          "spotInstancePools should be between 1 and 20"
        ],
        example: "nodeGroups: [{name: ng, instanceType: m5.large, instancesDistribution: {instanceTypes: [m5.large]}}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups("unmanaged")) {
            const type = asString(ref2.ng.instanceType);
            const typed = type !== void 0 && type !== "" && type !== "mixed";
            const dist = asObject(ref2.ng.instancesDistribution);
            const selector = asObject(ref2.ng.instanceSelector);
            if (typed && dist) {
              ctx.report(
                `${ref2.path}/instanceType`,
                'instanceType should be "mixed" or unset when using the instances distribution feature',
                "remove `instanceType` and list the types in `instancesDistribution.instanceTypes`."
              );
            } else if (typed && selector && Object.keys(selector).length > 0 && ctx.atLeast("0.44.0")) {
              ctx.report(
                `${ref2.path}/instanceType`,
                'instanceType should be "mixed" or unset when using the instance selector feature',
                "remove `instanceType`; the instance selector chooses the types."
              );
            }
            if (!dist) continue;
            const dpath = `${ref2.path}/instancesDistribution`;
            const types = asArray(dist.instanceTypes);
            const hasSelector = !!selector && Object.keys(selector).length > 0;
            if (types.length === 0 && !hasSelector) {
              ctx.report(
                dpath,
                "at least two instance types have to be specified for mixed nodegroups",
                "list the instance types under `instancesDistribution.instanceTypes`."
              );
            } else if (types.length > 20) {
              ctx.report(
                `${dpath}/instanceTypes`,
                "mixed nodegroups should have between 1 and 20 different instance types",
                "list at most 20 instance types."
              );
            }
            const base = asNumber(dist.onDemandBaseCapacity);
            if (base !== void 0 && base < 0) {
              ctx.report(`${dpath}/onDemandBaseCapacity`, "onDemandBaseCapacity should be 0 or more", "use 0 or more.");
            }
            const pct = asNumber(dist.onDemandPercentageAboveBaseCapacity);
            if (pct !== void 0 && (pct < 0 || pct > 100)) {
              ctx.report(
                `${dpath}/onDemandPercentageAboveBaseCapacity`,
                "percentageAboveBase should be between 0 and 100",
                "use a percentage from 0 to 100."
              );
            }
            const pools = asNumber(dist.spotInstancePools);
            if (pools !== void 0 && (pools < 1 || pools > 20)) {
              ctx.report(`${dpath}/spotInstancePools`, "spotInstancePools should be between 1 and 20", "use 1 to 20 pools.");
            }
          }
        }
      },
      {
        id: "managed-instance-types",
        group: "nodegroups",
        summary: "Managed nodegroups set `instanceType` or `instanceTypes` (not both), no `instanceType` with `instanceSelector`, and `launchTemplate.id` when `launchTemplate` is set.",
        since: "0.26.0",
        severity: "error",
        eksctlMessages: [
          "only one of instanceType or instanceTypes can be specified (%s)",
          "cannot set instanceType when instanceSelector is specified (%s)",
          "launchTemplate.id is required if launchTemplate is set (%s.%s)"
        ],
        example: "managedNodeGroups: [{name: ng, instanceType: m5.large, instanceTypes: [m5.large, m5a.large]}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups("managed")) {
            if (isSet(ref2.ng.instanceType) && asArray(ref2.ng.instanceTypes).length > 0) {
              ctx.report(
                `${ref2.path}/instanceTypes`,
                `only one of instanceType or instanceTypes can be specified (${ref2.label})`,
                "keep `instanceTypes` (a list) or `instanceType` (one type), not both.",
                { part: "key" }
              );
            }
            const selector = asObject(ref2.ng.instanceSelector);
            if (isSet(ref2.ng.instanceType) && selector && Object.keys(selector).length > 0) {
              ctx.report(
                `${ref2.path}/instanceType`,
                `cannot set instanceType when instanceSelector is specified (${ref2.label})`,
                "remove `instanceType`; the instance selector chooses the types."
              );
            }
            const lt2 = ref2.ng.launchTemplate;
            if (lt2 !== void 0 && lt2 !== null && !isSet(asObject(lt2)?.id)) {
              ctx.report(
                `${ref2.path}/launchTemplate`,
                `launchTemplate.id is required if launchTemplate is set (${ref2.label}.launchTemplate)`,
                "set `launchTemplate.id` to the `lt-…` id of an existing launch template."
              );
            }
          }
        }
      },
      {
        id: "volume-iops-range",
        group: "nodegroups",
        summary: "`volumeIOPS` only with gp3/io1/io2 (io2 from 0.204.0), and within the range of the volume type.",
        since: "0.37.0",
        severity: "error",
        eksctlMessages: [
          "%s.volumeIOPS is only supported for %s and %s volume types",
          "%s.volumeIOPS is only supported for %s, %s and %s volume types",
          "value for %s.volumeIOPS must be within range %d-%d"
        ],
        example: "nodeGroups: [{name: ng, volumeType: gp2, volumeIOPS: 3000}]",
        check(ctx) {
          const ranges = { gp3: [3e3, 16e3], io1: [100, 64e3], io2: [100, 256e3] };
          const io2 = ctx.atLeast("0.204.0");
          for (const ref2 of ctx.nodeGroups()) {
            const iops = asNumber(ref2.ng.volumeIOPS);
            if (iops === void 0) continue;
            const type = asString(ref2.ng.volumeType) ?? "gp3";
            const path5 = `${ref2.path}/volumeIOPS`;
            if (!(type in ranges) || type === "io2" && !io2) {
              ctx.report(
                path5,
                io2 ? `${ref2.label}.volumeIOPS is only supported for io1, io2 and gp3 volume types` : `${ref2.label}.volumeIOPS is only supported for io1 and gp3 volume types`,
                `remove volumeIOPS or use volumeType gp3${io2 ? ", io1 or io2" : " or io1"} (this one is ${type}).`
              );
              continue;
            }
            const [lo, hi] = ranges[type];
            if (iops < lo || iops > hi) {
              ctx.report(
                path5,
                `value for ${ref2.label}.volumeIOPS must be within range ${lo}-${hi}`,
                `${type} volumes take ${lo} to ${hi} IOPS.`
              );
            }
          }
        }
      },
      {
        id: "volume-throughput-range",
        group: "nodegroups",
        summary: "`volumeThroughput` only with gp3, within 125–1000 MiB/s.",
        since: "0.37.0",
        severity: "error",
        eksctlMessages: [
          "%s.volumeThroughput is only supported for %s volume type",
          "value for %s.volumeThroughput must be within range %d-%d"
        ],
        example: "nodeGroups: [{name: ng, volumeType: gp3, volumeThroughput: 2000}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups()) {
            const tp = asNumber(ref2.ng.volumeThroughput);
            if (tp === void 0) continue;
            const type = asString(ref2.ng.volumeType) ?? "gp3";
            const path5 = `${ref2.path}/volumeThroughput`;
            if (type !== "gp3") {
              ctx.report(
                path5,
                `${ref2.label}.volumeThroughput is only supported for gp3 volume type`,
                `remove volumeThroughput or use volumeType gp3 (this one is ${type}).`
              );
            } else if (tp < 125 || tp > 1e3) {
              ctx.report(
                path5,
                `value for ${ref2.label}.volumeThroughput must be within range 125-1000`,
                "gp3 throughput is 125 to 1000 MiB/s."
              );
            }
          }
        }
      },
      {
        id: "volume-kms-key-encrypted",
        group: "nodegroups",
        summary: "`volumeKmsKeyID` is only set together with `volumeEncrypted: true`.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["%s.volumeKmsKeyID can not be set without %s.volumeEncrypted enabled explicitly"],
        example: "nodeGroups: [{name: ng, volumeKmsKeyID: 36c0b54e-…}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups()) {
            if (isSet(ref2.ng.volumeKmsKeyID) && !isTrue(ref2.ng.volumeEncrypted)) {
              ctx.report(
                `${ref2.path}/volumeKmsKeyID`,
                `${ref2.label}.volumeKmsKeyID can not be set without ${ref2.label}.volumeEncrypted enabled explicitly`,
                "add `volumeEncrypted: true`."
              );
            }
          }
        }
      },
      {
        id: "node-labels-reserved-prefix",
        group: "nodegroups",
        summary: "Nodegroup labels avoid the reserved `kubernetes.io/` and `k8s.io/` prefixes (kubelet labels excepted).",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: [
          "the following nodegroup labels are disallowed as they have reserved prefixes [kubernetes.io/, k8s.io/]: %v"
        ],
        example: "nodeGroups: [{name: ng, labels: {kubernetes.io/role: worker}}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups()) {
            const labels = asObject(ref2.ng.labels);
            if (!labels) continue;
            const bad = Object.keys(labels).filter(isReservedLabel);
            if (bad.length === 0) continue;
            ctx.report(
              `${ref2.path}/labels/${bad[0].replace(/~/g, "~0").replace(/\//g, "~1")}`,
              `the following nodegroup labels are disallowed as they have reserved prefixes [kubernetes.io/, k8s.io/]: ${goList(bad)}`,
              "use your own prefix (e.g. `example.com/role`); the kubelet may set only its well-known kubernetes.io labels and node.kubernetes.io/*.",
              { part: "key" }
            );
          }
        }
      },
      {
        id: "node-label-format",
        group: "nodegroups",
        summary: "Nodegroup label keys are Kubernetes qualified names with at most one `/`.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: [
          "node label key %q is of invalid format, can only use one '/' separator",
          "label %q is invalid - %v"
        ],
        example: 'nodeGroups: [{name: ng, labels: {"a/b/c": x}}]',
        check(ctx) {
          for (const ref2 of ctx.nodeGroups()) {
            const labels = asObject(ref2.ng.labels);
            if (!labels) continue;
            for (const key of Object.keys(labels)) {
              const path5 = `${ref2.path}/labels/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
              if (key.split("/").length > 2) {
                ctx.report(
                  path5,
                  `node label key ${goQuote(key)} is of invalid format, can only use one '/' separator`,
                  "use `prefix/name` with a single slash.",
                  { part: "key" }
                );
                continue;
              }
              const errs = qualifiedNameErrors(key);
              if (errs.length > 0) {
                ctx.report(
                  path5,
                  `label ${goQuote(key)} is invalid - ${goList(errs)}`,
                  "label keys are an optional DNS-subdomain prefix and a name of up to 63 alphanumerics, `-`, `_`, `.`.",
                  { part: "key" }
                );
              }
            }
          }
        }
      },
      {
        id: "ssh-key-options",
        group: "nodegroups",
        summary: "At most one of `ssh.publicKeyName`, `publicKeyPath`, `publicKey`; `ssh.enableSsm` is not `false` (and `true` is a deprecation warning) from 0.63.0.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: [
          "only one of publicKeyName, publicKeyPath or publicKey can be specified for SSH per node-group",
          "SSM agent is now built into EKS AMIs and cannot be disabled",
          "SSM is now enabled by default; `ssh.enableSSM` is deprecated and will be removed in a future release"
        ],
        example: "nodeGroups: [{name: ng, ssh: {publicKeyName: k, publicKeyPath: ~/.ssh/id.pub}}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups()) {
            const ssh = asObject(ref2.ng.ssh);
            if (!ssh) continue;
            const keys = ["publicKeyName", "publicKeyPath", "publicKey"].filter((k) => isSet(ssh[k]));
            if (keys.length > 1) {
              ctx.report(
                `${ref2.path}/ssh/${keys[1]}`,
                "only one of publicKeyName, publicKeyPath or publicKey can be specified for SSH per node-group",
                `keep one of ${keys.join(", ")}.`,
                { part: "key" }
              );
            }
            if (ssh.enableSsm === false && ctx.atLeast("0.63.0")) {
              ctx.report(
                `${ref2.path}/ssh/enableSsm`,
                "SSM agent is now built into EKS AMIs and cannot be disabled",
                "remove `enableSsm: false`."
              );
            } else if (ssh.enableSsm === true && ctx.atLeast("0.63.0")) {
              ctx.report(
                `${ref2.path}/ssh/enableSsm`,
                "SSM is now enabled by default; `ssh.enableSSM` is deprecated and will be removed in a future release",
                "remove `enableSsm` (eksctl prints this as a warning).",
                { severity: "warning", part: "key" }
              );
            }
          }
        }
      },
      {
        id: "nodegroup-subnets-or-zones",
        group: "nodegroups",
        summary: "A nodegroup sets `subnets` or `availabilityZones`, not both.",
        since: "0.32.0",
        severity: "error",
        eksctlMessages: ["only one of %[1]s.subnets or %[1]s.availabilityZones should be set"],
        example: "nodeGroups: [{name: ng, subnets: [subnet-1], availabilityZones: [us-west-2a]}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups()) {
            if (asArray(ref2.ng.subnets).length > 0 && asArray(ref2.ng.availabilityZones).length > 0) {
              ctx.report(
                `${ref2.path}/availabilityZones`,
                `only one of ${ref2.label}.subnets or ${ref2.label}.availabilityZones should be set`,
                "subnets already fix the zones: remove `availabilityZones`.",
                { part: "key" }
              );
            }
          }
        }
      },
      {
        id: "instance-lifetime-minimum",
        group: "nodegroups",
        summary: "`maxInstanceLifetime` is at least 86400 seconds.",
        since: "0.84.0",
        severity: "error",
        eksctlMessages: ["maximum instance lifetime must have a minimum value of 86,400 seconds (one day), but was: %d"],
        example: "nodeGroups: [{name: ng, maxInstanceLifetime: 3600}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups("unmanaged")) {
            const v = asNumber(ref2.ng.maxInstanceLifetime);
            if (v !== void 0 && v < 86400) {
              ctx.report(
                `${ref2.path}/maxInstanceLifetime`,
                `maximum instance lifetime must have a minimum value of 86,400 seconds (one day), but was: ${v}`,
                "use 86400 or more (seconds)."
              );
            }
          }
        }
      },
      {
        id: "cpu-credits-instance-types",
        group: "nodegroups",
        summary: "`cpuCredits` only on nodegroups with t2/t3 instance types.",
        since: "0.24.0",
        severity: "error",
        eksctlMessages: ["cpuCredits option set for nodegroup, but it has no t2/t3 instance types"],
        example: "nodeGroups: [{name: ng, instanceType: m5.large, cpuCredits: unlimited}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups("unmanaged")) {
            if (!isSet(ref2.ng.cpuCredits)) continue;
            const types = [
              asString(ref2.ng.instanceType),
              ...asArray(asObject(ref2.ng.instancesDistribution)?.instanceTypes).map(asString)
            ].filter((t) => !!t);
            if (!types.some((t) => /^t[23]a?\./.test(t))) {
              ctx.report(
                `${ref2.path}/cpuCredits`,
                "cpuCredits option set for nodegroup, but it has no t2/t3 instance types",
                "remove cpuCredits, or use burstable t2/t3 instance types."
              );
            }
          }
        }
      },
      {
        id: "asg-suspend-processes",
        group: "nodegroups",
        summary: "`asgSuspendProcesses` names real Auto Scaling processes.",
        since: "0.27.0",
        severity: "error",
        eksctlMessages: ["asgSuspendProcesses contains invalid process name '%s'"],
        example: "nodeGroups: [{name: ng, asgSuspendProcesses: [Scale]}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups("unmanaged")) {
            asArray(ref2.ng.asgSuspendProcesses).forEach((p, i) => {
              if (typeof p === "string" && !asgProcesses.includes(p)) {
                ctx.report(
                  `${ref2.path}/asgSuspendProcesses/${i}`,
                  `asgSuspendProcesses contains invalid process name '${p}'`,
                  `use one of ${asgProcesses.join(", ")}.`
                );
              }
            });
          }
        }
      },
      {
        id: "kubelet-config-critical",
        group: "nodegroups",
        summary: "`kubeletExtraConfig` does not override fields eksctl relies on.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["cannot override %q in kubelet config, as it's critical to eksctl functionality"],
        example: "nodeGroups: [{name: ng, kubeletExtraConfig: {clusterDomain: corp.local}}]",
        check(ctx) {
          for (const ref2 of ctx.nodeGroups("unmanaged")) {
            const cfg = asObject(ref2.ng.kubeletExtraConfig);
            if (!cfg) continue;
            for (const key of Object.keys(cfg)) {
              if (criticalKubeletFields.includes(key)) {
                ctx.report(
                  `${ref2.path}/kubeletExtraConfig/${key}`,
                  `cannot override ${goQuote(key)} in kubelet config, as it's critical to eksctl functionality`,
                  `remove \`${key}\` from kubeletExtraConfig.`,
                  { part: "key" }
                );
              }
            }
          }
        }
      },
      {
        id: "container-runtime-containerd",
        group: "nodegroups",
        summary: "`containerRuntime` is containerd from Kubernetes 1.24 on.",
        since: "0.120.0",
        severity: "error",
        eksctlMessages: ["only %s is supported for container runtime, starting with EKS version %s"],
        example: 'metadata: {version: "1.24"}\nnodeGroups: [{name: ng, containerRuntime: dockerd}]',
        check(ctx) {
          const { version } = ctx.kubernetesVersion();
          if (!version || versionLess(version, "1.24")) return;
          for (const ref2 of ctx.nodeGroups("unmanaged")) {
            const rt = asString(ref2.ng.containerRuntime);
            if (rt && rt !== "containerd" && !ctx.isPlaceholder(`${ref2.path}/containerRuntime`)) {
              ctx.report(
                `${ref2.path}/containerRuntime`,
                "only containerd is supported for container runtime, starting with EKS version 1.24",
                "use `containerRuntime: containerd` or remove the field."
              );
            }
          }
        }
      }
    ];
  }
});

// src/rules/catalogue/outposts.ts
function outpostArnError(value) {
  const parsed2 = parseArn(value);
  if (!parsed2.ok) return `invalid Outpost ARN: ${parsed2.error}`;
  if (parsed2.service !== "outposts") return `invalid Outpost ARN: ${goQuote(value)}`;
  return null;
}
function reportKey(ctx, path5, text, fix) {
  ctx.report(path5, text, fix, { part: "key" });
}
var OUTPOSTS_SINCE, AZ_ON_OUTPOSTS, NG_AZ_ON_OUTPOSTS, ENDPOINT_MSG, outpostsRules;
var init_outposts = __esm({
  "src/rules/catalogue/outposts.ts"() {
    "use strict";
    init_context();
    init_ami_families();
    init_shared();
    OUTPOSTS_SINCE = "0.112.0";
    AZ_ON_OUTPOSTS = "cannot specify %s on Outposts; the AZ defaults to the Outpost AZ";
    NG_AZ_ON_OUTPOSTS = "%s cannot be specified for a nodegroup on Outposts; the AZ defaults to the Outpost AZ";
    ENDPOINT_MSG = "the cluster defaults to private-endpoint-only access";
    outpostsRules = [
      {
        id: "outposts-cluster",
        group: "cluster",
        summary: "A control plane on Outposts (`outpost:`) has a valid Outpost ARN and none of the features Outposts lack (IPv6, addons, identity providers, Fargate, Karpenter, KMS, zones, GitOps, OIDC, Auto Mode, managed nodegroups, public endpoint).",
        since: OUTPOSTS_SINCE,
        severity: "error",
        eksctlMessages: [
          "outpost.controlPlaneOutpostARN is required for Outposts",
          "invalid Outpost ARN: %w",
          "invalid Outpost ARN: %q",
          "accessConfig.BootstrapClusterCreatorAdminPermissions can't be set to false on Outposts",
          "IPv6 is not supported on Outposts",
          "Addons are not supported on Outposts",
          "Identity Providers are not supported on Outposts",
          "Fargate is not supported on Outposts",
          "Karpenter is not supported on Outposts",
          "KMS encryption is not supported on Outposts",
          AZ_ON_OUTPOSTS,
          "GitOps is not supported on Outposts",
          "iam.withOIDC is not supported on Outposts",
          "autoAllocateIPv6 is not supported on Outposts",
          "publicAccessCIDRs is not supported on Outposts",
          "outpost.etcdInstanceType is required when outpost.etcdPlacement is specified",
          "outpost.etcdInstanceType is required when outpost.controlPlanePlacement.spreadLevel is specified",
          "outpost.controlPlanePlacement.groupName is not supported when outpost.etcdInstanceType is specified",
          "Outpost clusters with EC2 instance store require accessConfig.authenticationMode to be API_AND_CONFIG_MAP or API",
          "Auto Mode is not supported on Outposts",
          "Managed Nodegroups are not supported on Outposts",
          "clusterEndpoints.publicAccess cannot be enabled for a cluster on Outposts; %s",
          "clusterEndpoints.privateAccess cannot be disabled for a cluster on Outposts; %s",
          "cannot create nodegroups on Outposts when the VPC is created by eksctl as it will not have connectivity to the API server; please rerun the command with `--without-nodegroup` and run `eksctl create nodegroup` after associating the VPC with a local gateway and ensuring connectivity to the API server"
        ],
        example: "outpost: {controlPlaneOutpostARN: arn:aws:outposts:us-west-2:1:outpost/op-1}\naddons: [{name: vpc-cni}]",
        check(ctx) {
          const outpost = asObject(ctx.data.outpost);
          if (!outpost) return;
          const arn = asString(outpost.controlPlaneOutpostARN);
          if (!arn) {
            reportKey(
              ctx,
              "/outpost",
              "outpost.controlPlaneOutpostARN is required for Outposts",
              "set the ARN of the Outpost the control plane runs on."
            );
            return;
          }
          if (!ctx.isPlaceholder("/outpost/controlPlaneOutpostARN")) {
            const err = outpostArnError(arn);
            if (err) {
              ctx.report("/outpost/controlPlaneOutpostARN", err, "use `arn:aws:outposts:<region>:<account>:outpost/op-…`.");
            }
          }
          const d = ctx.data;
          const iam = asObject(d.iam);
          const vpc = asObject(d.vpc);
          const access = asObject(d.accessConfig);
          const fix = "Outposts clusters do not support it: remove it, or create the cluster in the region.";
          if (ctx.atLeast("0.176.0") && access?.bootstrapClusterCreatorAdminPermissions === false) {
            ctx.report(
              "/accessConfig/bootstrapClusterCreatorAdminPermissions",
              "accessConfig.BootstrapClusterCreatorAdminPermissions can't be set to false on Outposts",
              "remove it: eksctl needs the creator to be an admin on an Outposts cluster."
            );
          }
          if (ipv6Enabled(d)) ctx.report("/kubernetesNetworkConfig/ipFamily", "IPv6 is not supported on Outposts", fix);
          const keyed = [
            ["addons", nonEmpty(d.addons), "Addons are not supported on Outposts"],
            ["identityProviders", nonEmpty(d.identityProviders), "Identity Providers are not supported on Outposts"],
            ["fargateProfiles", nonEmpty(d.fargateProfiles), "Fargate is not supported on Outposts"],
            ["karpenter", isSet(d.karpenter) && d.karpenter !== null, "Karpenter is not supported on Outposts"],
            [
              "secretsEncryption",
              isSet(asObject(d.secretsEncryption)?.keyARN),
              "KMS encryption is not supported on Outposts"
            ],
            [
              "availabilityZones",
              nonEmpty(d.availabilityZones),
              "cannot specify availabilityZones on Outposts; the AZ defaults to the Outpost AZ"
            ],
            [
              "localZones",
              nonEmpty(d.localZones),
              "cannot specify localZones on Outposts; the AZ defaults to the Outpost AZ"
            ],
            ["gitops", isSet(d.gitops) && d.gitops !== null, "GitOps is not supported on Outposts"]
          ];
          for (const [key, present, text] of keyed) if (present) reportKey(ctx, pointer(key), text, fix);
          if (isTrue(iam?.withOIDC)) ctx.report("/iam/withOIDC", "iam.withOIDC is not supported on Outposts", fix);
          if (isTrue(vpc?.autoAllocateIPv6)) {
            ctx.report("/vpc/autoAllocateIPv6", "autoAllocateIPv6 is not supported on Outposts", fix);
          }
          if (nonEmpty(vpc?.publicAccessCIDRs)) {
            reportKey(ctx, "/vpc/publicAccessCIDRs", "publicAccessCIDRs is not supported on Outposts", fix);
          }
          if (ctx.atLeast("0.229.0")) {
            const etcd = isSet(outpost.etcdInstanceType);
            const cpp = asObject(outpost.controlPlanePlacement);
            if (isSet(outpost.etcdPlacement) && !etcd) {
              reportKey(
                ctx,
                "/outpost/etcdPlacement",
                "outpost.etcdInstanceType is required when outpost.etcdPlacement is specified",
                "set `outpost.etcdInstanceType`."
              );
            }
            if (isSet(cpp?.spreadLevel) && !etcd) {
              ctx.report(
                "/outpost/controlPlanePlacement/spreadLevel",
                "outpost.etcdInstanceType is required when outpost.controlPlanePlacement.spreadLevel is specified",
                "set `outpost.etcdInstanceType`."
              );
            }
            if (isSet(cpp?.groupName) && etcd) {
              ctx.report(
                "/outpost/controlPlanePlacement/groupName",
                "outpost.controlPlanePlacement.groupName is not supported when outpost.etcdInstanceType is specified",
                "remove the placement group name or `etcdInstanceType`."
              );
            }
            if (etcd && authenticationMode(d) === "CONFIG_MAP") {
              ctx.report(
                "/accessConfig/authenticationMode",
                "Outpost clusters with EC2 instance store require accessConfig.authenticationMode to be API_AND_CONFIG_MAP or API",
                "use `API_AND_CONFIG_MAP` or `API`."
              );
            }
          }
          if (ctx.atLeast("0.195.0") && isTrue(asObject(d.autoModeConfig)?.enabled)) {
            ctx.report("/autoModeConfig/enabled", "Auto Mode is not supported on Outposts", fix);
          }
          if (nonEmpty(d.managedNodeGroups)) {
            reportKey(
              ctx,
              "/managedNodeGroups",
              "Managed Nodegroups are not supported on Outposts",
              "use `nodeGroups` (self-managed) on Outposts."
            );
          }
          const ep = asObject(vpc?.clusterEndpoints);
          if (ep?.publicAccess === true) {
            ctx.report(
              "/vpc/clusterEndpoints/publicAccess",
              `clusterEndpoints.publicAccess cannot be enabled for a cluster on Outposts; ${ENDPOINT_MSG}`,
              "remove `publicAccess: true`."
            );
          } else if (ep?.privateAccess === false) {
            ctx.report(
              "/vpc/clusterEndpoints/privateAccess",
              `clusterEndpoints.privateAccess cannot be disabled for a cluster on Outposts; ${ENDPOINT_MSG}`,
              "remove `privateAccess: false`."
            );
          }
          if (!hasAnySubnets(d) && nonEmpty(d.nodeGroups)) {
            ctx.report(
              "/nodeGroups",
              "cannot create nodegroups on Outposts when the VPC is created by eksctl as it will not have connectivity to the API server; please rerun the command with `--without-nodegroup` and run `eksctl create nodegroup` after associating the VPC with a local gateway and ensuring connectivity to the API server",
              "use an existing VPC (`vpc.subnets`) associated with the Outpost local gateway, or run `create cluster --without-nodegroup` and create the nodegroups later (a warning: the flag is not in the file).",
              { part: "key", severity: "warning" }
            );
          }
        }
      },
      {
        id: "outposts-nodegroups",
        group: "nodegroups",
        summary: "Nodegroups on Outposts: a valid `outpostARN` matching the control plane, one Outpost, no managed nodegroups, no zones or instance selector, gp2 volumes, AmazonLinux2(023); not with a fully-private cluster, nor (at create) without the control plane on Outposts.",
        since: OUTPOSTS_SINCE,
        severity: "error",
        eksctlMessages: [
          "invalid Outpost ARN: %w",
          "invalid Outpost ARN: %q",
          "nodeGroup.outpostARN must either be empty or match the control plane's Outpost ARN (%q != %q)",
          "cannot create nodegroups in two different Outposts; got Outpost ARN %q and %q",
          "nodeGroup.outpostARN is not supported on a fully-private cluster (privateCluster.enabled)",
          "creating nodegroups on Outposts when the control plane is not on Outposts is not supported during cluster creation; either create the nodegroups after cluster creation or consider creating the control plane on Outposts",
          "Outposts is not supported for managed nodegroups",
          "cannot specify instanceSelector for a nodegroup on Outposts",
          NG_AZ_ON_OUTPOSTS,
          "cannot set %q for %s.volumeType; only %q volume types are supported on Outposts",
          "only %s is supported on local clusters",
          "only %s and %s is supported on local clusters"
        ],
        example: "nodeGroups: [{name: ng, outpostARN: arn:aws:outposts:us-west-2:1:outpost/op-1}]  # control plane not on Outposts",
        check(ctx) {
          const d = ctx.data;
          const cpOnOutposts = controlPlaneOnOutposts(d);
          const cpArn = asString(asObject(d.outpost)?.controlPlaneOutpostARN);
          let firstArn;
          let reportedNotOnOutposts = false;
          for (const ref2 of ctx.nodeGroups()) {
            const arn = asString(ref2.ng.outpostARN);
            const arnPath = `${ref2.path}/outpostARN`;
            if (ref2.managed) {
              if (arn) {
                ctx.report(
                  arnPath,
                  "Outposts is not supported for managed nodegroups",
                  "use a self-managed nodegroup (`nodeGroups`) on Outposts."
                );
              }
              continue;
            }
            if (arn && !ctx.isPlaceholder(arnPath)) {
              const err = outpostArnError(arn);
              if (err) ctx.report(arnPath, err, "use `arn:aws:outposts:<region>:<account>:outpost/op-…`.");
              else if (cpOnOutposts && cpArn && arn !== cpArn) {
                ctx.report(
                  arnPath,
                  `nodeGroup.outpostARN must either be empty or match the control plane's Outpost ARN (${goQuote(arn)} != ${goQuote(cpArn)})`,
                  "remove `outpostARN` (it defaults to the control plane Outpost) or use the same ARN."
                );
              }
              if (firstArn !== void 0 && firstArn !== arn) {
                ctx.report(
                  arnPath,
                  `cannot create nodegroups in two different Outposts; got Outpost ARN ${goQuote(firstArn)} and ${goQuote(arn)}`,
                  "put all nodegroups of one create run on the same Outpost."
                );
              }
              firstArn ??= arn;
              if (!cpOnOutposts && fullyPrivate(d)) {
                ctx.report(
                  arnPath,
                  "nodeGroup.outpostARN is not supported on a fully-private cluster (privateCluster.enabled)",
                  "remove `outpostARN` or `privateCluster`."
                );
              } else if (!cpOnOutposts && !reportedNotOnOutposts) {
                reportedNotOnOutposts = true;
                ctx.report(
                  arnPath,
                  "creating nodegroups on Outposts when the control plane is not on Outposts is not supported during cluster creation; either create the nodegroups after cluster creation or consider creating the control plane on Outposts",
                  "create this nodegroup with `eksctl create nodegroup` after the cluster exists."
                );
              }
            }
            if (!cpOnOutposts && !arn) continue;
            if (hasInstanceSelector(ref2.ng)) {
              ctx.report(
                `${ref2.path}/instanceSelector`,
                "cannot specify instanceSelector for a nodegroup on Outposts",
                "set `instanceType` instead.",
                {
                  part: "key"
                }
              );
            }
            for (const key of ["availabilityZones", "localZones"]) {
              if (nonEmpty(ref2.ng[key])) {
                ctx.report(
                  `${ref2.path}/${key}`,
                  `${key} cannot be specified for a nodegroup on Outposts; the AZ defaults to the Outpost AZ`,
                  `remove \`${key}\`.`,
                  { part: "key" }
                );
              }
            }
            if (!cpOnOutposts) continue;
            const volumeType = asString(ref2.ng.volumeType);
            if (volumeType && volumeType !== "gp2") {
              ctx.report(
                `${ref2.path}/volumeType`,
                `cannot set ${goQuote(volumeType)} for ${ref2.label}.volumeType; only "gp2" volume types are supported on Outposts`,
                "use `volumeType: gp2` (or leave it unset)."
              );
            }
            const rawFamily = asString(ref2.ng.amiFamily);
            if (rawFamily && !ctx.isPlaceholder(`${ref2.path}/amiFamily`)) {
              const family = resolveAmiFamily(ctx.release, rawFamily);
              const allowed = ctx.atLeast("0.219.0") ? ["AmazonLinux2", "AmazonLinux2023"] : ["AmazonLinux2"];
              if (family && !allowed.includes(family)) {
                ctx.report(
                  `${ref2.path}/amiFamily`,
                  ctx.atLeast("0.219.0") ? "only AmazonLinux2 and AmazonLinux2023 is supported on local clusters" : "only AmazonLinux2 is supported on local clusters",
                  `use ${allowed.join(" or ")} on an Outposts (local) cluster.`
                );
              }
            }
          }
        }
      }
    ];
  }
});

// src/rules/catalogue/vpc.ts
var vpcRules;
var init_vpc = __esm({
  "src/rules/catalogue/vpc.ts"() {
    "use strict";
    init_context();
    vpcRules = [
      {
        id: "availability-zones-minimum",
        group: "vpc",
        summary: "`availabilityZones`, when set, lists at least 2 zones.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["only %d zone(s) specified %v, %d are required (can be non-unique)"],
        example: "availabilityZones: [us-west-2a]",
        check(ctx) {
          const zones = ctx.data.availabilityZones;
          if (!Array.isArray(zones) || zones.length === 0 || zones.length >= 2) return;
          ctx.report(
            "/availabilityZones",
            `only ${zones.length} zone(s) specified ${goList(zones)}, 2 are required (can be non-unique)`,
            "EKS needs subnets in two zones: list a second zone (repeating one is accepted)."
          );
        }
      },
      {
        id: "subnets-or-availability-zones",
        group: "vpc",
        summary: "`vpc.subnets` and `availabilityZones` are not both set.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["vpc.subnets and availabilityZones cannot be set at the same time"],
        example: "availabilityZones: [us-west-2a, us-west-2b]\nvpc: {subnets: {private: {…}}}",
        check(ctx) {
          const subnets = asObject(asObject(ctx.data.vpc)?.subnets);
          const hasSubnets = !!subnets && Object.values(subnets).some((v) => asObject(v) && Object.keys(v).length);
          if (hasSubnets && asArray(ctx.data.availabilityZones).length > 0) {
            ctx.report(
              "/availabilityZones",
              "vpc.subnets and availabilityZones cannot be set at the same time",
              "the subnets already fix the zones: remove `availabilityZones`.",
              { part: "key" }
            );
          }
        }
      },
      {
        id: "cluster-endpoints-access",
        group: "vpc",
        summary: "`vpc.clusterEndpoints` keeps public or private API access enabled.",
        since: "0.21.0",
        severity: "error",
        eksctlMessages: ["Kubernetes API access must have one of public or private clusterEndpoints enabled"],
        example: "vpc: {clusterEndpoints: {publicAccess: false}}",
        check(ctx) {
          const ep = asObject(asObject(ctx.data.vpc)?.clusterEndpoints);
          if (!ep) return;
          if (ep.publicAccess === false && !isTrue(ep.privateAccess)) {
            ctx.report(
              "/vpc/clusterEndpoints",
              "Kubernetes API access must have one of public or private clusterEndpoints enabled",
              "set `privateAccess: true` (and run eksctl from inside the VPC) or keep `publicAccess: true`.",
              { part: "key" }
            );
          }
        }
      },
      {
        id: "fully-private-nodegroups",
        group: "vpc",
        summary: "In a fully-private cluster every nodegroup has `privateNetworking: true`.",
        since: "0.24.0",
        severity: "error",
        eksctlMessages: ["%s.privateNetworking must be enabled for a fully-private cluster"],
        example: "privateCluster: {enabled: true}\nnodeGroups: [{name: ng}]",
        check(ctx) {
          if (!isTrue(asObject(ctx.data.privateCluster)?.enabled)) return;
          for (const ref2 of ctx.nodeGroups()) {
            if (!isTrue(ref2.ng.privateNetworking)) {
              ctx.report(
                ref2.path,
                `${ref2.label}.privateNetworking must be enabled for a fully-private cluster`,
                "add `privateNetworking: true` to the nodegroup."
              );
            }
          }
        }
      },
      {
        id: "fully-private-endpoints",
        group: "vpc",
        summary: "A fully-private cluster does not set `vpc.clusterEndpoints`.",
        since: "0.24.0",
        severity: "error",
        eksctlMessages: [
          "vpc.clusterEndpoints cannot be set for a fully-private cluster (privateCluster.enabled) as the endpoint access defaults to private-only"
        ],
        example: "privateCluster: {enabled: true}\nvpc: {clusterEndpoints: {privateAccess: true}}",
        check(ctx) {
          if (!isTrue(asObject(ctx.data.privateCluster)?.enabled)) return;
          const vpc = asObject(ctx.data.vpc);
          if (vpc && vpc.clusterEndpoints !== void 0 && vpc.clusterEndpoints !== null) {
            ctx.report(
              "/vpc/clusterEndpoints",
              "vpc.clusterEndpoints cannot be set for a fully-private cluster (privateCluster.enabled) as the endpoint access defaults to private-only",
              "remove `vpc.clusterEndpoints`.",
              { part: "key" }
            );
          }
        }
      },
      {
        id: "fully-private-existing-vpc",
        group: "vpc",
        summary: "A fully-private cluster in an existing VPC lists private subnets; no additionalEndpointServices with skipEndpointCreation; no localZones.",
        since: "0.24.0",
        severity: "error",
        eksctlMessages: [
          "vpc.subnets.private must be specified in a fully-private cluster when a pre-existing VPC is supplied",
          "privateCluster.additionalEndpointServices cannot be set when privateCluster.skipEndpointCreation is true",
          "localZones cannot be used in a fully-private cluster"
        ],
        example: "privateCluster: {enabled: true}\nvpc: {id: vpc-1}",
        check(ctx) {
          const pc = asObject(ctx.data.privateCluster);
          if (!pc || !isTrue(pc.enabled)) return;
          const vpc = asObject(ctx.data.vpc);
          const priv = asObject(asObject(vpc?.subnets)?.private);
          if (vpc && isSet(vpc.id) && (!priv || Object.keys(priv).length === 0)) {
            ctx.report(
              "/vpc/id",
              "vpc.subnets.private must be specified in a fully-private cluster when a pre-existing VPC is supplied",
              "list the private subnets under `vpc.subnets.private`."
            );
          }
          if (isTrue(pc.skipEndpointCreation) && asArray(pc.additionalEndpointServices).length > 0) {
            ctx.report(
              "/privateCluster/additionalEndpointServices",
              "privateCluster.additionalEndpointServices cannot be set when privateCluster.skipEndpointCreation is true",
              "remove one of the two: with skipEndpointCreation you create all VPC endpoints yourself.",
              { part: "key" }
            );
          }
          if (asArray(ctx.data.localZones).length > 0) {
            ctx.report(
              pointer("localZones"),
              "localZones cannot be used in a fully-private cluster",
              "remove `localZones` or `privateCluster`.",
              { part: "key" }
            );
          }
        }
      },
      {
        id: "existing-vpc-options",
        group: "vpc",
        summary: "With an existing `vpc.id`, no `vpc.hostnameType` (0.144.0+) and no `localZones`.",
        since: "0.97.0",
        severity: "error",
        eksctlMessages: [
          "vpc.hostnameType is not supported with a pre-existing VPC",
          "localZones are not supported with a pre-existing VPC"
        ],
        example: "vpc: {id: vpc-1, hostnameType: resource-name}",
        check(ctx) {
          const vpc = asObject(ctx.data.vpc);
          if (!vpc || !isSet(vpc.id)) return;
          if (isSet(vpc.hostnameType) && ctx.atLeast("0.144.0")) {
            ctx.report(
              "/vpc/hostnameType",
              "vpc.hostnameType is not supported with a pre-existing VPC",
              "the existing subnets decide the hostname type: remove `vpc.hostnameType`.",
              { part: "key" }
            );
          }
          if (asArray(ctx.data.localZones).length > 0) {
            ctx.report(
              "/localZones",
              "localZones are not supported with a pre-existing VPC",
              "list local-zone subnets under `vpc.subnets` instead, or let eksctl create the VPC.",
              { part: "key" }
            );
          }
        }
      }
    ];
  }
});

// src/rules/catalogue/index.ts
var catalogue;
var init_catalogue = __esm({
  "src/rules/catalogue/index.ts"() {
    "use strict";
    init_addons();
    init_cluster();
    init_fargate();
    init_hybrid_and_auto_mode();
    init_iam_associations();
    init_iam();
    init_karpenter();
    init_logging();
    init_nodegroups();
    init_outposts();
    init_vpc();
    catalogue = [
      ...clusterRules,
      ...hybridAndAutoModeRules,
      ...outpostsRules,
      ...nodegroupRules,
      ...iamRules,
      ...iamAssociationRules,
      ...vpcRules,
      ...loggingRules,
      ...fargateRules,
      ...addonRules,
      ...karpenterRules
    ];
  }
});

// src/rules/types.ts
var ruleGroups;
var init_types = __esm({
  "src/rules/types.ts"() {
    "use strict";
    ruleGroups = [
      "metadata",
      "cluster",
      "nodegroups",
      "iam",
      "vpc",
      "logging",
      "fargate",
      "addons",
      "karpenter"
    ];
  }
});

// src/rules/index.ts
function listRules() {
  return catalogue.map((r) => ({
    id: r.id,
    ruleId: `rules/${r.id}`,
    group: r.group,
    summary: r.summary,
    since: r.since,
    until: r.until ?? null,
    severity: r.severity,
    defaultEnabled: r.defaultEnabled !== false,
    eksctlMessages: [...r.eksctlMessages],
    example: r.example
  }));
}
function normalizeName(name) {
  return name.trim().replace(/^rules\//, "");
}
function isGroup(name) {
  return ruleGroups.includes(name);
}
function isKnown(name) {
  return isGroup(name) || catalogue.some((r) => r.id === name);
}
function isRuleName(name) {
  return isKnown(normalizeName(name));
}
function ruleGroupOf(id) {
  return catalogue.find((r) => r.id === id)?.group;
}
function assertKnown(names, what) {
  const unknown = names.filter((n) => !isKnown(n));
  if (unknown.length > 0) {
    throw new RuleSelectionError(
      `unknown ${what} ${unknown.map((u) => JSON.stringify(u)).join(", ")}: use a rule id (see \`eksctl-preflight rules\` / README) or a group (${ruleGroups.join(", ")})`
    );
  }
}
function selectRules(selection = {}) {
  const enable = (selection.enable ?? []).map(normalizeName).filter((s2) => s2 !== "");
  const disable = (selection.disable ?? []).map(normalizeName).filter((s2) => s2 !== "");
  assertKnown(enable, "rule or group in `rules`");
  assertKnown(disable, "rule or group in `ignore-rules`");
  return catalogue.filter((r) => {
    if (disable.includes(r.id)) return false;
    if (enable.includes(r.id)) return true;
    if (disable.includes(r.group)) return false;
    if (enable.includes(r.group)) return true;
    return r.defaultEnabled !== false;
  });
}
function appliesTo(rule, release) {
  return gte(release, rule.since) && (!rule.until || lt(release, rule.until));
}
function activeRules(version, selection) {
  let byVersion = selection ? activeBySelection.get(selection) : activeByDefault;
  if (!byVersion) {
    byVersion = /* @__PURE__ */ new Map();
    activeBySelection.set(selection, byVersion);
  }
  let active = byVersion.get(version);
  if (!active) {
    const rules = selectRules(selection).filter((r) => appliesTo(r, version));
    active = { rules, activeIds: new Set(rules.map((r) => r.id)) };
    byVersion.set(version, active);
  }
  return active;
}
function runRules(doc, release, selection) {
  const version = normalizeRelease(release);
  const { rules, activeIds } = activeRules(version, selection);
  const findings = [];
  if (rules.length === 0) return findings;
  const isActive = (id) => activeIds.has(id);
  const ctx = new RuleContext(doc, version, rules[0], findings, isActive, selection?.karpenterVersion);
  for (const rule of rules) {
    ctx.rule = rule;
    try {
      rule.check(ctx);
    } catch (err) {
      findings.push({
        ruleId: `rules/${rule.id}`,
        severity: "warning",
        message: `rule ${rule.id} could not run on this file: ${err instanceof Error ? err.message : String(err)}`,
        instancePath: "",
        file: doc.path,
        ...doc.locate("")
      });
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return findings;
}
var RuleSelectionError, activeBySelection, activeByDefault;
var init_rules2 = __esm({
  "src/rules/index.ts"() {
    "use strict";
    init_config();
    init_catalogue();
    init_context();
    init_version2();
    init_types();
    init_types();
    RuleSelectionError = class extends InputError {
    };
    activeBySelection = /* @__PURE__ */ new WeakMap();
    activeByDefault = /* @__PURE__ */ new Map();
  }
});

// schemas/eksctl-schemas.json
var eksctl_schemas_default;
var init_eksctl_schemas = __esm({
  "schemas/eksctl-schemas.json"() {
    eksctl_schemas_default = { format: 1, releases: [["0.21.0", "2020-06-05"], ["0.22.0", "2020-06-19"], ["0.23.0", "2020-07-03"], ["0.24.0", "2020-07-17"], ["0.25.0", "2020-07-31"], ["0.26.0", "2020-08-20"], ["0.27.0", "2020-09-04"], ["0.28.0", "2020-09-21"], ["0.28.1", "2020-09-22"], ["0.29.0", "2020-10-01"], ["0.29.1", "2020-10-04"], ["0.29.2", "2020-10-07"], ["0.30.0", "2020-10-16"], ["0.31.0", "2020-11-08"], ["0.32.0", "2020-11-20"], ["0.33.0", "2020-12-04"], ["0.34.0", "2020-12-09"], ["0.35.0", "2020-12-21"], ["0.36.0", "2021-01-15"], ["0.36.1", "2021-01-20"], ["0.36.2", "2021-01-21"], ["0.37.0", "2021-01-29"], ["0.38.0", "2021-02-16"], ["0.39.0", "2021-02-26"], ["0.40.0", "2021-03-04"], ["0.41.0", "2021-03-19"], ["0.42.0", "2021-03-26"], ["0.43.0", "2021-03-31"], ["0.44.0", "2021-04-07"], ["0.45.0", "2021-04-16"], ["0.46.0", "2021-04-23"], ["0.47.0", "2021-04-30"], ["0.48.0", "2021-05-07"], ["0.49.0", "2021-05-11"], ["0.50.0", "2021-05-17"], ["0.51.0", "2021-05-21"], ["0.52.0", "2021-05-28"], ["0.53.0", "2021-06-11"], ["0.54.0", "2021-06-17"], ["0.55.0", "2021-07-02"], ["0.56.0", "2021-07-09"], ["0.57.0", "2021-07-16"], ["0.58.0", "2021-07-23"], ["0.59.0", "2021-07-30"], ["0.60.0", "2021-08-06"], ["0.61.0", "2021-08-13"], ["0.62.0", "2021-08-20"], ["0.63.0", "2021-08-27"], ["0.64.0", "2021-09-03"], ["0.65.0", "2021-09-06"], ["0.66.0", "2021-09-08"], ["0.67.0", "2021-09-17"], ["0.68.0", "2021-10-01"], ["0.69.0", "2021-10-08"], ["0.70.0", "2021-10-15"], ["0.71.0", "2021-10-29"], ["0.72.0", "2021-11-05"], ["0.73.0", "2021-11-10"], ["0.74.0", "2021-11-18"], ["0.75.0", "2021-11-26"], ["0.76.0", "2021-12-03"], ["0.77.0", "2021-12-17"], ["0.78.0", "2022-01-11"], ["0.79.0", "2022-01-13"], ["0.80.0", "2022-01-21"], ["0.82.0", "2022-01-28"], ["0.83.0", "2022-02-11"], ["0.84.0", "2022-02-18"], ["0.85.0", "2022-02-25"], ["0.86.0", "2022-03-03"], ["0.87.0", "2022-03-11"], ["0.88.0", "2022-03-18"], ["0.89.0", "2022-03-25"], ["0.90.0", "2022-04-01"], ["0.91.0", "2022-04-05"], ["0.92.0", "2022-04-08"], ["0.93.0", "2022-04-13"], ["0.94.0", "2022-04-22"], ["0.95.0", "2022-04-28"], ["0.96.0", "2022-05-06"], ["0.97.0", "2022-05-13"], ["0.98.0", "2022-05-20"], ["0.99.0", "2022-05-27"], ["0.100.0", "2022-06-03"], ["0.101.0", "2022-06-03"], ["0.102.0", "2022-06-10"], ["0.103.0", "2022-06-17"], ["0.104.0", "2022-06-24"], ["0.105.0", "2022-07-01"], ["0.106.0", "2022-07-08"], ["0.107.0", "2022-07-22"], ["0.108.0", "2022-07-29"], ["0.109.0", "2022-08-19"], ["0.110.0", "2022-08-26"], ["0.111.0", "2022-09-02"], ["0.112.0", "2022-09-19"], ["0.113.0", "2022-09-23"], ["0.114.0", "2022-09-30"], ["0.115.0", "2022-10-07"], ["0.116.0", "2022-10-18"], ["0.117.0", "2022-10-28"], ["0.118.0", "2022-11-04"], ["0.119.0", "2022-11-11"], ["0.120.0", "2022-11-18"], ["0.121.0", "2022-11-21"], ["0.122.0", "2022-11-25"], ["0.123.0", "2022-11-29"], ["0.124.0", "2022-12-21"], ["0.125.0", "2023-01-06"], ["0.126.0", "2023-01-13"], ["0.127.0", "2023-01-20"], ["0.128.0", "2023-01-27"], ["0.129.0", "2023-02-03"], ["0.130.0", "2023-02-10"], ["0.131.0", "2023-02-17"], ["0.132.0", "2023-02-23"], ["0.133.0", "2023-03-03"], ["0.134.0", "2023-03-10"], ["0.135.0", "2023-03-17"], ["0.136.0", "2023-03-24"], ["0.137.0", "2023-04-06"], ["0.138.0", "2023-04-11"], ["0.139.0", "2023-04-21"], ["0.140.0", "2023-04-28"], ["0.141.0", "2023-05-05"], ["0.142.0", "2023-05-19"], ["0.143.0", "2023-05-24"], ["0.144.0", "2023-06-02"], ["0.145.0", "2023-06-09"], ["0.146.0", "2023-06-16"], ["0.147.0", "2023-06-23"], ["0.148.0", "2023-07-05"], ["0.149.0", "2023-07-12"], ["0.150.0", "2023-07-18"], ["0.151.0", "2023-07-28"], ["0.152.0", "2023-08-04"], ["0.153.0", "2023-08-11"], ["0.154.0", "2023-08-18"], ["0.155.0", "2023-08-24"], ["0.156.0", "2023-09-01"], ["0.157.0", "2023-09-08"], ["0.158.0", "2023-09-15"], ["0.159.0", "2023-09-22"], ["0.160.0", "2023-09-26"], ["0.161.0", "2023-09-29"], ["0.162.0", "2023-10-06"], ["0.163.0", "2023-10-20"], ["0.164.0", "2023-10-24"], ["0.165.0", "2023-11-27"], ["0.166.0", "2023-12-08"], ["0.167.0", "2023-12-20"], ["0.168.0", "2024-01-19"], ["0.169.0", "2024-01-23"], ["0.170.0", "2024-02-02"], ["0.171.0", "2024-02-09"], ["0.172.0", "2024-02-16"], ["0.173.0", "2024-02-29"], ["0.174.0", "2024-03-14"], ["0.175.0", "2024-03-22"], ["0.176.0", "2024-04-05"], ["0.177.0", "2024-04-26"], ["0.178.0", "2024-05-17"], ["0.179.0", "2024-05-24"], ["0.180.0", "2024-05-29"], ["0.181.0", "2024-06-04"], ["0.182.0", "2024-06-07"], ["0.183.0", "2024-06-11"], ["0.184.0", "2024-07-04"], ["0.185.0", "2024-07-08"], ["0.186.0", "2024-07-12"], ["0.187.0", "2024-07-16"], ["0.188.0", "2024-07-31"], ["0.189.0", "2024-08-19"], ["0.190.0", "2024-09-04"], ["0.191.0", "2024-09-26"], ["0.192.0", "2024-10-12"], ["0.193.0", "2024-10-18"], ["0.194.0", "2024-10-22"], ["0.195.0", "2024-12-02"], ["0.196.0", "2024-12-02"], ["0.197.0", "2024-12-03"], ["0.198.0", "2024-12-10"], ["0.199.0", "2024-12-13"], ["0.200.0", "2025-01-08"], ["0.201.0", "2025-01-14"], ["0.202.0", "2025-01-23"], ["0.203.0", "2025-01-29"], ["0.204.0", "2025-02-13"], ["0.205.0", "2025-02-28"], ["0.206.0", "2025-03-23"], ["0.207.0", "2025-04-02"], ["0.208.0", "2025-05-12"], ["0.209.0", "2025-06-04"], ["0.210.0", "2025-06-06"], ["0.211.0", "2025-07-18"], ["0.212.0", "2025-07-29"], ["0.213.0", "2025-08-25"], ["0.214.0", "2025-08-26"], ["0.215.0", "2025-10-02"], ["0.216.0", "2025-10-30"], ["0.217.0", "2025-11-11"], ["0.218.0", "2025-11-24"], ["0.219.0", "2025-11-26"], ["0.220.0", "2025-11-30"], ["0.221.0", "2025-12-18"], ["0.222.0", "2026-02-06"], ["0.223.0", "2026-02-13"], ["0.224.0", "2026-03-03"], ["0.225.0", "2026-03-30"], ["0.226.0", "2026-05-01"], ["0.227.0", "2026-05-27"], ["0.228.0", "2026-06-24"], ["0.229.0", "2026-07-01"], ["0.230.0", "2026-08-13"]], root: { "@": "0-213", $ref: [["ClusterConfig"]], type: [["object", "1-213"]] }, definitions: { ARN: { "@": "150-213", $ref: [["github.com|aws|aws-sdk-go-v2|aws|arn.ARN"]] }, AZSubnetMapping: { "@": "14-213", type: [["object"]], additionalPropertiesSchema: { $ref: [["AZSubnetSpec"]] } }, AZSubnetSpec: { "@": "14-213", type: [[["object", "array", "string", "number", "boolean", "null"], "14-213r"], [["object", "null"], "14-213c"]], properties: { az: { type: [["string"]] }, cidr: { $ref: [["github.com|weaveworks|eksctl|pkg|utils|ipnet.IPNet"]] }, id: { type: [["string"]] } }, additionalProperties: [[false, "14-213r"]] }, AccessConfig: { "@": "150-213", type: [[["object", "array", "string", "number", "boolean", "null"], "150-213r"], [["object", "null"], "150-213c"]], properties: { accessEntries: { type: [["array"]], items: { $ref: [["AccessEntry"]] } }, authenticationMode: { $ref: [["github.com|aws|aws-sdk-go-v2|service|eks|types.AuthenticationMode"]] }, bootstrapClusterCreatorAdminPermissions: { type: [["boolean"]] } }, additionalProperties: [[false]] }, AccessEntry: { "@": "150-213", type: [[["object", "array", "string", "number", "boolean", "null"], "150-213r"], [["object", "null"], "150-213c"]], properties: { accessPolicies: { type: [["array"]], items: { $ref: [["AccessPolicy"]] } }, kubernetesGroups: { type: [["array"]], items: { type: [["string"]] } }, kubernetesUsername: { type: [["string"]] }, principalARN: { $ref: [["ARN"]] }, type: { "@": "153-213", type: [["string"]] } }, additionalProperties: [[false]] }, AccessPolicy: { "@": "150-213", type: [[["object", "array", "string", "number", "boolean", "null"], "150-213r"], [["object", "null"], "150-213c"]], properties: { accessScope: { $ref: [["AccessScope"]] }, policyARN: { $ref: [["ARN"]] } }, additionalProperties: [[false]] }, AccessScope: { "@": "150-213", type: [[["object", "array", "string", "number", "boolean", "null"], "150-213r"], [["object", "null"], "150-213c"]], properties: { namespaces: { type: [["array"]], items: { type: [["string"]] } }, type: { $ref: [["github.com|aws|aws-sdk-go-v2|service|eks|types.AccessScopeType", "153-213"]], type: [["string", "150-152"]] } }, additionalProperties: [[false]] }, Addon: { "@": "15-213", type: [[["object", "array", "string", "number", "boolean", "null"], "15-213r"], [["object", "null"], "15-213c"]], required: [["name"]], properties: { attachPolicy: { $ref: [["InlineDocument"]] }, attachPolicyARNs: { type: [["array"]], items: { type: [["string"]] } }, name: { type: [["string"]] }, serviceAccountRoleARN: { type: [["string"]] }, version: { type: [["string"]] }, permissionsBoundary: { "@": "23-213", type: [["string"]] }, tags: { "@": "25-213", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, wellKnownPolicies: { "@": "51-213", $ref: [["WellKnownPolicies"]] }, resolveConflicts: { "@": "100-213", $ref: [["github.com|aws|aws-sdk-go-v2|service|eks|types.ResolveConflicts"]] }, owners: { "@": "106-213", type: [["array"]], items: { type: [["string"]] } }, publishers: { "@": "106-213", type: [["array"]], items: { type: [["string"]] } }, types: { "@": "106-213", type: [["array"]], items: { type: [["string"]] } }, configurationValues: { "@": "107-213", type: [["string"]] }, podIdentityAssociations: { "@": "164-213", type: [["array"]], items: { $ref: [["PodIdentityAssociation"]] } }, useDefaultPodIdentityAssociations: { "@": "164-213", type: [["boolean"]] }, namespaceConfig: { "@": "196-213", $ref: [["AddonNamespaceConfig"]] } }, additionalProperties: [[false]] }, AddonNamespaceConfig: { "@": "196-213", type: [[["object", "array", "string", "number", "boolean", "null"], "196-213r"], [["object", "null"], "196-213c"]], properties: { namespace: { type: [["string"]] } }, additionalProperties: [[false]] }, AddonsConfig: { "@": "164-213", type: [[["object", "array", "string", "number", "boolean", "null"], "164-213r"], [["object", "null"], "164-213c"]], properties: { autoApplyPodIdentityAssociations: { type: [["boolean"]] }, disableDefaultAddons: { "@": "167-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, ArgoCDAWSIDC: { "@": "203-213", type: [[["object", "array", "string", "number", "boolean", "null"], "203-213r"], [["object", "null"], "203-213c"]], required: [["idcInstanceArn"]], properties: { idcInstanceArn: { type: [["string"]] }, idcRegion: { type: [["string"]] } }, additionalProperties: [[false]] }, ArgoCDConfiguration: { "@": "203-213", type: [[["object", "array", "string", "number", "boolean", "null"], "203-213r"], [["object", "null"], "203-213c"]], properties: { awsIdc: { $ref: [["ArgoCDAWSIDC"]] }, namespace: { type: [["string"]] }, networkAccess: { $ref: [["ArgoCDNetworkAccess"]] }, rbacRoleMappings: { type: [["array"]], items: { $ref: [["ArgoCDRoleMapping"]] } } }, additionalProperties: [[false]] }, ArgoCDNetworkAccess: { "@": "203-213", type: [[["object", "array", "string", "number", "boolean", "null"], "203-213r"], [["object", "null"], "203-213c"]], properties: { vpceIds: { type: [["array"]], items: { type: [["string"]] } } }, additionalProperties: [[false]] }, ArgoCDRoleMapping: { "@": "203-213", type: [[["object", "array", "string", "number", "boolean", "null"], "203-213r"], [["object", "null"], "203-213c"]], required: [["role"], ["identities"]], properties: { identities: { type: [["array"]], items: { $ref: [["SSOIdentity"]] } }, role: { type: [["string"]] } }, additionalProperties: [[false]] }, AutoModeConfig: { "@": "178-213", type: [[["object", "array", "string", "number", "boolean", "null"], "178-213r"], [["object", "null"], "178-213c"]], properties: { enabled: { type: [["boolean"]] }, nodePools: { type: [["array"]], items: { type: [["string"]] } }, nodeRoleARN: { $ref: [["ARN"]] }, permissionsBoundaryARN: { "@": "189-213", $ref: [["ARN"]] } }, additionalProperties: [[false]] }, Capability: { "@": "203-213", type: [[["object", "array", "string", "number", "boolean", "null"], "203-213r"], [["object", "null"], "203-213c"]], required: [["name"], ["type"]], properties: { accessPolicies: { type: [["array"]], items: { $ref: [["AccessPolicy"]] } }, attachPolicy: { $ref: [["InlineDocument"]] }, attachPolicyARNs: { type: [["array"]], items: { type: [["string"]] } }, configuration: { $ref: [["CapabilityConfiguration"]] }, deletePropagationPolicy: { type: [["string"]] }, name: { type: [["string"]] }, permissionsBoundary: { type: [["string"]] }, roleArn: { type: [["string"]] }, tags: { type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, type: { type: [["string"]] } }, additionalProperties: [[false]] }, CapabilityConfiguration: { "@": "203-213", type: [[["object", "array", "string", "number", "boolean", "null"], "203-213r"], [["object", "null"], "203-213c"]], properties: { argocd: { $ref: [["ArgoCDConfiguration"]] } }, additionalProperties: [[false]] }, CapacityReservation: { "@": "91-213", type: [[["object", "array", "string", "number", "boolean", "null"], "91-213r"], [["object", "null"], "91-213c"]], properties: { capacityReservationPreference: { type: [["string"]] }, capacityReservationTarget: { $ref: [["CapacityReservationTarget"]] } }, additionalProperties: [[false]] }, CapacityReservationTarget: { "@": "91-213", type: [[["object", "array", "string", "number", "boolean", "null"], "91-213r"], [["object", "null"], "91-213c"]], properties: { capacityReservationID: { type: [["string"]] }, capacityReservationResourceGroupARN: { type: [["string"]] } }, additionalProperties: [[false]] }, ClusterCloudWatch: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { clusterLogging: { $ref: [["ClusterCloudWatchLogging"]] } }, additionalProperties: [[false]] }, ClusterCloudWatchLogging: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { enableTypes: { type: [["array"]], items: { type: [["string"]], enum: { v: [["api"], ["audit"], ["authenticator"], ["controllerManager"], ["scheduler"], ["all", "32-213"], ["*", "32-213"]], "@": "5-213" } } }, logRetentionInDays: { "@": "57-213", type: [["integer"]] } }, additionalProperties: [[false]] }, ClusterConfig: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], required: [["metadata"], ["kind", "4-213"], ["apiVersion", "4-213"]], properties: { kind: { type: [["string"]], enum: { v: [["ClusterConfig"]], "@": "4-213" } }, apiVersion: { type: [["string"]], enum: { v: [["eksctl.io/v1alpha5"]], "@": "4-213" } }, metadata: { $ref: [["ClusterMeta"]] }, iam: { $ref: [["ClusterIAM"]] }, vpc: { $ref: [["ClusterVPC"]] }, nodeGroups: { type: [["array"]], items: { $ref: [["NodeGroup"]] } }, managedNodeGroups: { type: [["array"]], items: { $ref: [["ManagedNodeGroup"]] } }, fargateProfiles: { type: [["array"]], items: { $ref: [["FargateProfile"]] } }, availabilityZones: { type: [["array"]], items: { type: [["string"]] } }, cloudWatch: { $ref: [["ClusterCloudWatch"]] }, secretsEncryption: { $ref: [["SecretsEncryption"]] }, status: { "@": "0-25", $ref: [["ClusterStatus"]] }, git: { "@": "0-60", $ref: [["Git"]] }, privateCluster: { "@": "3-213", $ref: [["PrivateCluster"]] }, kubernetesNetworkConfig: { "@": "9-213", $ref: [["KubernetesNetworkConfig"]] }, addons: { "@": "15-213", type: [["array"]], items: { $ref: [["Addon"]] } }, gitops: { "@": "22-213", $ref: [["GitOps"]] }, identityProviders: { "@": "22-213", type: [["array"]], items: { $ref: [["IdentityProvider"]] } }, karpenter: { "@": "64-213", $ref: [["Karpenter"]] }, localZones: { "@": "80-213", type: [["array"]], items: { type: [["string"]] } }, iamIdentityMappings: { "@": "95-213", type: [["array"]], items: { $ref: [["IAMIdentityMapping"]] } }, outpost: { "@": "95-213", $ref: [["Outpost"]] }, accessConfig: { "@": "150-213", $ref: [["AccessConfig"]] }, addonsConfig: { "@": "164-213", $ref: [["AddonsConfig"]] }, zonalShiftConfig: { "@": "178-213,177c", $ref: [["ZonalShiftConfig"]] }, autoModeConfig: { "@": "178-213", $ref: [["AutoModeConfig"]] }, remoteNetworkConfig: { "@": "178-213", $ref: [["RemoteNetworkConfig"]] }, upgradePolicy: { "@": "199-213", $ref: [["UpgradePolicy"]] }, controlPlaneScalingConfig: { "@": "201-213", $ref: [["ControlPlaneScalingConfig"]] }, capabilities: { "@": "203-213", type: [["array"]], items: { $ref: [["Capability"]] } }, kubeAPIServerConfig: { "@": "213", $ref: [["KubeAPIServerConfig"]] }, kubeControllerManagerConfig: { "@": "213", $ref: [["KubeControllerManagerConfig"]] }, kubeSchedulerConfig: { "@": "213", $ref: [["KubeSchedulerConfig"]] } }, additionalProperties: [[false]] }, ClusterEndpoints: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { privateAccess: { type: [["boolean"]] }, publicAccess: { type: [["boolean"]] } }, additionalProperties: [[false]] }, ClusterIAM: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { serviceRoleARN: { type: [["string"]] }, serviceRolePermissionsBoundary: { type: [["string"]] }, fargatePodExecutionRoleARN: { type: [["string"]] }, fargatePodExecutionRolePermissionsBoundary: { type: [["string"]] }, withOIDC: { type: [["boolean"]] }, serviceAccounts: { type: [["array"]], items: { $ref: [["ClusterIAMServiceAccount"]] } }, vpcResourceControllerPolicy: { "@": "6-213", type: [["boolean"]] }, podIdentityAssociations: { "@": "148-213", type: [["array"]], items: { $ref: [["PodIdentityAssociation"]] } } }, additionalProperties: [[false]] }, ClusterIAMMeta: { "@": "0,23-213,1-22c", type: [["object", "0"], [["object", "null"], "1-213c"], [["object", "array", "string", "number", "boolean", "null"], "23-213r"]], properties: { name: { type: [["string"]] }, namespace: { type: [["string"]] }, labels: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "23-213,1-22c", type: [["string"]] } }, annotations: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "23-213,1-22c", type: [["string"]] } } }, additionalProperties: [[false]] }, ClusterIAMServiceAccount: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { metadata: { "@": "0,23-213,1-22c", $ref: [["ClusterIAMMeta"]] }, attachPolicyARNs: { type: [["array"]], items: { type: [["string"]] } }, attachPolicy: { $ref: [["InlineDocument", "1-213"]], type: [["object", "0"]], patternProperties: { ".*": { "@": "0" } } }, permissionsBoundary: { type: [["string"]] }, status: { $ref: [["ClusterIAMServiceAccountStatus"]] }, tags: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, annotations: { "@": "1-22r", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, labels: { "@": "1-22r", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, name: { "@": "1-22r", type: [["string"]] }, namespace: { "@": "1-22r", type: [["string"]] }, roleName: { "@": "18-213", type: [["string"]] }, roleOnly: { "@": "22-213", type: [["boolean"]] }, wellKnownPolicies: { "@": "22-213", $ref: [["WellKnownPolicies"]] }, attachRoleARN: { "@": "25-213", type: [["string"]] }, subjectPattern: { "@": "205-213", type: [["string"]] } }, additionalProperties: [[false]] }, ClusterIAMServiceAccountStatus: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { roleARN: { type: [["string"]] }, capabilities: { "@": "149-213", type: [["array"]], items: { type: [["string"]] } }, stackName: { "@": "149-213", type: [["string"]] }, tags: { "@": "149-213", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } } }, additionalProperties: [[false]] }, ClusterMeta: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], required: [["name"], ["region"]], properties: { name: { type: [["string"]] }, region: { type: [["string"]] }, version: { type: [["string"]], enum: { v: [["1.14", "4-40r"], ["1.15", "4-40r"], ["1.16", "4-51r"], ["1.17", "4-59r"], ["1.18", "12-75r"], ["1.19", "22-91r"], ["1.20", "35-109r"], ["1.21", "42-113r"], ["1.22", "75-133r"], ["1.23", "92-184r"], ["1.24", "103-184r"], ["1.25", "115-184r"], ["1.26", "121-184r"], ["1.27", "126-184r"], ["1.28", "143-184r"], ["1.29", "152-184r"], ["1.30", "162-184r"], ["1.31", "174-184r"]], "@": "4-184r" } }, tags: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, annotations: { "@": "9-213", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, forceUpdateVersion: { "@": "190-213", type: [["boolean"]] }, rollbackConfig: { "@": "212-213", $ref: [["RollbackConfig"]] } }, additionalProperties: [[false]] }, ClusterNAT: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { gateway: { type: [["string"]], enum: { v: [["HighlyAvailable"], ["Single"], ["Disable"]], "@": "4-213" } } }, additionalProperties: [[false]] }, ClusterStatus: { "@": "0-25", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-25r"], [["object", "null"], "1-25c"]], properties: { endpoint: { type: [["string"]] }, certificateAuthorityData: { type: [["string", "0"], ["array", "1-25"]], items: { "@": "1-25", type: [["string"]] } }, arn: { type: [["string"]] }, stackName: { type: [["string"]] }, eksctlCreated: { "@": "14-25", $ref: [["EKSCTLCreated"]] } }, additionalProperties: [[false]] }, ClusterSubnets: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { private: { $ref: [["AZSubnetMapping", "14-213"]], type: [["object", "0-13"]], patternProperties: { ".*": { "@": "0", $ref: [["Network"]] } }, additionalPropertiesSchema: { "@": "1-13", $ref: [["Network"]] } }, public: { $ref: [["AZSubnetMapping", "14-213"]], type: [["object", "0-13"]], patternProperties: { ".*": { "@": "0", $ref: [["Network"]] } }, additionalPropertiesSchema: { "@": "1-13", $ref: [["Network"]] } } }, additionalProperties: [[false]] }, ClusterVPC: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { id: { type: [["string"]] }, cidr: { $ref: [["github.com|weaveworks|eksctl|pkg|utils|ipnet.IPNet", "1-213"]], type: [["string", "0"]] }, securityGroup: { type: [["string"]] }, subnets: { $ref: [["ClusterSubnets"]] }, extraCIDRs: { type: [["array"]], items: { $ref: [["github.com|weaveworks|eksctl|pkg|utils|ipnet.IPNet", "1-41"]], type: [["string", "0,42-213"]] } }, sharedNodeSecurityGroup: { type: [["string"]] }, autoAllocateIPv6: { type: [["boolean"]] }, nat: { $ref: [["ClusterNAT"]] }, clusterEndpoints: { $ref: [["ClusterEndpoints"]] }, publicAccessCIDRs: { type: [["array"]], items: { type: [["string"]] } }, manageSharedNodeSecurityGroupRules: { "@": "26-213", type: [["boolean"]] }, extraIPv6CIDRs: { "@": "63-213", type: [["array"]], items: { type: [["string"]] } }, ipv6Cidr: { "@": "63-213", type: [["string"]] }, ipv6Pool: { "@": "63-213", type: [["string"]] }, hostnameType: { "@": "127-213", type: [["string"]] }, controlPlaneSecurityGroupIDs: { "@": "147-213", type: [["array"]], items: { type: [["string"]] } }, controlPlaneSubnetIDs: { "@": "147-213", type: [["array"]], items: { type: [["string"]] } }, controlPlaneEgressMode: { "@": "211-213", type: [["string"]] } }, additionalProperties: [[false]] }, ControlPlaneScalingConfig: { "@": "201-213", type: [[["object", "array", "string", "number", "boolean", "null"], "201-213r"], [["object", "null"], "201-213c"]], properties: { tier: { type: [["string"]] } }, additionalProperties: [[false]] }, EKSCTLCreated: { "@": "14-25", type: [["string"]] }, FargateProfile: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], required: [["name"]], properties: { name: { type: [["string"]] }, podExecutionRoleARN: { type: [["string"]] }, selectors: { type: [["array"]], items: { $ref: [["FargateProfileSelector"]] } }, subnets: { type: [["array"]], items: { type: [["string"]] } }, tags: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, status: { "@": "16-213", type: [["string"]] } }, additionalProperties: [[false]] }, FargateProfileSelector: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], required: [["namespace"]], properties: { namespace: { type: [["string"]] }, labels: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } } }, additionalProperties: [[false]] }, Flux: { "@": "22-213", type: [[["object", "array", "string", "number", "boolean", "null"], "22-213r"], [["object", "null"], "22-213c"]], properties: { authTokenPath: { "@": "22-36", type: [["string"]] }, branch: { "@": "22-36", type: [["string"]] }, gitProvider: { type: [["string"]] }, kubeconfig: { "@": "22-36", type: [["string"]] }, namespace: { "@": "22-36", type: [["string"]] }, owner: { "@": "22-36", type: [["string"]] }, path: { "@": "22-36", type: [["string"]] }, personal: { "@": "22-36", type: [["boolean"]] }, repository: { "@": "22-36", type: [["string"]] }, flags: { "@": "37-213", $ref: [["FluxFlags"]] } }, additionalProperties: [[false]] }, FluxFlags: { "@": "37-213", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, Git: { "@": "0-60", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-60r"], [["object", "null"], "1-60c"]], properties: { repo: { $ref: [["Repo"]] }, operator: { $ref: [["Operator"]] }, bootstrapProfile: { $ref: [["Profile"]] } }, additionalProperties: [[false]] }, GitOps: { "@": "22-213", type: [[["object", "array", "string", "number", "boolean", "null"], "22-213r"], [["object", "null"], "22-213c"]], properties: { flux: { $ref: [["Flux"]] } }, additionalProperties: [[false]] }, HorizontalPodAutoscalerControllerConfig: { "@": "213", type: [[["object", "array", "string", "number", "boolean", "null"], "213r"], [["object", "null"], "213c"]], properties: { horizontalPodAutoscalerSyncPeriod: { type: [["string"]] } }, additionalProperties: [[false]] }, IAMIdentityMapping: { "@": "95-213", type: [[["object", "array", "string", "number", "boolean", "null"], "95-213r"], [["object", "null"], "95-213c"]], properties: { account: { type: [["string"]] }, arn: { type: [["string"]] }, groups: { type: [["array"]], items: { type: [["string"]] } }, namespace: { type: [["string"]] }, noDuplicateARNs: { type: [["boolean"]] }, serviceName: { type: [["string"]] }, username: { type: [["string"]] } }, additionalProperties: [[false]] }, IdentityProvider: { "@": "22-213", type: [[["object", "array", "string", "number", "boolean", "null"], "22-213r"], ["object", "22-213c"]], required: [["type"], ["name", "22-213c"], ["issuerURL", "22-213c"], ["clientID", "22-213c"]], properties: { type: { type: [["string"]], enum: { v: [["oidc"]] } }, clientID: { "@": "22-213c", type: [["string"]] }, groupsClaim: { "@": "22-213c", type: [["string"]] }, groupsPrefix: { "@": "22-213c", type: [["string"]] }, issuerURL: { "@": "22-213c", type: [["string"]] }, name: { "@": "22-213c", type: [["string"]] }, requiredClaims: { "@": "22-213c", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, tags: { "@": "22-213c", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, usernameClaim: { "@": "22-213c", type: [["string"]] }, usernamePrefix: { "@": "22-213c", type: [["string"]] } }, oneOf: { v: [{ $ref: [["OIDCIdentityProvider"]] }], "@": "22-213r" } }, InlineDocument: { "@": "1-213", type: [["object"]], additionalPropertiesSchema: {} }, InstanceMarketOptions: { "@": "188-213", type: [[["object", "array", "string", "number", "boolean", "null"], "188-213r"], [["object", "null"], "188-213c"]], properties: { marketType: { type: [["string"]] } }, additionalProperties: [[false]] }, InstanceSelector: { "@": "28-213", type: [[["object", "array", "string", "number", "boolean", "null"], "28-213r"], [["object", "null"], "28-213c"]], properties: { cpuArchitecture: { type: [["string"]], enum: { v: [["x86_64"], ["amd64"], ["arm64"]] } }, gpus: { type: [["integer"]] }, memory: { type: [["string"]] }, vCPUs: { type: [["integer"]] }, allow: { "@": "188-213", type: [["string"]] }, deny: { "@": "188-213", type: [["string"]] }, neuron_devices: { "@": "188-213", type: [["integer"]] } }, additionalProperties: [[false]] }, Karpenter: { "@": "64-213", type: [[["object", "array", "string", "number", "boolean", "null"], "64-213r"], [["object", "null"], "64-213c"]], required: [["version"]], properties: { createServiceAccount: { type: [["boolean"]] }, version: { type: [["string"]] }, defaultInstanceProfile: { "@": "68-213", type: [["string"]] }, withSpotInterruptionQueue: { "@": "120-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, KubeAPIServerConfig: { "@": "213", type: [[["object", "array", "string", "number", "boolean", "null"], "213r"], [["object", "null"], "213c"]], properties: { eventTTL: { type: [["string"]] }, serviceNodePortRange: { $ref: [["ServiceNodePortRange"]] } }, additionalProperties: [[false]] }, KubeControllerManagerConfig: { "@": "213", type: [[["object", "array", "string", "number", "boolean", "null"], "213r"], [["object", "null"], "213c"]], properties: { horizontalPodAutoscalerControllerConfig: { $ref: [["HorizontalPodAutoscalerControllerConfig"]] } }, additionalProperties: [[false]] }, KubeSchedulerConfig: { "@": "213", type: [[["object", "array", "string", "number", "boolean", "null"], "213r"], [["object", "null"], "213c"]], properties: { nodeResourcesFit: { $ref: [["NodeResourcesFitConfig"]] } }, additionalProperties: [[false]] }, KubernetesNetworkConfig: { "@": "9-213", type: [[["object", "array", "string", "number", "boolean", "null"], "9-213r"], [["object", "null"], "9-213c"]], properties: { serviceIPv4CIDR: { type: [["string"]] }, ipFamily: { "@": "63-213", type: [["string"]], enum: { v: [["IPv4"], ["IPv6"]] } }, serviceIPv6CIDR: { "@": "184-213", type: [["string"]] } }, additionalProperties: [[false]] }, LaunchTemplate: { "@": "5-213", type: [[["object", "array", "string", "number", "boolean", "null"], "5-213r"], [["object", "null"], "5-213c"]], required: [["id"]], properties: { id: { type: [["string"]] }, version: { type: [["string"]] } }, additionalProperties: [[false]] }, ManagedNodeGroup: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], required: [["name"]], properties: { name: { type: [["string"]] }, amiFamily: { type: [["string"]], pattern: [["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2004[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]20[Hh]2[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "69-91c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "92-98c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "99-154c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "155-158c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "159c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "160-183c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "184-190c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "191-201c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "202-204c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "205-208c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2604|[Uu][bB][uU][nN][tT][uU]2604|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "209-212c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2604|[Uu][bB][uU][nN][tT][uU]2604|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT][Ff][iI][pP][sS]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "213c"]], enum: { v: [["AmazonLinux2"], ["Ubuntu2004"], ["Ubuntu1804", "13-68,69-190r"], ["Bottlerocket"], ["WindowsServer2019CoreContainer"], ["WindowsServer2019FullContainer"], ["WindowsServer1909CoreContainer", "13-26"], ["WindowsServer2004CoreContainer", "13-68,69-91r"], ["WindowsServer20H2CoreContainer", "57-68,69-91r"], ["WindowsServer2022CoreContainer", "99-213r"], ["WindowsServer2022FullContainer", "99-213r"], ["Ubuntu2204", "155-213r"], ["AmazonLinux2023", "159-213r"], ["UbuntuPro2204", "160-213r"], ["UbuntuPro2404", "184-213r"], ["Ubuntu2404", "184-213r"], ["UbuntuPro2004", "191-213r"], ["WindowsServer2025CoreContainer", "205-213r"], ["WindowsServer2025FullContainer", "205-213r"], ["UbuntuPro2604", "209-213r"], ["Ubuntu2604", "209-213r"], ["BottlerocketFips", "213r"]], "@": "13-68,69-213r" } }, instanceType: { type: [["string"]] }, desiredCapacity: { type: [["integer"]] }, minSize: { type: [["integer"]] }, maxSize: { type: [["integer"]] }, volumeSize: { type: [["integer"]] }, availabilityZones: { type: [["array"]], items: { type: [["string"]] } }, ssh: { $ref: [["NodeGroupSSH"]] }, labels: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, privateNetworking: { type: [["boolean"]] }, tags: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, iam: { $ref: [["NodeGroupIAM"]] }, ami: { "@": "5-213", type: [["string"]] }, disableIMDSv1: { "@": "5-213", type: [["boolean"]] }, ebsOptimized: { "@": "5-213", type: [["boolean"]] }, instanceName: { "@": "5-213", type: [["string"]] }, instancePrefix: { "@": "5-213", type: [["string"]] }, launchTemplate: { "@": "5-213", $ref: [["LaunchTemplate"]] }, maxPodsPerNode: { "@": "5-213", type: [["integer"]] }, overrideBootstrapCommand: { "@": "5-213", type: [["string"]] }, preBootstrapCommands: { "@": "5-213", type: [["array"]], items: { type: [["string"]] } }, securityGroups: { "@": "5-213", $ref: [["NodeGroupSGs"]] }, volumeEncrypted: { "@": "5-213", type: [["boolean"]] }, volumeIOPS: { "@": "5-213", type: [["integer"]] }, volumeKmsKeyID: { "@": "5-213", type: [["string"]] }, volumeName: { "@": "5-213", type: [["string"]] }, volumeType: { "@": "5-213", type: [["string"]], enum: { v: [["gp2"], ["io1"], ["sc1"], ["st1"], ["gp3", "21-213"], ["io2", "187-213"]] } }, asgSuspendProcesses: { "@": "6-213", type: [["array"]], items: { type: [["string"]] } }, disablePodIMDS: { "@": "7-213", type: [["boolean"]] }, placement: { "@": "9-213", $ref: [["Placement"]] }, subnets: { "@": "14-213", type: [["array"]], items: { type: [["string"]] } }, instanceTypes: { "@": "15-213", type: [["array"]], items: { type: [["string"]] } }, spot: { "@": "15-213", type: [["boolean"]] }, volumeThroughput: { "@": "21-213", type: [["integer"]] }, efaEnabled: { "@": "24-213", type: [["boolean"]] }, instanceSelector: { "@": "28-213", $ref: [["InstanceSelector"]] }, releaseVersion: { "@": "29-213", type: [["string"]] }, taints: { "@": "34-213", type: [["array"]], items: { $ref: [["NodeGroupTaint"]] } }, bottlerocket: { "@": "37-213", $ref: [["NodeGroupBottlerocket"]] }, updateConfig: { "@": "40-213", $ref: [["NodeGroupUpdateConfig"]] }, enableDetailedMonitoring: { "@": "52-213", type: [["boolean"]] }, additionalVolumes: { "@": "66-213", type: [["array"]], items: { $ref: [["VolumeMapping"]] } }, propagateASGTags: { "@": "78-213", type: [["boolean"]] }, capacityReservation: { "@": "91-213", $ref: [["CapacityReservation"]] }, outpostARN: { "@": "95-213", type: [["string"]] }, nodeRepairConfig: { "@": "182-213", $ref: [["NodeGroupNodeRepairConfig"]] }, instanceMarketOptions: { "@": "188-213", $ref: [["InstanceMarketOptions"]] } }, additionalProperties: [[false, "0-2,5-213,3-4c"]] }, MetricsCollection: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], required: [["granularity"]], properties: { granularity: { type: [["string"]] }, metrics: { type: [["array"]], items: { type: [["string"]] } } }, additionalProperties: [[false]] }, Network: { "@": "0-13", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-13r"], [["object", "null"], "1-13c"]], properties: { id: { type: [["string"]] }, cidr: { $ref: [["github.com|weaveworks|eksctl|pkg|utils|ipnet.IPNet", "1-13"]], type: [["string", "0"]] } }, additionalProperties: [[false]] }, NodeGroup: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], required: [["name"]], properties: { name: { type: [["string"]] }, ami: { type: [["string"]] }, amiFamily: { type: [["string"]], pattern: [["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2004[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]20[Hh]2[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "69-91c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "92-98c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "99-154c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "155-158c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "159c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "160-183c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "184-190c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "191-201c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "202-204c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "205-208c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2604|[Uu][bB][uU][nN][tT][uU]2604|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "209-212c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2604|[Uu][bB][uU][nN][tT][uU]2604|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT][Ff][iI][pP][sS]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "213c"]], enum: { v: [["AmazonLinux2"], ["Ubuntu2004"], ["Ubuntu1804", "13-68,69-190r"], ["Bottlerocket"], ["WindowsServer2019CoreContainer"], ["WindowsServer2019FullContainer"], ["WindowsServer1909CoreContainer", "13-26"], ["WindowsServer2004CoreContainer", "13-68,69-91r"], ["WindowsServer20H2CoreContainer", "57-68,69-91r"], ["WindowsServer2022CoreContainer", "99-213r"], ["WindowsServer2022FullContainer", "99-213r"], ["Ubuntu2204", "155-213r"], ["AmazonLinux2023", "159-213r"], ["UbuntuPro2204", "160-213r"], ["UbuntuPro2404", "184-213r"], ["Ubuntu2404", "184-213r"], ["UbuntuPro2004", "191-213r"], ["WindowsServer2025CoreContainer", "205-213r"], ["WindowsServer2025FullContainer", "205-213r"], ["UbuntuPro2604", "209-213r"], ["Ubuntu2604", "209-213r"], ["BottlerocketFips", "213r"]], "@": "13-68,69-213r" } }, instanceType: { type: [["string"]] }, instancesDistribution: { $ref: [["NodeGroupInstancesDistribution"]] }, instancePrefix: { type: [["string"]] }, instanceName: { type: [["string"]] }, availabilityZones: { type: [["array"]], items: { type: [["string"]] } }, tags: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, privateNetworking: { type: [["boolean"]] }, securityGroups: { $ref: [["NodeGroupSGs"]] }, desiredCapacity: { type: [["integer"]] }, minSize: { type: [["integer"]] }, maxSize: { type: [["integer"]] }, asgMetricsCollection: { type: [["array"]], items: { $ref: [["MetricsCollection"]] } }, ebsOptimized: { type: [["boolean"]] }, volumeSize: { type: [["integer"]] }, volumeType: { type: [["string"]], enum: { v: [["gp2"], ["io1"], ["sc1"], ["st1"], ["gp3", "21-213"], ["io2", "187-213"]], "@": "3-213" } }, volumeName: { type: [["string"]] }, volumeEncrypted: { type: [["boolean"]] }, volumeKmsKeyID: { type: [["string"]] }, volumeIOPS: { type: [["integer"]] }, maxPodsPerNode: { type: [["integer"]] }, labels: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, taints: { $ref: [["taintsWrapper", "36-213"]], type: [["object", "0-35"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-35", type: [["string"]] } }, classicLoadBalancerNames: { type: [["array"]], items: { type: [["string"]] } }, targetGroupARNs: { type: [["array"]], items: { type: [["string"]] } }, ssh: { $ref: [["NodeGroupSSH"]] }, iam: { $ref: [["NodeGroupIAM"]] }, bottlerocket: { $ref: [["NodeGroupBottlerocket"]] }, preBootstrapCommands: { type: [["array"]], items: { type: [["string"]] } }, overrideBootstrapCommand: { type: [["string"]] }, clusterDNS: { type: [["string"]] }, kubeletExtraConfig: { $ref: [["InlineDocument", "1-213"]], type: [["object", "0"]], patternProperties: { ".*": { "@": "0" } } }, cpuCredits: { "@": "3-213", type: [["string"]] }, disableIMDSv1: { "@": "4-213", type: [["boolean"]] }, asgSuspendProcesses: { "@": "6-213", type: [["array"]], items: { type: [["string"]] } }, disablePodIMDS: { "@": "7-213", type: [["boolean"]] }, placement: { "@": "9-213", $ref: [["Placement"]] }, subnets: { "@": "14-213", type: [["array"]], items: { type: [["string"]] } }, volumeThroughput: { "@": "21-213", type: [["integer"]] }, efaEnabled: { "@": "24-213", type: [["boolean"]] }, instanceSelector: { "@": "28-213", $ref: [["InstanceSelector"]] }, updateConfig: { "@": "39-213", $ref: [["NodeGroupUpdateConfig"]] }, containerRuntime: { "@": "45-213", type: [["string"]] }, enableDetailedMonitoring: { "@": "52-213", type: [["boolean"]] }, additionalVolumes: { "@": "66-213", type: [["array"]], items: { $ref: [["VolumeMapping"]] } }, maxInstanceLifetime: { "@": "67-213", type: [["integer"]] }, disableASGTagPropagation: { "@": "68-98", type: [["boolean"]] }, propagateASGTags: { "@": "73-213", type: [["boolean"]] }, localZones: { "@": "80-213", type: [["array"]], items: { type: [["string"]] } }, capacityReservation: { "@": "91-213", $ref: [["CapacityReservation"]] }, outpostARN: { "@": "95-213", type: [["string"]] }, instanceMarketOptions: { "@": "188-213", $ref: [["InstanceMarketOptions"]] }, enclaveEnabled: { "@": "191-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, NodeGroupBottlerocket: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { enableAdminContainer: { type: [["boolean"]] }, settings: { $ref: [["InlineDocument", "1-213"]], type: [["object", "0"]], patternProperties: { ".*": { "@": "0" } } } }, additionalProperties: [[false]] }, NodeGroupIAM: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { attachPolicyARNs: { type: [["array"]], items: { type: [["string"]] } }, instanceProfileARN: { type: [["string"]] }, instanceRoleARN: { type: [["string"]] }, instanceRoleName: { type: [["string"]] }, instanceRolePermissionsBoundary: { type: [["string"]] }, withAddonPolicies: { $ref: [["NodeGroupIAMAddonPolicies"]] }, attachPolicy: { "@": "60-213", $ref: [["InlineDocument"]] } }, additionalProperties: [[false]] }, NodeGroupIAMAddonPolicies: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { imageBuilder: { type: [["boolean"]] }, autoScaler: { type: [["boolean"]] }, externalDNS: { type: [["boolean"]] }, certManager: { type: [["boolean"]] }, appMesh: { type: [["boolean"]] }, ebs: { type: [["boolean"]] }, fsx: { type: [["boolean"]] }, efs: { type: [["boolean"]] }, albIngress: { type: [["boolean"]] }, xRay: { type: [["boolean"]] }, cloudWatch: { type: [["boolean"]] }, appMeshPreview: { "@": "1-213", type: [["boolean"]] }, awsLoadBalancerController: { "@": "67-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, NodeGroupInstancesDistribution: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], required: [["instanceTypes"]], properties: { instanceTypes: { type: [["array"]], items: { type: [["string"]] } }, maxPrice: { type: [["number"]] }, onDemandBaseCapacity: { type: [["integer"]] }, onDemandPercentageAboveBaseCapacity: { type: [["integer"]] }, spotInstancePools: { type: [["integer"]] }, spotAllocationStrategy: { type: [["string"]] }, capacityRebalance: { "@": "25-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, NodeGroupNodeRepairConfig: { "@": "182-213", type: [[["object", "array", "string", "number", "boolean", "null"], "182-213r"], [["object", "null"], "182-213c"]], properties: { enabled: { type: [["boolean"]] }, maxParallelNodesRepairedCount: { "@": "200-213", type: [["integer"]] }, maxParallelNodesRepairedPercentage: { "@": "200-213", type: [["integer"]] }, maxUnhealthyNodeThresholdCount: { "@": "200-213", type: [["integer"]] }, maxUnhealthyNodeThresholdPercentage: { "@": "200-213", type: [["integer"]] }, nodeRepairConfigOverrides: { "@": "200-213", type: [["array"]], items: { $ref: [["NodeRepairConfigOverride"]] } } }, additionalProperties: [[false]] }, NodeGroupSGs: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { attachIDs: { type: [["array"]], items: { type: [["string"]] } }, withShared: { type: [["boolean"]] }, withLocal: { type: [["boolean"]] } }, additionalProperties: [[false]] }, NodeGroupSSH: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], properties: { allow: { type: [["boolean"]] }, publicKeyPath: { type: [["string"]] }, publicKey: { type: [["string"]] }, publicKeyName: { type: [["string"]] }, sourceSecurityGroupIds: { type: [["array"]], items: { type: [["string"]] } }, enableSsm: { "@": "13-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, NodeGroupTaint: { "@": "34-213", type: [[["object", "array", "string", "number", "boolean", "null"], "34-213r"], [["object", "null"], "34-213c"]], properties: { effect: { $ref: [["k8s.io|api|core|v1.TaintEffect"]] }, key: { type: [["string"]] }, value: { type: [["string"]] } }, additionalProperties: [[false]] }, NodeGroupUpdateConfig: { "@": "39-213", type: [[["object", "array", "string", "number", "boolean", "null"], "39-213r"], [["object", "null"], "39-213c"]], properties: { maxUnavailable: { type: [["integer"]] }, maxUnavailablePercentage: { type: [["integer"]] } }, additionalProperties: [[false]] }, NodeRepairConfigOverride: { "@": "200-213", type: [[["object", "array", "string", "number", "boolean", "null"], "200-213r"], [["object", "null"], "200-213c"]], properties: { minRepairWaitTimeMins: { type: [["integer"]] }, nodeMonitoringCondition: { type: [["string"]] }, nodeUnhealthyReason: { type: [["string"]] }, repairAction: { type: [["string"]] } }, additionalProperties: [[false]] }, NodeResourcesFitConfig: { "@": "213", type: [[["object", "array", "string", "number", "boolean", "null"], "213r"], [["object", "null"], "213c"]], properties: { scoringStrategy: { $ref: [["ScoringStrategy"]] } }, additionalProperties: [[false]] }, OIDCIdentityProvider: { "@": "22-213", type: [[["object", "array", "string", "number", "boolean", "null"], "22-213r"], [["object", "null"], "22-213c"]], required: [["name"], ["issuerURL"], ["clientID"]], properties: { clientID: { type: [["string"]] }, groupsClaim: { type: [["string"]] }, groupsPrefix: { type: [["string"]] }, issuerURL: { type: [["string"]] }, name: { type: [["string"]] }, requiredClaims: { type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, tags: { type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, usernameClaim: { type: [["string"]] }, usernamePrefix: { type: [["string"]] } }, additionalProperties: [[false]] }, Operator: { "@": "0-60", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-60r"], [["object", "null"], "1-60c"]], properties: { label: { type: [["string"]] }, namespace: { type: [["string"]] }, withHelm: { type: [["boolean"]] }, commitOperatorManifests: { "@": "1-60", type: [["boolean"]] }, readOnly: { "@": "1-60", type: [["boolean"]] }, additionalFluxArgs: { "@": "14-60", type: [["array"]], items: { type: [["string"]] } }, additionalHelmOperatorArgs: { "@": "14-60", type: [["array"]], items: { type: [["string"]] } } }, additionalProperties: [[false]] }, Outpost: { "@": "95-213", type: [[["object", "array", "string", "number", "boolean", "null"], "95-213r"], [["object", "null"], "95-213c"]], properties: { controlPlaneInstanceType: { type: [["string"]] }, controlPlaneOutpostARN: { type: [["string"]] }, controlPlanePlacement: { "@": "108-213", $ref: [["Placement"]] }, etcdInstanceType: { "@": "212-213", type: [["string"]] }, etcdPlacement: { "@": "212-213", $ref: [["Placement"]] } }, additionalProperties: [[false]] }, Placement: { "@": "9-213", type: [[["object", "array", "string", "number", "boolean", "null"], "9-213r"], [["object", "null"], "9-213c"]], properties: { groupName: { type: [["string"]] }, spreadLevel: { "@": "212-213", type: [["string"]] } }, additionalProperties: [[false]] }, PodIdentityAssociation: { "@": "148-213", type: [[["object", "array", "string", "number", "boolean", "null"], "148-213r"], [["object", "null"], "148-213c"]], properties: { namespace: { type: [["string"]] }, permissionPolicy: { $ref: [["InlineDocument"]] }, permissionPolicyARNs: { type: [["array"]], items: { type: [["string"]] } }, permissionsBoundaryARN: { type: [["string"]] }, roleARN: { type: [["string"]] }, roleName: { type: [["string"]] }, serviceAccountName: { type: [["string"]] }, tags: { type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, wellKnownPolicies: { $ref: [["WellKnownPolicies"]] }, createServiceAccount: { "@": "163-213", type: [["boolean"]] }, disableSessionTags: { "@": "195-213", type: [["boolean"]] }, targetRoleARN: { "@": "195-213", type: [["string"]] }, policy: { "@": "206-213", type: [["string"]] }, permissionPolicyName: { "@": "208-213", type: [["string"]] } }, additionalProperties: [[false]] }, PrivateCluster: { "@": "3-213", type: [[["object", "array", "string", "number", "boolean", "null"], "3-213r"], [["object", "null"], "3-213c"]], properties: { additionalEndpointServices: { type: [["array"]], items: { type: [["string"]], enum: { v: [["cloudformation"], ["autoscaling"], ["logs"]], "@": "5-109" } } }, enabled: { type: [["boolean"]] }, skipEndpointCreation: { "@": "59-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, Profile: { "@": "0-60", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-60r"], [["object", "null"], "1-60c"]], properties: { source: { type: [["string"]] }, revision: { type: [["string"]] }, outputPath: { type: [["string"]] } }, additionalProperties: [[false]] }, RemoteNetwork: { "@": "178-213", type: [[["object", "array", "string", "number", "boolean", "null"], "178-213r"], [["object", "null"], "178-213c"]], properties: { cidrs: { type: [["array"]], items: { type: [["string"]] } } }, additionalProperties: [[false]] }, RemoteNetworkConfig: { "@": "178-213", type: [[["object", "array", "string", "number", "boolean", "null"], "178-213r"], [["object", "null"], "178-213c"]], required: [["vpcGatewayID", "178-213r"], ["remoteNodeNetworks"]], properties: { iam: { $ref: [["RemoteNodesIAM"]] }, remoteNodeNetworks: { type: [["array"]], items: { $ref: [["RemoteNetwork"]] } }, remotePodNetworks: { type: [["array"]], items: { $ref: [["RemoteNetwork"]] } }, vpcGatewayID: { $ref: [["VPCGateway"]] } }, additionalProperties: [[false]] }, RemoteNodesIAM: { "@": "178-213", type: [[["object", "array", "string", "number", "boolean", "null"], "178-213r"], [["object", "null"], "178-213c"]], properties: { caBundleCert: { type: [["string"]] }, provider: { type: [["string"]] }, roleARN: { type: [["string"]] } }, additionalProperties: [[false]] }, Repo: { "@": "0-60", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-60r"], [["object", "null"], "1-60c"]], properties: { url: { type: [["string"]] }, branch: { type: [["string"]] }, paths: { type: [["array"]], items: { type: [["string"]] } }, fluxPath: { type: [["string"]] }, user: { type: [["string"]] }, email: { type: [["string"]] }, privateSSHKeyPath: { type: [["string"]] } }, additionalProperties: [[false]] }, ResourceWeight: { "@": "213", type: [[["object", "array", "string", "number", "boolean", "null"], "213r"], [["object", "null"], "213c"]], properties: { name: { type: [["string"]] }, weight: { type: [["integer"]] } }, additionalProperties: [[false]] }, RollbackConfig: { "@": "212-213", type: [[["object", "array", "string", "number", "boolean", "null"], "212-213r"], [["object", "null"], "212-213c"]], properties: { timeoutMinutes: { type: [["integer"]] } }, additionalProperties: [[false]] }, SSOIdentity: { "@": "203-213", type: [[["object", "array", "string", "number", "boolean", "null"], "203-213r"], [["object", "null"], "203-213c"]], required: [["id"], ["type"]], properties: { id: { type: [["string"]] }, type: { type: [["string"]] } }, additionalProperties: [[false]] }, ScoringStrategy: { "@": "213", type: [[["object", "array", "string", "number", "boolean", "null"], "213r"], [["object", "null"], "213c"]], properties: { resources: { type: [["array"]], items: { $ref: [["ResourceWeight"]] } }, type: { type: [["string"]] } }, additionalProperties: [[false]] }, SecretsEncryption: { "@": "0-213", type: [["object", "0"], [["object", "array", "string", "number", "boolean", "null"], "1-213r"], [["object", "null"], "1-213c"]], required: [["keyARN"]], properties: { keyARN: { type: [["string"]] } }, additionalProperties: [[false]] }, ServiceNodePortRange: { "@": "213", type: [[["object", "array", "string", "number", "boolean", "null"], "213r"], [["object", "null"], "213c"]], properties: { maxPort: { type: [["integer"]] }, minPort: { type: [["integer"]] } }, additionalProperties: [[false]] }, UpgradePolicy: { "@": "199-213", type: [[["object", "array", "string", "number", "boolean", "null"], "199-213r"], [["object", "null"], "199-213c"]], properties: { supportType: { type: [["string"]], enum: { v: [["STANDARD"], ["EXTENDED"]] } } }, additionalProperties: [[false]] }, VPCGateway: { "@": "178-213", type: [["string"]] }, VolumeMapping: { "@": "66-213", type: [[["object", "array", "string", "number", "boolean", "null"], "66-213r"], [["object", "null"], "66-213c"]], properties: { snapshotID: { type: [["string"]] }, volumeEncrypted: { type: [["boolean"]] }, volumeIOPS: { type: [["integer"]] }, volumeKmsKeyID: { type: [["string"]] }, volumeName: { type: [["string"]] }, volumeSize: { type: [["integer"]] }, volumeThroughput: { type: [["integer"]] }, volumeType: { type: [["string"]], enum: { v: [["gp2"], ["gp3"], ["io1"], ["sc1"], ["st1"], ["io2", "187-213"]] } } }, additionalProperties: [[false]] }, WellKnownPolicies: { "@": "22-213", type: [[["object", "array", "string", "number", "boolean", "null"], "22-213r"], [["object", "null"], "22-213c"]], properties: { autoScaler: { type: [["boolean"]] }, awsLoadBalancerController: { type: [["boolean"]] }, certManager: { type: [["boolean"]] }, externalDNS: { type: [["boolean"]] }, imageBuilder: { type: [["boolean"]] }, ebsCSIController: { "@": "30-213", type: [["boolean"]] }, efsCSIController: { "@": "37-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, ZonalShiftConfig: { "@": "178-213,177c", type: [[["object", "null"], "177-213c"], [["object", "array", "string", "number", "boolean", "null"], "178-213r"]], properties: { enabled: { type: [["boolean"]] } }, additionalProperties: [[false]] }, "github.com|aws|aws-sdk-go-v2|aws|arn.ARN": { "@": "150-213" }, "github.com|aws|aws-sdk-go-v2|service|eks|types.AccessScopeType": { "@": "153-213", type: [["string"]] }, "github.com|aws|aws-sdk-go-v2|service|eks|types.AuthenticationMode": { "@": "150-213", type: [["string"]] }, "github.com|aws|aws-sdk-go-v2|service|eks|types.ResolveConflicts": { "@": "100-213", type: [["string"]] }, "github.com|weaveworks|eksctl|pkg|utils|ipnet.IPNet": { "@": "1-213", type: [["string"]] }, "k8s.io|api|core|v1.TaintEffect": { "@": "34-213", type: [["string"]] }, taintsWrapper: { "@": "36-213", type: [["array", "36-213r"], [["array", "object"], "36-213c"]], additionalPropertiesSchema: { "@": "36-213c", type: [["string"]] }, items: { $ref: [["NodeGroupTaint"]] } } } };
  }
});

// src/schemas/normalize.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function normalizeNode(raw, at) {
  if (!isObject(raw)) throw new SchemaFormatError(`${at}: a schema must be an object`);
  const out = {};
  for (const [key, value] of Object.entries(raw)) {
    if (DROPPED.has(key)) continue;
    if (!KEPT.has(key)) throw new SchemaFormatError(`${at}: unsupported keyword "${key}"`);
    switch (key) {
      case "$ref":
        if (typeof value !== "string" || !value.startsWith(DEFINITIONS_PREFIX))
          throw new SchemaFormatError(`${at}/$ref: only local "#/definitions/…" references are supported`);
        out.$ref = value;
        break;
      case "type":
        if (typeof value !== "string" && !(Array.isArray(value) && value.every((t) => typeof t === "string")))
          throw new SchemaFormatError(`${at}/type: expected a string or a list of strings`);
        out.type = value;
        break;
      case "pattern":
        if (typeof value !== "string") throw new SchemaFormatError(`${at}/pattern: expected a string`);
        out.pattern = value;
        break;
      case "enum":
      case "required":
        if (!Array.isArray(value)) throw new SchemaFormatError(`${at}/${key}: expected a list`);
        out[key] = [...value];
        break;
      case "properties":
      case "patternProperties": {
        if (!isObject(value)) throw new SchemaFormatError(`${at}/${key}: expected an object`);
        const props = {};
        for (const [name, sub] of Object.entries(value)) props[name] = normalizeNode(sub, `${at}/${key}/${name}`);
        out[key] = props;
        break;
      }
      case "additionalProperties":
        out.additionalProperties = typeof value === "boolean" ? value : normalizeNode(value, `${at}/additionalProperties`);
        break;
      case "items":
        if (Array.isArray(value)) throw new SchemaFormatError(`${at}/items: tuple items are not supported`);
        out.items = normalizeNode(value, `${at}/items`);
        break;
      case "oneOf":
      case "anyOf":
        if (!Array.isArray(value)) throw new SchemaFormatError(`${at}/${key}: expected a list`);
        out[key] = value.map((sub, i) => normalizeNode(sub, `${at}/${key}/${i}`));
        break;
    }
  }
  if (out.additionalProperties === true) delete out.additionalProperties;
  if (out.type === void 0 && (out.items !== void 0 || OBJECT_KEYWORDS.some((k) => out[k] !== void 0)))
    return { type: [...ANY_TYPE], ...out };
  return out;
}
function normalizeSchema(raw) {
  if (!isObject(raw)) throw new SchemaFormatError("the schema document must be a JSON object");
  const { definitions, ...rest } = raw;
  if (!isObject(definitions)) throw new SchemaFormatError('the schema document has no "definitions" object');
  const root = normalizeNode(rest, "#");
  if (typeof root.$ref !== "string") throw new SchemaFormatError('the schema root has no "$ref"');
  const defs = {};
  for (const [name, def] of Object.entries(definitions)) defs[name] = normalizeNode(def, `#/definitions/${name}`);
  return { root, definitions: defs };
}
function toJsonSchema(schema) {
  return { $schema: DRAFT_07, ...schema.root, definitions: schema.definitions };
}
var ANY_TYPE, OBJECT_KEYWORDS, DRAFT_07, DEFINITIONS_PREFIX, KEPT, DROPPED, SchemaFormatError;
var init_normalize = __esm({
  "src/schemas/normalize.ts"() {
    "use strict";
    ANY_TYPE = ["object", "array", "string", "number", "boolean", "null"];
    OBJECT_KEYWORDS = ["properties", "required", "additionalProperties", "patternProperties"];
    DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    DEFINITIONS_PREFIX = "#/definitions/";
    KEPT = /* @__PURE__ */ new Set([
      "$ref",
      "type",
      "enum",
      "pattern",
      "required",
      "properties",
      "patternProperties",
      "additionalProperties",
      "items",
      "oneOf",
      "anyOf"
    ]);
    DROPPED = /* @__PURE__ */ new Set([
      "description",
      "x-intellij-html-description",
      "x-kubernetes-group-version-kind",
      "preferredOrder",
      "default",
      "examples",
      "$schema",
      "media",
      "binaryEncoding",
      "contentEncoding"
    ]);
    SchemaFormatError = class extends Error {
    };
  }
});

// src/schemas/merged.ts
function rawMask(count) {
  let m = evenMaskCache.get(count);
  if (m === void 0) {
    const hex = "5".repeat(Math.ceil(2 * count / 4));
    m = BigInt("0x" + (hex || "0")) & (1n << BigInt(2 * count)) - 1n;
    evenMaskCache.set(count, m);
  }
  return m;
}
function span(from, to) {
  return (1n << BigInt(2 * (to - from + 1))) - 1n << BigInt(2 * from);
}
function parseRanges(text) {
  let bits = parseCache.get(text);
  if (bits !== void 0) return bits;
  bits = 0n;
  for (const token of text.split(",")) {
    if (!token) continue;
    const last = token[token.length - 1];
    const variant = last === "r" || last === "c" ? last : "";
    const body = variant ? token.slice(0, -1) : token;
    const dash = body.indexOf("-");
    const from = Number(dash < 0 ? body : body.slice(0, dash));
    const to = Number(dash < 0 ? body : body.slice(dash + 1));
    if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) throw new Error(`bad range "${token}"`);
    let s2 = span(from, to);
    if (variant === "r") s2 &= rawMask(to + 1);
    else if (variant === "c") s2 &= correctedMask(to + 1);
    bits |= s2;
  }
  parseCache.set(text, bits);
  return bits;
}
function releasesOf(bits, variant) {
  const out = [];
  if (bits <= 0n) return out;
  const digits = bits.toString(2);
  const last = digits.length - 1;
  for (let bit = variant; bit <= last; bit += 2) if (digits.charCodeAt(last - bit) === 49) out.push(bit >> 1);
  return out;
}
function addEntry(list, value, bit) {
  const out = list ?? [];
  const key = JSON.stringify(value);
  const found = out.find((e) => JSON.stringify(e.v) === key);
  if (found) found.b |= bit;
  else out.push({ v: value, b: bit });
  return out;
}
function mergeList(target, list, bit) {
  const out = target ?? { b: 0n, v: [] };
  out.b |= bit;
  list.forEach((sub, i) => {
    out.v[i] ??= { b: 0n };
    mergeNode(out.v[i], sub, bit);
  });
  return out;
}
function mergeNode(m, node, bit) {
  m.b |= bit;
  for (const [key, value] of Object.entries(node)) {
    switch (key) {
      case "$ref":
        m.ref = addEntry(m.ref, value.slice(DEFINITIONS_PREFIX.length), bit);
        break;
      case "type":
        m.type = addEntry(m.type, value, bit);
        break;
      case "pattern":
        m.pattern = addEntry(m.pattern, value, bit);
        break;
      case "enum":
        m.enumB = (m.enumB ?? 0n) | bit;
        for (const v of value) m.enumV = addEntry(m.enumV, v, bit);
        m.enumV ??= [];
        break;
      case "required":
        for (const v of value) m.required = addEntry(m.required, v, bit);
        m.required ??= [];
        break;
      case "properties":
      case "patternProperties": {
        const field = key === "properties" ? "props" : "pprops";
        const map = m[field] ??= /* @__PURE__ */ new Map();
        for (const [name, sub] of Object.entries(value)) {
          let child2 = map.get(name);
          if (!child2) map.set(name, child2 = { b: 0n });
          mergeNode(child2, sub, bit);
        }
        break;
      }
      case "additionalProperties":
        if (typeof value === "boolean") m.apBool = addEntry(m.apBool, value, bit);
        else mergeNode(m.apNode ??= { b: 0n }, value, bit);
        break;
      case "items":
        mergeNode(m.items ??= { b: 0n }, value, bit);
        break;
      case "oneOf":
        m.oneOf = mergeList(m.oneOf, value, bit);
        break;
      case "anyOf":
        m.anyOf = mergeList(m.anyOf, value, bit);
        break;
      default:
        throw new Error(`mergeNode: unexpected keyword ${key}`);
    }
  }
}
function mergeSchema(merged, schema, bit) {
  mergeNode(merged.root, schema.root, bit);
  for (const [name, def] of Object.entries(schema.definitions)) {
    let m = merged.defs.get(name);
    if (!m) merged.defs.set(name, m = { b: 0n });
    mergeNode(m, def, bit);
  }
}
function pick(list, bit) {
  return list?.find((e) => e.b & bit)?.v;
}
function extractNode(m, bit) {
  const out = {};
  const ref2 = pick(m.ref, bit);
  if (ref2 !== void 0) out.$ref = DEFINITIONS_PREFIX + ref2;
  const type = pick(m.type, bit);
  if (type !== void 0) out.type = type;
  if (m.enumB !== void 0 && m.enumB & bit) out.enum = m.enumV.filter((e) => e.b & bit).map((e) => e.v);
  const pattern = pick(m.pattern, bit);
  if (pattern !== void 0) out.pattern = pattern;
  if (m.required) {
    const req = m.required.filter((e) => e.b & bit).map((e) => e.v);
    if (req.length) out.required = req;
  }
  for (const [field, key] of [
    ["props", "properties"],
    ["pprops", "patternProperties"]
  ]) {
    const map = m[field];
    if (!map) continue;
    const props = {};
    let any = false;
    for (const [name, child2] of map) {
      if (child2.b & bit) {
        props[name] = extractNode(child2, bit);
        any = true;
      }
    }
    if (any) out[key] = props;
  }
  const ap = pick(m.apBool, bit);
  if (ap !== void 0) out.additionalProperties = ap;
  else if (m.apNode && m.apNode.b & bit) out.additionalProperties = extractNode(m.apNode, bit);
  if (m.items && m.items.b & bit) out.items = extractNode(m.items, bit);
  for (const key of ["oneOf", "anyOf"]) {
    const list = m[key];
    if (list && list.b & bit) out[key] = list.v.filter((n) => n.b & bit).map((n) => extractNode(n, bit));
  }
  return out;
}
function extractSchema(merged, bit) {
  const definitions = {};
  for (const [name, def] of merged.defs) if (def.b & bit) definitions[name] = extractNode(def, bit);
  return { root: extractNode(merged.root, bit), definitions };
}
function readEntries(list, nodeBits) {
  return list.map(([v, r]) => ({ v, b: r === void 0 ? nodeBits : parseRanges(r) }));
}
function deserializeNode(s2, parentBits) {
  const b = typeof s2["@"] === "string" ? parseRanges(s2["@"]) : parentBits;
  const m = { b };
  if (s2.$ref) m.ref = readEntries(s2.$ref, b);
  if (s2.type) m.type = readEntries(s2.type, b);
  if (s2.pattern) m.pattern = readEntries(s2.pattern, b);
  if (s2.enum) {
    const e = s2.enum;
    m.enumB = typeof e["@"] === "string" ? parseRanges(e["@"]) : b;
    m.enumV = readEntries(e.v, m.enumB);
  }
  if (s2.required) m.required = readEntries(s2.required, b);
  for (const [field, key] of [
    ["props", "properties"],
    ["pprops", "patternProperties"]
  ]) {
    const o = s2[key];
    if (!o) continue;
    const map = /* @__PURE__ */ new Map();
    for (const [name, child2] of Object.entries(o)) map.set(name, deserializeNode(child2, b));
    m[field] = map;
  }
  if (s2.additionalProperties) m.apBool = readEntries(s2.additionalProperties, b);
  if (s2.additionalPropertiesSchema) m.apNode = deserializeNode(s2.additionalPropertiesSchema, b);
  if (s2.items) m.items = deserializeNode(s2.items, b);
  for (const key of ["oneOf", "anyOf"]) {
    const o = s2[key];
    if (!o) continue;
    const lb = typeof o["@"] === "string" ? parseRanges(o["@"]) : b;
    m[key] = { b: lb, v: o.v.map((n) => deserializeNode(n, lb)) };
  }
  return m;
}
var rawBit, correctedBit, evenMaskCache, correctedMask, parseCache;
var init_merged = __esm({
  "src/schemas/merged.ts"() {
    "use strict";
    init_normalize();
    rawBit = (release) => 1n << BigInt(2 * release);
    correctedBit = (release) => 1n << BigInt(2 * release + 1);
    evenMaskCache = /* @__PURE__ */ new Map();
    correctedMask = (count) => rawMask(count) << 1n;
    parseCache = /* @__PURE__ */ new Map();
  }
});

// src/schemas/index.ts
function getStore() {
  if (store) return store;
  const data = eksctl_schemas_default;
  if (data.format !== 1) throw new Error(`schemas/eksctl-schemas.json: unsupported format ${data.format}`);
  const releases2 = data.releases.map(([version, date]) => ({ version, date }));
  const defs = /* @__PURE__ */ new Map();
  for (const [name, node] of Object.entries(data.definitions)) defs.set(name, deserializeNode(node, 0n));
  store = {
    releases: releases2,
    merged: { root: deserializeNode(data.root, 0n), defs },
    index: new Map(releases2.map((r, i) => [r.version, i])),
    bundled: releases2.length,
    generation: 0
  };
  return store;
}
function variantMask(corrections) {
  const n = getStore().releases.length;
  return corrections ? correctedMask(n) : rawMask(n);
}
function variantBit(index, corrections) {
  return corrections ? correctedBit(index) : rawBit(index);
}
function rangesOf(bits, corrections) {
  const { releases: releases2 } = getStore();
  const out = [];
  let start = -1;
  let prev = -2;
  const flush = () => {
    if (start < 0) return;
    out.push({ from: releases2[start].version, to: prev === releases2.length - 1 ? null : releases2[prev].version });
  };
  for (const i of releasesOf(bits, corrections ? 1 : 0)) {
    if (i !== prev + 1) {
      flush();
      start = i;
    }
    prev = i;
  }
  flush();
  return out;
}
function listReleases() {
  return getStore().releases;
}
function acceptedForms() {
  const { releases: releases2 } = getStore();
  return `known releases are ${releases2[0].version} … ${releases2[releases2.length - 1].version}; accepted forms: 0.112.0, v0.112.0, an unknown patch (0.112.5), a release candidate (0.150.0-rc.1), a development build (0.149.0-dev, 0.149.0-dev+a1b2c3d.2023-07-20T12:00:00Z), a newer release, or "latest"`;
}
function resolveRelease(requested) {
  const { releases: releases2, index } = getStore();
  const exact = index.get(requested);
  if (exact !== void 0) return { requested, release: releases2[exact], approximated: false };
  const text = requested.trim();
  const newest = releases2[releases2.length - 1];
  if (text === "latest") return { requested, release: newest, approximated: false };
  const m = VERSION_RE.exec(text);
  if (!m) throw new UnknownReleaseError(`"${requested}" is not an eksctl version: ${acceptedForms()}`);
  const base = `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
  const pre = m[4];
  const oldest = releases2[0];
  if (import_semver6.default.lt(base, oldest.version))
    throw new UnknownReleaseError(
      `eksctl ${base} predates \`eksctl utils schema\` (first shipped in ${oldest.version}), so there is no schema for it: ${acceptedForms()}`
    );
  const known = index.get(base);
  let lower = 0;
  for (let i = 0; i < releases2.length && import_semver6.default.lte(releases2[i].version, base); i++) lower = i;
  const previous = known !== void 0 ? Math.max(0, known - 1) : lower;
  if (pre !== void 0) {
    const kind = /^rc\b/.test(pre) ? "release candidate" : /^dev\b/.test(pre) ? "development build" : "pre-release";
    const i = known ?? previous;
    const release2 = releases2[i];
    if (import_semver6.default.gt(base, newest.version))
      return {
        requested,
        release: newest,
        approximated: true,
        note: `${requested} is a ${kind} newer than the newest known release ${newest.version}; using ${newest.version}`
      };
    return {
      requested,
      release: release2,
      approximated: true,
      note: `${requested} is a ${kind} of ${base}; using the schema of ${release2.version}`
    };
  }
  if (known !== void 0) return { requested, release: releases2[known], approximated: false };
  if (import_semver6.default.gt(base, newest.version))
    return {
      requested,
      release: newest,
      approximated: true,
      note: `eksctl ${base} is newer than the newest known release ${newest.version}; using ${newest.version}'s schema (fields added after it are unknown here)`
    };
  const release = releases2[lower];
  const sameMinor = import_semver6.default.minor(release.version) === import_semver6.default.minor(base);
  return {
    requested,
    release,
    approximated: true,
    note: sameMinor ? `${base} is not a known release; using ${release.version}, the nearest lower patch release` : `${base} is not a known release and no release of 0.${import_semver6.default.minor(base)} is known; using ${release.version}`
  };
}
function indexOf(version) {
  return getStore().index.get(resolveRelease(version).release.version);
}
function schemaForRelease(version, options = {}) {
  const corrections = options.corrections ?? true;
  const i = indexOf(version);
  const key = `${getStore().generation}:${i}:${corrections}`;
  let schema = schemaCache.get(key);
  if (!schema) {
    schema = toJsonSchema(extractSchema(getStore().merged, variantBit(i, corrections)));
    schemaCache.set(key, schema);
  }
  return structuredClone(schema);
}
function expand(node, bits, out = [], depth = 0) {
  bits &= node.b;
  if (bits === 0n || depth > 32) return out;
  out.push([node, bits]);
  const { defs } = getStore().merged;
  for (const e of node.ref ?? []) {
    const target = defs.get(e.v);
    if (target && bits & e.b) expand(target, bits & e.b, out, depth + 1);
  }
  for (const list of [node.oneOf, node.anyOf]) {
    if (list && bits & list.b) for (const branch of list.v) expand(branch, bits & list.b, out, depth + 1);
  }
  return out;
}
function parseFieldPath(path5) {
  const segments = [];
  for (const part of path5.split(".")) {
    const m = /^([^[\]]*)((?:\[\])*)$/.exec(part);
    if (!m || m[1] === "" && m[2] === "") throw new Error(`"${path5}" is not a field path (e.g. managedNodeGroups[].taints)`);
    if (m[1]) segments.push(m[1]);
    for (let k = 0; k < m[2].length / 2; k++) segments.push("[]");
  }
  return segments;
}
function locate(path5, mask) {
  let here = expand(getStore().merged.root, mask);
  for (const seg of parseFieldPath(path5)) {
    const next = [];
    for (const [node, bits] of here) {
      if (seg === "[]") {
        if (node.items) expand(node.items, bits, next);
      } else if (seg === "*") {
        if (node.apNode) expand(node.apNode, bits, next);
        for (const p of node.pprops?.values() ?? []) expand(p, bits, next);
      } else {
        const child2 = node.props?.get(seg);
        if (child2) expand(child2, bits, next);
      }
    }
    here = next;
  }
  return here;
}
function fieldHistory(path5, options = {}) {
  const corrections = options.corrections ?? true;
  let bits = 0n;
  for (const [, b] of locate(path5, variantMask(corrections))) bits |= b;
  return rangesOf(bits, corrections);
}
function patternRegex(pattern) {
  let r = patternRegexes.get(pattern);
  if (!r) patternRegexes.set(pattern, r = new RegExp(pattern, "u"));
  return r;
}
function enumBitsOf(node, value, bits) {
  let listed = 0n;
  let constrained = 0n;
  if (node.enumB !== void 0 && bits & node.enumB) {
    constrained |= bits & node.enumB;
    const key = typeof value === "string" ? null : JSON.stringify(value);
    for (const e of node.enumV) {
      const same = typeof e.v === "string" ? e.v === value : key !== null && JSON.stringify(e.v) === key;
      if (same) listed |= bits & e.b;
    }
  }
  for (const e of node.pattern ?? []) {
    if (!(bits & e.b)) continue;
    constrained |= bits & e.b;
    if (typeof value === "string" && patternRegex(e.v).test(value)) listed |= bits & e.b;
  }
  return { listed, constrained };
}
function enumValueHistory(path5, value, options = {}) {
  const corrections = options.corrections ?? true;
  let bits = 0n;
  for (const [node, b] of locate(path5, variantMask(corrections))) bits |= enumBitsOf(node, value, b).listed;
  return rangesOf(bits, corrections);
}
function addReleaseSchema(version, date, rawSchema) {
  const s2 = getStore();
  const clean2 = import_semver6.default.valid(import_semver6.default.coerce(version, { includePrerelease: false }));
  if (!clean2 || !VERSION_RE.test(version.trim()))
    throw new UnknownReleaseError(`addReleaseSchema: "${version}" is not an eksctl version`);
  const newest = s2.releases[s2.releases.length - 1];
  if (!import_semver6.default.gt(clean2, newest.version))
    throw new UnknownReleaseError(`addReleaseSchema: ${clean2} is not newer than the newest known release ${newest.version}`);
  const normalized2 = normalizeSchema(rawSchema);
  const i = s2.releases.length;
  mergeSchema(s2.merged, normalized2, rawBit(i) | correctedBit(i));
  s2.releases.push({ version: clean2, date: date ?? "" });
  s2.index.set(clean2, i);
  s2.generation++;
}
var import_semver6, UnknownReleaseError, store, VERSION_RE, schemaCache, patternRegexes;
var init_schemas = __esm({
  "src/schemas/index.ts"() {
    "use strict";
    import_semver6 = __toESM(require_semver2(), 1);
    init_eksctl_schemas();
    init_merged();
    init_normalize();
    UnknownReleaseError = class extends Error {
    };
    VERSION_RE = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z][0-9A-Za-z.-]*))?(?:\+([0-9A-Za-z.:_-]+))?$/;
    schemaCache = /* @__PURE__ */ new Map();
    patternRegexes = /* @__PURE__ */ new Map();
  }
});

// src/schemas/corrections.ts
function valuesOfCaseInsensitivePattern(pattern) {
  const m = /^\^\(\?:(.*)\)\$$/.exec(pattern);
  if (!m || !m[1].startsWith("[")) return null;
  return m[1].split("|").map((alt) => alt.replace(/\[(.)(.)\]/g, "$1").replace(/\\(.)/g, "$1"));
}
var import_semver7;
var init_corrections = __esm({
  "src/schemas/corrections.ts"() {
    "use strict";
    import_semver7 = __toESM(require_semver2(), 1);
    init_normalize();
  }
});

// src/validate/evaluate.ts
function note(map, key, bits) {
  map.set(key, (map.get(key) ?? 0n) | bits);
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function hasType(value, type) {
  switch (type) {
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "null":
      return value === null;
    default:
      return false;
  }
}
function evaluate(node, data, reach, path5, ctx) {
  const S = reach & node.b;
  if (S === 0n) return 0n;
  let pass = S;
  const collect = ctx.target !== 0n && (S & ctx.target) !== 0n;
  if (ctx.reach) note(ctx.reach, path5, S);
  for (const e of node.ref ?? []) {
    const sub = S & e.b;
    if (sub === 0n) continue;
    const def = ctx.defs.get(e.v);
    if (!def) continue;
    const r = evaluate(def, data, sub, path5, ctx);
    if (r !== sub) pass &= ~(sub & ~r);
  }
  let typeFailsTarget = false;
  if (ctx.skip === void 0 || !ctx.skip.has(path5)) {
    if (node.type) {
      let fail = 0n;
      let wanted;
      for (const e of node.type) {
        const m = S & e.b;
        if (!m) continue;
        const ok = typeof e.v === "string" ? hasType(data, e.v) : e.v.some((t) => hasType(data, t));
        if (!ok) {
          fail |= m;
          if (e.b & ctx.target) wanted = e.v;
        }
      }
      if (fail) pass &= ~fail;
      if (ctx.reach && fail) note(ctx.fails, `type\0${path5}`, fail);
      if (collect && fail && fail & ctx.target) {
        typeFailsTarget = true;
        ctx.errors.push({ instancePath: path5, keyword: "type", params: { type: wanted }, key: `type\0${path5}` });
      }
    }
    if (node.enumB !== void 0 || node.pattern) {
      const { listed, constrained } = enumBitsOf(node, data, S);
      const fail = listed === constrained ? 0n : constrained & ~listed;
      if (fail) pass &= ~fail;
      if (ctx.reach) note(ctx.listed, `enum\0${path5}`, listed);
      if (collect && !typeFailsTarget && fail && fail & ctx.target) {
        const target = ctx.target;
        if (node.enumB !== void 0 && node.enumB & target) {
          const allowedValues = node.enumV.filter((e) => e.b & target).map((e) => e.v);
          ctx.errors.push({ instancePath: path5, keyword: "enum", params: { allowedValues }, key: `enum\0${path5}` });
        } else {
          const pattern = node.pattern.find((e) => e.b & target).v;
          const values = valuesOfCaseInsensitivePattern(pattern);
          ctx.errors.push(
            values ? {
              instancePath: path5,
              keyword: "enum",
              params: { allowedValues: values, caseInsensitive: true },
              key: `enum\0${path5}`
            } : { instancePath: path5, keyword: "pattern", params: { pattern }, key: `enum\0${path5}` }
          );
        }
      }
    }
  }
  if (isPlainObject(data)) {
    const o = evaluateObject(node, data, S, path5, ctx, collect);
    if (o !== S) pass &= o;
  } else if (Array.isArray(data) && node.items) {
    const ib = S & node.items.b;
    if (ib) {
      const items = node.items;
      for (let i = 0; i < data.length; i++) {
        const r = evaluate(items, data[i], ib, pointer2(path5, i), ctx);
        if (r !== ib) pass &= ~(ib & ~r);
      }
    }
  }
  if (node.oneOf) pass &= evaluateCombinator(node.oneOf, "oneOf", data, S, path5, ctx, collect);
  if (node.anyOf) pass &= evaluateCombinator(node.anyOf, "anyOf", data, S, path5, ctx, collect);
  return pass;
}
function evaluateObject(node, data, S, path5, ctx, collect) {
  let pass = S;
  for (const e of node.required ?? []) {
    const fail = S & e.b;
    if (!fail || Object.prototype.hasOwnProperty.call(data, e.v)) continue;
    pass &= ~fail;
    const key = `required\0${path5}\0${e.v}`;
    if (ctx.reach) note(ctx.fails, key, fail);
    if (collect && fail & ctx.target)
      ctx.errors.push({ instancePath: path5, keyword: "required", params: { missingProperty: e.v }, key });
  }
  for (const key of Object.keys(data)) {
    const value = data[key];
    const childPath = pointer2(path5, key);
    const prop = node.props?.get(key);
    const pb = prop ? S & prop.b : 0n;
    if (pb) {
      const r = evaluate(prop, value, pb, childPath, ctx);
      if (r !== pb) pass &= ~(pb & ~r);
    }
    let rest = pb === S ? 0n : S & ~pb;
    if (!rest) continue;
    for (const [pattern, pnode] of node.pprops ?? []) {
      const mb = rest & pnode.b;
      if (!mb || !patternRegex(pattern).test(key)) continue;
      const r = evaluate(pnode, value, mb, childPath, ctx);
      if (r !== mb) pass &= ~(mb & ~r);
      rest &= ~mb;
    }
    if (!rest) continue;
    let closed = 0n;
    for (const e of node.apBool ?? []) if (e.v === false) closed |= rest & e.b;
    if (closed) {
      pass &= ~closed;
      const id = `additionalProperties\0${path5}\0${key}`;
      if (ctx.reach) note(ctx.fails, id, closed);
      if (collect && closed & ctx.target)
        ctx.errors.push({
          instancePath: path5,
          keyword: "additionalProperties",
          params: { additionalProperty: key },
          key: id
        });
    }
    if (node.apNode) {
      const ab = rest & node.apNode.b;
      if (ab) {
        const r = evaluate(node.apNode, value, ab, childPath, ctx);
        if (r !== ab) pass &= ~(ab & ~r);
      }
    }
  }
  return pass;
}
function evaluateCombinator(list, keyword, data, S, path5, ctx, collect) {
  const lb = S & list.b;
  if (!lb) return S;
  const targetBranches = collect && lb & ctx.target ? list.v.filter((b) => b.b & ctx.target).length : 0;
  const outer = ctx.errors;
  let one = 0n;
  let many = 0n;
  for (const branch of list.v) {
    const bb = lb & branch.b;
    if (!bb) continue;
    ctx.errors = targetBranches === 1 ? outer : [];
    const p = evaluate(branch, data, bb, path5, ctx);
    many |= one & p;
    one = (one | p) & ~many;
  }
  ctx.errors = outer;
  const ok = keyword === "oneOf" ? one : one | many;
  const fail = lb & ~ok;
  if (collect && targetBranches > 1 && fail & ctx.target)
    outer.push({ instancePath: path5, keyword, params: {}, accepted: lb & ok });
  return S & ~fail;
}
function walk(data, target, options, track) {
  const store2 = getStore();
  const ctx = {
    target,
    errors: [],
    // An empty set (no placeholders, the common case) is no set: no lookup per visited node.
    skip: options.skipValueChecksAt?.size ? options.skipValueChecksAt : void 0,
    defs: store2.merged.defs,
    reach: track ? /* @__PURE__ */ new Map() : null,
    fails: /* @__PURE__ */ new Map(),
    listed: /* @__PURE__ */ new Map()
  };
  const pass = evaluate(store2.merged.root, data, variantMask(options.corrections ?? true), "", ctx);
  return Object.assign(ctx, { pass });
}
function run(data, target, options) {
  let ctx = walk(data, target, options, false);
  if (!ctx.errors.some((e) => e.key !== void 0)) return { pass: ctx.pass, errors: ctx.errors };
  ctx = walk(data, target, options, true);
  for (const e of ctx.errors) {
    if (e.key === void 0) continue;
    e.accepted = e.key.startsWith("enum\0") ? ctx.listed.get(e.key) ?? 0n : (ctx.reach.get(e.instancePath) ?? 0n) & ~(ctx.fails.get(e.key) ?? 0n);
  }
  return { pass: ctx.pass, errors: ctx.errors };
}
function toSchemaErrors(errors, corrections) {
  return errors.map((e) => ({
    instancePath: e.instancePath,
    keyword: e.keyword,
    params: e.params,
    acceptedIn: rangesOf(e.accepted ?? 0n, corrections)
  }));
}
function evaluateWithCompatible(data, version, options = {}) {
  const corrections = options.corrections ?? true;
  const index = getStore().index.get(resolveRelease(version).release.version);
  const { pass, errors } = run(data, variantBit(index, corrections), options);
  return { errors: toSchemaErrors(errors, corrections), compatible: rangesOf(pass, corrections) };
}
var pointer2;
var init_evaluate = __esm({
  "src/validate/evaluate.ts"() {
    "use strict";
    init_schemas();
    init_corrections();
    pointer2 = (base, key) => {
      const s2 = String(key);
      return `${base}/${s2.includes("~") || s2.includes("/") ? s2.replace(/~/g, "~0").replace(/\//g, "~1") : s2}`;
    };
  }
});

// src/validate/compatible.ts
function toCompatibleRange(ranges, releases2) {
  if (!ranges.length) return { min: null, max: null, gaps: [] };
  const sorted = [...ranges].sort((a, b) => import_semver8.default.compare(a.from, b.from));
  const last = sorted[sorted.length - 1];
  const gaps = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const end = sorted[i].to;
    const nextFrom = sorted[i + 1].from;
    if (end === null) continue;
    const rejected = releases2.filter((r) => import_semver8.default.gt(r.version, end) && import_semver8.default.lt(r.version, nextFrom));
    if (rejected.length) gaps.push({ from: rejected[0].version, to: rejected[rejected.length - 1].version });
  }
  return { min: sorted[0].from, max: last.to, gaps };
}
function highestMinimum(minimums) {
  if (!minimums.length || minimums.some((m) => m === null)) return null;
  return [...new Set(minimums)].sort(import_semver8.default.compare).pop() ?? null;
}
function overallMinimum(files) {
  const validated = files.filter(isValidatedClusterConfig);
  if (!validated.length || filesNoReleaseAccepts(files).length) return null;
  return highestMinimum(validated.map((f) => f.minEksctlVersion));
}
function indexOf2(releases2, version) {
  let index = indexes.get(releases2);
  if (!index || index.size !== releases2.length)
    indexes.set(releases2, index = new Map(releases2.map((r, i) => [r.version, i])));
  const known = index.get(version);
  if (known !== void 0) return known;
  const after = releases2.findIndex((r) => import_semver8.default.gt(r.version, version));
  return after < 0 ? releases2.length : after - 0.5;
}
function firstAcceptedFrom(version, ranges, releases2) {
  const at = indexOf2(releases2, version);
  let best = Infinity;
  for (const range2 of ranges) {
    const from = indexOf2(releases2, range2.from);
    const to = range2.to === null ? releases2.length - 1 : indexOf2(releases2, range2.to);
    const first = Math.ceil(Math.max(at, from));
    if (first <= to && first < best) best = first;
  }
  return best === Infinity ? null : releases2[best]?.version ?? null;
}
function minimumWithChecks(ranges, releases2, errorsAt) {
  let candidate = ranges.length ? firstAcceptedFrom(ranges[0].from, ranges, releases2) : null;
  while (candidate !== null) {
    const current = candidate;
    const errors = errorsAt(current);
    if (!errors.length) return current;
    const sinces = errors.map((e) => e.since).filter((v) => typeof v === "string" && import_semver8.default.valid(v) !== null && import_semver8.default.gt(v, current));
    if (!sinces.length) return null;
    candidate = firstAcceptedFrom(sinces.sort(import_semver8.default.compare).at(-1), ranges, releases2);
  }
  return null;
}
var import_semver8, indexes;
var init_compatible = __esm({
  "src/validate/compatible.ts"() {
    "use strict";
    import_semver8 = __toESM(require_semver2(), 1);
    init_model();
    indexes = /* @__PURE__ */ new WeakMap();
  }
});

// src/validate/schema-walk.ts
function pointerSegments(pointer3) {
  if (pointer3 === "") return [];
  return pointer3.slice(1).split("/").map((s2) => s2.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function resolveRef(root, ref2) {
  if (!ref2.startsWith("#")) return null;
  let node = root;
  for (const seg of pointerSegments(decodeURIComponent(ref2.slice(1)))) {
    if (node === null || typeof node !== "object") return null;
    node = node[seg];
  }
  return node !== null && typeof node === "object" ? node : null;
}
function expand2(root, schema, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const out = [schema];
  if (typeof schema.$ref === "string") {
    const target = resolveRef(root, schema.$ref);
    if (target) out.push(...expand2(root, target, seen));
  }
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    const branches = schema[key];
    if (Array.isArray(branches)) {
      for (const b of branches) if (b && typeof b === "object") out.push(...expand2(root, b, seen));
    }
  }
  return out;
}
function child(schema, segment, isArray) {
  const out = [];
  if (isArray) {
    const items = schema.items;
    if (Array.isArray(items)) {
      const item = items[Number(segment)];
      if (item && typeof item === "object") out.push(item);
    } else if (items && typeof items === "object") out.push(items);
    return out;
  }
  const props = schema.properties;
  if (props && Object.prototype.hasOwnProperty.call(props, segment)) out.push(props[segment]);
  else if (schema.additionalProperties && typeof schema.additionalProperties === "object")
    out.push(schema.additionalProperties);
  return out;
}
function step(root, current, segment, isArray) {
  const next = [];
  for (const s2 of current) for (const c of child(s2, segment, isArray)) next.push(...expand2(root, c));
  return [...new Set(next)];
}
function schemasAt(root, instancePath, data) {
  let current = expand2(root, root);
  let value = data;
  for (const seg of pointerSegments(instancePath)) {
    current = step(root, current, seg, Array.isArray(value));
    value = value !== null && typeof value === "object" ? value[seg] : void 0;
  }
  return current;
}
function propertyNames(schemas) {
  const names = /* @__PURE__ */ new Set();
  for (const s2 of schemas) {
    const props = s2.properties;
    if (props && typeof props === "object") for (const k of Object.keys(props)) names.add(k);
  }
  return [...names].sort();
}
function propertiesAt(root, instancePath, data) {
  return propertyNames(schemasAt(root, instancePath, data));
}
function propertiesAtFieldPath(root, segments) {
  let current = expand2(root, root);
  for (const seg of segments) {
    if (seg === "[]") current = step(root, current, "0", true);
    else if (seg === "*") {
      const values = [];
      for (const s2 of current) {
        if (s2.additionalProperties && typeof s2.additionalProperties === "object")
          values.push(...expand2(root, s2.additionalProperties));
        const patterns = s2.patternProperties;
        if (patterns && typeof patterns === "object")
          for (const p of Object.values(patterns)) values.push(...expand2(root, p));
      }
      current = [...new Set(values)];
    } else current = step(root, current, seg, false);
  }
  return propertyNames(current);
}
function describeOne(root, schema, depth) {
  const parts = expand2(root, schema);
  const types = /* @__PURE__ */ new Set();
  for (const p of parts) {
    if (Array.isArray(p.enum) && p.enum.length <= 6) return `one of ${p.enum.map((v) => JSON.stringify(v)).join(", ")}`;
    if (typeof p.type === "string") types.add(p.type);
    else if (Array.isArray(p.type)) for (const t of p.type) types.add(String(t));
  }
  if (types.has("array")) {
    const items = parts.map((p) => p.items).find((i) => i && typeof i === "object" && !Array.isArray(i));
    const inner = items && depth < 2 ? describeOne(root, items, depth + 1) : null;
    return inner ? `a list of ${inner.replace(/^an? /, "").replace(/^one of /, "values among ")}s` : "a list";
  }
  if (types.has("object")) {
    const names = parts.flatMap(
      (p) => p.properties && typeof p.properties === "object" ? Object.keys(p.properties) : []
    );
    if (names.length && names.length <= 4) return `a map with ${names.map((n) => "`" + n + "`").join(", ")}`;
    return "a map";
  }
  if (types.has("string")) return "a string";
  if (types.has("integer")) return "an integer";
  if (types.has("number")) return "a number";
  if (types.has("boolean")) return "a boolean";
  return null;
}
function describeForms(root, instancePath, data) {
  const forms = /* @__PURE__ */ new Set();
  for (const s2 of schemasAt(root, instancePath, data)) {
    for (const key of ["oneOf", "anyOf"]) {
      const branches = s2[key];
      if (!Array.isArray(branches)) continue;
      for (const b of branches) {
        const d = b && typeof b === "object" ? describeOne(root, b, 0) : null;
        if (d) forms.add(d);
      }
    }
  }
  return forms.size ? [...forms].join(" or ") : null;
}
var init_schema_walk = __esm({
  "src/validate/schema-walk.ts"() {
    "use strict";
  }
});

// src/validate/suggest.ts
function editDistance(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array(m + 1);
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}
function closest(word, candidates) {
  const lower = word.toLowerCase();
  let best = null;
  let bestScore = Infinity;
  let bestPrefix = -1;
  for (const c of candidates) {
    if (c === word) continue;
    const other = c.toLowerCase();
    const d = other === lower ? 0 : editDistance(lower, other);
    const prefix = commonPrefix(lower, other);
    if (d < bestScore || d === bestScore && prefix > bestPrefix) {
      best = c;
      bestScore = d;
      bestPrefix = prefix;
    }
  }
  if (best === null) return null;
  const limit = Math.max(1, Math.floor(Math.max(word.length, best.length) / 3));
  return bestScore <= limit ? best : null;
}
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
function formatFieldPath(segments) {
  let out = "";
  for (const seg of segments) out += seg === "[]" ? "[]" : out === "" ? seg : `.${seg}`;
  return out;
}
function suggestFieldPath(path5, options = {}) {
  const exists = (segments2) => fieldHistory(formatFieldPath(segments2), options).length > 0;
  const segments = parseFieldPath(path5);
  if (!segments.length || exists(segments)) return null;
  let depth = segments.length - 1;
  while (depth > 0 && !exists(segments.slice(0, depth))) depth--;
  const prefix = segments.slice(0, depth);
  const unknown = segments[depth];
  const rest = segments.slice(depth + 1);
  const asItems = [...prefix, "[]", ...segments.slice(depth)];
  if (unknown !== "[]" && unknown !== "*" && exists(asItems)) return formatFieldPath(asItems);
  if (unknown === "[]" || unknown === "*") return null;
  const ranges = prefix.length ? fieldHistory(formatFieldPath(prefix), options) : [];
  const releases2 = listReleases();
  const newest = ranges.length ? ranges.at(-1).to ?? releases2.at(-1).version : releases2.at(-1).version;
  const corrections = options.corrections ?? true;
  const namesIn = (version) => propertiesAtFieldPath(schemaForRelease(version, { corrections }), prefix);
  let name = closest(unknown, namesIn(newest));
  if (name === null) name = closest(unknown, [...new Set(releases2.flatMap((r) => namesIn(r.version)))]);
  if (name === null) return null;
  const fixed = [...prefix, name, ...rest];
  if (exists(fixed)) return formatFieldPath(fixed);
  return rest.length ? suggestFieldPath(formatFieldPath(fixed), options) : null;
}
var init_suggest = __esm({
  "src/validate/suggest.ts"() {
    "use strict";
    init_schemas();
    init_schema_walk();
  }
});

// src/validate/messages.ts
function releaseAfter(releases2, version) {
  const i = releases2.findIndex((r) => r.version === version);
  if (i >= 0) return releases2[i + 1]?.version ?? null;
  return releases2.find((r) => import_semver9.default.gt(r.version, version))?.version ?? null;
}
function explain(acceptedIn, target, releases2) {
  if (!acceptedIn.length) return null;
  const later = acceptedIn.filter((r) => import_semver9.default.gt(r.from, target)).sort((a, b) => import_semver9.default.compare(a.from, b.from))[0];
  if (later) {
    return {
      kind: "later",
      since: later.from,
      lastAccepted: later.to,
      until: later.to === null ? null : releaseAfter(releases2, later.to),
      date: releases2.find((r) => r.version === later.from)?.date ?? "date unknown"
    };
  }
  const before = acceptedIn.filter((r) => r.to !== null && import_semver9.default.lt(r.to, target)).sort((a, b) => import_semver9.default.compare(a.to, b.to)).pop();
  if (before && before.to !== null) {
    return { kind: "earlier", since: before.from, lastAccepted: before.to, until: releaseAfter(releases2, before.to) };
  }
  return null;
}
function displayPath(instancePath) {
  let out = "";
  for (const seg of pointerSegments(instancePath)) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || "the document";
}
function valueAt(data, instancePath) {
  let v = data;
  for (const seg of pointerSegments(instancePath)) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[seg];
  }
  return v;
}
function escapeSegment(s2) {
  return s2.replace(/~/g, "~0").replace(/\//g, "~1");
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a map";
  if (typeof v === "number") return Number.isInteger(v) ? "an integer" : "a number";
  if (typeof v === "boolean") return "a boolean";
  return "a string";
}
function quoteList(values, max = 12) {
  const shown = values.slice(0, max).map((v) => typeof v === "string" ? v : JSON.stringify(v));
  return shown.join(", ") + (values.length > max ? `, … (${values.length - max} more)` : "");
}
function sourceText(doc, r) {
  if (r.line !== r.endLine) return "";
  const line = doc.text.split(/\r?\n/, r.line)[r.line - 1] ?? "";
  return line.slice(r.column - 1, r.endColumn - 1);
}
function firstLine(r, doc) {
  if (r.line === r.endLine) return r;
  const line = doc.text.split(/\r?\n/, r.line)[r.line - 1] ?? "";
  return { line: r.line, column: r.column, endLine: r.line, endColumn: Math.max(r.column + 1, line.length + 1) };
}
function sinceUntil(e) {
  if (!e) return {};
  return { since: e.since, until: e.until };
}
function needs(e) {
  if (e.lastAccepted === null) return `needs eksctl ≥ ${e.since} (released ${e.date})`;
  const removed = e.until ? `, removed in ${e.until}` : "";
  return `needs ${span2(e.since, e.lastAccepted)} (${e.since} released ${e.date}${removed})`;
}
function span2(from, to) {
  return to === null ? `eksctl ≥ ${from}` : from === to ? `eksctl ${from}` : `eksctl ${from} … ${to}`;
}
function schemaErrorsToFindings(errors, ctx, foldedTypos) {
  const missing = /* @__PURE__ */ new Map();
  for (const e of errors) {
    if (e.keyword !== "required" || typeof e.params.missingProperty !== "string") continue;
    if (!missing.has(e.instancePath)) missing.set(e.instancePath, /* @__PURE__ */ new Set());
    missing.get(e.instancePath).add(e.params.missingProperty);
  }
  const folded = /* @__PURE__ */ new Set();
  const typos = /* @__PURE__ */ new Map();
  for (const e of errors) {
    if (e.keyword !== "additionalProperties" || typeof e.params.additionalProperty !== "string") continue;
    if (explain(e.acceptedIn, ctx.target.version, ctx.releases)) continue;
    const wanted = missing.get(e.instancePath);
    const candidates = wanted ? [...wanted].filter((w) => !folded.has(`${e.instancePath}/${w}`)) : [];
    const required = closest(e.params.additionalProperty, candidates);
    if (required) {
      folded.add(`${e.instancePath}/${required}`);
      typos.set(e, { suggestion: required, required: true });
    }
  }
  const plainMissing = /* @__PURE__ */ new Map();
  for (const e of errors) {
    if (e.keyword !== "required" || typeof e.params.missingProperty !== "string") continue;
    if (folded.has(`${e.instancePath}/${e.params.missingProperty}`)) continue;
    if (explain(e.acceptedIn, ctx.target.version, ctx.releases)) continue;
    plainMissing.set(e.instancePath, [...plainMissing.get(e.instancePath) ?? [], e]);
  }
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.keyword === "required" && folded.has(`${e.instancePath}/${String(e.params.missingProperty)}`)) continue;
    const group = e.keyword === "required" ? plainMissing.get(e.instancePath) : void 0;
    if (group && group.length > 1) {
      if (group[0] !== e) continue;
      findings.push(missingFields(group, ctx));
      continue;
    }
    const typo = typos.get(e);
    const finding = schemaErrorToFinding(e, ctx, typo);
    if (typo?.required) foldedTypos?.add(finding);
    const key = `${finding.ruleId}\0${finding.instancePath}\0${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}
function missingFields(group, ctx) {
  const { doc } = ctx;
  const path5 = group[0].instancePath;
  const names = group.map((e) => `\`${String(e.params.missingProperty)}\``);
  const list = `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const where = path5 ? `\`${displayPath(path5)}\`` : "The ClusterConfig";
  const at = path5 ? doc.locate(path5, "key") : firstLine(doc.locate(""), doc);
  return {
    ruleId: SCHEMA_RULES.required,
    severity: "error",
    file: doc.path,
    message: `${where} is missing the required fields ${list} (eksctl ${ctx.target.version}).`,
    instancePath: path5,
    ...at
  };
}
function schemaErrorToFinding(error, ctx, typo) {
  const { doc, target } = ctx;
  const t = target.version;
  const e = explain(error.acceptedIn, t, ctx.releases);
  const base = { severity: "error", file: doc.path, ...sinceUntil(e) };
  if (error.keyword === "additionalProperties" && typeof error.params.additionalProperty === "string") {
    const key = error.params.additionalProperty;
    const path5 = `${error.instancePath}/${escapeSegment(key)}`;
    const where = error.instancePath ? ` in \`${displayPath(error.instancePath)}\`` : "";
    const rejects = `eksctl ${t} rejects it with \`json: unknown field "${key}"\``;
    let message2;
    if (e?.kind === "later") {
      message2 = `\`${key}\`${where} ${needs(e)}; ${rejects}. ${UPGRADE_HINT}`;
    } else if (e?.kind === "earlier") {
      message2 = `\`${key}\`${where} was removed in eksctl ${e.until ?? "a later release"} (accepted by ${span2(e.since, e.lastAccepted)}); ${rejects}.`;
    } else {
      const suggestion = typo?.suggestion ?? suggestField(key, error.instancePath, ctx);
      const required = typo?.required ? " (required, and missing here)" : "";
      const hint = suggestion ? ` Did you mean \`${suggestion}\`${required}?` : "";
      const known = suggestion ? "" : knownFieldsHint(error.instancePath, ctx);
      message2 = `Unknown field \`${key}\`${where}: no eksctl release knows it; ${rejects}.${hint}${known}`;
    }
    return { ...base, ruleId: SCHEMA_RULES.unknownField, message: message2, instancePath: path5, ...doc.locate(path5, "key") };
  }
  const field = displayPath(error.instancePath);
  const value = valueAt(doc.data, error.instancePath);
  const position = doc.locate(error.instancePath, "value");
  if (error.keyword === "enum") {
    const allowed = error.params.allowedValues ?? [];
    const shown = typeof value === "string" ? value : JSON.stringify(value);
    let message2;
    if (e?.kind === "later") {
      message2 = `\`${shown}\` for \`${field}\` ${needs(e)}; eksctl ${t} accepts ${quoteList(allowed)}. ${UPGRADE_HINT}`;
    } else if (e?.kind === "earlier") {
      message2 = `\`${shown}\` for \`${field}\` was removed in eksctl ${e.until ?? "a later release"} (accepted by ${span2(e.since, e.lastAccepted)}); eksctl ${t} accepts ${quoteList(allowed)}.`;
    } else {
      const strings = allowed.filter((v) => typeof v === "string");
      const suggestion = typeof value === "string" ? closest(value, strings) : null;
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : "";
      message2 = `\`${shown}\` is not a valid \`${field}\`: eksctl ${t} accepts ${quoteList(allowed)}.${hint}`;
    }
    return { ...base, ruleId: SCHEMA_RULES.enumValue, message: message2, instancePath: error.instancePath, ...position };
  }
  if (error.keyword === "type") {
    const expected = [].concat(error.params.type ?? []);
    const want = expected.map((x) => article[x] ?? x).join(" or ") || "another type";
    const text = sourceText(doc, position);
    const got = typeName(value);
    let message2 = `\`${field}\` must be ${want}, got ${got}${text ? ` (\`${text}\`)` : ""}.`;
    if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
      const literal = text || String(value);
      message2 += typeof value === "boolean" ? ` YAML 1.1, which eksctl reads, makes unquoted ${literal} a boolean: quote it ("${literal}").` : ` Quote it: "${literal}".`;
    }
    if (e) message2 += ` ${explainAcceptance(e, t, "this type")}`;
    return { ...base, ruleId: SCHEMA_RULES.type, message: message2, instancePath: error.instancePath, ...position };
  }
  if (error.keyword === "required" && typeof error.params.missingProperty === "string") {
    const missing = error.params.missingProperty;
    const where = error.instancePath ? `\`${field}\`` : "The ClusterConfig";
    let message2 = `${where} is missing the required field \`${missing}\` (eksctl ${t}).`;
    if (e) message2 += ` ${explainAcceptance(e, t, "it without that field")}`;
    const at = error.instancePath ? doc.locate(error.instancePath, "key") : firstLine(doc.locate(""), doc);
    return { ...base, ruleId: SCHEMA_RULES.required, message: message2, instancePath: error.instancePath, ...at };
  }
  if (error.keyword === "oneOf" || error.keyword === "anyOf") {
    let forms = null;
    try {
      forms = describeForms(ctx.schema(), error.instancePath, doc.data);
    } catch {
      forms = null;
    }
    const many = Array.isArray(error.params.passingSchemas) && error.params.passingSchemas.length > 1;
    let message2 = many ? `\`${field}\` matches more than one of the forms eksctl ${t} allows${forms ? ` (${forms})` : ""}.` : `\`${field}\` is ${typeName(value)} in none of the forms eksctl ${t} allows${forms ? `: expected ${forms}` : ""}.`;
    if (e) message2 += ` ${explainAcceptance(e, t, "this form")}`;
    return { ...base, ruleId: SCHEMA_RULES.oneOf, message: message2, instancePath: error.instancePath, ...position };
  }
  if (error.keyword === "pattern") {
    const shown = typeof value === "string" ? value : JSON.stringify(value);
    let message2 = `\`${shown}\` is not in the format \`${field}\` needs (pattern \`${String(error.params.pattern)}\`).`;
    if (e) message2 += ` ${explainAcceptance(e, t, "this value")}`;
    return { ...base, ruleId: SCHEMA_RULES.pattern, message: message2, instancePath: error.instancePath, ...position };
  }
  const detail = Object.entries(error.params).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(", ");
  let message = `\`${field}\` fails the schema's \`${error.keyword}\` check${detail ? ` (${detail})` : ""} for eksctl ${t}.`;
  if (e) message += ` ${explainAcceptance(e, t, "this value")}`;
  return { ...base, ruleId: SCHEMA_RULES.constraint, message, instancePath: error.instancePath, ...position };
}
function explainAcceptance(e, target, what) {
  return e.kind === "later" ? `${span2(e.since, e.lastAccepted)} accepts ${what} (released ${e.date}); ${UPGRADE_HINT}.` : `${span2(e.since, e.lastAccepted)} accepted ${what}; eksctl ${e.until ?? target} and later do not.`;
}
function suggestField(key, parentPath, ctx) {
  try {
    const present = valueAt(ctx.doc.data, parentPath);
    const taken = present && typeof present === "object" ? new Set(Object.keys(present)) : /* @__PURE__ */ new Set();
    const names = propertiesAt(ctx.schema(), parentPath, ctx.doc.data).filter((n) => !taken.has(n));
    return closest(key, names);
  } catch {
    return null;
  }
}
function knownFieldsHint(parentPath, ctx) {
  try {
    const names = propertiesAt(ctx.schema(), parentPath, ctx.doc.data);
    if (!names.length || names.length > 15) return "";
    return ` Fields eksctl ${ctx.target.version} knows here: ${names.join(", ")}.`;
  } catch {
    return "";
  }
}
var import_semver9, UPGRADE_HINT, article;
var init_messages = __esm({
  "src/validate/messages.ts"() {
    "use strict";
    import_semver9 = __toESM(require_semver2(), 1);
    init_rule_catalog();
    init_schema_walk();
    init_suggest();
    UPGRADE_HINT = "Upgrade eksctl (brew upgrade eksctl, or install-eksctl)";
    article = {
      string: "a string",
      integer: "an integer",
      number: "a number",
      boolean: "a boolean",
      object: "a map",
      array: "a list",
      null: "null"
    };
  }
});

// src/validate/root-cause.ts
function escapeSegment2(s2) {
  return s2.replace(/~/g, "~0").replace(/\//g, "~1");
}
function isRelated(a, b) {
  return a === b || a.startsWith(b + "/") || b.startsWith(a + "/");
}
function pathsEmptiedByUnsetVariables(doc, loaderFindings) {
  const unset = loaderFindings.filter((f) => f.ruleId === "config/unset-variable");
  const out = /* @__PURE__ */ new Set();
  if (!unset.length) return out;
  const textLines = doc.text.split(/\r?\n/);
  const tokens = /* @__PURE__ */ new Set();
  for (const f of unset) {
    if (f.line !== f.endLine) continue;
    const token = textLines[f.line - 1]?.slice(f.column - 1, f.endColumn - 1);
    if (token) tokens.add(token);
  }
  const lines = new Set(unset.map((f) => f.line));
  textLines.forEach((text, i) => {
    for (const token of tokens) if (text.includes(token)) lines.add(i + 1);
  });
  const walk3 = (value, path5) => {
    if (value === null || value === "") {
      if (path5 && lines.has(doc.locate(path5, "key").line)) out.add(path5);
      return;
    }
    if (typeof value !== "object") return;
    for (const [k, v] of Object.entries(value)) walk3(v, `${path5}/${escapeSegment2(k)}`);
  };
  walk3(doc.data, "");
  return out;
}
function dropCascades(schemaFindings, ruleFindings, emptied, foldedTypos) {
  const explained = /* @__PURE__ */ new Set();
  for (const f of schemaFindings) {
    if (f.severity !== "error") continue;
    explained.add(f.instancePath);
    if (foldedTypos.has(f)) explained.add(f.instancePath.slice(0, f.instancePath.lastIndexOf("/")));
  }
  const byEmptied = (f) => [...emptied].some((p) => isRelated(f.instancePath, p) && f.instancePath !== "");
  const kept = schemaFindings.filter((f) => !byEmptied(f));
  for (const f of ruleFindings) {
    if (f.severity === "error" && explained.has(f.instancePath)) continue;
    if (byEmptied(f)) continue;
    kept.push(f);
  }
  return kept;
}
var init_root_cause = __esm({
  "src/validate/root-cause.ts"() {
    "use strict";
  }
});

// src/validate/suppression.ts
function parseSuppressions(text) {
  const out = [];
  if (!text.includes("eksctl-preflight-ignore")) return out;
  text.split(/\r?\n/).forEach((lineText, i) => {
    const m = MARKER.exec(lineText);
    if (!m) return;
    const hash = lineText.indexOf("#", m.index);
    const targets = m[1].split(/[,\s]+/).map((t) => t.trim().replace(/^rules\//, "")).filter((t) => t !== "");
    out.push({ line: i + 1, column: hash + 1, standalone: lineText.slice(0, hash).trim() === "", targets });
  });
  return out;
}
var MARKER, Suppressions, COMMENT_RULE;
var init_suppression = __esm({
  "src/validate/suppression.ts"() {
    "use strict";
    MARKER = /(?:^|\s)#\s*eksctl-preflight-ignore\b(.*)$/;
    Suppressions = class {
      constructor(text, names) {
        this.names = names;
        this.comments = text === void 0 ? [] : parseSuppressions(text);
      }
      names;
      comments;
      /** Whether a comment of this file silences the finding. */
      covers(finding) {
        if (this.comments.length === 0) return false;
        const names = this.namesOf(finding.ruleId);
        return this.comments.some(
          (c) => (c.line === finding.line || c.standalone && c.line === finding.line - 1) && c.targets.some((t) => names.includes(t))
        );
      }
      /** Marks the findings a comment silences (suppressed: true); the warnings about the comments themselves stay. */
      apply(findings) {
        if (this.comments.length === 0) return;
        for (const f of findings) if (f.ruleId !== COMMENT_RULE && this.covers(f)) f.suppressed = true;
      }
      /** A warning for each comment that names nothing or an unknown rule. */
      commentFindings(file) {
        const out = [];
        for (const c of this.comments) {
          const unknown = c.targets.filter((t) => !this.names.isKnown(t));
          const message = c.targets.length === 0 ? "eksctl-preflight-ignore needs a rule id, e.g. `# eksctl-preflight-ignore nodegroup-name-unique` or `# eksctl-preflight-ignore schema/unknown-field`" : unknown.length > 0 ? `unknown rule ${unknown.map((u) => JSON.stringify(u)).join(", ")} in eksctl-preflight-ignore: this comment suppresses nothing for it` : null;
          if (!message) continue;
          out.push({
            ruleId: COMMENT_RULE,
            severity: "warning",
            message,
            instancePath: "",
            file,
            line: c.line,
            column: c.column,
            endLine: c.line,
            endColumn: c.column + 1
          });
        }
        return out;
      }
      /** The names a comment may use for a finding: its id, its group, and for rules its bare id. */
      namesOf(ruleId) {
        const slash = ruleId.indexOf("/");
        const prefix = slash === -1 ? ruleId : ruleId.slice(0, slash);
        if (prefix !== "rules") return [ruleId, prefix];
        const bare = ruleId.slice(slash + 1);
        const group = this.names.groupOf(bare);
        return group === void 0 ? [bare] : [bare, group];
      }
    };
    COMMENT_RULE = "rules/suppression-comment";
  }
});

// src/validate/index.ts
import { tmpdir } from "node:os";
import { readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import path3 from "node:path";
function isEngineName(name) {
  return ENGINE_GROUPS.includes(name) || ENGINE_GROUPS.some((g) => name.startsWith(g + "/"));
}
async function resolveTarget(requested, installed, env) {
  const value = requested.trim() || "installed";
  let source;
  let version;
  let found = null;
  if (value === "installed") {
    source = "installed";
    if (installed) found = installed;
    else {
      try {
        found = await detectInstalledEksctl({ env });
      } catch (error) {
        if (error instanceof EksctlNotFoundError) {
          throw new NoInstalledEksctlError(error.message);
        }
        throw error;
      }
    }
    version = found.version;
  } else if (value === "latest") {
    source = "latest";
    version = "latest";
  } else {
    source = "flag";
    version = value;
  }
  const schemaMessages = await addNewerSchema(version, found, env);
  let choice;
  try {
    choice = resolveRelease(version);
  } catch (error) {
    if (!(error instanceof UnknownReleaseError)) throw error;
    throw new InputError(
      source === "installed" ? `The installed eksctl is ${version}, which eksctl-preflight cannot validate for: ${error.message}. Name the release to check against instead (eksctl-version: ${VERSION_FORMS}).` : `eksctl-version "${value}" names no eksctl release: ${error.message}, or "installed" (the eksctl on PATH).`
    );
  }
  const messages = [...schemaMessages];
  if (choice.approximated) {
    messages.push({
      severity: "notice",
      message: choice.note ?? `eksctl ${version} is not a release eksctl-preflight knows; validating against eksctl ${choice.release.version}.`
    });
  }
  return {
    release: choice.release,
    source,
    requested: source === "latest" ? "latest" : version,
    approximated: choice.approximated,
    messages
  };
}
async function addNewerSchema(version, found, env) {
  if (!found) return [];
  const clean2 = import_semver10.default.valid(import_semver10.default.coerce(version));
  const newest = listReleases().at(-1)?.version;
  if (!clean2 || !newest || !import_semver10.default.gt(clean2, newest)) return [];
  const origin = found.schemaFile ?? found.binary ?? "eksctl";
  try {
    let schema;
    if (found.schemaFile) schema = JSON.parse(readFileSync2(found.schemaFile, "utf8"));
    else if (found.binary) {
      const toolCacheDir = env?.RUNNER_TOOL_CACHE || path3.join(tmpdir(), "eksctl-preflight-tool-cache");
      schema = (await binarySchema({ binary: found.binary, version: clean2, toolCacheDir, env })).schema;
    } else return [];
    addReleaseSchema(clean2, null, schema);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [
      {
        severity: "warning",
        message: `eksctl ${clean2} is newer than ${newest}, the newest release eksctl-preflight bundles, and its own schema could not be used (${origin}: ${why}); validating against eksctl ${newest} instead.`
      }
    ];
  }
  return [
    {
      severity: "notice",
      message: `eksctl ${clean2} is newer than ${newest}, the newest release eksctl-preflight bundles: validated with its own schema (\`eksctl utils schema\`). The corrections for places where eksctl's schema disagrees with its loader are known only for bundled releases and do not apply.`
    }
  ];
}
function splitList(values) {
  return (values ?? []).flatMap((v) => (v ?? "").split(/[\s,]+/)).filter(Boolean);
}
function byPosition2(a, b) {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
function selected(ruleId, disable) {
  return !disable.some((d) => ruleId === d || ruleId.startsWith(d.endsWith("/") ? d : d + "/"));
}
function readSourceForExcerpt(loaded, workspace) {
  if (loaded.path === "-") return void 0;
  try {
    const full = path3.resolve(workspace, loaded.path);
    if (statSync3(full).size > EXCERPT_SOURCE_LIMIT) return void 0;
    const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync2(full));
    return text.includes("\0") ? void 0 : text;
  } catch {
    return void 0;
  }
}
function validateDocument(doc, loaderFindings, target, releases2, rules, suppressions, readErrors) {
  const emptied = pathsEmptiedByUnsetVariables(doc, loaderFindings);
  const skip = emptied.size ? /* @__PURE__ */ new Set([...doc.placeholderPaths, ...emptied]) : doc.placeholderPaths;
  const options = { skipValueChecksAt: skip };
  let schema = null;
  const ctx = {
    doc,
    target,
    releases: releases2,
    schema: () => schema ??= schemaForRelease(target.version)
  };
  const folded = /* @__PURE__ */ new Set();
  const evaluated = evaluateWithCompatible(doc.data, target.version, options);
  const schemaFindings = schemaErrorsToFindings(evaluated.errors, ctx, folded);
  const findings = dropCascades(schemaFindings, runRules(doc, target.version, rules), emptied, folded);
  suppressions.apply(findings);
  const ranges = evaluated.compatible;
  const compatible = toCompatibleRange(ranges, releases2);
  const minEksctlVersion = readErrors ? null : minimumWithChecks(
    ranges,
    releases2,
    (version) => version === target.version ? findings.filter((f) => f.ruleId.startsWith("rules/") && f.severity === "error" && !f.suppressed) : runRules(doc, version, rules).filter((f) => f.severity === "error" && !suppressions.covers(f))
  );
  return { findings, compatible, minEksctlVersion };
}
async function validateFiles(options) {
  const disable = options.rules?.disable ?? [];
  const rules = {
    ...options.rules,
    enable: options.rules?.enable ?? [],
    disable: disable.filter((d) => !isEngineName(d))
  };
  selectRules(rules);
  const engineDisable = disable.filter(isEngineName);
  const target = await resolveTarget(options.eksctlVersion ?? "installed", options.installed, options.env);
  const releases2 = listReleases();
  const loaded = eachConfig({
    patterns: options.patterns,
    workspace: options.workspace,
    cwd: options.cwd,
    envsubst: options.envsubst ?? false,
    env: options.env ?? {},
    readStdin: options.readStdin
  });
  const files = [];
  for await (const file of loaded) files.push(validateLoaded(file));
  function validateLoaded(file) {
    const findings = [...file.findings];
    const source = file.document?.text ?? (findings.length ? readSourceForExcerpt(file, options.workspace) : void 0);
    const suppressions = new Suppressions(source, SUPPRESSION_NAMES);
    let compatible = null;
    let minEksctlVersion = null;
    if (file.kind === "ClusterConfig" && file.document) {
      const readErrors = file.findings.some(
        (f) => f.severity === "error" && selected(f.ruleId, engineDisable) && !suppressions.covers(f)
      );
      const result = validateDocument(
        file.document,
        file.findings,
        target.release,
        releases2,
        rules,
        suppressions,
        readErrors
      );
      findings.push(...result.findings);
      compatible = result.compatible;
      minEksctlVersion = result.minEksctlVersion;
    }
    const unread = file.kind === "ClusterConfig" && !file.document;
    suppressions.apply(unread ? findings.filter((f) => f.severity !== "error") : findings);
    findings.push(...suppressions.commentFindings(file.path));
    const kept = findings.filter((f) => selected(f.ruleId, engineDisable)).sort(byPosition2);
    const report2 = {
      path: file.path,
      kind: file.kind,
      valid: !kept.some((f) => f.severity === "error" && !f.suppressed),
      compatible,
      minEksctlVersion,
      findings: kept
    };
    if (source !== void 0 && (file.document || kept.length)) report2.source = source;
    return report2;
  }
  const messages = [...target.messages];
  const anyError = files.some((f) => f.findings.some((x) => x.severity === "error" && !x.suppressed));
  if (!files.some((f) => f.kind === "ClusterConfig") && !anyError) {
    messages.push({
      severity: "error",
      message: (files.length === 1 ? "The file matched is not an eksctl ClusterConfig" : `None of the ${files.length} files matched is an eksctl ClusterConfig`) + " (apiVersion: eksctl.io/v1alpha5, kind: ClusterConfig): nothing was validated."
    });
  }
  return {
    eksctlVersion: target.release.version,
    eksctlVersionSource: target.source,
    eksctlVersionRequested: target.requested,
    approximated: target.approximated,
    messages,
    files,
    minEksctlVersion: overallMinimum(files),
    summary: summarize(files, messages)
  };
}
var import_semver10, NoInstalledEksctlError, ENGINE_GROUPS, ENGINE_IDS, SUPPRESSION_NAMES, VERSION_FORMS, EXCERPT_SOURCE_LIMIT;
var init_validate = __esm({
  "src/validate/index.ts"() {
    "use strict";
    import_semver10 = __toESM(require_semver2(), 1);
    init_config();
    init_binary_schema();
    init_version();
    init_rule_catalog();
    init_model();
    init_rules2();
    init_schemas();
    init_evaluate();
    init_compatible();
    init_messages();
    init_root_cause();
    init_suppression();
    NoInstalledEksctlError = class extends InputError {
    };
    registerRules(
      Object.entries(configRules).map(([id, info]) => ({
        id,
        summary: info.summary,
        help: `${info.summary} See "How files are read" in the eksctl-preflight README.`
      }))
    );
    registerRules(
      listRules().map((rule) => ({
        id: rule.ruleId,
        summary: rule.summary,
        help: `${rule.summary} eksctl checks this from ${rule.since}${rule.until ? ` to before ${rule.until}` : ""}. See "Rules" in the eksctl-preflight README.`
      }))
    );
    registerRules([
      {
        id: COMMENT_RULE,
        summary: "An `# eksctl-preflight-ignore` comment that names no rule, or a rule id or group that does not exist.",
        help: 'Name the rule id of the finding to silence (as reports show it), or a group. See "Suppressing one finding" in the eksctl-preflight README.'
      }
    ]);
    ENGINE_GROUPS = ["schema", "yaml", "config"];
    ENGINE_IDS = /* @__PURE__ */ new Set([...Object.keys(configRules), ...Object.values(SCHEMA_RULES)]);
    SUPPRESSION_NAMES = {
      isKnown: (name) => ENGINE_IDS.has(name) || ENGINE_GROUPS.includes(name) || isRuleName(name),
      groupOf: ruleGroupOf
    };
    VERSION_FORMS = "installed, latest, or an eksctl release such as 0.230.0 or v0.112.0";
    EXCERPT_SOURCE_LIMIT = 2 * 1024 * 1024;
  }
});

// src/cli/validate.ts
var validate_exports = {};
__export(validate_exports, {
  VALIDATE_HELP: () => VALIDATE_HELP,
  validateCommand: () => validateCommand
});
import path4 from "node:path";
function oneOf(name, value, allowed) {
  if (!allowed.includes(value))
    throw new UsageError(`${name} must be one of ${allowed.join(", ")}; got "${value}"`);
  return value;
}
var VALIDATE_HELP, FORMATS, FAIL_ON, renderers, validateCommand;
var init_validate2 = __esm({
  "src/cli/validate.ts"() {
    "use strict";
    init_args();
    init_io();
    init_model();
    init_text();
    init_json();
    init_sarif();
    init_github();
    init_write();
    init_validate();
    VALIDATE_HELP = `Usage: eksctl-preflight validate [files…] [options]

Validate eksctl ClusterConfig files (globs, .yaml/.yml/.json; - reads stdin) against an eksctl release.

Options:
  --eksctl-version V   installed (default: \`eksctl version\` from PATH), latest (newest known release),
                       or a release such as 0.230.0 or v0.112.0
  --format F           text (default), json, sarif or github (workflow-command annotations)
  --fail-on S          error (default), warning or never: lowest severity that exits 1
  --envsubst           expand \${VAR} placeholders from the environment first (an unset variable is an error)
  --rules IDS          rule ids or groups to enable in addition to the defaults (comma-separated)
  --ignore-rules IDS   rule ids or groups to turn off (comma-separated), e.g. schema/unknown-field
  --sarif-file F       also write a SARIF 2.1.0 report to F
  --workspace DIR      files must lie inside DIR (default: the current directory); paths are shown relative to it
  -h, --help           this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on, 2 usage or input error.
`;
    FORMATS = ["text", "json", "sarif", "github"];
    FAIL_ON = ["error", "warning", "never"];
    renderers = {
      text: renderText,
      json: renderJson,
      sarif: renderSarif,
      github: renderGithub
    };
    validateCommand = async (args, io) => {
      const { values, positionals } = parseCommandArgs(
        args,
        {
          allowPositionals: true,
          options: {
            "eksctl-version": { type: "string" },
            format: { type: "string", default: "text" },
            "fail-on": { type: "string", default: "error" },
            envsubst: { type: "boolean", default: false },
            rules: { type: "string", multiple: true },
            "ignore-rules": { type: "string", multiple: true },
            "sarif-file": { type: "string" },
            workspace: { type: "string" },
            help: { type: "boolean", short: "h", default: false }
          }
        },
        `

${VALIDATE_HELP}`
      );
      if (values.help) {
        io.stdout(VALIDATE_HELP);
        return EXIT_OK;
      }
      if (!positionals.length) throw new UsageError(`name the files to validate (or - for stdin)

${VALIDATE_HELP}`);
      const format = oneOf("--format", values.format, FORMATS);
      const failOn = oneOf("--fail-on", values["fail-on"], FAIL_ON);
      const workspace = path4.resolve(io.cwd, values.workspace ?? ".");
      let report2;
      try {
        report2 = await validateFiles({
          patterns: positionals,
          workspace,
          cwd: io.cwd,
          envsubst: values.envsubst,
          env: io.env,
          readStdin: io.readStdin,
          eksctlVersion: values["eksctl-version"] ?? "installed",
          rules: { enable: splitList(values.rules), disable: splitList(values["ignore-rules"]) }
        });
      } catch (error) {
        if (error instanceof NoInstalledEksctlError) {
          io.stderr(`eksctl-preflight validate: ${error.message} Here: --eksctl-version 0.230.0 (or latest).
`);
          return EXIT_USAGE;
        }
        if (error instanceof InputError) {
          io.stderr(`eksctl-preflight validate: ${error.message}
`);
          return EXIT_USAGE;
        }
        throw error;
      }
      if (values["sarif-file"]) writeFileAtomic(path4.resolve(io.cwd, values["sarif-file"]), renderSarif(report2));
      io.stdout(renderers[format](report2));
      return failsOn(report2, failOn) ? EXIT_FINDINGS : EXIT_OK;
    };
  }
});

// src/cli/schema.ts
var schema_exports = {};
__export(schema_exports, {
  fieldsCommand: () => fieldsCommand,
  schemaCommand: () => schemaCommand
});
function describe(report2) {
  const name = report2.value === void 0 ? report2.path : `${report2.path}=${report2.value}`;
  const releases2 = listReleases();
  const [oldest, newest] = [releases2[0], releases2[releases2.length - 1]];
  if (!report2.ranges.length) {
    const none = `${name}: in no known release (${oldest.version} … ${newest.version})`;
    if (report2.suggestion) return `${none}; did you mean ${report2.suggestion}?`;
    return `${none}${report2.value === void 0 ? "" : "; the field may exist without this value"}`;
  }
  const verb = report2.value === void 0 ? "added" : "accepted";
  const parts = report2.ranges.map((r) => {
    const start = r.from === oldest.version ? `present since ${r.from} (${r.fromDate}, the first release with a schema)` : `${verb} in ${r.from} (${r.fromDate})`;
    if (r.to === null) return start;
    const end = r.removedIn ? `removed in ${r.removedIn} (${releases2.find((x) => x.version === r.removedIn).date}; last in ${r.to})` : `last in ${r.to}`;
    return `${start}, ${end}`;
  });
  return `${name}: ${parts.join("; then ")}`;
}
var SCHEMA_HELP, FIELDS_HELP, schemaCommand, fieldsCommand;
var init_schema = __esm({
  "src/cli/schema.ts"() {
    "use strict";
    init_schemas();
    init_suggest();
    init_args();
    init_io();
    SCHEMA_HELP = `Usage: eksctl-preflight schema --eksctl-version V [--no-corrections]

Prints the ClusterConfig JSON Schema (draft-07) of eksctl release V: 0.112.0, v0.112.0, 0.112.3 (nearest lower
patch), 0.150.0-rc.1, 0.149.0-dev+…, a newer release (the newest known is used) or "latest".
The corrections for places where eksctl's own schema disagrees with its loader are applied unless
--no-corrections is given. Use the output as a yaml-language-server $schema for editor validation.
`;
    FIELDS_HELP = `Usage: eksctl-preflight fields PATH[=VALUE]… [--format text|json] [--no-corrections]

Prints the eksctl releases in which a ClusterConfig field exists (PATH: iamIdentityMappings,
managedNodeGroups[].taints, iam.podIdentityAssociations) or an enum value is accepted
(managedNodeGroups[].amiFamily=AmazonLinux2023). For a path in no known release it suggests the closest path
that some release has. Exit code 0, or 1 when a path or value is in no known release.
`;
    schemaCommand = async (args, io) => {
      if (args.includes("--help") || args.includes("-h")) {
        io.stdout(SCHEMA_HELP);
        return EXIT_OK;
      }
      const { values, positionals } = parseCommandArgs(args, {
        allowPositionals: true,
        options: { "eksctl-version": { type: "string" }, "no-corrections": { type: "boolean", default: false } }
      });
      if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"

${SCHEMA_HELP}`);
      const requested = values["eksctl-version"];
      if (!requested) throw new UsageError(`--eksctl-version is required

${SCHEMA_HELP}`);
      let choice;
      try {
        choice = resolveRelease(requested);
      } catch (error) {
        if (error instanceof UnknownReleaseError) throw new UsageError(error.message);
        throw error;
      }
      if (choice.approximated && choice.note) io.stderr(`eksctl-preflight schema: ${choice.note}
`);
      const schema = schemaForRelease(choice.release.version, { corrections: !values["no-corrections"] });
      io.stdout(JSON.stringify(schema, null, 2) + "\n");
      return EXIT_OK;
    };
    fieldsCommand = async (args, io) => {
      if (args.includes("--help") || args.includes("-h")) {
        io.stdout(FIELDS_HELP);
        return EXIT_OK;
      }
      const { values, positionals } = parseCommandArgs(args, {
        allowPositionals: true,
        options: { format: { type: "string", default: "text" }, "no-corrections": { type: "boolean", default: false } }
      });
      const format = values.format;
      if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not "${format}"`);
      if (!positionals.length) throw new UsageError(`give at least one field path

${FIELDS_HELP}`);
      const corrections = !values["no-corrections"];
      const releases2 = listReleases();
      const dateOf = (v) => releases2.find((r) => r.version === v).date;
      const reports = positionals.map((arg) => {
        const eq = arg.indexOf("=");
        const path5 = eq < 0 ? arg : arg.slice(0, eq);
        const value = eq < 0 ? void 0 : arg.slice(eq + 1);
        let ranges;
        try {
          ranges = value === void 0 ? fieldHistory(path5, { corrections }) : enumValueHistory(path5, value, { corrections });
        } catch (error) {
          throw new UsageError(error.message);
        }
        const missing = value === void 0 ? !ranges.length : !ranges.length && !fieldHistory(path5, { corrections }).length;
        const suggested = missing ? suggestFieldPath(path5, { corrections }) : null;
        return {
          path: path5,
          ...value === void 0 ? {} : { value },
          ...suggested === null ? {} : { suggestion: value === void 0 ? suggested : `${suggested}=${value}` },
          ranges: ranges.map((r) => {
            const next = r.to === null ? null : releases2[releases2.findIndex((x) => x.version === r.to) + 1];
            return {
              ...r,
              fromDate: dateOf(r.from),
              toDate: r.to === null ? null : dateOf(r.to),
              removedIn: next ? next.version : null
            };
          })
        };
      });
      if (format === "json") io.stdout(JSON.stringify(reports, null, 2) + "\n");
      else io.stdout(reports.map((r) => describe(r) + "\n").join(""));
      return reports.some((r) => r.ranges.length === 0) ? EXIT_FINDINGS : EXIT_OK;
    };
  }
});

// src/cli/rules.ts
var rules_exports = {};
__export(rules_exports, {
  rulesCommand: () => rulesCommand
});
function releases(rule) {
  return rule.until ? `${rule.since} – before ${rule.until}` : `${rule.since}+`;
}
var HELP, rulesCommand;
var init_rules3 = __esm({
  "src/cli/rules.ts"() {
    "use strict";
    init_rules2();
    init_args();
    init_io();
    HELP = `Usage: eksctl-preflight rules [--format text|json] [--group G]

Lists the create-time rules: id, group, the eksctl releases that have the check, severity, and whether it runs by
default (the karpenter group is off unless enabled with --rules karpenter). Use the ids or groups with
validate --rules / --ignore-rules, or in a "# eksctl-preflight-ignore <rule-id>" comment.
`;
    rulesCommand = async (args, io) => {
      const { values } = parseCommandArgs(args, {
        options: {
          format: { type: "string", default: "text" },
          group: { type: "string" },
          help: { type: "boolean", short: "h" }
        }
      });
      if (values.help) {
        io.stdout(HELP);
        return EXIT_OK;
      }
      if (values.format !== "text" && values.format !== "json") throw new UsageError("--format must be text or json");
      const all = listRules();
      const rules = values.group ? all.filter((r) => r.group === values.group) : all;
      if (rules.length === 0) {
        const groups = [...new Set(all.map((r) => r.group))].join(", ");
        throw new UsageError(`no rule group "${values.group}": groups are ${groups}`);
      }
      if (values.format === "json") {
        io.stdout(JSON.stringify(rules, null, 2) + "\n");
        return EXIT_OK;
      }
      const idWidth = Math.max(...rules.map((r) => r.id.length));
      const groupWidth = Math.max(...rules.map((r) => r.group.length));
      for (const rule of rules) {
        const state = rule.defaultEnabled ? "on " : "off";
        io.stdout(
          `${rule.id.padEnd(idWidth)}  ${rule.group.padEnd(groupWidth)}  ${state}  ${rule.severity.padEnd(7)}  eksctl ${releases(rule)}
${" ".repeat(idWidth + 2)}${rule.summary}
`
        );
      }
      io.stdout(`
${rules.length} rules; "off" rules run only when enabled with --rules <id or group>.
`);
      return EXIT_OK;
    };
  }
});

// src/karpenter/analyze/catalog.ts
function matchRule(text, logger) {
  for (const rule of RULES) {
    if (rule.logger && !rule.logger.test(logger)) continue;
    if (rule.pattern.test(text)) return rule;
  }
  return null;
}
function isNoise(text) {
  for (const re of NOISE) if (re.test(text)) return true;
  return false;
}
var TS, FAQ, GETTING_STARTED, UPGRADE, V1_MIGRATION, NOISE, RULES, PANIC_FIX, OTHER_FIX;
var init_catalog = __esm({
  "src/karpenter/analyze/catalog.ts"() {
    "use strict";
    TS = "https://karpenter.sh/docs/troubleshooting/";
    FAQ = "https://karpenter.sh/docs/faq/";
    GETTING_STARTED = "https://karpenter.sh/docs/getting-started/getting-started-with-karpenter/";
    UPGRADE = "https://karpenter.sh/docs/upgrading/upgrade-guide/";
    V1_MIGRATION = "https://karpenter.sh/docs/upgrading/v1-migration/";
    NOISE = [
      // Optimistic-concurrency conflicts: controller-runtime retries with the fresh object.
      /the object has been modified; please apply your changes to the latest version/,
      // The standby replica waits for the lease; that is how leader election works.
      /attempting to acquire leader lease/,
      /successfully acquired lease/
    ];
    RULES = [
      {
        id: "spot-slr",
        category: "spot-service-linked-role",
        title: "The EC2 Spot service-linked role is missing and the controller may not create it",
        pattern: /ServiceLinkedRoleCreationNotPermitted|SpotSLRCreationFailed|service-linked role for EC2 Spot/,
        fix: 'Create the role once per AWS account: `aws iam create-service-linked-role --aws-service-name spot.amazonaws.com` (an "has been taken" answer means it already exists). Until then Spot launches fail; from v1.5 Karpenter treats this like missing Spot capacity and uses on-demand if the NodePool allows it.',
        docs: TS
      },
      {
        id: "cluster-endpoint",
        category: "cluster-endpoint",
        title: "The controller could not determine the cluster endpoint",
        pattern: /unable to detect the cluster endpoint|failed detecting cluster endpoint|failed to resolve cluster endpoint|not a valid clusterEndpoint URL/,
        fix: "With no endpoint configured, Karpenter asks EKS for it (`eks:DescribeCluster`) at startup and exits if that fails. Allow `eks:DescribeCluster` on the cluster for the controller role and check it can reach the EKS API, or set the endpoint explicitly (Helm `settings.clusterEndpoint`; `settings.aws.clusterEndpoint` before v0.33).",
        docs: null
      },
      {
        id: "sts-credentials",
        category: "sts-credentials",
        title: "The controller could not obtain AWS credentials (STS / EC2 connectivity check failed)",
        pattern: /Checking EC2 API connectivity|ec2 api connectivity check failed|WebIdentityErr|failed to retrieve credentials|NoCredentialProviders|InvalidIdentityToken|ExpiredToken|lookup sts\.[\w.-]+ on [^:]+:\d+: (?:i\/o timeout|no such host)/,
        fix: "An `i/o timeout` looking up sts.<region>.amazonaws.com means cluster DNS was not answering when the pod started: install with `--set dnsPolicy=Default`, or make sure CoreDNS runs on capacity that exists without Karpenter (managed node group/Fargate). Otherwise check the identity wiring: with IRSA the role-arn annotation on the `karpenter` service account and the role trust policy; with Pod Identity the association and the `eks-pod-identity-agent` addon.",
        docs: TS
      },
      {
        id: "queue-not-found",
        category: "queue-not-found",
        title: "The interruption queue does not exist or cannot be read",
        pattern: /NonExistentQueue|QueueNotFound|QueueDoesNotExist|specified queue does not exist|creating sqs provider/,
        fix: "The SQS queue named by `settings.interruptionQueue` (`settings.aws.interruptionQueueName` before v0.32) must exist with its EventBridge rules (the getting-started CloudFormation template creates both, named after the cluster) and the controller needs sqs:GetQueueUrl/ReceiveMessage/DeleteMessage on it. Create it, fix the name, or unset the setting to run without interruption handling.",
        docs: FAQ
      },
      {
        id: "webhook-renamed-v0.19",
        category: "webhook",
        title: "A webhook configuration from before v0.19 is still registered",
        pattern: /failed calling webhook "(?:validation|defaulting)\.webhook\.provisioners\.karpenter\.sh"/,
        fix: "v0.19.0 renamed the webhooks; configurations left behind (e.g. by GitOps tools) point at nothing. Remove them: `kubectl delete mutatingwebhookconfigurations defaulting.webhook.provisioners.karpenter.sh` and `kubectl delete validatingwebhookconfiguration validation.webhook.provisioners.karpenter.sh`. On v0.18 or older, instead check that the pod is 2/2 Ready, the service has endpoints and security groups let the API server reach the webhook.",
        docs: TS
      },
      {
        id: "webhook-removed-v0.27.3",
        category: "webhook",
        title: "The defaulting webhook removed in v0.27.3 is still registered",
        pattern: /failed calling webhook "defaulting\.webhook\.karpenter\.sh"/,
        fix: "v0.27.3 dropped this webhook; delete the leftover: `kubectl delete mutatingwebhookconfigurations defaulting.webhook.karpenter.sh`.",
        docs: TS
      },
      {
        id: "webhook-conversion",
        category: "webhook",
        title: "CRD conversion webhook (v1 migration) is not reachable or not configured",
        pattern: /conversion webhook for karpenter|isn't configured for webhook conversion|service "karpenter" not found|ConversionWebhook/,
        fix: "During the move to v1 the CRDs call the controller to convert v1beta1 objects. Install the `karpenter-crd` chart with `webhook.enabled=true` and `webhook.serviceName`/`webhook.serviceNamespace`/`webhook.port=8443` matching the Karpenter service (its namespace is hard-coded to kube-system in the main chart CRDs), and allow traffic from the API server to the webhook port in security groups and network policies.",
        docs: V1_MIGRATION
      },
      {
        id: "webhook-unreachable",
        category: "webhook",
        title: "API server calls to the Karpenter webhook fail",
        pattern: /failed calling webhook|no endpoints available for service "?karpenter/,
        fix: "The webhook service has no ready endpoint or the API server cannot reach it: check `kubectl get pods -A -l app.kubernetes.io/name=karpenter` (Ready), `kubectl get endpoints -A -l app.kubernetes.io/name=karpenter`, the namespace in the webhook configuration, and that security groups/network policies allow the control plane to reach port 8443 (443 before v0.29).",
        docs: TS
      },
      {
        id: "webhook-tls-handshake",
        category: "webhook",
        title: "TLS handshake errors on the webhook port",
        pattern: /http: TLS handshake error/,
        fix: "Usually harmless: a client (load balancer health check, API server) closed the connection early. It matters only if webhook calls fail; then check the webhook certificate secret and that the API server reaches the pods.",
        docs: null
      },
      {
        id: "webhook-reconcile",
        category: "webhook",
        title: "The webhook certificate/configuration reconciler failed",
        pattern: /./,
        logger: /^webhook/,
        fix: "The knative webhook machinery could not update its certificate or configuration, most often because of a transient API server error (e.g. `etcdserver: leader changed`). Repeated failures point at API server health or the controller's RBAC on secrets and webhook configurations.",
        docs: null
      },
      {
        id: "leader-election",
        category: "leader-election",
        title: "Leader election lease could not be renewed",
        pattern: /failed to renew lease|error retrieving resource lock|Failed to update lock|leader election lost|leaderelection lost/,
        fix: "The leader could not read or update the `karpenter-leader-election` Lease in time (API server unreachable, slow or throttled); losing it restarts the pod. Check API server health and the controller CPU limit; installing in kube-system (or adding FlowSchemas) keeps API Priority and Fairness from throttling Karpenter.",
        docs: GETTING_STARTED
      },
      {
        id: "throttling",
        category: "throttling",
        title: "AWS API calls were throttled",
        pattern: /RequestLimitExceeded|ThrottlingException|Throttling: |Rate exceeded|TooManyRequestsException/,
        fix: "EC2 (or another AWS API) rejected calls for exceeding the request rate. Karpenter backs off and retries; if it persists, look for other automation calling the same APIs in the account and region, or ask AWS for a higher API rate limit.",
        docs: null
      },
      {
        id: "capacity-quota",
        category: "insufficient-capacity",
        title: "An account quota stopped the launch",
        pattern: /VcpuLimitExceeded|VCPULimitExceeded|MaxSpotInstanceCountExceeded|SpotQuotaExceeded|FleetQuotaExceeded|MaxFleetCountExceeded/,
        fix: "The AWS account reached a quota (vCPUs per instance family, Spot instances or fleets). Request an increase in Service Quotas, or set NodePool limits so Karpenter stays under it.",
        docs: FAQ
      },
      {
        id: "capacity-subnet-ips",
        category: "insufficient-capacity",
        title: "The selected subnets have no free IP addresses",
        pattern: /InsufficientFreeAddressesInSubnet/,
        fix: "The subnets selected by the EC2NodeClass are out of addresses. Add subnets (or a secondary CIDR) tagged for the selector, or use prefix delegation/custom networking to use fewer addresses per node.",
        docs: null
      },
      {
        id: "insufficient-capacity",
        category: "insufficient-capacity",
        title: "EC2 had no capacity for the requested instance types",
        pattern: /insufficient capacity|InsufficientInstanceCapacity|UnfulfillableCapacity|ReservationCapacityExceeded|all requested instance types were unavailable/,
        fix: "No offering (instance type × zone × capacity type) the NodeClaim allowed had capacity; Karpenter marks such offerings unavailable for about 3 minutes and tries others. Give it room: allow more instance families and sizes and more zones, and both `spot` and `on-demand` in `karpenter.sh/capacity-type` so it can fall back.",
        docs: FAQ
      },
      {
        id: "no-subnets",
        category: "no-subnets",
        title: "No subnet matched the subnet selector",
        pattern: /no subnets|getting subnets|SubnetsNotFound|SubnetSelector did not match/,
        fix: "Tag the node subnets with the key/value the selector uses (the guide uses `karpenter.sh/discovery: <cluster-name>`) or fix `subnetSelectorTerms` (`subnetSelector` before v0.32). Check what matches with `aws ec2 describe-subnets --filters Name=tag:karpenter.sh/discovery,Values=<cluster-name>`.",
        docs: TS
      },
      {
        id: "no-security-groups",
        category: "no-security-groups",
        title: "No security group matched the security group selector",
        pattern: /no security groups|getting security groups|SecurityGroupsNotFound|SecurityGroupSelector did not match/,
        fix: "Tag the node security group with the key/value the selector uses (the guide uses `karpenter.sh/discovery: <cluster-name>`) or fix `securityGroupSelectorTerms` (`securityGroupSelector` before v0.32). Check with `aws ec2 describe-security-groups --filters Name=tag:karpenter.sh/discovery,Values=<cluster-name>`.",
        docs: TS
      },
      {
        id: "no-amis",
        category: "no-amis",
        title: "The AMI selector resolved no image",
        pattern: /no amis exist|failed to discover (?:any )?AMIs|discovering amis from ssm|failed discovering amis|AMINotFound|AMISelector did not match|InvalidAMIID|UnsupportedAlias|specify your Ubuntu AMIs/i,
        fix: "The EC2NodeClass `amiSelectorTerms` (alias, ids, tags, owners) or `amiFamily` resolve to no image the controller can use in this region/architecture. Check that the alias version exists, that ids/tags/owners are right, and that the controller may call ssm:GetParameter (aliases) and ec2:DescribeImages.",
        docs: null
      },
      {
        id: "unauthorized",
        category: "unauthorized",
        title: "EC2 refused an action for the controller role (UnauthorizedOperation)",
        pattern: /UnauthorizedOperation|AuthCheckFailed|AMIAuthorizationFailure|Reason: Unauthorized/,
        fix: 'The controller role may not call an EC2 action (usually CreateFleet/RunInstances/CreateLaunchTemplate). Compare its policy with the getting-started CloudFormation template of your version, check tag conditions, Service Control Policies ("explicit deny") and KMS grants for encrypted EBS volumes; `aws sts decode-authorization-message` shows the denied action. On v1.x, annotate the EC2NodeClass after the fix to re-run validation.',
        docs: TS
      },
      {
        id: "access-denied",
        category: "access-denied",
        title: "An AWS API call was denied for the controller role",
        pattern: /AccessDenied|not authorized to perform/,
        fix: "Add the denied action (named in the message, e.g. iam:PassRole on the node role, iam:ListInstanceProfiles since v1.7, ssm:GetParameter, pricing:GetProducts) to the controller policy; the upgrade guide lists the permissions each release needs.",
        docs: UPGRADE
      },
      {
        id: "nodepool-limits",
        category: "nodepool-limits",
        title: "NodePool (Provisioner) limits are reached",
        pattern: /exceed (?:provisioner )?limits|exceed limits for|limits have been exhausted/,
        fix: "The NodePool `spec.limits` (Provisioner `spec.limits.resources` before v0.32) caps the CPU/memory it may launch, and every candidate instance would pass it. Raise or drop the limit, or let another NodePool take the pods.",
        docs: null
      },
      {
        id: "unschedulable-pod",
        category: "unschedulable-pod",
        title: "Pods fit no NodePool (Provisioner)",
        pattern: /could not schedule pod|incompatible with (?:provisioner|nodepool)|no instance type (?:satisfied|met|has)|did not tolerate|incompatible requirements/i,
        fix: "No NodePool can take the pod: its requests, node selectors/affinity, topology spread, tolerations or a bound volume's zone exclude every instance type and zone the NodePools offer. The text after each NodePool name says why; change the pod spec or widen the NodePool requirements/taints (`kubectl describe pod` shows the same as an event).",
        docs: TS
      },
      {
        id: "registration-timeout",
        category: "registration-timeout",
        title: "Launched instances never joined the cluster",
        pattern: /due to registration ttl|terminating due to timeout|registration timeout|Node not registered|NodeNotFound|failed to register/,
        fix: "The instance started but no node registered within the timeout (15 min), so Karpenter terminated it. Look at the bootstrap: the node role must be mapped (aws-auth `system:node:{{EC2PrivateDNSName}}` or an access entry), security groups must let the node reach the control plane, and the AMI/user data must suit the cluster; the instance console output or kubelet journal tells which.",
        docs: TS
      },
      {
        id: "pricing",
        category: "other",
        title: "Pricing data could not be refreshed",
        pattern: /updating (?:on-demand|spot) pricing|pricing data|retreiving pricing|retrieving pricing/,
        fix: "The controller could not reach the AWS Price List API and keeps its built-in prices. In VPCs without internet or a pricing endpoint set `settings.isolatedVPC=true` (AWS_ISOLATED_VPC) to stop the lookups.",
        docs: TS
      },
      {
        id: "in-tree-storage",
        category: "other",
        title: "Volumes use an in-tree storage plugin",
        pattern: /uses an in-tree storage plugin/,
        fix: "Karpenter counts volume limits for CSI drivers only. Migrate StorageClasses/PVs to the EBS CSI driver (`ebs.csi.aws.com`); a startup taint `ebs.csi.aws.com/agent-not-ready:NoExecute` avoids scheduling before it is ready.",
        docs: TS
      },
      {
        id: "node-not-initialized",
        category: "other",
        title: "A node did not finish initialization (missing extended resource or startup taint)",
        pattern: /Inflight check failed|failed consistency check|didn't register on the node/,
        fix: "An expected resource (e.g. `vpc.amazonaws.com/pod-eni`, `nvidia.com/gpu`) never appeared on the node or a startup taint stayed. Enable security groups for pods in the VPC CNI, install the device plugin, or remove the taint from the NodePool.",
        docs: TS
      },
      {
        id: "nodeclass-not-ready",
        category: "other",
        title: "The EC2NodeClass is not ready",
        pattern: /NodeClassRef not ready|NodeClassNotReady|nodeclass status has not been reconciled|resolving cluster CIDR/,
        fix: "NodeClaims wait until their EC2NodeClass is Ready. `kubectl get ec2nodeclass -o yaml` shows which condition (SubnetsReady, SecurityGroupsReady, AMIsReady, InstanceProfileReady, ValidationSucceeded) is False and why.",
        docs: null
      },
      {
        id: "launch-template",
        category: "other",
        title: "The instance launch request was invalid",
        pattern: /InvalidBlockDeviceMapping|LaunchTemplateNotFound|InvalidLaunchTemplate|UserDataSizeLimitExceeded|InstanceProfileNameInvalid|SecurityGroupSubnetVPCMismatch|InvalidParameter/,
        fix: "EC2 rejected the launch parameters Karpenter built from the EC2NodeClass (block device mappings, user data, instance profile, security groups in another VPC). Fix the EC2NodeClass field the error names.",
        docs: TS
      }
    ];
    PANIC_FIX = "The controller crashed. The first line and the top frames of the stack trace say where; `kubectl logs --previous` shows the crashed container. Check whether it repeats (pod restarts) and whether a newer patch release of your minor version fixes it.";
    OTHER_FIX = "No documented cause matches this error. The message names the failing step; check the objects it names (NodePool, EC2NodeClass, NodeClaim) with `kubectl describe` and the controller permissions.";
  }
});

// src/karpenter/analyze/lines.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { TextDecoder as TextDecoder2 } from "node:util";
function copyLatin1(s2) {
  return s2.length < 13 ? s2 : Buffer.from(s2, "latin1").toString("latin1");
}
function utf8Of(latin1) {
  return NON_ASCII.test(latin1) ? Buffer.from(latin1, "latin1").toString("utf8") : latin1;
}
function own(s2) {
  if (s2 === null || s2.length < 13) return s2;
  return Buffer.from(s2, "utf8").toString("utf8");
}
async function splitLines(input, consumer) {
  let carry = "";
  let skipping = false;
  let first = true;
  let utf16 = null;
  const emit = (text, start, end) => {
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    consumer.line(text, start, end);
  };
  for await (const piece of input) {
    let buf = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
    if (first && buf.length > 0) {
      first = false;
      if (buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) buf = buf.subarray(3);
      else if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) utf16 = new TextDecoder2("utf-16le");
      else if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) utf16 = new TextDecoder2("utf-16be");
    }
    if (utf16) buf = Buffer.from(utf16.decode(buf, { stream: true }), "utf8");
    for (let off = 0; off < buf.length; off += PIECE) {
      const text = buf.toString("latin1", off, Math.min(buf.length, off + PIECE));
      let start = 0;
      if (skipping) {
        const nl2 = text.indexOf("\n");
        if (nl2 === -1) continue;
        skipping = false;
        start = nl2 + 1;
      } else if (carry.length > 0) {
        const nl2 = text.indexOf("\n");
        if (nl2 === -1) {
          carry += text;
          if (carry.length > MAX_LINE_CHARS) {
            carry = "";
            skipping = true;
            consumer.oversized();
          }
          continue;
        }
        const joined = carry + text.slice(0, nl2);
        carry = "";
        if (joined.length > MAX_LINE_CHARS) consumer.oversized();
        else {
          consumer.chunk(joined);
          emit(joined, 0, joined.length);
        }
        start = nl2 + 1;
      }
      consumer.chunk(text);
      let nl = text.indexOf("\n", start);
      while (nl !== -1) {
        emit(text, start, nl);
        start = nl + 1;
        nl = text.indexOf("\n", start);
      }
      if (start < text.length) carry = copyLatin1(text.slice(start));
    }
  }
  if (utf16) {
    const rest = utf16.decode();
    if (rest) carry += Buffer.from(rest, "utf8").toString("latin1");
  }
  if (carry.length > 0 && !skipping) {
    consumer.chunk(carry);
    emit(carry, 0, carry.length);
  }
}
async function* readFileChunks(file) {
  const fd = openSync2(file, "r");
  try {
    const buf = Buffer.allocUnsafe(1024 * 1024);
    for (; ; ) {
      const n = readSync2(fd, buf, 0, buf.length, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync2(fd);
  }
}
var MAX_LINE_CHARS, PIECE, NON_ASCII;
var init_lines = __esm({
  "src/karpenter/analyze/lines.ts"() {
    "use strict";
    MAX_LINE_CHARS = 256 * 1024;
    PIECE = 64 * 1024;
    NON_ASCII = /[\u0080-\uffff]/;
  }
});

// src/karpenter/analyze/versions.ts
function normalizeCommit(commit) {
  if (typeof commit !== "string") return null;
  const m = /^([0-9a-f]{7,40})(?:-dirty)?$/.exec(commit.trim());
  return m ? m[1].slice(0, 7) : null;
}
function versionForCommit(commit) {
  return commit ? RELEASE_COMMITS[commit] ?? null : null;
}
function normalizeVersion(v) {
  if (typeof v !== "string" || v.trim() === "") return null;
  const cleaned = import_semver11.default.clean(v.trim().replace(/^karpenter-/, ""), { loose: true });
  if (cleaned) return cleaned;
  const coerced = import_semver11.default.coerce(v, { includePrerelease: true });
  return coerced ? coerced.version : null;
}
var import_semver11, RELEASE_COMMITS;
var init_versions = __esm({
  "src/karpenter/analyze/versions.ts"() {
    "use strict";
    import_semver11 = __toESM(require_semver2(), 1);
    RELEASE_COMMITS = {
      b157d45: "0.16.1",
      f60dacd: "0.20.0",
      "06cb81f": "0.21.1",
      dc3af1a: "0.27.0",
      "637a642": "0.30.0",
      "322822a": "0.31.0",
      "74bf29c": "0.31.3",
      "5eda5c1": "0.32.2",
      fdf67d0: "0.32.4",
      "1d7f91c": "0.32.6",
      "8fb62bf": "0.33.2",
      "17d6c05": "0.34.0",
      "596ea97": "0.34.1",
      "17dd42b": "0.35.4",
      fb4d75f: "0.36.1",
      "490ef94": "0.37.0",
      "0ebc224": "0.37.4",
      "652e6aa": "1.0.5",
      "6174c75": "1.0.6",
      "4ff8cfe": "1.6.2",
      "1ad0d78": "1.8.1",
      f913f41: "1.8.2",
      f15a737: "1.8.4",
      "15781e3": "1.12.1"
    };
  }
});

// src/karpenter/analyze/diagnose.ts
function str(f, ...keys) {
  for (const k of keys) {
    const v = f[k];
    if (typeof v === "string" && v !== "") return v;
  }
  return null;
}
function ref(f, key) {
  const v = f[key];
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const name = v.name;
    if (typeof name === "string" && name !== "") return name;
  }
  return null;
}
function instanceIdFromProviderId(providerId) {
  if (!providerId) return null;
  const last = providerId.slice(providerId.lastIndexOf("/") + 1);
  return last === "" ? null : last;
}
function laterOf(a, b) {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}
function earlierOf(a, b) {
  if (a === null) return b;
  if (b === null) return a;
  return b < a ? b : a;
}
function secondsBetween(from, to) {
  if (!from || !to) return null;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 100) / 10 : null;
}
function cut(s2, n) {
  return s2.length > n ? s2.slice(0, n - 1) + "…" : s2;
}
function otherTitle(entry) {
  const msg = entry.message.split("\n")[0];
  const err = typeof entry.fields.error === "string" ? entry.fields.error.split("\n")[0] : "";
  const text = (msg === "Reconciler error" || msg === "Reconcile error") && err ? `${msg}: ${err}` : msg || err;
  const normalised = text.replace(/\bi-[0-9a-f]{8,17}\b/g, "i-…").replace(/\bip-[\w.-]+/g, "ip-…").replace(/\b[0-9a-f]{8}-[0-9a-f-]{27}\b/g, "…").replace(/\d+(\.\d+)?/g, "N");
  const who = str(entry.fields, "controller") ?? entry.logger;
  return cut(who ? `${who}: ${normalised}` : normalised, 160);
}
function nodeList(msg) {
  const m = TERMINATING_LIST.exec(msg);
  if (!m) return [];
  return m[1].split(/,\s*/).map((t) => t.trim().split("/")[0]).filter((t) => t !== "" && !/^and$/.test(t));
}
var MAX_LAUNCHES, MAX_DISRUPTIONS, MAX_OTHER_GROUPS, MAX_SAMPLE, MAX_NODEPOOL_MAP, LAUNCH, LAUNCH_PRINTF, REGISTERED, INITIALIZED, CREATED, DISRUPT_VIA, DISRUPT_NODECLAIMS, TERMINATING_LIST, EXPIRED, EMPTY, INTERRUPTION, PROBLEM_BELOW_ERROR, PROBLEM_LEVELS, REASON_METHOD, MAX_REPEAT_KEYS, Diagnosis, RULES_BY_ID;
var init_diagnose = __esm({
  "src/karpenter/analyze/diagnose.ts"() {
    "use strict";
    init_catalog();
    init_lines();
    init_versions();
    MAX_LAUNCHES = 1e4;
    MAX_DISRUPTIONS = 1e4;
    MAX_OTHER_GROUPS = 25;
    MAX_SAMPLE = 2e3;
    MAX_NODEPOOL_MAP = 2e4;
    LAUNCH = /^(?:Launched instance|launched (?:new instance|instance|machine|nodeclaim))\b/;
    LAUNCH_PRINTF = /^Launched instance: ([^,\s]+), hostname: ([^,\s]+), type: ([^,\s]+), zone: ([^,\s]+), capacityType: ([^,\s]+)/;
    REGISTERED = /^registered (?:machine|nodeclaim)\b/;
    INITIALIZED = /^(?:initialized (?:machine|nodeclaim)|node initialized)\b/;
    CREATED = /^created (?:machine|nodeclaim)\b/;
    DISRUPT_VIA = /^(?:Consolidating|Deprovisioning|deprovisioning|disrupting) via (\S+?)(?:\/(\S+?))?(?: (\S+?))?,? /;
    DISRUPT_NODECLAIMS = /^disrupting nodeclaim\(s\) via (\S+?),/;
    TERMINATING_LIST = /terminating \d+ (?:nodes|machines|candidates|nodeclaims)(?: \(\d+ pods?\))? (.*?)(?: and replacing with .*)?$/s;
    EXPIRED = /^[Tt]riggering termination (?:for expired node|.*expired)/;
    EMPTY = /^[Tt]riggering termination .*empty node/;
    INTERRUPTION = /^[Dd]eleted node from interruption message/;
    PROBLEM_BELOW_ERROR = /terminating (?:machine )?due to (?:registration ttl|timeout)|failed to renew lease|leader election lost|Inflight check failed|failed consistency check|[Cc]ould not schedule pod/;
    PROBLEM_LEVELS = /* @__PURE__ */ new Set(["ERROR", "FATAL", "PANIC", "DPANIC", "CRITICAL"]);
    REASON_METHOD = {
      empty: "emptiness",
      underutilized: "consolidation",
      drifted: "drift",
      expired: "expiration",
      interrupted: "interruption"
    };
    MAX_REPEAT_KEYS = 5e3;
    Diagnosis = class {
      launches = [];
      launchesOmitted = 0;
      byClaim = /* @__PURE__ */ new Map();
      byInstance = /* @__PURE__ */ new Map();
      byNode = /* @__PURE__ */ new Map();
      nodePoolOf = /* @__PURE__ */ new Map();
      /**
       * nodePoolOf's keys in insertion order from nodePoolOrderHead on (the oldest is evicted first). Asking the Map for
       * its first key instead costs a walk over every deleted slot, which made long logs quadratic.
       */
      nodePoolOrder = [];
      nodePoolOrderHead = 0;
      problems = /* @__PURE__ */ new Map();
      otherGroups = 0;
      disruptions = [];
      disruptionsOmitted = 0;
      lastCommit = null;
      lastRawCommit = null;
      normalizedCommits = /* @__PURE__ */ new Map();
      firstCommit = null;
      loggedVersion = null;
      warnings = [];
      /** Repeat key of a WARN+ line → problem group key ('' = not a problem). */
      repeats = /* @__PURE__ */ new Map();
      repeat(key, time) {
        const group = this.repeats.get(key);
        if (group === void 0) return false;
        if (group !== "") {
          const acc = this.problems.get(group);
          acc.count++;
          acc.firstSeen = earlierOf(acc.firstSeen, time);
          acc.lastSeen = laterOf(acc.lastSeen, time);
        }
        return true;
      }
      /** The repeat keys known now (a worker parsing the next file starts its mirror of the set from them). */
      repeatKeys() {
        return [...this.repeats.keys()];
      }
      /** The first commit a file showed (found by the parser's cheap scan, before any full entry). */
      noteFirstCommit(commit) {
        const c = normalizeCommit(commit);
        if (!c) return;
        this.firstCommit ??= c;
        this.lastCommit ??= c;
      }
      noteCommit(commit) {
        if (commit !== null && commit === this.lastRawCommit) return;
        this.lastRawCommit = commit;
        if (commit === null) return;
        let c = this.normalizedCommits.get(commit);
        if (c === void 0) {
          c = normalizeCommit(commit);
          if (this.normalizedCommits.size >= 256) this.normalizedCommits.clear();
          this.normalizedCommits.set(own(commit), c);
        }
        if (!c) return;
        if (this.firstCommit === null) this.firstCommit = c;
        this.lastCommit = c;
      }
      entry(e, repeatKey = null) {
        const f = e.fields;
        if (f.commit !== void 0) this.noteCommit(typeof f.commit === "string" ? f.commit : null);
        const msg = e.message;
        if (msg.startsWith("discovered version")) {
          this.loggedVersion = normalizeVersion(str(f, "version")) ?? this.loggedVersion;
        } else if (msg.startsWith("Initializing with version")) {
          this.loggedVersion = normalizeVersion(msg.slice("Initializing with version".length)) ?? this.loggedVersion;
        }
        switch (msg.charCodeAt(0)) {
          case 76:
          // L
          case 108:
            if (LAUNCH.test(msg)) this.launch(e);
            break;
          case 114:
            if (REGISTERED.test(msg)) this.progress(e, "registered");
            break;
          case 105:
          // i
          case 110:
            if (INITIALIZED.test(msg)) this.progress(e, "initialized");
            break;
          case 99:
            if (CREATED.test(msg)) this.created(f);
            break;
          case 67:
          // C
          case 68:
          // D
          case 100:
          // d
          case 84:
          // T
          case 116:
            this.disruption(e);
            break;
        }
        let group = "";
        if (PROBLEM_LEVELS.has(e.level) || e.format === "panic" || PROBLEM_BELOW_ERROR.test(msg)) group = this.problem(e);
        if (repeatKey !== null) {
          if (this.repeats.size >= MAX_REPEAT_KEYS) this.repeats.clear();
          this.repeats.set(own(repeatKey), group);
        }
      }
      created(f) {
        const claim = ref(f, "NodeClaim") ?? str(f, "nodeclaim", "machine");
        const pool = ref(f, "NodePool") ?? str(f, "nodepool", "provisioner");
        if (claim && pool) {
          if (this.nodePoolOf.size >= MAX_NODEPOOL_MAP) {
            this.nodePoolOf.delete(this.nodePoolOrder[this.nodePoolOrderHead++]);
            if (this.nodePoolOrderHead >= MAX_NODEPOOL_MAP) {
              this.nodePoolOrder = this.nodePoolOrder.slice(this.nodePoolOrderHead);
              this.nodePoolOrderHead = 0;
            }
          }
          if (!this.nodePoolOf.has(claim)) this.nodePoolOrder.push(claim);
          this.nodePoolOf.set(claim, pool);
        }
      }
      launch(e) {
        const f = e.fields;
        const m = LAUNCH_PRINTF.exec(e.message);
        const instanceId = m?.[1] ?? str(f, "id", "launched-instance") ?? instanceIdFromProviderId(str(f, "provider-id", "providerID"));
        if (instanceId && this.byInstance.has(instanceId)) return;
        if (this.launches.length >= MAX_LAUNCHES) {
          this.launchesOmitted++;
          return;
        }
        const nodeClaim = ref(f, "NodeClaim") ?? str(f, "nodeclaim", "machine");
        const launch = {
          time: e.time,
          instanceId,
          instanceType: m?.[3] ?? str(f, "instance-type", "type"),
          zone: m?.[4] ?? str(f, "zone"),
          capacityType: m?.[5] ?? str(f, "capacity-type", "capacityType"),
          nodeClaim,
          nodePool: ref(f, "NodePool") ?? str(f, "nodepool", "provisioner") ?? (nodeClaim ? this.nodePoolOf.get(nodeClaim) ?? null : null),
          node: m?.[2] ?? str(f, "hostname") ?? ref(f, "Node") ?? str(f, "node"),
          registeredAt: null,
          initializedAt: null,
          secondsToReady: null,
          source: "log"
        };
        this.addLaunch(launch);
      }
      addLaunch(launch) {
        this.launches.push(launch);
        if (launch.nodeClaim) this.byClaim.set(launch.nodeClaim, launch);
        if (launch.instanceId) this.byInstance.set(launch.instanceId, launch);
        if (launch.node) this.byNode.set(launch.node, launch);
      }
      findLaunch(claim, instanceId, node) {
        return (claim ? this.byClaim.get(claim) : void 0) ?? (instanceId ? this.byInstance.get(instanceId) : void 0) ?? (node ? this.byNode.get(node) : void 0);
      }
      progress(e, step2) {
        const f = e.fields;
        const claim = ref(f, "NodeClaim") ?? str(f, "nodeclaim", "machine");
        const node = ref(f, "Node") ?? str(f, "node");
        const launch = this.findLaunch(claim, instanceIdFromProviderId(str(f, "provider-id")), node);
        if (!launch) return;
        if (node && !launch.node) {
          launch.node = node;
          this.byNode.set(node, launch);
        }
        if (step2 === "registered") launch.registeredAt ??= e.time;
        else launch.initializedAt ??= e.time;
        launch.secondsToReady = secondsBetween(launch.time, launch.initializedAt ?? launch.registeredAt);
      }
      disruption(e) {
        const msg = e.message;
        const f = e.fields;
        let method = null;
        let decision = null;
        let listed = null;
        const reason = str(f, "reason");
        let m;
        if (m = DISRUPT_NODECLAIMS.exec(msg)) {
          decision = m[1];
          method = (reason && REASON_METHOD[reason]) ?? reason ?? "unknown";
          listed = "message";
        } else if (msg.startsWith("disrupting node(s)")) {
          decision = str(f, "decision");
          method = (reason && REASON_METHOD[reason]) ?? reason ?? "unknown";
          listed = "fields";
        } else if (m = DISRUPT_VIA.exec(msg)) {
          const first = m[1].toLowerCase();
          if (first === "delete" || first === "replace") {
            method = "consolidation";
            decision = first;
          } else {
            method = first;
            decision = m[2] ?? m[3] ?? null;
          }
          listed = "message";
        } else if (EXPIRED.test(msg)) {
          method = "expiration";
        } else if (EMPTY.test(msg)) {
          method = "emptiness";
        } else if (INTERRUPTION.test(msg)) {
          method = "interruption";
        } else return;
        if (this.disruptions.length >= MAX_DISRUPTIONS) {
          this.disruptionsOmitted++;
          return;
        }
        const nodes = listed === "message" ? nodeList(msg) : [];
        if (listed === "fields") {
          const list = f["disrupted-nodes"];
          if (Array.isArray(list)) {
            for (const n of list) {
              if (n && typeof n === "object") {
                const name = ref(n, "Node") ?? ref(n, "NodeClaim");
                if (name) nodes.push(name);
              }
            }
          }
        }
        if (nodes.length === 0) {
          const node = ref(f, "Node") ?? str(f, "node") ?? ref(f, "NodeClaim") ?? str(f, "nodeclaim", "machine");
          if (node) nodes.push(node);
        }
        this.disruptions.push({ time: e.time, method, nodes, reason: reason ?? str(f, "message-kind", "kind"), decision });
      }
      /** Counts the entry as a problem; returns its group key, or '' when it is not one. */
      problem(e) {
        const f = e.fields;
        const parts = [e.message];
        for (const k of ["error", "aws-error-code", "reason", "err"]) {
          const v = f[k];
          if (typeof v === "string" && v !== "") parts.push(v);
        }
        const text = parts.join("\n");
        if (isNoise(text)) return "";
        const rule = matchRule(text, `${e.logger} ${str(f, "controller") ?? ""}`.trim());
        if (rule) return this.record(rule.id, rule.category, rule.title, rule.fix, rule.docs, e.time, e.raw);
        if (e.format === "panic" || e.level === "PANIC" || e.level === "DPANIC") {
          return this.record("panic", "panic", `Controller panic: ${cut(e.message, 120)}`, PANIC_FIX, null, e.time, e.raw);
        }
        if (!PROBLEM_LEVELS.has(e.level)) return "";
        const title = (e.level === "FATAL" ? "Controller exited: " : "") + otherTitle(e);
        return this.recordOther(title, e.time, e.raw);
      }
      recordOther(title, time, sample) {
        let key = `other:${title}`;
        if (!this.problems.has(key) && this.otherGroups >= MAX_OTHER_GROUPS) {
          key = "other:*";
          title = "Other errors (more kinds than listed)";
        } else if (!this.problems.has(key)) this.otherGroups++;
        return this.record(key, "other", title, OTHER_FIX, null, time, sample);
      }
      /** Count one occurrence of a problem (from a log entry or an object's status). */
      record(key, category, title, fix, docs, time, sample) {
        const acc = this.problems.get(key);
        if (acc) {
          acc.count++;
          acc.firstSeen = earlierOf(acc.firstSeen, time);
          acc.lastSeen = laterOf(acc.lastSeen, time);
          return key;
        }
        this.problems.set(key, {
          category,
          title: own(title),
          count: 1,
          firstSeen: own(time),
          lastSeen: own(time),
          sample: own(cut(sample, MAX_SAMPLE)),
          fix,
          docs,
          order: this.problems.size
        });
        return key;
      }
      recordRule(rule, time, sample) {
        this.record(rule.id, rule.category, rule.title, rule.fix, rule.docs, time, sample);
      }
      recordUnmatched(title, time, sample) {
        this.recordOther(title, time, sample);
      }
      /** A launch known from a NodeClaim/Machine object: fill gaps of the logged launch, or add it. */
      objectLaunch(l) {
        const known = this.findLaunch(l.nodeClaim, l.instanceId, l.node);
        if (!known) {
          l.secondsToReady = secondsBetween(l.time, l.initializedAt ?? l.registeredAt);
          if (this.launches.length >= MAX_LAUNCHES) this.launchesOmitted++;
          else this.addLaunch(l);
          return;
        }
        for (const k of [
          "time",
          "instanceId",
          "instanceType",
          "zone",
          "capacityType",
          "nodeClaim",
          "nodePool",
          "node"
        ]) {
          known[k] ??= l[k];
        }
        known.registeredAt ??= l.registeredAt;
        known.initializedAt ??= l.initializedAt;
        known.secondsToReady = secondsBetween(known.time, known.initializedAt ?? known.registeredAt);
      }
      report(lines, givenVersion) {
        const commit = this.lastCommit ?? this.firstCommit;
        const version = this.loggedVersion ?? versionForCommit(this.lastCommit) ?? versionForCommit(this.firstCommit) ?? normalizeVersion(givenVersion ?? null);
        const byTime = (xs) => xs.map((x, i) => ({ x, i })).sort(
          (p, q) => p.x.time === q.x.time ? p.i - q.i : p.x.time === null ? 1 : q.x.time === null ? -1 : p.x.time < q.x.time ? -1 : 1
        ).map((p) => p.x);
        const problems = [...this.problems.values()].sort((p, q) => q.count - p.count || p.order - q.order).map(({ order: _order, ...p }) => p);
        const warnings = [...this.warnings];
        if (this.disruptionsOmitted > 0)
          warnings.push(`${this.disruptionsOmitted} disruptions beyond the first ${MAX_DISRUPTIONS} are not listed`);
        return {
          karpenterVersion: version,
          karpenterCommit: commit,
          lines,
          launches: byTime(this.launches),
          problems,
          disruptions: byTime(this.disruptions),
          launchesOmitted: this.launchesOmitted,
          warnings
        };
      }
    };
    RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));
  }
});

// src/karpenter/analyze/parse.ts
function newSource() {
  return { open: 0 /* None */, pending: null, partial: "" };
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isSpace(c) {
  return c === 32 || c === 9;
}
function isBlankSpan(s2, a, b) {
  for (let i = a; i < b; i++) if (!isSpace(s2.charCodeAt(i))) return false;
  return true;
}
function isIsoAt(s2, p, b) {
  return p + 11 <= b && isDigit(s2.charCodeAt(p)) && isDigit(s2.charCodeAt(p + 3)) && s2.charCodeAt(p + 4) === 45 && s2.charCodeAt(p + 7) === 45 && s2.charCodeAt(p + 10) === 84;
}
function isLevelKeyAt(s2, a) {
  return s2.charCodeAt(a) === 123 && s2.charCodeAt(a + 1) === 34 && s2.charCodeAt(a + 2) === 108 && // l
  s2.charCodeAt(a + 3) === 101 && // e
  s2.charCodeAt(a + 4) === 118 && // v
  s2.charCodeAt(a + 5) === 101 && // e
  s2.charCodeAt(a + 6) === 108 && // l
  s2.charCodeAt(a + 7) === 34 && s2.charCodeAt(a + 8) === 58 && s2.charCodeAt(a + 9) === 34;
}
function levelAt(s2, p, e) {
  const n = e - p;
  const c = s2.charCodeAt(p);
  if (n === 4) {
    if (c === 73 && s2.charCodeAt(p + 1) === 78 && s2.charCodeAt(p + 2) === 70 && s2.charCodeAt(p + 3) === 79)
      return L_INFO;
    if (c === 87 && s2.startsWith("WARN", p)) return L_WARN;
  } else if (n === 5) {
    if (c === 68 && s2.charCodeAt(p + 1) === 69 && s2.charCodeAt(p + 2) === 66 && s2.charCodeAt(p + 3) === 85 && s2.charCodeAt(p + 4) === 71) {
      return L_DEBUG;
    }
    if (c === 69 && s2.startsWith("ERROR", p)) return 4;
    if (c === 70 && s2.startsWith("FATAL", p)) return 5;
    if (c === 80 && s2.startsWith("PANIC", p)) return 6;
  } else if (n === 6) {
    if (c === 68 && s2.startsWith("DPANIC", p)) return 6;
  } else if (n === 7) {
    if (c === 87 && s2.startsWith("WARNING", p)) return L_WARN;
  }
  return L_NONE;
}
function jsonLevel(c) {
  switch (c | 32) {
    case 100:
      return L_DEBUG;
    case 105:
      return L_INFO;
    case 119:
      return L_WARN;
    case 101:
      return 4;
    case 102:
      return 5;
    case 112:
      return 6;
    default:
      return L_INFO;
  }
}
function mayBeDockerRecord(latin1) {
  if (latin1.indexOf("\\") !== -1 && latin1.includes("\\u")) return true;
  for (let i = latin1.indexOf('log"'); i !== -1; i = latin1.indexOf('log"', i + 4)) {
    if (latin1.charCodeAt(i - 1) === 34) return true;
  }
  return false;
}
function parseObject(text) {
  let o;
  try {
    o = JSON.parse(text);
  } catch {
    return null;
  }
  if (o === null || typeof o !== "object" || Array.isArray(o)) return null;
  return o;
}
function jsonEntry(obj, text) {
  const message = typeof obj.message === "string" ? obj.message : typeof obj.msg === "string" ? obj.msg : "";
  let level2 = typeof obj.level === "string" ? obj.level.toUpperCase() : "";
  if (level2 === "" && (typeof obj.error === "string" || /^Reconciler? error$/.test(message))) level2 = "ERROR";
  let time = typeof obj.time === "string" ? obj.time : null;
  if (time === null && obj.ts !== void 0) time = epochOrIso(obj.ts);
  return {
    format: "json",
    time,
    level: level2,
    logger: typeof obj.logger === "string" ? obj.logger : "",
    message,
    fields: obj,
    raw: text.length > MAX_RAW ? text.slice(0, MAX_RAW) : text
  };
}
function consoleMessageStart(s2, e, b) {
  let m = e;
  while (m < b && isSpace(s2.charCodeAt(m))) m++;
  let t = m;
  let dotted = false;
  while (t < b) {
    const ch = s2.charCodeAt(t);
    if (ch === 32 || ch === 9) break;
    if (ch === 46) dotted = true;
    t++;
  }
  if (t >= b) return m;
  const wide = s2.charCodeAt(t) === 9 || s2.charCodeAt(t + 1) === 32;
  if (!(wide || dotted && s2.charCodeAt(t - 1) !== 46 || s2.startsWith("controller ", m) || s2.startsWith("webhook ", m))) {
    return m;
  }
  let n = t;
  while (n < b && isSpace(s2.charCodeAt(n))) n++;
  let u = n;
  let goAt = -1;
  while (u < b) {
    const ch = s2.charCodeAt(u);
    if (ch === 32 || ch === 9) break;
    if (ch === 58 && u - n >= 3 && s2.charCodeAt(u - 1) === 111 && s2.charCodeAt(u - 3) === 46) goAt = u;
    u++;
  }
  if (goAt > n && u < b && isDigit(s2.charCodeAt(u - 1))) {
    while (u < b && isSpace(s2.charCodeAt(u))) u++;
    n = u;
  }
  return n;
}
function indexOfMessageKey(s2, from) {
  let j = s2.indexOf("message", from + 1);
  while (j !== -1 && !(s2.charCodeAt(j - 1) === 34 && s2.startsWith('":"', j + 7))) j = s2.indexOf("message", j + 1);
  return j === -1 ? -1 : j - 1;
}
function jsonString(line, keyQuote, tail = keyQuote.slice(2)) {
  let j = line.indexOf(tail, 2);
  while (j !== -1 && !line.startsWith(keyQuote, j - 2)) j = line.indexOf(tail, j + 1);
  if (j === -1) return null;
  const i = j - 2;
  const start = i + keyQuote.length;
  let end = line.indexOf('"', start);
  while (end !== -1 && line.charCodeAt(end - 1) === 92) end = line.indexOf('"', end + 1);
  return end === -1 ? null : line.slice(start, end);
}
function repeatKeyParts(line, msgStart, parts) {
  let end = line.indexOf('"', msgStart);
  while (end !== -1 && line.charCodeAt(end - 1) === 92) end = line.indexOf('"', end + 1);
  if (end === -1) return false;
  parts[0] = line.slice(msgStart, Math.min(end, msgStart + 400));
  for (let i = 0; i < KEY_FIELDS.length; i++)
    parts[i + 1] = jsonString(line, KEY_FIELDS[i], KEY_TAILS[i])?.slice(0, 300) ?? "";
  return true;
}
function indexWithin(s2, needle, from, to) {
  if (to <= from) return -1;
  const i = s2.slice(from, to).indexOf(needle);
  return i === -1 ? -1 : from + i;
}
function epochOrIso(ts) {
  if (typeof ts === "string") return ts;
  if (typeof ts === "number" && Number.isFinite(ts)) {
    const d = new Date(ts * 1e3);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  return null;
}
var MAX_RAW, MAX_PREFIXES, PREFIX_SEARCH, L_NONE, L_DEBUG, L_INFO, L_WARN, CONSOLE_LAZY, INTERESTING, CONSOLE_HEAD, CONSOLE_LOGGER, CONSOLE_CALLER, KLOG_HEAD, KLOG_LEVEL, LogParser, EntryDecoder, TIME_KEY, TIME_TAIL, KEY_FIELDS, KEY_TAILS;
var init_parse = __esm({
  "src/karpenter/analyze/parse.ts"() {
    "use strict";
    init_lines();
    MAX_RAW = 16 * 1024;
    MAX_PREFIXES = 64;
    PREFIX_SEARCH = 256;
    L_NONE = 0;
    L_DEBUG = 1;
    L_INFO = 2;
    L_WARN = 3;
    CONSOLE_LAZY = -2;
    INTERESTING = /Launched instance|launched (?:new instance|instance|machine|nodeclaim)|registered (?:machine|nodeclaim)|initialized (?:machine|nodeclaim)|node initialized|created (?:machine|nodeclaim)|Consolidating via|[Dd]eprovisioning via|disrupting |[Tt]riggering termination|[Dd]eleted node from interruption|terminating (?:machine )?due to (?:registration ttl|timeout)|discovered version|Initializing with version|failed to renew lease|leader election lost|Inflight check failed|failed consistency check|[Cc]ould not schedule|Provisioning failed|Reconciler error|failed launching/y;
    CONSOLE_HEAD = /^(?:(\d{4}-\d\d-\d\dT\S+)[\t ]+)?(DEBUG|INFO|WARN|WARNING|ERROR|FATAL|PANIC|DPANIC)(?:[\t ]+|$)/;
    CONSOLE_LOGGER = /^(?:([A-Za-z][\w-]*(?:\.[\w-]+)+|controller|webhook|fallback)[\t ]+|([A-Za-z][\w.-]*)(?:\t| {2,}))/;
    CONSOLE_CALLER = /^[\w./-]+\.go:\d+[\t ]+/;
    KLOG_HEAD = /^([IWEF])(\d{4}) (\d\d:\d\d:\d\d\.\d+)\s+\d+ ([^\]]+)\] ?/;
    KLOG_LEVEL = { I: "INFO", W: "WARN", E: "ERROR", F: "FATAL" };
    LogParser = class {
      counts = { total: 0, parsed: 0, unparsed: 0, oversized: 0 };
      /** First build commit seen (cheap scan of the first lines; full entries report theirs through fields). */
      firstCommit = null;
      sink;
      main = newSource();
      prefixed = /* @__PURE__ */ new Map();
      learnedPrefixes = [];
      commitTries = 0;
      // Position of the next `"message":"` in the current chunk (so lines without one do not rescan the chunk).
      messageAt = -1;
      messageFrom = 0;
      // Scratch outputs of classify().
      level = L_NONE;
      msgStart = 0;
      // repeatKey() scratch: this line's parts, and the previous key with its parts.
      keyParts = ["", "", "", ""];
      lastKeyParts = ["", "", "", ""];
      lastKey = null;
      /** For a console line (msgStart === CONSOLE_LAZY): where its level word ends; the message start is found on demand. */
      levelEnd = 0;
      decoder;
      out;
      /**
       * `out` (worker threads): closed console/klog/panic entries and JSON lines are handed to it instead of being
       * decoded here; `sink` is then asked only `repeat`.
       */
      constructor(sink, out = null) {
        this.sink = sink;
        this.decoder = new EntryDecoder(sink);
        this.out = out;
      }
      chunk(_text) {
        this.messageAt = -1;
        this.messageFrom = 0;
      }
      oversized() {
        this.counts.total++;
        this.counts.unparsed++;
        this.counts.oversized++;
      }
      /** Flush pending multi-line entries (end of a file). */
      end() {
        this.closeSource(this.main);
        for (const src of this.prefixed.values()) this.closeSource(src);
        this.prefixed.clear();
      }
      line(s2, a, b) {
        if (isBlankSpan(s2, a, b)) return;
        this.counts.total++;
        if (this.handle(s2, a, b, this.main, true)) this.counts.parsed++;
        else this.counts.unparsed++;
      }
      /** Classify one physical line; true when it is understood (an entry start or a continuation). */
      handle(s2, a, b, src, allowPrefix) {
        const c0 = s2.charCodeAt(a);
        if (allowPrefix) {
          if (c0 === 91) {
            const close = indexWithin(s2, "] ", a, Math.min(b, a + PREFIX_SEARCH));
            if (close > a) {
              const key = s2.slice(a, close + 1);
              return this.handle(s2, close + 2, b, this.sourceFor(key), false);
            }
          }
          if (isIsoAt(s2, a, b)) {
            const sp = s2.indexOf(" ", a + 11);
            if (sp !== -1 && sp < b && sp < a + 40 && s2.charCodeAt(sp - 1) !== 9 && s2.charCodeAt(sp + 1) !== 32) {
              const n = s2.charCodeAt(sp + 1);
              if (n === 115 && s2.startsWith("stdout ", sp + 1) || s2.startsWith("stderr ", sp + 1)) {
                const tag = s2.charCodeAt(sp + 8);
                const rest = sp + 10 <= b ? sp + 10 : b;
                if (tag === 80) {
                  if (src.partial.length < MAX_RAW * 16) src.partial += s2.slice(rest, b);
                  return true;
                }
                if (src.partial) {
                  const joined = src.partial + s2.slice(rest, b);
                  src.partial = "";
                  this.chunk(joined);
                  const ok = this.handle(joined, 0, joined.length, src, false);
                  this.chunk(s2);
                  return ok;
                }
                return this.handle(s2, rest, b, src, false);
              }
              if (n === 123 || isIsoAt(s2, sp + 1, b) || n === 91) return this.handle(s2, sp + 1, b, src, true);
            }
          }
        }
        const kind = this.classify(s2, a, b);
        if (kind !== 0) {
          this.startEntry(s2, a, b, src, kind);
          return true;
        }
        if (src.open !== 0 /* None */) {
          const indented = isSpace(c0);
          if (src.open === 3 /* Panic */ || src.open === 2 /* Unterminated */ || indented) {
            this.continueEntry(s2, a, b, src);
            return true;
          }
        }
        if (c0 === 112 && s2.startsWith("panic: ", a) || c0 === 102 && s2.startsWith("fatal error: ", a) || c0 === 103 && s2.startsWith("goroutine ", a) && s2.charCodeAt(b - 1) === 58) {
          this.closeSource(src);
          src.open = 3 /* Panic */;
          src.pending = { format: "panic", level: "PANIC", lines: [s2.slice(a, b)], size: b - a };
          return true;
        }
        if (allowPrefix) {
          for (const prefix of this.learnedPrefixes) {
            if (s2.startsWith(prefix, a)) return this.handle(s2, a + prefix.length, b, this.sourceFor(prefix), false);
          }
          let p = a;
          for (let words = 0; words < 3; words++) {
            const sp = s2.indexOf(" ", p);
            if (sp === -1 || sp >= b || sp > a + PREFIX_SEARCH) break;
            p = sp + 1;
            while (p < b && s2.charCodeAt(p) === 32) p++;
            const k = this.classify(s2, p, b);
            if (k !== 0) {
              const prefix = s2.slice(a, p);
              if (this.learnedPrefixes.length < MAX_PREFIXES && /^[\w.:/[\]@-]+( [\w.:/[\]@-]+)* *$/.test(prefix)) {
                this.learnedPrefixes.push(own(prefix));
              }
              const target = this.sourceFor(prefix);
              this.startEntry(s2, p, b, target, k);
              return true;
            }
          }
        }
        this.closeSource(src);
        return false;
      }
      sourceFor(key) {
        let src = this.prefixed.get(key);
        if (!src) {
          if (this.prefixed.size >= 1024) {
            const [oldKey, oldSrc] = this.prefixed.entries().next().value;
            this.closeSource(oldSrc);
            this.prefixed.delete(oldKey);
          }
          src = newSource();
          this.prefixed.set(own(key), src);
        }
        return src;
      }
      /**
       * Is there an entry start at a? 0 = no; 1 = JSON; 2 = console; 3 = klog; 4 = Go std-log (never diagnosed).
       * Sets this.level and this.msgStart (-1 when the message position is unknown and a full parse must decide).
       */
      classify(s2, a, b) {
        const c = s2.charCodeAt(a);
        if (c === 123) {
          let e = b - 1;
          while (e > a && isSpace(s2.charCodeAt(e))) e--;
          if (s2.charCodeAt(e) !== 125) return 0;
          if (isLevelKeyAt(s2, a)) {
            this.level = jsonLevel(s2.charCodeAt(a + 10));
            if (this.messageAt < a || this.messageFrom > a) {
              this.messageFrom = a;
              this.messageAt = indexOfMessageKey(s2, a);
              if (this.messageAt === -1) this.messageAt = s2.length;
            }
            this.msgStart = this.messageAt < b ? this.messageAt + 11 : -1;
          } else {
            this.level = L_NONE;
            this.msgStart = -1;
          }
          return 1;
        }
        if (c >= 48 && c <= 57) {
          if (isIsoAt(s2, a, b)) {
            let q = a + 11;
            while (q < b && !isSpace(s2.charCodeAt(q))) q++;
            let r = q;
            while (r < b && isSpace(s2.charCodeAt(r))) r++;
            let e = r;
            while (e < b) {
              const ch = s2.charCodeAt(e);
              if (ch < 65 || ch > 90) break;
              e++;
            }
            if (e < b && !isSpace(s2.charCodeAt(e))) return 0;
            const lvl = levelAt(s2, r, e);
            if (lvl === L_NONE) return 0;
            this.level = lvl;
            this.msgStart = CONSOLE_LAZY;
            this.levelEnd = e;
            return 2;
          }
          if (s2.charCodeAt(a + 4) === 47 && s2.charCodeAt(a + 7) === 47 && s2.charCodeAt(a + 10) === 32) {
            this.level = L_INFO;
            this.msgStart = a + 20;
            return 4;
          }
          return 0;
        }
        if (c >= 65 && c <= 90 && s2.charCodeAt(a + 1) >= 65) {
          let e = a + 1;
          while (e < b && e < a + 7) {
            const ch = s2.charCodeAt(e);
            if (ch < 65 || ch > 90) break;
            e++;
          }
          if (e < b && isSpace(s2.charCodeAt(e))) {
            const lvl = levelAt(s2, a, e);
            if (lvl !== L_NONE) {
              this.level = lvl;
              this.msgStart = CONSOLE_LAZY;
              this.levelEnd = e;
              return 2;
            }
          }
          return 0;
        }
        if ((c === 73 || c === 87 || c === 69 || c === 70) && s2.charCodeAt(a + 5) === 32 && isDigit(s2.charCodeAt(a + 1))) {
          if (!isDigit(s2.charCodeAt(a + 4)) || s2.charCodeAt(a + 8) !== 58) return 0;
          const close = indexWithin(s2, "] ", a + 6, Math.min(b, a + PREFIX_SEARCH));
          if (close === -1) return 0;
          this.level = c === 73 ? L_INFO : c === 87 ? L_WARN : c === 69 ? 4 : 5;
          this.msgStart = close + 2;
          return 3;
        }
        return 0;
      }
      startEntry(s2, a, b, src, kind) {
        this.closeSource(src);
        if (this.firstCommit === null && this.commitTries < 1e3) this.scanCommit(s2, a, b);
        const lvl = this.level;
        let interesting = lvl > L_WARN - 1;
        if (!interesting) {
          let m = this.msgStart;
          if (m === CONSOLE_LAZY) m = consoleMessageStart(s2, this.levelEnd, b);
          if (m < 0) interesting = true;
          else if (kind !== 4) {
            INTERESTING.lastIndex = m;
            interesting = INTERESTING.test(s2);
          }
        }
        if (kind === 1) {
          src.open = 0 /* None */;
          if (!interesting) return;
          const line = s2.slice(a, b);
          let key = null;
          if (lvl >= L_WARN && this.msgStart > 0) {
            key = this.repeatKey(line, this.msgStart - a);
            if (key !== null && this.sink.repeat(key, jsonString(line, TIME_KEY, TIME_TAIL))) return;
          }
          this.emitJson(line, key);
          return;
        }
        if (kind === 4) {
          src.open = 1 /* Closed */;
          return;
        }
        let e = b - 1;
        while (e > a && isSpace(s2.charCodeAt(e))) e--;
        src.open = kind === 2 && s2.charCodeAt(e) !== 125 ? 2 /* Unterminated */ : 1 /* Closed */;
        if (interesting) {
          src.pending = { format: kind === 2 ? "console" : "klog", level: "", lines: [s2.slice(a, b)], size: b - a };
        }
      }
      /**
       * repeatKey() of the line, reusing the previous key (the same string) when the line's parts equal the previous
       * line's: problem floods repeat one key, and building and hashing a fresh ~500-char key per line costs more than
       * comparing four strings.
       */
      repeatKey(line, msgStart) {
        const parts = this.keyParts;
        if (!repeatKeyParts(line, msgStart, parts)) return null;
        const last = this.lastKeyParts;
        if (this.lastKey !== null && parts[0] === last[0] && parts[1] === last[1] && parts[2] === last[2] && parts[3] === last[3]) {
          return this.lastKey;
        }
        this.keyParts = last;
        this.lastKeyParts = parts;
        this.lastKey = parts.join("\0");
        return this.lastKey;
      }
      continueEntry(s2, a, b, src) {
        const p = src.pending;
        if (p && p.size < MAX_RAW) {
          p.lines.push(s2.slice(a, b));
          p.size += b - a + 1;
        }
        if (src.open === 2 /* Unterminated */) {
          let e = b - 1;
          while (e > a && isSpace(s2.charCodeAt(e))) e--;
          if (s2.charCodeAt(e) === 125) src.open = 1 /* Closed */;
        }
      }
      closeSource(src) {
        const p = src.pending;
        src.pending = null;
        src.open = 0 /* None */;
        if (!p) return;
        const joined = p.lines.length === 1 ? p.lines[0] : p.lines.join("\n");
        if (this.out) {
          this.out.block(p.format, joined);
          return;
        }
        const text = NON_ASCII.test(joined) ? Buffer.from(joined, "latin1").toString("utf8") : copyLatin1(joined);
        this.decoder.block(p.format, text);
      }
      scanCommit(s2, a, b) {
        this.commitTries++;
        const m = /"commit": ?"([0-9a-f]{7,40})/.exec(s2.slice(a, b));
        if (m) this.firstCommit = m[1].slice(0, 7);
      }
      emitJson(latin1, repeatKey = null) {
        if (this.out && repeatKey === null && !mayBeDockerRecord(latin1)) {
          this.out.json(latin1, null);
          return;
        }
        const text = utf8Of(latin1);
        const obj = parseObject(text);
        if (obj === null) return;
        if (typeof obj.log === "string" && obj.message === void 0 && obj.msg === void 0) {
          const inner = Buffer.from(obj.log.replace(/\r?\n$/, ""), "utf8").toString("latin1");
          this.chunk(inner);
          const k = this.classify(inner, 0, inner.length);
          if (k !== 0) this.startEntry(inner, 0, inner.length, this.sourceFor("docker-json"), k);
          this.chunk("");
          return;
        }
        if (this.out) this.out.json(latin1, repeatKey);
        else this.sink.entry(jsonEntry(obj, text), repeatKey);
      }
    };
    EntryDecoder = class {
      sink;
      constructor(sink) {
        this.sink = sink;
      }
      /** A JSON entry line, decoded (UTF-8). */
      json(text, repeatKey) {
        const obj = parseObject(text);
        if (obj !== null) this.sink.entry(jsonEntry(obj, text), repeatKey);
      }
      /** A closed console, klog or panic entry, decoded (UTF-8). */
      block(format, text) {
        const raw = text.length > MAX_RAW ? text.slice(0, MAX_RAW) : text;
        if (format === "console") this.emitConsole(text, raw);
        else if (format === "klog") this.emitKlog(text, raw);
        else {
          const nl = text.indexOf("\n");
          const first = nl === -1 ? text : text.slice(0, nl);
          this.sink.entry(
            {
              format: "panic",
              time: null,
              level: "PANIC",
              logger: "",
              message: first,
              fields: { stacktrace: nl === -1 ? "" : text.slice(nl + 1) },
              raw
            },
            null
          );
        }
      }
      emitConsole(text, raw) {
        const head = CONSOLE_HEAD.exec(text);
        if (!head) return;
        let rest = text.slice(head[0].length);
        let logger = "";
        const lg = CONSOLE_LOGGER.exec(rest);
        if (lg) {
          logger = lg[1] ?? lg[2] ?? "";
          rest = rest.slice(lg[0].length);
        }
        const caller = CONSOLE_CALLER.exec(rest);
        if (caller) rest = rest.slice(caller[0].length);
        let fields = {};
        let message = rest;
        const trimmed = rest.trimEnd();
        if (trimmed.endsWith("}")) {
          for (const opener of ['{"commit"', "	{", "  {", "\n{", " {"]) {
            const at = trimmed.lastIndexOf(opener);
            if (at === -1) continue;
            const start = trimmed.indexOf("{", at);
            try {
              const parsed2 = JSON.parse(trimmed.slice(start));
              if (parsed2 && typeof parsed2 === "object" && !Array.isArray(parsed2)) {
                fields = parsed2;
                message = trimmed.slice(0, at);
                break;
              }
            } catch {
            }
          }
        }
        this.sink.entry(
          {
            format: "console",
            time: head[1] ?? null,
            level: head[2] === "WARNING" ? "WARN" : head[2],
            logger,
            message: message.trim(),
            fields,
            raw
          },
          null
        );
      }
      emitKlog(text, raw) {
        const head = KLOG_HEAD.exec(text);
        if (!head) return;
        this.sink.entry(
          {
            format: "klog",
            time: null,
            level: KLOG_LEVEL[head[1]] ?? "",
            logger: head[4].replace(/:\d+$/, ""),
            message: text.slice(head[0].length).trim(),
            fields: {},
            raw
          },
          null
        );
      }
    };
    TIME_KEY = '"time":"';
    TIME_TAIL = TIME_KEY.slice(2);
    KEY_FIELDS = ['"logger":"', '"controller":"', '"error":"'];
    KEY_TAILS = KEY_FIELDS.map((k) => k.slice(2));
  }
});

// src/karpenter/analyze/objects.ts
import { readFile } from "node:fs/promises";
import { TextDecoder as TextDecoder3 } from "node:util";
function asObj(v) {
  return v && typeof v === "object" && !Array.isArray(v) ? v : null;
}
function s(v) {
  return typeof v === "string" ? v : v === void 0 || v === null ? "" : String(v);
}
function conditions(o) {
  const list = asObj(o.status)?.conditions;
  if (!Array.isArray(list)) return [];
  return list.map(asObj).filter((c) => c !== null).map((c) => ({
    type: s(c.type),
    status: s(c.status),
    reason: s(c.reason),
    message: s(c.message),
    time: s(c.lastTransitionTime) || null
  }));
}
function* objectsOf(doc) {
  const o = asObj(doc);
  if (!o) return;
  if (Array.isArray(o.items)) {
    for (const item of o.items) yield* objectsOf(item);
    return;
  }
  if (typeof o.kind === "string") yield o;
}
function clean(text, max = MAX_WARNING_EXCERPT) {
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "�");
  return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}
function binaryExcerpt(bytes) {
  const head = bytes.subarray(0, BINARY_EXCERPT_BYTES);
  let out = "";
  for (const b of head) out += /[A-Za-z0-9 .:/-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : ".";
  return bytes.length > BINARY_EXCERPT_BYTES ? `${out}…` : out;
}
async function countedLines(bytes) {
  let n = 0;
  const once = async function* () {
    yield bytes;
  };
  await splitLines(once(), {
    chunk: () => {
    },
    line: (s2, a, b) => {
      if (!isBlankSpan(s2, a, b)) n++;
    },
    oversized: () => {
      n++;
    }
  });
  return n;
}
function decodeObjectFile(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) {
    return { text: new TextDecoder3("utf-16le").decode(bytes) };
  }
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    return { text: new TextDecoder3("utf-16be").decode(bytes) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { binary: `a NUL byte at offset ${nul}` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { binary: `a byte that is not UTF-8 at offset ${firstInvalidUtf82(bytes)}` };
  }
}
function firstInvalidUtf82(bytes) {
  const text = bytes.toString("utf8");
  for (let i = text.indexOf("�"); i !== -1; i = text.indexOf("�", i + 1)) {
    const at = Buffer.byteLength(text.slice(0, i));
    if (!(bytes[at] === 239 && bytes[at + 1] === 191 && bytes[at + 2] === 189)) return at;
  }
  return 0;
}
async function foldObjectFile(file, d) {
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    d.warnings.push(`${file}: not read (${clean(error.message)})`);
    return 0;
  }
  const decoded = decodeObjectFile(bytes);
  if ("binary" in decoded) {
    const lines = await countedLines(bytes);
    d.warnings.push(
      `${file}: binary content (${decoded.binary}), not Karpenter objects in YAML or JSON; ${lines} line(s) counted as unparsed; it begins "${binaryExcerpt(bytes)}"`
    );
    return lines;
  }
  let docs;
  try {
    docs = (0, import_yaml6.parseAllDocuments)(decoded.text);
  } catch (error) {
    d.warnings.push(`${file}: not YAML/JSON (${clean(error.message.split("\n")[0])})`);
    return 0;
  }
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      const pos = err.linePos?.[0];
      d.warnings.push(`${file}${pos ? `:${pos.line}:${pos.col}` : ""}: ${clean(err.message.split("\n")[0])}`);
      continue;
    }
    for (const o of objectsOf(doc.toJS())) foldObject(o, d);
  }
  return 0;
}
function foldObject(o, d) {
  const kind = s(o.kind);
  const meta = asObj(o.metadata) ?? {};
  const name = s(meta.name);
  const conds = conditions(o);
  if (kind === "NodeClaim" || kind === "Machine") {
    const labels = asObj(meta.labels) ?? {};
    const status = asObj(o.status) ?? {};
    const launched = conds.find((c) => c.type === "Launched" || c.type === "MachineLaunched");
    const registered = conds.find((c) => c.type === "Registered" || c.type === "MachineRegistered");
    const initialized = conds.find((c) => c.type === "Initialized" || c.type === "MachineInitialized");
    const providerId = s(status.providerID) || null;
    if (launched?.status === "True" || providerId) {
      d.objectLaunch({
        time: launched?.status === "True" ? launched.time : null,
        instanceId: instanceIdFromProviderId(providerId),
        instanceType: s(labels["node.kubernetes.io/instance-type"]) || null,
        zone: s(labels["topology.kubernetes.io/zone"]) || null,
        capacityType: s(labels["karpenter.sh/capacity-type"]) || null,
        nodeClaim: name || null,
        nodePool: s(labels["karpenter.sh/nodepool"]) || s(labels["karpenter.sh/provisioner-name"]) || null,
        node: s(status.nodeName) || null,
        registeredAt: registered?.status === "True" ? registered.time : null,
        initializedAt: initialized?.status === "True" ? initialized.time : null,
        secondsToReady: null,
        source: "object"
      });
    }
  }
  const failed2 = conds.filter(
    (c) => c.status === "False" || c.status === "Unknown" && /Fail|Exceeded|NotFound|Unauthorized/.test(c.reason)
  );
  const relevant = failed2.filter((c) => !SKIP_CONDITIONS.has(c.type));
  const report2 = relevant.length > 0 ? relevant : failed2.filter((c) => c.type === "Ready" && c.message !== "");
  for (const c of report2) {
    const sample = `${kind} ${name}: ${c.type}=${c.status}${c.reason ? ` reason=${c.reason}` : ""}${c.message ? `: ${c.message}` : ""}`;
    const ruleId = CONDITION_RULE[c.type] ?? REASON_RULE[c.reason];
    const rule = (ruleId ? RULES_BY_ID.get(ruleId) : void 0) ?? matchRule(`${c.reason}
${c.message}`, "");
    if (rule) d.recordRule(rule, c.time, sample);
    else d.recordUnmatched(`${kind} condition ${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ""}`, c.time, sample);
  }
}
var import_yaml6, CONDITION_RULE, REASON_RULE, SKIP_CONDITIONS, MAX_WARNING_EXCERPT, BINARY_EXCERPT_BYTES, utf8;
var init_objects = __esm({
  "src/karpenter/analyze/objects.ts"() {
    "use strict";
    import_yaml6 = __toESM(require_dist(), 1);
    init_catalog();
    init_lines();
    init_parse();
    init_diagnose();
    CONDITION_RULE = {
      SubnetsReady: "no-subnets",
      SecurityGroupsReady: "no-security-groups",
      AMIsReady: "no-amis"
    };
    REASON_RULE = {
      Unauthorized: "unauthorized",
      AMIAuthorizationFailure: "unauthorized",
      SpotSLRCreationFailed: "spot-slr",
      RequestLimitExceeded: "throttling",
      FleetQuotaExceeded: "capacity-quota",
      SpotQuotaExceeded: "capacity-quota",
      VCPULimitExceeded: "capacity-quota",
      InsufficientFreeAddressesInSubnet: "capacity-subnet-ips",
      InsufficientCapacity: "insufficient-capacity",
      AMINotFound: "no-amis",
      InvalidAMIID: "no-amis",
      SubnetsNotFound: "no-subnets",
      SecurityGroupsNotFound: "no-security-groups"
    };
    SKIP_CONDITIONS = /* @__PURE__ */ new Set(["Ready", "Consolidatable", "Drifted", "Empty", "Expired", "DisruptionReason"]);
    MAX_WARNING_EXCERPT = 160;
    BINARY_EXCERPT_BYTES = 24;
    utf8 = new TextDecoder3("utf-8", { fatal: true });
  }
});

// src/karpenter/analyze/pipeline.ts
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";
function pipelineModeFromEnv(env = process.env) {
  const v = env.EKSCTL_PREFLIGHT_ANALYZE_WORKER?.toLowerCase();
  return v === "off" || v === "on" ? v : "auto";
}
function workerScript() {
  const url = new URL("./karpenter-analyze-worker.js", import.meta.url);
  try {
    return existsSync2(fileURLToPath2(url)) ? url : null;
  } catch {
    return null;
  }
}
function analyzeFileInWorker(script, file, diagnosis) {
  const control = new SharedArrayBuffer(8);
  const done = new Int32Array(control);
  const input = { file, repeatKeys: diagnosis.repeatKeys(), control };
  const worker = new Worker(script, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
  const decoder = new EntryDecoder(diagnosis);
  const keys = /* @__PURE__ */ new Map();
  const replay = (ops, lens, bytes) => {
    let s2 = 0;
    let at = 0;
    const next = (encoding) => {
      const n = lens[s2++];
      if (n < 0) return null;
      at += n;
      return bytes.toString(encoding, at - n, at);
    };
    for (let i = 0; i < ops.length; i++) {
      switch (ops[i]) {
        case OP_KEY:
          keys.set(ops[++i], next("latin1"));
          break;
        case OP_JSON: {
          const id = ops[++i];
          decoder.json(next("utf8"), id < 0 ? null : keys.get(id));
          break;
        }
        case OP_REPEAT: {
          const key = keys.get(ops[++i]);
          const time = next("latin1");
          if (key === void 0 || !diagnosis.repeat(key, time)) {
            throw new Error("internal error: the worker and the diagnosis disagree on a repeat key");
          }
          break;
        }
        case OP_CLEAR:
          keys.clear();
          break;
        case OP_CONSOLE:
          decoder.block("console", next("utf8"));
          break;
        case OP_KLOG:
          decoder.block("klog", next("utf8"));
          break;
        case OP_PANIC:
          decoder.block("panic", next("utf8"));
          break;
        default:
          throw new Error(`internal error: unknown pipeline op ${ops[i]}`);
      }
    }
  };
  return new Promise((resolve6, reject) => {
    let settled = false;
    const fail = (error) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(error);
    };
    worker.on("message", (m) => {
      if (settled) return;
      if (m.type === "batch") {
        try {
          replay(m.ops, m.lens, Buffer.from(m.bytes));
        } catch (error) {
          fail(error);
          return;
        }
        Atomics.add(done, 1, 1);
        Atomics.notify(done, 1);
      } else if (m.type === "done") {
        settled = true;
        resolve6({ counts: m.counts, firstCommit: m.firstCommit });
      } else fail(new Error(m.message));
    });
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`log parser worker exited (${code}) before finishing`)));
  });
}
var OP_KEY, OP_JSON, OP_REPEAT, OP_CLEAR, OP_CONSOLE, OP_KLOG, OP_PANIC, PIPELINE_MIN_BYTES;
var init_pipeline = __esm({
  "src/karpenter/analyze/pipeline.ts"() {
    "use strict";
    init_parse();
    OP_KEY = 1;
    OP_JSON = 2;
    OP_REPEAT = 3;
    OP_CLEAR = 4;
    OP_CONSOLE = 5;
    OP_KLOG = 6;
    OP_PANIC = 7;
    PIPELINE_MIN_BYTES = 32 * 1024 * 1024;
  }
});

// src/karpenter/analyze/types.ts
var init_types2 = __esm({
  "src/karpenter/analyze/types.ts"() {
    "use strict";
  }
});

// src/karpenter/analyze/render.ts
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function cell(v) {
  if (v === null || v === void 0 || v === "") return "–";
  return String(v).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function ready(l) {
  if (l.secondsToReady === null) return null;
  const what = l.initializedAt ? "initialized" : "registered";
  return `${l.secondsToReady}s (${what})`;
}
function fence(text) {
  const runs = text.match(/`+/g) ?? [];
  const longest = runs.reduce((n, r) => Math.max(n, r.length), 0);
  const f = "`".repeat(Math.max(3, longest + 1));
  return `${f}text
${text}
${f}`;
}
function headline(report2) {
  const launches = report2.launches.length + report2.launchesOmitted;
  return `${plural2(launches, "launch", "launches")}, ${plural2(report2.problems.length, "problem")}, ${plural2(
    report2.disruptions.length,
    "disruption"
  )}`;
}
function versionNote(report2) {
  if (report2.karpenterVersion) {
    return `Karpenter ${report2.karpenterVersion}${report2.karpenterCommit ? ` (commit ${report2.karpenterCommit})` : ""}`;
  }
  return report2.karpenterCommit ? `Karpenter commit ${report2.karpenterCommit} (version not known)` : "Karpenter version not known";
}
function renderKarpenterMarkdown(report2) {
  const out = [];
  const l = report2.lines;
  out.push("### Karpenter diagnosis", "");
  out.push(
    `**${headline(report2)}** · ${versionNote(report2)} · ${l.total} log lines (${l.parsed} parsed, ${l.unparsed} not understood)`,
    ""
  );
  out.push("#### Launches", "");
  if (report2.launches.length === 0) out.push("No instance launch in the evidence.", "");
  else {
    out.push("| Time | Instance | Type | Zone | Capacity | NodeClaim | NodePool | Node | Ready after |");
    out.push("|---|---|---|---|---|---|---|---|---|");
    for (const x of report2.launches.slice(0, MAX_ROWS)) {
      out.push(
        `| ${[x.time, x.instanceId, x.instanceType, x.zone, x.capacityType, x.nodeClaim, x.nodePool, x.node, ready(x)].map(cell).join(" | ")} |`
      );
    }
    const more = report2.launches.length - MAX_ROWS + report2.launchesOmitted;
    if (more > 0) out.push("", `… and ${more} more launches (all of them are in karpenter-report.json).`);
    out.push("");
  }
  out.push("#### Problems", "");
  if (report2.problems.length === 0) out.push("No problem found.", "");
  for (const p of report2.problems) {
    const seen = p.firstSeen && p.lastSeen && p.firstSeen !== p.lastSeen ? `, ${p.firstSeen} → ${p.lastSeen}` : p.firstSeen ? `, ${p.firstSeen}` : "";
    out.push(`- **${cell(p.title)}** (\`${p.category}\`, ${p.count}×${seen})`);
    out.push(`  - Fix: ${p.fix}${p.docs ? ` ([docs](${p.docs}))` : ""}`);
    out.push("  - Sample:", "");
    out.push(
      fence(p.sample).split("\n").map((line) => `    ${line}`).join("\n"),
      ""
    );
  }
  out.push("#### Disruptions", "");
  if (report2.disruptions.length === 0) out.push("No disruption in the evidence.", "");
  else {
    out.push("| Time | Method | Decision | Reason | Nodes |");
    out.push("|---|---|---|---|---|");
    for (const d of report2.disruptions.slice(0, MAX_ROWS)) {
      out.push(`| ${[d.time, d.method, d.decision, d.reason, d.nodes.join(", ")].map(cell).join(" | ")} |`);
    }
    if (report2.disruptions.length > MAX_ROWS) out.push("", `… and ${report2.disruptions.length - MAX_ROWS} more.`);
    out.push("");
  }
  for (const w of report2.warnings) out.push(`> ${w}`);
  return out.join("\n").trimEnd() + "\n";
}
function renderKarpenterText(report2) {
  const out = [];
  const l = report2.lines;
  out.push(`Karpenter diagnosis: ${headline(report2)}`);
  out.push(`${versionNote(report2)}; ${l.total} log lines, ${l.parsed} parsed, ${l.unparsed} not understood`);
  if (report2.launches.length > 0) {
    out.push("", "Launches:");
    for (const x of report2.launches) {
      const r = ready(x);
      out.push(
        `  ${x.time ?? "?"}  ${x.instanceId ?? "?"}  ${x.instanceType ?? "?"}  ${x.zone ?? "?"}  ${x.capacityType ?? "?"}` + (x.nodeClaim ? `  nodeclaim=${x.nodeClaim}` : "") + (x.nodePool ? `  nodepool=${x.nodePool}` : "") + (x.node ? `  node=${x.node}` : "") + (r ? `  ready after ${r}` : "")
      );
    }
    if (report2.launchesOmitted > 0) out.push(`  … and ${report2.launchesOmitted} more`);
  }
  if (report2.problems.length > 0) {
    out.push("", "Problems:");
    for (const p of report2.problems) {
      out.push(`  [${p.category}] ${p.title} (${p.count}×, first ${p.firstSeen ?? "?"}, last ${p.lastSeen ?? "?"})`);
      out.push(`    fix: ${p.fix}${p.docs ? ` (${p.docs})` : ""}`);
      const sample = p.sample.split("\n");
      out.push(`    e.g. ${sample[0].slice(0, 400)}${sample.length > 1 || sample[0].length > 400 ? " …" : ""}`);
    }
  }
  if (report2.disruptions.length > 0) {
    out.push("", "Disruptions:");
    for (const d of report2.disruptions) {
      out.push(
        `  ${d.time ?? "?"}  ${d.method}${d.decision ? ` ${d.decision}` : ""}${d.reason ? ` (${d.reason})` : ""}  ${d.nodes.join(", ")}`
      );
    }
  }
  for (const w of report2.warnings) out.push(`warning: ${w}`);
  return out.join("\n") + "\n";
}
var MAX_ROWS;
var init_render = __esm({
  "src/karpenter/analyze/render.ts"() {
    "use strict";
    MAX_ROWS = 50;
  }
});

// src/karpenter/analyze/index.ts
import { statSync as statSync4 } from "node:fs";
import { availableParallelism } from "node:os";
function fileSource(file) {
  return { name: file, stream: readFileChunks(file), file };
}
async function analyzeEvidence(input) {
  return analyzeSources(input.logFiles.map(fileSource), input.objectFiles ?? [], input.karpenterVersion ?? null);
}
async function analyzeSources(sources, objectFiles = [], karpenterVersion = null, options = {}) {
  const mode = options.worker ?? pipelineModeFromEnv();
  const script = mode === "off" ? null : workerScript();
  if (mode === "on" && !script) {
    throw new Error(
      "the log parser worker (karpenter-analyze-worker.js) is not beside the bundle; cannot use worker mode"
    );
  }
  const diagnosis = new Diagnosis();
  const lines = { total: 0, parsed: 0, unparsed: 0 };
  let oversized = 0;
  for (const source of sources) {
    let counts;
    let firstCommit;
    if (script && source.file !== void 0 && usePipeline(source.file, mode)) {
      try {
        ;
        ({ counts, firstCommit } = await analyzeFileInWorker(script, source.file, diagnosis));
      } catch (error) {
        throw new Error(`${source.name}: ${error.message}`, { cause: error });
      }
    } else {
      const parser = new LogParser(diagnosis);
      try {
        await splitLines(source.stream, parser);
      } catch (error) {
        throw new Error(`${source.name}: ${error.message}`, { cause: error });
      }
      parser.end();
      counts = parser.counts;
      firstCommit = parser.firstCommit;
    }
    diagnosis.noteFirstCommit(firstCommit);
    lines.total += counts.total;
    lines.parsed += counts.parsed;
    lines.unparsed += counts.unparsed;
    oversized += counts.oversized;
  }
  for (const file of objectFiles) {
    const unparsed = await foldObjectFile(file, diagnosis);
    lines.total += unparsed;
    lines.unparsed += unparsed;
  }
  if (oversized > 0) {
    diagnosis.warnings.push(`${oversized} line(s) longer than 256 KiB were skipped (counted as unparsed)`);
  }
  return diagnosis.report(lines, karpenterVersion);
}
function usePipeline(file, mode) {
  try {
    const st = statSync4(file);
    if (!st.isFile()) return false;
    if (mode === "on") return true;
    return st.size >= PIPELINE_MIN_BYTES && availableParallelism() >= 2;
  } catch {
    return false;
  }
}
var init_analyze = __esm({
  "src/karpenter/analyze/index.ts"() {
    "use strict";
    init_diagnose();
    init_lines();
    init_objects();
    init_parse();
    init_pipeline();
    init_types2();
    init_render();
  }
});

// src/karpenter/collect/discovery.ts
function parseHelmReleases(json) {
  const data = JSON.parse(json === "" ? "[]" : json);
  if (!Array.isArray(data)) throw new Error("helm ls output is not a JSON array");
  return data.filter(isObj).map((r) => ({
    name: String(r.name ?? ""),
    namespace: String(r.namespace ?? ""),
    revision: String(r.revision ?? ""),
    status: String(r.status ?? ""),
    chart: String(r.chart ?? ""),
    app_version: String(r.app_version ?? ""),
    updated: r.updated === void 0 ? void 0 : String(r.updated)
  }));
}
function karpenterChartVersion(chart) {
  const match = /^karpenter-(v?\d+\.\d+\.\d+\S*)$/.exec(chart);
  return match ? match[1] : null;
}
function karpenterReleases(releases2) {
  return releases2.filter((r) => karpenterChartVersion(r.chart) !== null);
}
function karpenterRelatedReleases(releases2) {
  return releases2.filter((r) => karpenterChartVersion(r.chart) !== null || /^karpenter-crd-v?\d/.test(r.chart));
}
function selectorOf(deployment) {
  const spec = isObj(deployment.spec) ? deployment.spec : {};
  const selector = isObj(spec.selector) ? spec.selector : {};
  const labels = isObj(selector.matchLabels) ? selector.matchLabels : {};
  const parts = Object.entries(labels).filter(([, v]) => typeof v === "string").map(([k, v]) => `${k}=${v}`);
  return parts.length > 0 ? parts.sort().join(",") : DEFAULT_POD_SELECTOR;
}
function controllerImage(deployment) {
  const spec = isObj(deployment.spec) ? deployment.spec : {};
  const template = isObj(spec.template) ? spec.template : {};
  const podSpec = isObj(template.spec) ? template.spec : {};
  const containers = Array.isArray(podSpec.containers) ? podSpec.containers.filter(isObj) : [];
  const chosen = containers.find((c) => c.name === "controller") ?? containers[0];
  return chosen ? str2(chosen.image) : null;
}
function parseDeployments(yamlText) {
  const doc = (0, import_yaml7.parse)(yamlText);
  const items = isObj(doc) && Array.isArray(doc.items) ? doc.items : isObj(doc) ? [doc] : [];
  const out = [];
  for (const item of items) {
    if (!isObj(item) || !isObj(item.metadata)) continue;
    const name = str2(item.metadata.name);
    const namespace = str2(item.metadata.namespace);
    if (!name || !namespace) continue;
    out.push({ name, namespace, selector: selectorOf(item), image: controllerImage(item) });
  }
  return out.sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
}
function imageTag(image) {
  const withoutDigest = image.split("@")[0];
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return colon === -1 ? null : withoutDigest.slice(colon + 1) || null;
}
function decideNamespace(input, releases2, deployments) {
  const notes = [];
  const charts = karpenterReleases(releases2);
  const preferred = charts.find((r) => r.status === "deployed") ?? charts[0] ?? null;
  let namespace = null;
  let source = null;
  if (input) {
    namespace = input;
    source = "input";
  } else if (preferred) {
    namespace = preferred.namespace;
    source = "helm";
  } else if (deployments.length > 0) {
    namespace = deployments[0].namespace;
    source = "deployment";
  }
  const namespaces = /* @__PURE__ */ new Set([...charts.map((r) => r.namespace), ...deployments.map((d) => d.namespace)]);
  if (namespaces.size > 1) {
    notes.push(`Karpenter found in several namespaces (${[...namespaces].sort().join(", ")}); collected ${namespace}`);
  }
  const release = charts.find((r) => r.namespace === namespace) ?? null;
  const deployment = deployments.find((d) => d.namespace === namespace && release !== null && d.name.includes(release.name)) ?? deployments.find((d) => d.namespace === namespace) ?? null;
  return { namespace, source, release, deployment, notes };
}
function versionInfo(release, deployment) {
  const chartVersion = release ? karpenterChartVersion(release.chart) : null;
  const appVersion = release && release.app_version !== "" ? release.app_version : null;
  const image = deployment?.image ?? null;
  const tag = image ? imageTag(image) : null;
  const version = appVersion ?? tag ?? chartVersion;
  return {
    version,
    chartVersion,
    appVersion,
    image,
    imageTag: tag,
    source: appVersion || chartVersion ? "helm" : tag ? "image" : null
  };
}
function leaseHolder(yamlText) {
  let doc;
  try {
    doc = (0, import_yaml7.parse)(yamlText);
  } catch {
    return null;
  }
  const spec = isObj(doc) && isObj(doc.spec) ? doc.spec : null;
  const holder = spec ? str2(spec.holderIdentity) : null;
  return holder ? { holderIdentity: holder, pod: holder.split("_")[0] } : null;
}
function parsePods(yamlText) {
  const pods = [];
  for (const document of (0, import_yaml7.parseAllDocuments)(yamlText)) {
    const doc = document.toJS();
    const items = isObj(doc) && Array.isArray(doc.items) ? doc.items : isObj(doc) && doc.kind === "Pod" ? [doc] : [];
    for (const item of items) {
      if (!isObj(item) || !isObj(item.metadata)) continue;
      const name = str2(item.metadata.name);
      if (!name) continue;
      const spec = isObj(item.spec) ? item.spec : {};
      const status = isObj(item.status) ? item.status : {};
      const statuses = Array.isArray(status.containerStatuses) ? status.containerStatuses.filter(isObj) : [];
      const containers = (Array.isArray(spec.containers) ? spec.containers.filter(isObj) : []).map((c) => str2(c.name)).filter((n) => n !== null).map((containerName) => {
        const st = statuses.find((s2) => s2.name === containerName);
        const restarts = st && typeof st.restartCount === "number" ? st.restartCount : 0;
        return { name: containerName, restartCount: restarts };
      });
      pods.push({ name, containers });
    }
  }
  return pods;
}
var import_yaml7, isObj, str2, DEFAULT_POD_SELECTOR;
var init_discovery = __esm({
  "src/karpenter/collect/discovery.ts"() {
    "use strict";
    import_yaml7 = __toESM(require_dist(), 1);
    isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    str2 = (v) => typeof v === "string" && v !== "" ? v : null;
    DEFAULT_POD_SELECTOR = "app.kubernetes.io/name=karpenter";
  }
});

// src/karpenter/collect/exec.ts
import { spawn } from "node:child_process";
import { accessSync, constants as constants2, statSync as statSync5 } from "node:fs";
import { delimiter, isAbsolute as isAbsolute2, join as join2 } from "node:path";
async function runBounded(file, args, options) {
  const started = Date.now();
  const maxStderr = options.maxStderrBytes ?? 64 * 1024;
  return new Promise((resolve6) => {
    const out = [];
    let outBytes = 0;
    let err = "";
    let timedOut = false;
    let truncated = false;
    let settled = false;
    let spawnError;
    const child2 = spawn(file, args, {
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true
    });
    const stop = () => {
      if (child2.exitCode === null && child2.signalCode === null) child2.kill("SIGKILL");
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = () => {
      timedOut = true;
      stop();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    child2.stdout.on("data", (chunk) => {
      if (truncated) return;
      const room = options.maxStdoutBytes - outBytes;
      if (chunk.length > room) {
        if (room > 0) out.push(chunk.subarray(0, room));
        outBytes += Math.max(room, 0);
        truncated = true;
        stop();
        return;
      }
      out.push(chunk);
      outBytes += chunk.length;
    });
    child2.stderr.on("data", (chunk) => {
      if (err.length < maxStderr) err += chunk.toString("utf8").slice(0, maxStderr - err.length);
    });
    child2.on("error", (error) => {
      spawnError = error.code === "ENOENT" ? `${file}: not found` : error.message;
    });
    child2.on("close", (code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve6({
        exitCode: spawnError ? null : code,
        stdout: Buffer.concat(out),
        stderr: err,
        durationMs: Date.now() - started,
        timedOut,
        truncated,
        spawnError
      });
    });
  });
}
function findExecutable(name, env = process.env) {
  const isFile = (candidate) => {
    try {
      accessSync(candidate, constants2.X_OK);
      return statSync5(candidate).isFile();
    } catch {
      return false;
    }
  };
  if (isAbsolute2(name) || name.includes("/")) return isFile(name) ? name : null;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join2(dir, name);
    if (isFile(candidate)) return candidate;
  }
  return null;
}
var init_exec = __esm({
  "src/karpenter/collect/exec.ts"() {
    "use strict";
  }
});

// src/karpenter/collect/kubeconfig.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { homedir } from "node:os";
import { delimiter as delimiter2, join as join3 } from "node:path";
function kubeconfigFiles(explicit, env) {
  if (explicit) return [explicit];
  if (env.KUBECONFIG) return env.KUBECONFIG.split(delimiter2).filter(Boolean);
  return [join3(env.HOME ?? homedir(), ".kube", "config")];
}
function readKubeconfigFacts(explicit, context, env) {
  const facts = { files: [], currentContext: null, server: null, credentials: [], problems: [] };
  const contexts = /* @__PURE__ */ new Map();
  const clusters = /* @__PURE__ */ new Map();
  for (const file of kubeconfigFiles(explicit, env)) {
    let doc;
    try {
      doc = (0, import_yaml8.parse)(readFileSync3(file, "utf8"));
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" || explicit) facts.problems.push(`${file}: ${code ?? error.message}`);
      continue;
    }
    facts.files.push(file);
    if (!isObj2(doc)) continue;
    facts.currentContext ??= str3(doc["current-context"]) ?? null;
    for (const entry of Array.isArray(doc.contexts) ? doc.contexts : []) {
      if (isObj2(entry) && str3(entry.name) && isObj2(entry.context) && !contexts.has(entry.name))
        contexts.set(entry.name, entry.context);
    }
    for (const entry of Array.isArray(doc.clusters) ? doc.clusters : []) {
      if (isObj2(entry) && str3(entry.name) && isObj2(entry.cluster) && !clusters.has(entry.name))
        clusters.set(entry.name, entry.cluster);
    }
    for (const entry of Array.isArray(doc.users) ? doc.users : []) {
      const user = isObj2(entry) && isObj2(entry.user) ? entry.user : void 0;
      if (!user) continue;
      for (const key of CREDENTIAL_KEYS) {
        const value = str3(user[key]);
        if (value) facts.credentials.push(value);
      }
      const tokenFile = str3(user.tokenFile);
      if (tokenFile) {
        try {
          facts.credentials.push(readFileSync3(tokenFile, "utf8").trim());
        } catch {
        }
      }
      const provider = isObj2(user["auth-provider"]) ? user["auth-provider"] : void 0;
      const config = provider && isObj2(provider.config) ? provider.config : void 0;
      for (const key of AUTH_PROVIDER_KEYS) {
        const value = config ? str3(config[key]) : void 0;
        if (value) facts.credentials.push(value);
      }
    }
  }
  const chosen = context ?? facts.currentContext ?? void 0;
  const ctx = chosen ? contexts.get(chosen) : void 0;
  const cluster = ctx && str3(ctx.cluster) ? clusters.get(ctx.cluster) : void 0;
  facts.server = cluster ? str3(cluster.server) ?? null : null;
  if (context) facts.currentContext = context;
  return facts;
}
var import_yaml8, isObj2, str3, CREDENTIAL_KEYS, AUTH_PROVIDER_KEYS;
var init_kubeconfig = __esm({
  "src/karpenter/collect/kubeconfig.ts"() {
    "use strict";
    import_yaml8 = __toESM(require_dist(), 1);
    isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    str3 = (v) => typeof v === "string" && v !== "" ? v : void 0;
    CREDENTIAL_KEYS = ["token", "password", "client-key-data"];
    AUTH_PROVIDER_KEYS = ["id-token", "refresh-token", "access-token", "client-secret"];
  }
});

// src/karpenter/collect/manifest.ts
function commandLine(argv) {
  return argv.map((a) => /^[A-Za-z0-9_./:=,@%+-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
function countsText(counts) {
  const parts = Object.entries(counts).map(([k, n]) => `${n} ${k}`);
  return parts.length > 0 ? parts.join(", ") : "none";
}
function folderReadme(manifest) {
  const k = manifest.karpenter;
  const lines = [
    "# Karpenter evidence",
    "",
    `Collected by ${manifest.tool} from ${manifest.startedAt} to ${manifest.finishedAt} (${(manifest.durationMs / 1e3).toFixed(1)} s).`,
    `Cluster: ${manifest.cluster.server ?? "unknown"} (context ${manifest.cluster.context ?? "current"}).`,
    `Karpenter namespace: ${k.namespace ?? "not found"}${k.namespaceSource ? ` (from ${k.namespaceSource})` : ""}; version: ${k.version.version ?? "unknown"}` + (k.version.chartVersion ? `, chart ${k.version.chartVersion}` : "") + (k.version.image ? `, image ${k.version.image}` : "") + ".",
    `Leader (Lease karpenter-leader-election): ${k.leader ? k.leader.pod : "unknown"}.`,
    "",
    "## How to read this folder",
    "",
    "- `manifest.json`: for every kubectl/helm call, the exact command, exit code, duration, bytes, whether the",
    "  output was truncated (logs are capped with `--limit-bytes`) and how many secrets were masked in it.",
    "  Calls that timed out or were skipped at the deadline are listed under `timedOut` / `skipped`.",
    "- `logs/<pod>/<container>.log`: controller logs with kubelet timestamps, no tail limit;",
    "  `<container>.previous.log` is the log of the container before its last restart. Start with the leader pod.",
    "- `karpenter/`: pods (`pods.txt` wide table, `pods.yaml`, `pods-describe.txt`), the Deployment, the leader",
    "  Lease, Karpenter ConfigMaps, helm releases/values/history (`helm/`).",
    "- `objects/`: every Karpenter object (`kubectl get karpenter`: Provisioner/AWSNodeTemplate/Machine or",
    "  NodePool/NodeClaim/EC2NodeClass), CRDs with served versions, webhook configurations.",
    "- `events/`: events of the Karpenter namespace and events from karpenter in all namespaces.",
    "- `nodes/`: all nodes (wide) and the nodes Karpenter launched, with `describe` (conditions, events).",
    "- `karpenter-report.json` / `.md`: the diagnosis of the logs (launches, problems, documented fixes).",
    "",
    "Secrets are masked before anything is written: `[REDACTED:<kind>]` marks each one. Secrets are never",
    "collected. Masking is pattern- and value-based, so review before sharing publicly.",
    "",
    `Redactions: ${countsText(manifest.redactions.total)}.`,
    "",
    "| File | Status | Bytes | Truncated | Redactions | Command |",
    "|---|---|---|---|---|---|"
  ];
  for (const call of manifest.calls) {
    lines.push(
      `| ${call.file ?? "(none)"} | ${call.status}${call.exitCode !== null && call.exitCode !== 0 ? ` (exit ${call.exitCode})` : ""} | ${kb(call.bytes)} | ${call.truncated ? "yes" : ""} | ${countsText(call.redactions)} | \`${commandLine(call.command)}\` |`
    );
  }
  return lines.join("\n") + "\n";
}
var MANIFEST_SCHEMA_VERSION, kb;
var init_manifest = __esm({
  "src/karpenter/collect/manifest.ts"() {
    "use strict";
    MANIFEST_SCHEMA_VERSION = 1;
    kb = (n) => n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`;
  }
});

// src/karpenter/collect/pool.ts
var WorkQueue;
var init_pool = __esm({
  "src/karpenter/collect/pool.ts"() {
    "use strict";
    WorkQueue = class {
      constructor(options) {
        this.options = options;
      }
      options;
      waiting = [];
      running = 0;
      order = 0;
      idleWaiters = [];
      timer;
      /** Queue a task; lower priority numbers start first, equal priorities in the order added. */
      add(run3, priority = 0) {
        return new Promise((resolve6) => {
          const entry = { priority, order: this.order++, run: run3, resolve: resolve6 };
          let at = this.waiting.findIndex((e) => e.priority > priority);
          if (at === -1) at = this.waiting.length;
          this.waiting.splice(at, 0, entry);
          this.pump();
        });
      }
      /** Resolves once nothing is running or waiting. */
      idle() {
        if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
        return new Promise((resolve6) => this.idleWaiters.push(resolve6));
      }
      pump() {
        if (Date.now() >= this.options.deadline) {
          for (const entry of this.waiting.splice(0)) entry.resolve({ status: "skipped" });
        }
        while (this.running < this.options.concurrency && this.waiting.length > 0) {
          const entry = this.waiting.shift();
          this.running++;
          void entry.run().then(
            (value) => entry.resolve({ status: "done", value }),
            // Tasks handle their own failures; a throw here is a bug, reported as skipped rather than lost.
            () => entry.resolve({ status: "skipped" })
          ).finally(() => {
            this.running--;
            this.pump();
          });
        }
        if (this.waiting.length > 0 && this.timer === void 0) {
          this.timer = setTimeout(
            () => {
              this.timer = void 0;
              this.pump();
            },
            Math.max(0, this.options.deadline - Date.now())
          );
          this.timer.unref?.();
        }
        if (this.running === 0 && this.waiting.length === 0) {
          if (this.timer) clearTimeout(this.timer);
          this.timer = void 0;
          for (const resolve6 of this.idleWaiters.splice(0)) resolve6();
        }
      }
    };
  }
});

// src/karpenter/collect/redact.ts
function marker(kind) {
  return `[REDACTED:${kind}]`;
}
function literalParts(values) {
  const parts = /* @__PURE__ */ new Set();
  for (const value of values ?? []) {
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= MIN_LITERAL_LENGTH) parts.add(trimmed);
    }
  }
  return [...parts].sort((a, b) => b.length - a.length);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function addCounts(into, from) {
  for (const [kind, n] of Object.entries(from)) {
    into[kind] = (into[kind] ?? 0) + n;
  }
  return into;
}
function totalCount(counts) {
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}
var MIN_LITERAL_LENGTH, ACCESS_KEY_ID, SECRET_KEY_BY_NAME, SESSION_TOKEN_BY_NAME, SESSION_TOKEN_SHAPE, JWT, BEARER, PRIVATE_KEY, KUBECONFIG_KEYS, ACCOUNT_ID_IN_ARN, RULES2, Redactor;
var init_redact = __esm({
  "src/karpenter/collect/redact.ts"() {
    "use strict";
    MIN_LITERAL_LENGTH = 4;
    ACCESS_KEY_ID = /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z2-7]{16}\b/g;
    SECRET_KEY_BY_NAME = /((?:aws_?secret_?access_?key|secret_?access_?key|secretkey|aws_secret)["']?\s*(?:[:=]|=>)\s*["']?)([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi;
    SESSION_TOKEN_BY_NAME = /((?:aws_?session_?token|session_?token|x-amz-security-token|securitytoken)["']?\s*(?:[:=]|=>)\s*["']?)([A-Za-z0-9/+=%]{16,})/gi;
    SESSION_TOKEN_SHAPE = /\b(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+=]{20,}/g;
    JWT = /\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
    BEARER = /(\b[Bb]earer\s+)([A-Za-z0-9\-._~+/]{8,}=*)/g;
    PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;
    KUBECONFIG_KEYS = /((?:client-key-data|client_key_data|clientKeyData|id-token|refresh-token)["']?\s*:\s*["']?)([A-Za-z0-9/+=._-]{8,})/g;
    ACCOUNT_ID_IN_ARN = /(\barn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:)(\d{12})(?=:)/g;
    RULES2 = [
      { kind: "private-key", pattern: PRIVATE_KEY },
      { kind: "jwt", pattern: JWT },
      { kind: "bearer-token", pattern: BEARER, group: 2 },
      { kind: "aws-access-key-id", pattern: ACCESS_KEY_ID },
      { kind: "aws-secret-access-key", pattern: SECRET_KEY_BY_NAME, group: 2 },
      { kind: "aws-session-token", pattern: SESSION_TOKEN_BY_NAME, group: 2 },
      { kind: "aws-session-token", pattern: SESSION_TOKEN_SHAPE },
      { kind: "kubeconfig-credential", pattern: KUBECONFIG_KEYS, group: 2 }
    ];
    Redactor = class {
      literals = [];
      redactAccountIds;
      constructor(options = {}) {
        this.redactAccountIds = options.redactAccountIds ?? false;
        this.addLiterals("kubeconfig-credential", options.kubeconfigCredentials);
        this.addLiterals("masked-value", options.maskedValues);
      }
      /** Register more literal values (e.g. credentials learnt while collecting). */
      addLiterals(kind, values) {
        const parts = literalParts(values);
        if (parts.length === 0) return;
        this.literals.push({ kind, pattern: new RegExp(parts.map(escapeRegExp).join("|"), "g") });
      }
      redact(input) {
        const counts = {};
        const bump = (kind) => {
          counts[kind] = (counts[kind] ?? 0) + 1;
        };
        let text = input;
        for (const { kind, pattern } of this.literals) {
          text = text.replace(pattern, () => {
            bump(kind);
            return marker(kind);
          });
        }
        for (const rule of RULES2) {
          text = text.replace(rule.pattern, (...match) => {
            bump(rule.kind);
            if (rule.group === void 0) return marker(rule.kind);
            return match.slice(1, rule.group).join("") + marker(rule.kind);
          });
        }
        if (this.redactAccountIds) {
          text = text.replace(ACCOUNT_ID_IN_ARN, (_all, prefix) => {
            bump("aws-account-id");
            return `${prefix}${marker("aws-account-id")}`;
          });
        }
        return { text, counts };
      }
    };
  }
});

// src/karpenter/collect/collector.ts
import { mkdirSync as mkdirSync3, mkdtempSync, readdirSync as readdirSync2, rmSync as rmSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname2, join as join4, resolve as resolve3 } from "node:path";
function isKarpenterCrdName(line) {
  const name = line.trim().split("/").pop() ?? "";
  return KARPENTER_GROUPS.some((g) => name.endsWith(`.${g}`));
}
function isEmptyList(args, text) {
  return args.includes("yaml") && /^items: \[\]$/m.test(text) && /^kind: List$/m.test(text);
}
function ensureEmptyFolder(outDir) {
  mkdirSync3(outDir, { recursive: true });
  if (readdirSync2(outDir).length > 0) {
    throw new CollectUsageError(`output folder ${outDir} is not empty; give a new or empty folder`);
  }
}
async function collectKarpenterEvidence(options) {
  const outDir = resolve3(options.outDir);
  ensureEmptyFolder(outDir);
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? COLLECT_DEFAULTS.timeoutMs;
  const callTimeoutMs = Math.min(options.callTimeoutMs ?? COLLECT_DEFAULTS.callTimeoutMs, timeoutMs);
  const concurrency = Math.max(1, options.concurrency ?? COLLECT_DEFAULTS.concurrency);
  const logLimitBytes = options.logLimitBytes ?? COLLECT_DEFAULTS.logLimitBytes;
  const maxOutputBytes = options.maxOutputBytes ?? COLLECT_DEFAULTS.maxOutputBytes;
  const deadline = started + timeoutMs;
  const baseEnv = options.env ?? process.env;
  const warnings = [];
  const notes = [];
  const kubeconfigFacts = readKubeconfigFacts(options.kubeconfig, options.context, baseEnv);
  for (const problem of kubeconfigFacts.problems) warnings.push(`kubeconfig: ${problem}`);
  const redactor = new Redactor({
    maskedValues: options.maskedValues,
    kubeconfigCredentials: kubeconfigFacts.credentials,
    redactAccountIds: options.redactAccountIds
  });
  const kubectl = findExecutable("kubectl", baseEnv);
  const helm = findExecutable("helm", baseEnv);
  const cacheDir = mkdtempSync(join4(tmpdir2(), "karpenter-collect-cache-"));
  const env = { ...baseEnv, KUBECACHEDIR: cacheDir };
  const manifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    tool: options.tool ?? "eksctl-preflight",
    startedAt: new Date(started).toISOString(),
    finishedAt: "",
    durationMs: 0,
    limits: { timeoutMs, callTimeoutMs, concurrency, logLimitBytes },
    cluster: {
      kubeconfig: kubeconfigFacts.files,
      context: options.context ?? kubeconfigFacts.currentContext,
      server: kubeconfigFacts.server,
      kubectl,
      helm
    },
    karpenter: {
      namespace: null,
      namespaceSource: null,
      release: null,
      deployment: null,
      podSelector: null,
      version: versionInfo(null, null),
      leader: null,
      pods: []
    },
    calls: [],
    generated: [],
    redactions: { total: {}, byFile: {} },
    timedOut: [],
    skipped: [],
    analysis: { status: "not-run", file: null },
    warnings,
    notes
  };
  const logFiles = [];
  const objectFiles = [];
  const writeRedacted = (rel, text) => {
    const { text: clean2, counts } = redactor.redact(text);
    const target = join4(outDir, rel);
    mkdirSync3(dirname2(target), { recursive: true });
    const data = Buffer.from(clean2, "utf8");
    writeFileSync3(target, data);
    if (totalCount(counts) > 0) {
      manifest.redactions.byFile[rel] = counts;
      addCounts(manifest.redactions.total, counts);
    }
    return { bytes: data.length, counts };
  };
  const kubectlGlobal = [
    ...options.kubeconfig ? ["--kubeconfig", options.kubeconfig] : [],
    ...options.context ? ["--context", options.context] : [],
    `--request-timeout=${Math.max(1, Math.ceil(callTimeoutMs / 1e3))}s`
  ];
  const helmGlobal = [
    ...options.kubeconfig ? ["--kubeconfig", options.kubeconfig] : [],
    ...options.context ? ["--kube-context", options.context] : []
  ];
  const queue = new WorkQueue({ concurrency, deadline });
  const execute = async (spec) => {
    const binary = spec.program === "kubectl" ? kubectl : helm;
    const argv = [...spec.program === "kubectl" ? kubectlGlobal : helmGlobal, ...spec.args];
    const command = [spec.program, ...argv];
    const record = {
      file: null,
      command,
      status: "ok",
      exitCode: null,
      startMs: Date.now() - started,
      durationMs: 0,
      bytes: 0,
      truncated: false,
      redactions: {}
    };
    const remaining = deadline - Date.now();
    if (binary === null || remaining <= 0) {
      record.status = "skipped";
      record.error = binary === null ? `${spec.program} not found on PATH` : "overall timeout reached";
      return { record, stdout: "" };
    }
    const cap = spec.limitBytes ?? maxOutputBytes;
    const run3 = await runBounded(binary, argv, {
      timeoutMs: Math.min(callTimeoutMs, remaining),
      maxStdoutBytes: spec.limitBytes !== void 0 ? spec.limitBytes + 1 : cap,
      env
    });
    record.exitCode = run3.exitCode;
    record.durationMs = run3.durationMs;
    let text = run3.stdout.toString("utf8");
    const reachedCap = spec.limitBytes !== void 0 ? run3.stdout.length >= spec.limitBytes : run3.truncated;
    if (reachedCap) {
      record.truncated = true;
      const lastNewline = text.lastIndexOf("\n");
      text = lastNewline === -1 ? "" : text.slice(0, lastNewline + 1);
    }
    const status = run3.spawnError ? "failed" : run3.timedOut ? "timed-out" : run3.exitCode === 0 || run3.truncated && spec.limitBytes === void 0 ? "ok" : "failed";
    record.status = run3.truncated && !run3.timedOut ? "ok" : status;
    if (record.status !== "ok") {
      const reason = run3.spawnError ?? (run3.timedOut ? `no answer within ${seconds(Math.min(callTimeoutMs, remaining))} s` : "");
      record.error = redactor.redact([reason, run3.stderr.trim()].filter(Boolean).join(": ").slice(0, 2e3)).text;
    }
    if (record.status === "timed-out") manifest.timedOut.push(commandLine(command));
    if (spec.file !== null && (record.status === "ok" || text.length > 0)) {
      const content = record.status === "ok" && isEmptyList(spec.args, text) ? null : text;
      if (content !== null && content.length > 0) {
        const { bytes, counts } = writeRedacted(spec.file, content);
        record.file = spec.file;
        record.bytes = bytes;
        record.redactions = counts;
      }
    }
    return { record, stdout: text };
  };
  const call = async (spec) => {
    const outcome = await queue.add(() => execute(spec), spec.priority ?? 10);
    if (outcome.status === "done") {
      manifest.calls.push(outcome.value.record);
      return outcome.value;
    }
    const argv = [...spec.program === "kubectl" ? kubectlGlobal : helmGlobal, ...spec.args];
    const record = {
      file: null,
      command: [spec.program, ...argv],
      status: "skipped",
      exitCode: null,
      startMs: Date.now() - started,
      durationMs: 0,
      bytes: 0,
      truncated: false,
      redactions: {},
      error: "overall timeout reached before the call started"
    };
    manifest.skipped.push(commandLine(record.command));
    manifest.calls.push(record);
    return { record, stdout: "" };
  };
  const ok = (done) => done.record.status === "ok";
  let report2 = null;
  let reportMarkdown = null;
  try {
    if (kubectl === null) {
      warnings.push("kubectl not found on PATH: nothing collected (install kubectl or put it on PATH)");
    } else {
      if (helm === null) {
        notes.push("helm not found on PATH: Karpenter found from Deployments labelled app.kubernetes.io/name=karpenter");
      }
      await collectAll();
    }
  } finally {
    rmSync2(cacheDir, { recursive: true, force: true });
  }
  async function collectAll() {
    const version = call({
      file: "cluster/version.json",
      program: "kubectl",
      args: ["version", "-o", "json"],
      priority: 0
    });
    const helmList = helm !== null ? call({ file: "helm/releases.json", program: "helm", args: ["ls", "-A", "-o", "json"], priority: 0 }) : null;
    const deploymentsCall = call({
      file: "karpenter/deployments.yaml",
      program: "kubectl",
      args: ["get", "deployments", "-A", "-l", DEFAULT_POD_SELECTOR, "-o", "yaml"],
      priority: 0
    });
    const startClusterWide = () => [
      call({
        file: "objects/karpenter.yaml",
        program: "kubectl",
        args: ["get", "karpenter", "-o", "yaml"],
        priority: 2
      }).then((done) => {
        if (done.record.file) objectFiles.push(join4(outDir, done.record.file));
      }),
      call({
        file: "objects/karpenter.txt",
        program: "kubectl",
        args: ["get", "karpenter", "-o", "wide"],
        priority: 2
      }),
      call({
        file: "events/karpenter-all-namespaces.yaml",
        program: "kubectl",
        args: ["get", "events", "-A", "--field-selector", "source=karpenter", "-o", "yaml"],
        priority: 2
      }),
      call({
        file: "events/karpenter-all-namespaces.txt",
        program: "kubectl",
        args: ["get", "events", "-A", "--field-selector", "source=karpenter", "--sort-by=.lastTimestamp", "-o", "wide"],
        priority: 3
      }),
      call({ file: "nodes/all.txt", program: "kubectl", args: ["get", "nodes", "-o", "wide"], priority: 3 }),
      ...["karpenter.sh/nodepool", "karpenter.sh/provisioner-name"].flatMap((label) => {
        const tag = label.split("/")[1];
        return [
          call({
            file: `nodes/${tag}-nodes.yaml`,
            program: "kubectl",
            args: ["get", "nodes", "-l", label, "-o", "yaml"],
            priority: 4
          }),
          call({
            file: `nodes/${tag}-describe.txt`,
            program: "kubectl",
            args: ["describe", "nodes", "-l", label],
            priority: 4
          })
        ];
      }),
      call({ file: null, program: "kubectl", args: ["get", "crd", "-o", "name"], priority: 3 }).then(async (done) => {
        const names = done.stdout.split("\n").filter(isKarpenterCrdName).map((l) => l.trim());
        if (!ok(done) || names.length === 0) return;
        await Promise.all([
          call({ file: "objects/crds.yaml", program: "kubectl", args: ["get", ...names, "-o", "yaml"], priority: 4 }),
          call({
            file: "objects/crds-versions.txt",
            program: "kubectl",
            args: [
              "get",
              ...names,
              "-o",
              "custom-columns=NAME:.metadata.name,SERVED:.spec.versions[?(@.served==true)].name,STORAGE:.spec.versions[?(@.storage==true)].name,CONVERSION:.spec.conversion.strategy"
            ],
            priority: 4
          })
        ]);
      }),
      call({
        file: null,
        program: "kubectl",
        args: ["get", "validatingwebhookconfigurations,mutatingwebhookconfigurations", "-o", "name"],
        priority: 3
      }).then(async (done) => {
        const names = done.stdout.split("\n").map((l) => l.trim()).filter((l) => /karpenter/i.test(l));
        if (!ok(done) || names.length === 0) return;
        await call({
          file: "objects/webhooks.yaml",
          program: "kubectl",
          args: ["get", ...names, "-o", "yaml"],
          priority: 4
        });
      })
    ];
    const releasesDone = helmList ? await helmList : null;
    let releases2 = [];
    if (releasesDone && ok(releasesDone)) {
      try {
        releases2 = parseHelmReleases(releasesDone.stdout.trim());
      } catch (error) {
        warnings.push(`helm ls -A -o json printed something unexpected: ${error.message}`);
      }
    } else if (releasesDone) {
      warnings.push(`helm ls failed (${releasesDone.record.error ?? "no output"}); Karpenter found from Deployments`);
    }
    const deploymentsDone = await deploymentsCall;
    let deployments = [];
    if (ok(deploymentsDone)) {
      try {
        deployments = parseDeployments(deploymentsDone.stdout);
      } catch (error) {
        warnings.push(`could not read the Deployments list: ${error.message}`);
      }
    }
    const decision = decideNamespace(options.namespace, releases2, deployments);
    notes.push(...decision.notes);
    const k = manifest.karpenter;
    k.namespace = decision.namespace;
    k.namespaceSource = decision.source;
    k.release = decision.release;
    k.deployment = decision.deployment?.name ?? null;
    k.version = versionInfo(decision.release, decision.deployment);
    const versionDone = await version;
    if (!ok(versionDone)) {
      warnings.push(`the Kubernetes API server did not answer kubectl version: ${versionDone.record.error ?? "failed"}`);
    }
    const namespaced = [];
    const ns = decision.namespace;
    if (ns === null) {
      warnings.push(
        `Karpenter namespace not found: no helm release of the karpenter chart and no Deployment labelled ${DEFAULT_POD_SELECTOR}; cluster-wide evidence only (set karpenter-namespace to choose one)`
      );
    } else {
      const selector = decision.deployment?.selector ?? DEFAULT_POD_SELECTOR;
      k.podSelector = selector;
      const podsDone = await call({
        file: "karpenter/pods.yaml",
        program: "kubectl",
        args: ["get", "pods", "-n", ns, "-l", selector, "-o", "yaml"],
        priority: 0
      });
      let pods = [];
      if (ok(podsDone)) {
        try {
          pods = parsePods(podsDone.stdout);
        } catch (error) {
          warnings.push(`could not read the pod list: ${error.message}`);
        }
      }
      k.pods = pods.map((p) => p.name);
      if (ok(podsDone) && pods.length === 0)
        warnings.push(`no Karpenter pods in namespace ${ns} (selector ${selector})`);
      for (const pod of pods) {
        for (const container of pod.containers) {
          const base = `logs/${safeName(pod.name)}/${safeName(container.name)}`;
          const logArgs = [
            "logs",
            "-n",
            ns,
            pod.name,
            "-c",
            container.name,
            "--timestamps",
            `--limit-bytes=${logLimitBytes}`
          ];
          namespaced.push(
            call({
              file: `${base}.log`,
              program: "kubectl",
              args: logArgs,
              limitBytes: logLimitBytes,
              priority: 1
            }).then((done) => {
              if (done.record.file) logFiles.push(join4(outDir, done.record.file));
            })
          );
          if (container.restartCount > 0) {
            namespaced.push(
              call({
                file: `${base}.previous.log`,
                program: "kubectl",
                args: [...logArgs, "--previous"],
                limitBytes: logLimitBytes,
                priority: 1
              }).then((done) => {
                if (done.record.file) logFiles.push(join4(outDir, done.record.file));
              })
            );
          }
        }
      }
      namespaced.push(
        call({
          file: "karpenter/lease.yaml",
          program: "kubectl",
          args: ["get", "lease", "-n", ns, "karpenter-leader-election", "-o", "yaml"],
          priority: 1
        }).then((done) => {
          if (ok(done)) k.leader = leaseHolder(done.stdout);
        }),
        call({
          file: "karpenter/pods.txt",
          program: "kubectl",
          args: ["get", "pods", "-n", ns, "-l", selector, "-o", "wide"],
          priority: 2
        }),
        call({
          file: "karpenter/pods-describe.txt",
          program: "kubectl",
          args: ["describe", "pods", "-n", ns, "-l", selector],
          priority: 2
        }),
        call({
          file: "karpenter/configmaps.yaml",
          program: "kubectl",
          args: ["get", "configmaps", "-n", ns, "-l", DEFAULT_POD_SELECTOR, "-o", "yaml"],
          priority: 3
        }),
        call({
          file: "events/namespace.yaml",
          program: "kubectl",
          args: ["get", "events", "-n", ns, "-o", "yaml"],
          priority: 2
        }),
        call({
          file: "events/namespace.txt",
          program: "kubectl",
          args: ["get", "events", "-n", ns, "--sort-by=.lastTimestamp", "-o", "wide"],
          priority: 3
        })
      );
      if (decision.deployment) {
        namespaced.push(
          call({
            file: "karpenter/deployment-describe.txt",
            program: "kubectl",
            args: ["describe", "deployment", "-n", ns, decision.deployment.name],
            priority: 3
          })
        );
      }
      for (const release of karpenterRelatedReleases(releases2)) {
        const name = safeName(release.name);
        namespaced.push(
          call({
            file: `helm/${name}-values.yaml`,
            program: "helm",
            args: ["get", "values", release.name, "-n", release.namespace, "-o", "yaml"],
            priority: 4
          }),
          call({
            file: `helm/${name}-history.txt`,
            program: "helm",
            args: ["history", release.name, "-n", release.namespace],
            priority: 4
          })
        );
      }
    }
    await Promise.all([...namespaced, ...startClusterWide()]);
    await queue.idle();
  }
  if (options.analyze !== false && logFiles.length > 0) {
    try {
      report2 = await analyzeEvidence({
        logFiles: [...logFiles].sort(),
        objectFiles,
        karpenterVersion: manifest.karpenter.version.version
      });
      const jsonOut = writeRedacted("karpenter-report.json", JSON.stringify(report2, null, 2) + "\n");
      manifest.generated.push({ file: "karpenter-report.json", bytes: jsonOut.bytes, redactions: jsonOut.counts });
      reportMarkdown = redactor.redact(renderKarpenterMarkdown(report2)).text;
      const mdOut = writeRedacted("karpenter-report.md", reportMarkdown);
      manifest.generated.push({ file: "karpenter-report.md", bytes: mdOut.bytes, redactions: mdOut.counts });
      manifest.analysis = { status: "ok", file: "karpenter-report.json" };
    } catch (error) {
      const message = redactor.redact(error instanceof Error ? error.message : String(error)).text;
      manifest.analysis = { status: "failed", file: null, error: message };
      warnings.push(`log diagnosis failed: ${message}`);
    }
  }
  const finished = Date.now();
  manifest.finishedAt = new Date(finished).toISOString();
  manifest.durationMs = finished - started;
  manifest.calls.sort((a, b) => (a.file ?? "~").localeCompare(b.file ?? "~"));
  if (manifest.timedOut.length > 0) {
    warnings.push(`${manifest.timedOut.length} call(s) timed out: ${manifest.timedOut.join("; ")}`);
  }
  if (manifest.skipped.length > 0) {
    warnings.push(
      `${manifest.skipped.length} call(s) not started: the ${seconds(timeoutMs)} s collection timeout was reached`
    );
  }
  const readme = writeRedacted("README.md", folderReadme(manifest));
  manifest.generated.push({ file: "README.md", bytes: readme.bytes, redactions: readme.counts });
  writeRedacted("manifest.json", JSON.stringify(manifest, null, 2) + "\n");
  return {
    outDir,
    manifest,
    logFiles: logFiles.sort(),
    objectFiles,
    report: report2,
    reportMarkdown,
    warnings,
    notes,
    redact: (text) => redactor.redact(text).text
  };
}
var COLLECT_DEFAULTS, CollectUsageError, seconds, safeName, KARPENTER_GROUPS;
var init_collector = __esm({
  "src/karpenter/collect/collector.ts"() {
    "use strict";
    init_analyze();
    init_discovery();
    init_exec();
    init_kubeconfig();
    init_manifest();
    init_pool();
    init_redact();
    COLLECT_DEFAULTS = {
      timeoutMs: 12e4,
      callTimeoutMs: 3e4,
      concurrency: 10,
      logLimitBytes: 10 * 1024 * 1024,
      maxOutputBytes: 32 * 1024 * 1024
    };
    CollectUsageError = class extends Error {
    };
    seconds = (ms) => String(Math.round(ms / 100) / 10);
    safeName = (name) => name.replace(/[^A-Za-z0-9._-]/g, "_");
    KARPENTER_GROUPS = ["karpenter.sh", "karpenter.k8s.aws"];
  }
});

// src/karpenter/collect/index.ts
var init_collect = __esm({
  "src/karpenter/collect/index.ts"() {
    "use strict";
    init_collector();
    init_manifest();
    init_redact();
  }
});

// src/cli/karpenter-collect.ts
import { resolve as resolve4 } from "node:path";
function positiveNumber(flag, value, integer) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || integer && !Number.isInteger(n)) {
    throw new UsageError(`${flag} needs a positive ${integer ? "integer" : "number"}, got "${value}"`);
  }
  return n;
}
function parseCollectArgs(args) {
  const { values } = parseCommandArgs(
    args,
    {
      options: {
        help: { type: "boolean", short: "h", default: false },
        out: { type: "string" },
        kubeconfig: { type: "string" },
        context: { type: "string" },
        namespace: { type: "string", short: "n" },
        timeout: { type: "string" },
        "call-timeout": { type: "string" },
        concurrency: { type: "string" },
        "log-limit-bytes": { type: "string" },
        "redact-account-ids": { type: "boolean", default: false },
        "mask-env": { type: "string", multiple: true, default: [] },
        "no-analyze": { type: "boolean", default: false }
      }
    },
    SEE_HELP
  );
  const parsed2 = {
    out: values.out ?? "",
    kubeconfig: values.kubeconfig,
    context: values.context,
    namespace: values.namespace,
    timeoutMs: seconds2("--timeout", values.timeout),
    callTimeoutMs: seconds2("--call-timeout", values["call-timeout"]),
    concurrency: positiveNumber("--concurrency", values.concurrency, true),
    logLimitBytes: positiveNumber("--log-limit-bytes", values["log-limit-bytes"], true),
    redactAccountIds: values["redact-account-ids"],
    maskEnv: values["mask-env"],
    analyze: !values["no-analyze"],
    help: values.help
  };
  if (!parsed2.help && parsed2.out === "") throw new UsageError(`--out DIR is required${SEE_HELP}`);
  return parsed2;
}
function collectionText(result) {
  const m = result.manifest;
  const k = m.karpenter;
  const files = m.calls.filter((c) => c.file !== null);
  const lines = [
    `Karpenter evidence written to ${result.outDir}`,
    `  namespace: ${k.namespace ?? "not found"}${k.namespaceSource ? ` (from ${k.namespaceSource})` : ""}`,
    `  version:   ${k.version.version ?? "unknown"}${k.version.chartVersion ? ` (chart ${k.version.chartVersion})` : ""}${k.version.imageTag ? ` (image tag ${k.version.imageTag})` : ""}`,
    `  leader:    ${k.leader?.pod ?? "unknown"}`,
    `  files:     ${files.length}, ${files.reduce((s2, c) => s2 + c.bytes, 0)} bytes, in ${(m.durationMs / 1e3).toFixed(1)} s`,
    `  truncated: ${m.calls.filter((c) => c.truncated).map((c) => c.file).join(", ") || "none"}`,
    `  timed out: ${m.timedOut.length}; not started: ${m.skipped.length}`,
    `  masked:    ${totalCount(m.redactions.total)} secret(s)` + (totalCount(m.redactions.total) > 0 ? ` (${Object.entries(m.redactions.total).map(([kind, n]) => `${n} ${kind}`).join(", ")})` : ""),
    `  report:    ${m.analysis.status === "ok" ? "karpenter-report.json, karpenter-report.md" : m.analysis.status}`
  ];
  return lines.join("\n") + "\n";
}
var COLLECT_HELP, SEE_HELP, seconds2, karpenterCollectCommand;
var init_karpenter_collect = __esm({
  "src/cli/karpenter-collect.ts"() {
    "use strict";
    init_collect();
    init_args();
    init_io();
    COLLECT_HELP = `eksctl-preflight karpenter collect: collect Karpenter logs, events and objects with kubectl/helm

Usage:
  eksctl-preflight karpenter collect --out DIR [options]

Options:
  --out DIR               folder to write (created; must be empty if it exists)
  --kubeconfig FILE       kubeconfig to use (default: KUBECONFIG, then ~/.kube/config)
  --context NAME          kubeconfig context to use
  --namespace NS          Karpenter namespace (default: discovered from helm releases or Deployments)
  --timeout S             seconds for the whole collection (default ${COLLECT_DEFAULTS.timeoutMs / 1e3})
  --call-timeout S        seconds for each kubectl/helm call (default ${COLLECT_DEFAULTS.callTimeoutMs / 1e3})
  --concurrency N         calls in flight at once (default ${COLLECT_DEFAULTS.concurrency})
  --log-limit-bytes N     byte cap per container log (default ${COLLECT_DEFAULTS.logLimitBytes})
  --redact-account-ids    also mask 12-digit AWS account ids in ARNs
  --mask-env NAME         mask the value of environment variable NAME wherever it appears (repeatable)
  --no-analyze            do not run the log diagnosis (karpenter-report.json)

Secrets (AWS keys, session tokens, bearer tokens, JWTs, kubeconfig credentials) are masked before any file is
written; Secrets objects are never read. manifest.json in the folder lists every command run.

Exit codes: 0 evidence collected (warnings on stderr), 1 nothing could be collected from the cluster
(no kubectl, API server unreachable), 2 usage error.
`;
    SEE_HELP = " (see karpenter collect --help)";
    seconds2 = (flag, value) => {
      const n = positiveNumber(flag, value, false);
      return n === void 0 ? void 0 : n * 1e3;
    };
    karpenterCollectCommand = async (args, io) => {
      const parsed2 = parseCollectArgs(args);
      if (parsed2.help) {
        io.stdout(COLLECT_HELP);
        return EXIT_OK;
      }
      const maskedValues = [];
      for (const name of parsed2.maskEnv) {
        const value = io.env[name];
        if (value === void 0 || value === "") io.stderr(`warning: --mask-env ${name}: the variable is not set
`);
        else maskedValues.push(value);
      }
      let result;
      try {
        result = await collectKarpenterEvidence({
          outDir: resolve4(io.cwd, parsed2.out),
          kubeconfig: parsed2.kubeconfig ? resolve4(io.cwd, parsed2.kubeconfig) : void 0,
          context: parsed2.context,
          namespace: parsed2.namespace,
          timeoutMs: parsed2.timeoutMs,
          callTimeoutMs: parsed2.callTimeoutMs,
          concurrency: parsed2.concurrency,
          logLimitBytes: parsed2.logLimitBytes,
          redactAccountIds: parsed2.redactAccountIds,
          maskedValues,
          analyze: parsed2.analyze,
          env: io.env
        });
      } catch (error) {
        if (error instanceof CollectUsageError) {
          io.stderr(`eksctl-preflight karpenter collect: ${error.message}
`);
          return EXIT_USAGE;
        }
        throw error;
      }
      io.stdout(collectionText(result));
      for (const note2 of result.notes) io.stderr(result.redact(`note: ${note2}
`));
      for (const warning of result.warnings) io.stderr(result.redact(`warning: ${warning}
`));
      const anyKubectlOk = result.manifest.calls.some((c) => c.command[0] === "kubectl" && c.status === "ok");
      return anyKubectlOk ? EXIT_OK : EXIT_FINDINGS;
    };
  }
});

// src/cli/karpenter-analyze.ts
import { readdirSync as readdirSync3, statSync as statSync6 } from "node:fs";
import { resolve as resolve5, join as join5, extname } from "node:path";
function walk2(dir) {
  return readdirSync3(dir, { recursive: true, withFileTypes: false }).map((p) => join5(dir, p)).sort();
}
var HELP2, LOG_EXT, OBJECT_EXT, karpenterAnalyzeCommand;
var init_karpenter_analyze = __esm({
  "src/cli/karpenter-analyze.ts"() {
    "use strict";
    init_analyze();
    init_args();
    init_io();
    HELP2 = `Usage: eksctl-preflight karpenter analyze FILE|DIR|- … [options]

Reads Karpenter controller logs (any version v0.16 … v1.x; plain, stern, CRI or kubectl --prefix/--timestamps
output) and prints what launched, what failed with the documented fix, and what was disrupted.
"-" reads standard input: kubectl logs -n kube-system -l app.kubernetes.io/name=karpenter --tail=-1 | eksctl-preflight karpenter analyze -

  FILE              a log file; *.yaml / *.yml files are Karpenter objects (kubectl get nodeclaims,ec2nodeclasses -o yaml)
  DIR               every *.log / *.txt (logs) and *.yaml / *.yml (objects) below it, e.g. a collected evidence folder
  --objects FILE    a Karpenter objects file whatever its name (repeatable)
  --format F        text (default) | json | markdown
  --karpenter-version V   version to report when the logs do not tell it
  --fail-on-problems      exit 1 when a problem is found

Exit codes: 0 analysed (problems found or not, unless --fail-on-problems), 1 problems found with --fail-on-problems,
2 usage error or an unreadable input.
`;
    LOG_EXT = /* @__PURE__ */ new Set([".log", ".txt"]);
    OBJECT_EXT = /* @__PURE__ */ new Set([".yaml", ".yml"]);
    karpenterAnalyzeCommand = async (args, io) => {
      const { values, positionals } = parseCommandArgs(
        args,
        {
          allowPositionals: true,
          options: {
            format: { type: "string", default: "text" },
            objects: { type: "string", multiple: true, default: [] },
            "karpenter-version": { type: "string" },
            "fail-on-problems": { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false }
          }
        },
        `

${HELP2}`
      );
      if (values.help) {
        io.stdout(HELP2);
        return EXIT_OK;
      }
      const format = values.format;
      if (format !== "text" && format !== "json" && format !== "markdown") {
        throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
      }
      if (positionals.length === 0) throw new UsageError(`expected log files, a directory, or - for stdin

${HELP2}`);
      const logFiles = [];
      const objectFiles = values.objects.map((f) => resolve5(io.cwd, f));
      let stdin = false;
      const problems = [];
      for (const arg of positionals) {
        if (arg === "-") {
          if (stdin) throw new UsageError('"-" (stdin) given twice');
          stdin = true;
          continue;
        }
        const path5 = resolve5(io.cwd, arg);
        let stat2;
        try {
          stat2 = statSync6(path5);
        } catch (error) {
          problems.push(
            `${arg}: ${error.code === "ENOENT" ? "no such file" : error.message}`
          );
          continue;
        }
        if (stat2.isDirectory()) {
          for (const f of walk2(path5)) {
            const ext = extname(f).toLowerCase();
            if (LOG_EXT.has(ext)) logFiles.push(f);
            else if (OBJECT_EXT.has(ext)) objectFiles.push(f);
          }
        } else if (OBJECT_EXT.has(extname(path5).toLowerCase())) objectFiles.push(path5);
        else logFiles.push(path5);
      }
      for (const f of objectFiles) {
        try {
          statSync6(f);
        } catch {
          problems.push(`${f}: no such file`);
        }
      }
      if (problems.length > 0) {
        io.stderr(problems.map((p) => `eksctl-preflight karpenter analyze: cannot read ${p}
`).join(""));
        return EXIT_USAGE;
      }
      const sources = logFiles.map(fileSource);
      if (stdin) {
        const stream = io.stdinStream();
        sources.push({ name: "<stdin>", stream });
      }
      let report2;
      try {
        report2 = await analyzeSources(sources, objectFiles, values["karpenter-version"] ?? null);
      } catch (error) {
        io.stderr(`eksctl-preflight karpenter analyze: cannot read ${error.message}
`);
        return EXIT_USAGE;
      }
      if (format === "json") io.stdout(JSON.stringify(report2, null, 2) + "\n");
      else if (format === "markdown") io.stdout(renderKarpenterMarkdown(report2));
      else io.stdout(renderKarpenterText(report2));
      return values["fail-on-problems"] && report2.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
    };
  }
});

// src/cli/karpenter.ts
var karpenter_exports = {};
__export(karpenter_exports, {
  karpenterCommand: () => karpenterCommand
});
var karpenterCommand;
var init_karpenter2 = __esm({
  "src/cli/karpenter.ts"() {
    "use strict";
    init_io();
    init_karpenter_collect();
    init_karpenter_analyze();
    karpenterCommand = async (args, io) => {
      const [sub, ...rest] = args;
      if (sub === "collect") return karpenterCollectCommand(rest, io);
      if (sub === "analyze") return karpenterAnalyzeCommand(rest, io);
      throw new UsageError("expected a subcommand: karpenter collect --out DIR, or karpenter analyze FILE…|-");
    };
  }
});

// src/cli.ts
init_io();
import { readFileSync as readFileSync4 } from "node:fs";
var HELP3 = `eksctl-preflight: validate eksctl ClusterConfig files offline, for any eksctl release

Usage:
  eksctl-preflight validate [files…] [--eksctl-version V] [--format text|json|sarif|github] [--fail-on error|warning|never]
  eksctl-preflight schema --eksctl-version V          print the ClusterConfig JSON Schema of a release
  eksctl-preflight fields PATH…                        when a field (or field=value) exists across releases
  eksctl-preflight rules [--format text|json]          the create-time rules: ids, groups, releases
  eksctl-preflight karpenter collect --out DIR        collect Karpenter evidence with kubectl/helm
  eksctl-preflight karpenter analyze FILE…|-          diagnose Karpenter logs

Run a command with --help for its options. Exit codes: 0 ok, 1 findings, 2 usage or internal error.
`;
var commands = {
  validate: async () => (await Promise.resolve().then(() => (init_validate2(), validate_exports))).validateCommand,
  schema: async () => (await Promise.resolve().then(() => (init_schema(), schema_exports))).schemaCommand,
  fields: async () => (await Promise.resolve().then(() => (init_schema(), schema_exports))).fieldsCommand,
  rules: async () => (await Promise.resolve().then(() => (init_rules3(), rules_exports))).rulesCommand,
  karpenter: async () => (await Promise.resolve().then(() => (init_karpenter2(), karpenter_exports))).karpenterCommand
};
function processIO() {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => readFileSync4(0, "utf8"),
    stdinStream: () => process.stdin,
    cwd: process.cwd(),
    env: process.env
  };
}
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
async function run2(argv, io = processIO()) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(HELP3);
    return name === void 0 ? EXIT_USAGE : 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`eksctl-preflight: unknown command "${name}"

${HELP3}`);
    return EXIT_USAGE;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      error instanceof UsageError ? `eksctl-preflight ${name}: ${message}
` : `eksctl-preflight ${name}: internal error: ${message}
`
    );
    return EXIT_USAGE;
  }
}

// src/cli-index.ts
void run2(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
