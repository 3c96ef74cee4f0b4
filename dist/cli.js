#!/usr/bin/env node
import { createRequire as __preflightCreateRequire } from 'node:module';const require = __preflightCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/cli/io.ts
var EXIT_USAGE, UsageError;
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
    EXIT_USAGE = 2;
    UsageError = class extends Error {
    };
  }
});

// src/cli/validate.ts
var validate_exports = {};
__export(validate_exports, {
  validateCommand: () => validateCommand
});
var validateCommand;
var init_validate = __esm({
  "src/cli/validate.ts"() {
    "use strict";
    validateCommand = async () => {
      throw new Error("not implemented: validateCommand");
    };
  }
});

// src/cli/schema.ts
var schema_exports = {};
__export(schema_exports, {
  fieldsCommand: () => fieldsCommand,
  schemaCommand: () => schemaCommand
});
var schemaCommand, fieldsCommand;
var init_schema = __esm({
  "src/cli/schema.ts"() {
    "use strict";
    schemaCommand = async () => {
      throw new Error("not implemented: schemaCommand");
    };
    fieldsCommand = async () => {
      throw new Error("not implemented: fieldsCommand");
    };
  }
});

// src/cli/karpenter-collect.ts
var karpenterCollectCommand;
var init_karpenter_collect = __esm({
  "src/cli/karpenter-collect.ts"() {
    "use strict";
    karpenterCollectCommand = async () => {
      throw new Error("not implemented: karpenterCollectCommand");
    };
  }
});

// src/cli/karpenter-analyze.ts
var karpenterAnalyzeCommand;
var init_karpenter_analyze = __esm({
  "src/cli/karpenter-analyze.ts"() {
    "use strict";
    karpenterAnalyzeCommand = async () => {
      throw new Error("not implemented: karpenterAnalyzeCommand");
    };
  }
});

// src/cli/karpenter.ts
var karpenter_exports = {};
__export(karpenter_exports, {
  karpenterCommand: () => karpenterCommand
});
var karpenterCommand;
var init_karpenter = __esm({
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
import { readFileSync } from "node:fs";
var HELP = `eksctl-preflight: validate eksctl ClusterConfig files offline, for any eksctl release

Usage:
  eksctl-preflight validate [files…] [--eksctl-version V] [--format text|json|sarif|github] [--fail-on error|warning|never]
  eksctl-preflight schema --eksctl-version V          print the ClusterConfig JSON Schema of a release
  eksctl-preflight fields PATH…                        when a field (or field=value) exists across releases
  eksctl-preflight karpenter collect --out DIR        collect Karpenter evidence with kubectl/helm
  eksctl-preflight karpenter analyze FILE…|-          diagnose Karpenter logs

Run a command with --help for its options. Exit codes: 0 ok, 1 findings, 2 usage or internal error.
`;
var commands = {
  validate: async () => (await Promise.resolve().then(() => (init_validate(), validate_exports))).validateCommand,
  schema: async () => (await Promise.resolve().then(() => (init_schema(), schema_exports))).schemaCommand,
  fields: async () => (await Promise.resolve().then(() => (init_schema(), schema_exports))).fieldsCommand,
  karpenter: async () => (await Promise.resolve().then(() => (init_karpenter(), karpenter_exports))).karpenterCommand
};
function processIO() {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => readFileSync(0, "utf8"),
    cwd: process.cwd(),
    env: process.env
  };
}
async function run(argv, io = processIO()) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(HELP);
    return name === void 0 ? EXIT_USAGE : 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`eksctl-preflight: unknown command "${name}"

${HELP}`);
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
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
