#!/usr/bin/env node
import { createRequire as __preflightCreateRequire } from 'node:module';const require = __preflightCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
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
    var SemVer = class _SemVer {
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
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
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
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
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
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
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
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
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
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
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
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
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
    var gte = require_gte();
    var lt = require_lt();
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
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
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
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
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
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
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
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
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
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
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
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
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
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
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
            version = new SemVer(version, this.options);
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
    var SemVer = require_semver();
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
          this.semver = new SemVer(m[2], this.options.loose);
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
            version = new SemVer(version, this.options);
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
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
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
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
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
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
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
      if (minver && range.test(minver)) {
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
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
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
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
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
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
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
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
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
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
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
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
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
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
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
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
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
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
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
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
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
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// schemas/eksctl-schemas.json
var eksctl_schemas_default;
var init_eksctl_schemas = __esm({
  "schemas/eksctl-schemas.json"() {
    eksctl_schemas_default = { format: 1, releases: [["0.21.0", "2020-06-05"], ["0.22.0", "2020-06-19"], ["0.23.0", "2020-07-03"], ["0.24.0", "2020-07-17"], ["0.25.0", "2020-07-31"], ["0.26.0", "2020-08-20"], ["0.27.0", "2020-09-04"], ["0.28.0", "2020-09-21"], ["0.28.1", "2020-09-22"], ["0.29.0", "2020-10-01"], ["0.29.1", "2020-10-04"], ["0.29.2", "2020-10-07"], ["0.30.0", "2020-10-16"], ["0.31.0", "2020-11-08"], ["0.32.0", "2020-11-20"], ["0.33.0", "2020-12-04"], ["0.34.0", "2020-12-09"], ["0.35.0", "2020-12-21"], ["0.36.0", "2021-01-15"], ["0.36.1", "2021-01-20"], ["0.36.2", "2021-01-21"], ["0.37.0", "2021-01-29"], ["0.38.0", "2021-02-16"], ["0.39.0", "2021-02-26"], ["0.40.0", "2021-03-04"], ["0.41.0", "2021-03-19"], ["0.42.0", "2021-03-26"], ["0.43.0", "2021-03-31"], ["0.44.0", "2021-04-07"], ["0.45.0", "2021-04-16"], ["0.46.0", "2021-04-23"], ["0.47.0", "2021-04-30"], ["0.48.0", "2021-05-07"], ["0.49.0", "2021-05-11"], ["0.50.0", "2021-05-17"], ["0.51.0", "2021-05-21"], ["0.52.0", "2021-05-28"], ["0.53.0", "2021-06-11"], ["0.54.0", "2021-06-17"], ["0.55.0", "2021-07-02"], ["0.56.0", "2021-07-09"], ["0.57.0", "2021-07-16"], ["0.58.0", "2021-07-23"], ["0.59.0", "2021-07-30"], ["0.60.0", "2021-08-06"], ["0.61.0", "2021-08-13"], ["0.62.0", "2021-08-20"], ["0.63.0", "2021-08-27"], ["0.64.0", "2021-09-03"], ["0.65.0", "2021-09-06"], ["0.66.0", "2021-09-08"], ["0.67.0", "2021-09-17"], ["0.68.0", "2021-10-01"], ["0.69.0", "2021-10-08"], ["0.70.0", "2021-10-15"], ["0.71.0", "2021-10-29"], ["0.72.0", "2021-11-05"], ["0.73.0", "2021-11-10"], ["0.74.0", "2021-11-18"], ["0.75.0", "2021-11-26"], ["0.76.0", "2021-12-03"], ["0.77.0", "2021-12-17"], ["0.78.0", "2022-01-11"], ["0.79.0", "2022-01-13"], ["0.80.0", "2022-01-21"], ["0.82.0", "2022-01-28"], ["0.83.0", "2022-02-11"], ["0.84.0", "2022-02-18"], ["0.85.0", "2022-02-25"], ["0.86.0", "2022-03-03"], ["0.87.0", "2022-03-11"], ["0.88.0", "2022-03-18"], ["0.89.0", "2022-03-25"], ["0.90.0", "2022-04-01"], ["0.91.0", "2022-04-05"], ["0.92.0", "2022-04-08"], ["0.93.0", "2022-04-13"], ["0.94.0", "2022-04-22"], ["0.95.0", "2022-04-28"], ["0.96.0", "2022-05-06"], ["0.97.0", "2022-05-13"], ["0.98.0", "2022-05-20"], ["0.99.0", "2022-05-27"], ["0.100.0", "2022-06-03"], ["0.101.0", "2022-06-03"], ["0.102.0", "2022-06-10"], ["0.103.0", "2022-06-17"], ["0.104.0", "2022-06-24"], ["0.105.0", "2022-07-01"], ["0.106.0", "2022-07-08"], ["0.107.0", "2022-07-22"], ["0.108.0", "2022-07-29"], ["0.109.0", "2022-08-19"], ["0.110.0", "2022-08-26"], ["0.111.0", "2022-09-02"], ["0.112.0", "2022-09-19"], ["0.113.0", "2022-09-23"], ["0.114.0", "2022-09-30"], ["0.115.0", "2022-10-07"], ["0.116.0", "2022-10-18"], ["0.117.0", "2022-10-28"], ["0.118.0", "2022-11-04"], ["0.119.0", "2022-11-11"], ["0.120.0", "2022-11-18"], ["0.121.0", "2022-11-21"], ["0.122.0", "2022-11-25"], ["0.123.0", "2022-11-29"], ["0.124.0", "2022-12-21"], ["0.125.0", "2023-01-06"], ["0.126.0", "2023-01-13"], ["0.127.0", "2023-01-20"], ["0.128.0", "2023-01-27"], ["0.129.0", "2023-02-03"], ["0.130.0", "2023-02-10"], ["0.131.0", "2023-02-17"], ["0.132.0", "2023-02-23"], ["0.133.0", "2023-03-03"], ["0.134.0", "2023-03-10"], ["0.135.0", "2023-03-17"], ["0.136.0", "2023-03-24"], ["0.137.0", "2023-04-06"], ["0.138.0", "2023-04-11"], ["0.139.0", "2023-04-21"], ["0.140.0", "2023-04-28"], ["0.141.0", "2023-05-05"], ["0.142.0", "2023-05-19"], ["0.143.0", "2023-05-24"], ["0.144.0", "2023-06-02"], ["0.145.0", "2023-06-09"], ["0.146.0", "2023-06-16"], ["0.147.0", "2023-06-23"], ["0.148.0", "2023-07-05"], ["0.149.0", "2023-07-12"], ["0.150.0", "2023-07-18"], ["0.151.0", "2023-07-28"], ["0.152.0", "2023-08-04"], ["0.153.0", "2023-08-11"], ["0.154.0", "2023-08-18"], ["0.155.0", "2023-08-24"], ["0.156.0", "2023-09-01"], ["0.157.0", "2023-09-08"], ["0.158.0", "2023-09-15"], ["0.159.0", "2023-09-22"], ["0.160.0", "2023-09-26"], ["0.161.0", "2023-09-29"], ["0.162.0", "2023-10-06"], ["0.163.0", "2023-10-20"], ["0.164.0", "2023-10-24"], ["0.165.0", "2023-11-27"], ["0.166.0", "2023-12-08"], ["0.167.0", "2023-12-20"], ["0.168.0", "2024-01-19"], ["0.169.0", "2024-01-23"], ["0.170.0", "2024-02-02"], ["0.171.0", "2024-02-09"], ["0.172.0", "2024-02-16"], ["0.173.0", "2024-02-29"], ["0.174.0", "2024-03-14"], ["0.175.0", "2024-03-22"], ["0.176.0", "2024-04-05"], ["0.177.0", "2024-04-26"], ["0.178.0", "2024-05-17"], ["0.179.0", "2024-05-24"], ["0.180.0", "2024-05-29"], ["0.181.0", "2024-06-04"], ["0.182.0", "2024-06-07"], ["0.183.0", "2024-06-11"], ["0.184.0", "2024-07-04"], ["0.185.0", "2024-07-08"], ["0.186.0", "2024-07-12"], ["0.187.0", "2024-07-16"], ["0.188.0", "2024-07-31"], ["0.189.0", "2024-08-19"], ["0.190.0", "2024-09-04"], ["0.191.0", "2024-09-26"], ["0.192.0", "2024-10-12"], ["0.193.0", "2024-10-18"], ["0.194.0", "2024-10-22"], ["0.195.0", "2024-12-02"], ["0.196.0", "2024-12-02"], ["0.197.0", "2024-12-03"], ["0.198.0", "2024-12-10"], ["0.199.0", "2024-12-13"], ["0.200.0", "2025-01-08"], ["0.201.0", "2025-01-14"], ["0.202.0", "2025-01-23"], ["0.203.0", "2025-01-29"], ["0.204.0", "2025-02-13"], ["0.205.0", "2025-02-28"], ["0.206.0", "2025-03-23"], ["0.207.0", "2025-04-02"], ["0.208.0", "2025-05-12"], ["0.209.0", "2025-06-04"], ["0.210.0", "2025-06-06"], ["0.211.0", "2025-07-18"], ["0.212.0", "2025-07-29"], ["0.213.0", "2025-08-25"], ["0.214.0", "2025-08-26"], ["0.215.0", "2025-10-02"], ["0.216.0", "2025-10-30"], ["0.217.0", "2025-11-11"], ["0.218.0", "2025-11-24"], ["0.219.0", "2025-11-26"], ["0.220.0", "2025-11-30"], ["0.221.0", "2025-12-18"], ["0.222.0", "2026-02-06"], ["0.223.0", "2026-02-13"], ["0.224.0", "2026-03-03"], ["0.225.0", "2026-03-30"], ["0.226.0", "2026-05-01"], ["0.227.0", "2026-05-27"], ["0.228.0", "2026-06-24"], ["0.229.0", "2026-07-01"], ["0.230.0", "2026-08-13"]], root: { "@": "0-213", $ref: [["ClusterConfig"]], type: [["object", "1-213"]] }, definitions: { ARN: { "@": "150-213", $ref: [["github.com|aws|aws-sdk-go-v2|aws|arn.ARN"]] }, AZSubnetMapping: { "@": "14-213", type: [["object"]], additionalPropertiesSchema: { $ref: [["AZSubnetSpec"]] } }, AZSubnetSpec: { "@": "14-213", properties: { az: { type: [["string"]] }, cidr: { $ref: [["github.com|weaveworks|eksctl|pkg|utils|ipnet.IPNet"]] }, id: { type: [["string"]] } }, additionalProperties: [[false, "14-213r"]] }, AccessConfig: { "@": "150-213", properties: { accessEntries: { type: [["array"]], items: { $ref: [["AccessEntry"]] } }, authenticationMode: { $ref: [["github.com|aws|aws-sdk-go-v2|service|eks|types.AuthenticationMode"]] }, bootstrapClusterCreatorAdminPermissions: { type: [["boolean"]] } }, additionalProperties: [[false]] }, AccessEntry: { "@": "150-213", properties: { accessPolicies: { type: [["array"]], items: { $ref: [["AccessPolicy"]] } }, kubernetesGroups: { type: [["array"]], items: { type: [["string"]] } }, kubernetesUsername: { type: [["string"]] }, principalARN: { $ref: [["ARN"]] }, type: { "@": "153-213", type: [["string"]] } }, additionalProperties: [[false]] }, AccessPolicy: { "@": "150-213", properties: { accessScope: { $ref: [["AccessScope"]] }, policyARN: { $ref: [["ARN"]] } }, additionalProperties: [[false]] }, AccessScope: { "@": "150-213", properties: { namespaces: { type: [["array"]], items: { type: [["string"]] } }, type: { $ref: [["github.com|aws|aws-sdk-go-v2|service|eks|types.AccessScopeType", "153-213"]], type: [["string", "150-152"]] } }, additionalProperties: [[false]] }, Addon: { "@": "15-213", required: [["name"]], properties: { attachPolicy: { $ref: [["InlineDocument"]] }, attachPolicyARNs: { type: [["array"]], items: { type: [["string"]] } }, name: { type: [["string"]] }, serviceAccountRoleARN: { type: [["string"]] }, version: { type: [["string"]] }, permissionsBoundary: { "@": "23-213", type: [["string"]] }, tags: { "@": "25-213", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, wellKnownPolicies: { "@": "51-213", $ref: [["WellKnownPolicies"]] }, resolveConflicts: { "@": "100-213", $ref: [["github.com|aws|aws-sdk-go-v2|service|eks|types.ResolveConflicts"]] }, owners: { "@": "106-213", type: [["array"]], items: { type: [["string"]] } }, publishers: { "@": "106-213", type: [["array"]], items: { type: [["string"]] } }, types: { "@": "106-213", type: [["array"]], items: { type: [["string"]] } }, configurationValues: { "@": "107-213", type: [["string"]] }, podIdentityAssociations: { "@": "164-213", type: [["array"]], items: { $ref: [["PodIdentityAssociation"]] } }, useDefaultPodIdentityAssociations: { "@": "164-213", type: [["boolean"]] }, namespaceConfig: { "@": "196-213", $ref: [["AddonNamespaceConfig"]] } }, additionalProperties: [[false]] }, AddonNamespaceConfig: { "@": "196-213", properties: { namespace: { type: [["string"]] } }, additionalProperties: [[false]] }, AddonsConfig: { "@": "164-213", properties: { autoApplyPodIdentityAssociations: { type: [["boolean"]] }, disableDefaultAddons: { "@": "167-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, ArgoCDAWSIDC: { "@": "203-213", required: [["idcInstanceArn"]], properties: { idcInstanceArn: { type: [["string"]] }, idcRegion: { type: [["string"]] } }, additionalProperties: [[false]] }, ArgoCDConfiguration: { "@": "203-213", properties: { awsIdc: { $ref: [["ArgoCDAWSIDC"]] }, namespace: { type: [["string"]] }, networkAccess: { $ref: [["ArgoCDNetworkAccess"]] }, rbacRoleMappings: { type: [["array"]], items: { $ref: [["ArgoCDRoleMapping"]] } } }, additionalProperties: [[false]] }, ArgoCDNetworkAccess: { "@": "203-213", properties: { vpceIds: { type: [["array"]], items: { type: [["string"]] } } }, additionalProperties: [[false]] }, ArgoCDRoleMapping: { "@": "203-213", required: [["role"], ["identities"]], properties: { identities: { type: [["array"]], items: { $ref: [["SSOIdentity"]] } }, role: { type: [["string"]] } }, additionalProperties: [[false]] }, AutoModeConfig: { "@": "178-213", properties: { enabled: { type: [["boolean"]] }, nodePools: { type: [["array"]], items: { type: [["string"]] } }, nodeRoleARN: { $ref: [["ARN"]] }, permissionsBoundaryARN: { "@": "189-213", $ref: [["ARN"]] } }, additionalProperties: [[false]] }, Capability: { "@": "203-213", required: [["name"], ["type"]], properties: { accessPolicies: { type: [["array"]], items: { $ref: [["AccessPolicy"]] } }, attachPolicy: { $ref: [["InlineDocument"]] }, attachPolicyARNs: { type: [["array"]], items: { type: [["string"]] } }, configuration: { $ref: [["CapabilityConfiguration"]] }, deletePropagationPolicy: { type: [["string"]] }, name: { type: [["string"]] }, permissionsBoundary: { type: [["string"]] }, roleArn: { type: [["string"]] }, tags: { type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, type: { type: [["string"]] } }, additionalProperties: [[false]] }, CapabilityConfiguration: { "@": "203-213", properties: { argocd: { $ref: [["ArgoCDConfiguration"]] } }, additionalProperties: [[false]] }, CapacityReservation: { "@": "91-213", properties: { capacityReservationPreference: { type: [["string"]] }, capacityReservationTarget: { $ref: [["CapacityReservationTarget"]] } }, additionalProperties: [[false]] }, CapacityReservationTarget: { "@": "91-213", properties: { capacityReservationID: { type: [["string"]] }, capacityReservationResourceGroupARN: { type: [["string"]] } }, additionalProperties: [[false]] }, ClusterCloudWatch: { "@": "0-213", type: [["object", "0"]], properties: { clusterLogging: { $ref: [["ClusterCloudWatchLogging"]] } }, additionalProperties: [[false]] }, ClusterCloudWatchLogging: { "@": "0-213", type: [["object", "0"]], properties: { enableTypes: { type: [["array"]], items: { type: [["string"]], enum: { v: [["api"], ["audit"], ["authenticator"], ["controllerManager"], ["scheduler"], ["all", "32-213"], ["*", "32-213"]], "@": "5-213" } } }, logRetentionInDays: { "@": "57-213", type: [["integer"]] } }, additionalProperties: [[false]] }, ClusterConfig: { "@": "0-213", type: [["object", "0"]], required: [["metadata"], ["kind", "4-213"], ["apiVersion", "4-213"]], properties: { kind: { type: [["string"]], enum: { v: [["ClusterConfig"]], "@": "4-213" } }, apiVersion: { type: [["string"]], enum: { v: [["eksctl.io/v1alpha5"]], "@": "4-213" } }, metadata: { $ref: [["ClusterMeta"]] }, iam: { $ref: [["ClusterIAM"]] }, vpc: { $ref: [["ClusterVPC"]] }, nodeGroups: { type: [["array"]], items: { $ref: [["NodeGroup"]] } }, managedNodeGroups: { type: [["array"]], items: { $ref: [["ManagedNodeGroup"]] } }, fargateProfiles: { type: [["array"]], items: { $ref: [["FargateProfile"]] } }, availabilityZones: { type: [["array"]], items: { type: [["string"]] } }, cloudWatch: { $ref: [["ClusterCloudWatch"]] }, secretsEncryption: { $ref: [["SecretsEncryption"]] }, status: { "@": "0-25", $ref: [["ClusterStatus"]] }, git: { "@": "0-60", $ref: [["Git"]] }, privateCluster: { "@": "3-213", $ref: [["PrivateCluster"]] }, kubernetesNetworkConfig: { "@": "9-213", $ref: [["KubernetesNetworkConfig"]] }, addons: { "@": "15-213", type: [["array"]], items: { $ref: [["Addon"]] } }, gitops: { "@": "22-213", $ref: [["GitOps"]] }, identityProviders: { "@": "22-213", type: [["array"]], items: { $ref: [["IdentityProvider"]] } }, karpenter: { "@": "64-213", $ref: [["Karpenter"]] }, localZones: { "@": "80-213", type: [["array"]], items: { type: [["string"]] } }, iamIdentityMappings: { "@": "95-213", type: [["array"]], items: { $ref: [["IAMIdentityMapping"]] } }, outpost: { "@": "95-213", $ref: [["Outpost"]] }, accessConfig: { "@": "150-213", $ref: [["AccessConfig"]] }, addonsConfig: { "@": "164-213", $ref: [["AddonsConfig"]] }, zonalShiftConfig: { "@": "178-213,177c", $ref: [["ZonalShiftConfig"]] }, autoModeConfig: { "@": "178-213", $ref: [["AutoModeConfig"]] }, remoteNetworkConfig: { "@": "178-213", $ref: [["RemoteNetworkConfig"]] }, upgradePolicy: { "@": "199-213", $ref: [["UpgradePolicy"]] }, controlPlaneScalingConfig: { "@": "201-213", $ref: [["ControlPlaneScalingConfig"]] }, capabilities: { "@": "203-213", type: [["array"]], items: { $ref: [["Capability"]] } }, kubeAPIServerConfig: { "@": "213", $ref: [["KubeAPIServerConfig"]] }, kubeControllerManagerConfig: { "@": "213", $ref: [["KubeControllerManagerConfig"]] }, kubeSchedulerConfig: { "@": "213", $ref: [["KubeSchedulerConfig"]] } }, additionalProperties: [[false]] }, ClusterEndpoints: { "@": "0-213", type: [["object", "0"]], properties: { privateAccess: { type: [["boolean"]] }, publicAccess: { type: [["boolean"]] } }, additionalProperties: [[false]] }, ClusterIAM: { "@": "0-213", type: [["object", "0"]], properties: { serviceRoleARN: { type: [["string"]] }, serviceRolePermissionsBoundary: { type: [["string"]] }, fargatePodExecutionRoleARN: { type: [["string"]] }, fargatePodExecutionRolePermissionsBoundary: { type: [["string"]] }, withOIDC: { type: [["boolean"]] }, serviceAccounts: { type: [["array"]], items: { $ref: [["ClusterIAMServiceAccount"]] } }, vpcResourceControllerPolicy: { "@": "6-213", type: [["boolean"]] }, podIdentityAssociations: { "@": "148-213", type: [["array"]], items: { $ref: [["PodIdentityAssociation"]] } } }, additionalProperties: [[false]] }, ClusterIAMMeta: { "@": "0,23-213,1-22c", type: [["object", "0"]], properties: { name: { type: [["string"]] }, namespace: { type: [["string"]] }, labels: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "23-213,1-22c", type: [["string"]] } }, annotations: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "23-213,1-22c", type: [["string"]] } } }, additionalProperties: [[false]] }, ClusterIAMServiceAccount: { "@": "0-213", type: [["object", "0"]], properties: { metadata: { "@": "0,23-213,1-22c", $ref: [["ClusterIAMMeta"]] }, attachPolicyARNs: { type: [["array"]], items: { type: [["string"]] } }, attachPolicy: { $ref: [["InlineDocument", "1-213"]], type: [["object", "0"]], patternProperties: { ".*": { "@": "0", additionalProperties: [[true]] } } }, permissionsBoundary: { type: [["string"]] }, status: { $ref: [["ClusterIAMServiceAccountStatus"]] }, tags: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, annotations: { "@": "1-22r", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, labels: { "@": "1-22r", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, name: { "@": "1-22r", type: [["string"]] }, namespace: { "@": "1-22r", type: [["string"]] }, roleName: { "@": "18-213", type: [["string"]] }, roleOnly: { "@": "22-213", type: [["boolean"]] }, wellKnownPolicies: { "@": "22-213", $ref: [["WellKnownPolicies"]] }, attachRoleARN: { "@": "25-213", type: [["string"]] }, subjectPattern: { "@": "205-213", type: [["string"]] } }, additionalProperties: [[false]] }, ClusterIAMServiceAccountStatus: { "@": "0-213", type: [["object", "0"]], properties: { roleARN: { type: [["string"]] }, capabilities: { "@": "149-213", type: [["array"]], items: { type: [["string"]] } }, stackName: { "@": "149-213", type: [["string"]] }, tags: { "@": "149-213", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } } }, additionalProperties: [[false]] }, ClusterMeta: { "@": "0-213", type: [["object", "0"]], required: [["name"], ["region"]], properties: { name: { type: [["string"]] }, region: { type: [["string"]] }, version: { type: [["string"]], enum: { v: [["1.14", "4-40r"], ["1.15", "4-40r"], ["1.16", "4-51r"], ["1.17", "4-59r"], ["1.18", "12-75r"], ["1.19", "22-91r"], ["1.20", "35-109r"], ["1.21", "42-113r"], ["1.22", "75-133r"], ["1.23", "92-184r"], ["1.24", "103-184r"], ["1.25", "115-184r"], ["1.26", "121-184r"], ["1.27", "126-184r"], ["1.28", "143-184r"], ["1.29", "152-184r"], ["1.30", "162-184r"], ["1.31", "174-184r"]], "@": "4-184r" } }, tags: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, annotations: { "@": "9-213", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, forceUpdateVersion: { "@": "190-213", type: [["boolean"]] }, rollbackConfig: { "@": "212-213", $ref: [["RollbackConfig"]] } }, additionalProperties: [[false]] }, ClusterNAT: { "@": "0-213", type: [["object", "0"]], properties: { gateway: { type: [["string"]], enum: { v: [["HighlyAvailable"], ["Single"], ["Disable"]], "@": "4-213" } } }, additionalProperties: [[false]] }, ClusterStatus: { "@": "0-25", type: [["object", "0"]], properties: { endpoint: { type: [["string"]] }, certificateAuthorityData: { type: [["string", "0"], ["array", "1-25"]], items: { "@": "1-25", type: [["string"]] } }, arn: { type: [["string"]] }, stackName: { type: [["string"]] }, eksctlCreated: { "@": "14-25", $ref: [["EKSCTLCreated"]] } }, additionalProperties: [[false]] }, ClusterSubnets: { "@": "0-213", type: [["object", "0"]], properties: { private: { $ref: [["AZSubnetMapping", "14-213"]], type: [["object", "0-13"]], patternProperties: { ".*": { "@": "0", $ref: [["Network"]] } }, additionalPropertiesSchema: { "@": "1-13", $ref: [["Network"]] } }, public: { $ref: [["AZSubnetMapping", "14-213"]], type: [["object", "0-13"]], patternProperties: { ".*": { "@": "0", $ref: [["Network"]] } }, additionalPropertiesSchema: { "@": "1-13", $ref: [["Network"]] } } }, additionalProperties: [[false]] }, ClusterVPC: { "@": "0-213", type: [["object", "0"]], properties: { id: { type: [["string"]] }, cidr: { $ref: [["github.com|weaveworks|eksctl|pkg|utils|ipnet.IPNet", "1-213"]], type: [["string", "0"]] }, securityGroup: { type: [["string"]] }, subnets: { $ref: [["ClusterSubnets"]] }, extraCIDRs: { type: [["array"]], items: { $ref: [["github.com|weaveworks|eksctl|pkg|utils|ipnet.IPNet", "1-41"]], type: [["string", "0,42-213"]] } }, sharedNodeSecurityGroup: { type: [["string"]] }, autoAllocateIPv6: { type: [["boolean"]] }, nat: { $ref: [["ClusterNAT"]] }, clusterEndpoints: { $ref: [["ClusterEndpoints"]] }, publicAccessCIDRs: { type: [["array"]], items: { type: [["string"]] } }, manageSharedNodeSecurityGroupRules: { "@": "26-213", type: [["boolean"]] }, extraIPv6CIDRs: { "@": "63-213", type: [["array"]], items: { type: [["string"]] } }, ipv6Cidr: { "@": "63-213", type: [["string"]] }, ipv6Pool: { "@": "63-213", type: [["string"]] }, hostnameType: { "@": "127-213", type: [["string"]] }, controlPlaneSecurityGroupIDs: { "@": "147-213", type: [["array"]], items: { type: [["string"]] } }, controlPlaneSubnetIDs: { "@": "147-213", type: [["array"]], items: { type: [["string"]] } }, controlPlaneEgressMode: { "@": "211-213", type: [["string"]] } }, additionalProperties: [[false]] }, ControlPlaneScalingConfig: { "@": "201-213", properties: { tier: { type: [["string"]] } }, additionalProperties: [[false]] }, EKSCTLCreated: { "@": "14-25", type: [["string"]] }, FargateProfile: { "@": "0-213", type: [["object", "0"]], required: [["name"]], properties: { name: { type: [["string"]] }, podExecutionRoleARN: { type: [["string"]] }, selectors: { type: [["array"]], items: { $ref: [["FargateProfileSelector"]] } }, subnets: { type: [["array"]], items: { type: [["string"]] } }, tags: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, status: { "@": "16-213", type: [["string"]] } }, additionalProperties: [[false]] }, FargateProfileSelector: { "@": "0-213", type: [["object", "0"]], required: [["namespace"]], properties: { namespace: { type: [["string"]] }, labels: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } } }, additionalProperties: [[false]] }, Flux: { "@": "22-213", properties: { authTokenPath: { "@": "22-36", type: [["string"]] }, branch: { "@": "22-36", type: [["string"]] }, gitProvider: { type: [["string"]] }, kubeconfig: { "@": "22-36", type: [["string"]] }, namespace: { "@": "22-36", type: [["string"]] }, owner: { "@": "22-36", type: [["string"]] }, path: { "@": "22-36", type: [["string"]] }, personal: { "@": "22-36", type: [["boolean"]] }, repository: { "@": "22-36", type: [["string"]] }, flags: { "@": "37-213", $ref: [["FluxFlags"]] } }, additionalProperties: [[false]] }, FluxFlags: { "@": "37-213", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, Git: { "@": "0-60", type: [["object", "0"]], properties: { repo: { $ref: [["Repo"]] }, operator: { $ref: [["Operator"]] }, bootstrapProfile: { $ref: [["Profile"]] } }, additionalProperties: [[false]] }, GitOps: { "@": "22-213", properties: { flux: { $ref: [["Flux"]] } }, additionalProperties: [[false]] }, HorizontalPodAutoscalerControllerConfig: { "@": "213", properties: { horizontalPodAutoscalerSyncPeriod: { type: [["string"]] } }, additionalProperties: [[false]] }, IAMIdentityMapping: { "@": "95-213", properties: { account: { type: [["string"]] }, arn: { type: [["string"]] }, groups: { type: [["array"]], items: { type: [["string"]] } }, namespace: { type: [["string"]] }, noDuplicateARNs: { type: [["boolean"]] }, serviceName: { type: [["string"]] }, username: { type: [["string"]] } }, additionalProperties: [[false]] }, IdentityProvider: { "@": "22-213", required: [["type"], ["name", "22-213c"], ["issuerURL", "22-213c"], ["clientID", "22-213c"]], properties: { type: { type: [["string"]], enum: { v: [["oidc"]] } }, clientID: { "@": "22-213c", type: [["string"]] }, groupsClaim: { "@": "22-213c", type: [["string"]] }, groupsPrefix: { "@": "22-213c", type: [["string"]] }, issuerURL: { "@": "22-213c", type: [["string"]] }, name: { "@": "22-213c", type: [["string"]] }, requiredClaims: { "@": "22-213c", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, tags: { "@": "22-213c", type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, usernameClaim: { "@": "22-213c", type: [["string"]] }, usernamePrefix: { "@": "22-213c", type: [["string"]] } }, oneOf: { v: [{ $ref: [["OIDCIdentityProvider"]] }], "@": "22-213r" } }, InlineDocument: { "@": "1-213", type: [["object"]], additionalPropertiesSchema: {} }, InstanceMarketOptions: { "@": "188-213", properties: { marketType: { type: [["string"]] } }, additionalProperties: [[false]] }, InstanceSelector: { "@": "28-213", properties: { cpuArchitecture: { type: [["string"]], enum: { v: [["x86_64"], ["amd64"], ["arm64"]] } }, gpus: { type: [["integer"]] }, memory: { type: [["string"]] }, vCPUs: { type: [["integer"]] }, allow: { "@": "188-213", type: [["string"]] }, deny: { "@": "188-213", type: [["string"]] }, neuron_devices: { "@": "188-213", type: [["integer"]] } }, additionalProperties: [[false]] }, Karpenter: { "@": "64-213", required: [["version"]], properties: { createServiceAccount: { type: [["boolean"]] }, version: { type: [["string"]] }, defaultInstanceProfile: { "@": "68-213", type: [["string"]] }, withSpotInterruptionQueue: { "@": "120-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, KubeAPIServerConfig: { "@": "213", properties: { eventTTL: { type: [["string"]] }, serviceNodePortRange: { $ref: [["ServiceNodePortRange"]] } }, additionalProperties: [[false]] }, KubeControllerManagerConfig: { "@": "213", properties: { horizontalPodAutoscalerControllerConfig: { $ref: [["HorizontalPodAutoscalerControllerConfig"]] } }, additionalProperties: [[false]] }, KubeSchedulerConfig: { "@": "213", properties: { nodeResourcesFit: { $ref: [["NodeResourcesFitConfig"]] } }, additionalProperties: [[false]] }, KubernetesNetworkConfig: { "@": "9-213", properties: { serviceIPv4CIDR: { type: [["string"]] }, ipFamily: { "@": "63-213", type: [["string"]], enum: { v: [["IPv4"], ["IPv6"]] } }, serviceIPv6CIDR: { "@": "184-213", type: [["string"]] } }, additionalProperties: [[false]] }, LaunchTemplate: { "@": "5-213", required: [["id"]], properties: { id: { type: [["string"]] }, version: { type: [["string"]] } }, additionalProperties: [[false]] }, ManagedNodeGroup: { "@": "0-213", type: [["object", "0"]], required: [["name"]], properties: { name: { type: [["string"]] }, amiFamily: { type: [["string"]], pattern: [["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2004[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]20[Hh]2[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "69-91c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "92-98c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "99-154c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "155-158c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "159c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "160-183c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "184-190c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "191-201c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "202-204c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "205-208c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2604|[Uu][bB][uU][nN][tT][uU]2604|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "209-212c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2604|[Uu][bB][uU][nN][tT][uU]2604|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT][Ff][iI][pP][sS]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "213c"]], enum: { v: [["AmazonLinux2"], ["Ubuntu2004"], ["Ubuntu1804", "13-68,69-190r"], ["Bottlerocket"], ["WindowsServer2019CoreContainer"], ["WindowsServer2019FullContainer"], ["WindowsServer1909CoreContainer", "13-26"], ["WindowsServer2004CoreContainer", "13-68,69-91r"], ["WindowsServer20H2CoreContainer", "57-68,69-91r"], ["WindowsServer2022CoreContainer", "99-213r"], ["WindowsServer2022FullContainer", "99-213r"], ["Ubuntu2204", "155-213r"], ["AmazonLinux2023", "159-213r"], ["UbuntuPro2204", "160-213r"], ["UbuntuPro2404", "184-213r"], ["Ubuntu2404", "184-213r"], ["UbuntuPro2004", "191-213r"], ["WindowsServer2025CoreContainer", "205-213r"], ["WindowsServer2025FullContainer", "205-213r"], ["UbuntuPro2604", "209-213r"], ["Ubuntu2604", "209-213r"], ["BottlerocketFips", "213r"]], "@": "13-68,69-213r" } }, instanceType: { type: [["string"]] }, desiredCapacity: { type: [["integer"]] }, minSize: { type: [["integer"]] }, maxSize: { type: [["integer"]] }, volumeSize: { type: [["integer"]] }, availabilityZones: { type: [["array"]], items: { type: [["string"]] } }, ssh: { $ref: [["NodeGroupSSH"]] }, labels: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, privateNetworking: { type: [["boolean"]] }, tags: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, iam: { $ref: [["NodeGroupIAM"]] }, ami: { "@": "5-213", type: [["string"]] }, disableIMDSv1: { "@": "5-213", type: [["boolean"]] }, ebsOptimized: { "@": "5-213", type: [["boolean"]] }, instanceName: { "@": "5-213", type: [["string"]] }, instancePrefix: { "@": "5-213", type: [["string"]] }, launchTemplate: { "@": "5-213", $ref: [["LaunchTemplate"]] }, maxPodsPerNode: { "@": "5-213", type: [["integer"]] }, overrideBootstrapCommand: { "@": "5-213", type: [["string"]] }, preBootstrapCommands: { "@": "5-213", type: [["array"]], items: { type: [["string"]] } }, securityGroups: { "@": "5-213", $ref: [["NodeGroupSGs"]] }, volumeEncrypted: { "@": "5-213", type: [["boolean"]] }, volumeIOPS: { "@": "5-213", type: [["integer"]] }, volumeKmsKeyID: { "@": "5-213", type: [["string"]] }, volumeName: { "@": "5-213", type: [["string"]] }, volumeType: { "@": "5-213", type: [["string"]], enum: { v: [["gp2"], ["io1"], ["sc1"], ["st1"], ["gp3", "21-213"], ["io2", "187-213"]] } }, asgSuspendProcesses: { "@": "6-213", type: [["array"]], items: { type: [["string"]] } }, disablePodIMDS: { "@": "7-213", type: [["boolean"]] }, placement: { "@": "9-213", $ref: [["Placement"]] }, subnets: { "@": "14-213", type: [["array"]], items: { type: [["string"]] } }, instanceTypes: { "@": "15-213", type: [["array"]], items: { type: [["string"]] } }, spot: { "@": "15-213", type: [["boolean"]] }, volumeThroughput: { "@": "21-213", type: [["integer"]] }, efaEnabled: { "@": "24-213", type: [["boolean"]] }, instanceSelector: { "@": "28-213", $ref: [["InstanceSelector"]] }, releaseVersion: { "@": "29-213", type: [["string"]] }, taints: { "@": "34-213", type: [["array"]], items: { $ref: [["NodeGroupTaint"]] } }, bottlerocket: { "@": "37-213", $ref: [["NodeGroupBottlerocket"]] }, updateConfig: { "@": "40-213", $ref: [["NodeGroupUpdateConfig"]] }, enableDetailedMonitoring: { "@": "52-213", type: [["boolean"]] }, additionalVolumes: { "@": "66-213", type: [["array"]], items: { $ref: [["VolumeMapping"]] } }, propagateASGTags: { "@": "78-213", type: [["boolean"]] }, capacityReservation: { "@": "91-213", $ref: [["CapacityReservation"]] }, outpostARN: { "@": "95-213", type: [["string"]] }, nodeRepairConfig: { "@": "182-213", $ref: [["NodeGroupNodeRepairConfig"]] }, instanceMarketOptions: { "@": "188-213", $ref: [["InstanceMarketOptions"]] } }, additionalProperties: [[false, "0-2,5-213,3-4c"]] }, MetricsCollection: { "@": "0-213", type: [["object", "0"]], required: [["granularity"]], properties: { granularity: { type: [["string"]] }, metrics: { type: [["array"]], items: { type: [["string"]] } } }, additionalProperties: [[false]] }, Network: { "@": "0-13", type: [["object", "0"]], properties: { id: { type: [["string"]] }, cidr: { $ref: [["github.com|weaveworks|eksctl|pkg|utils|ipnet.IPNet", "1-13"]], type: [["string", "0"]] } }, additionalProperties: [[false]] }, NodeGroup: { "@": "0-213", type: [["object", "0"]], required: [["name"]], properties: { name: { type: [["string"]] }, ami: { type: [["string"]] }, amiFamily: { type: [["string"]], pattern: [["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2004[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]20[Hh]2[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "69-91c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "92-98c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "99-154c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "155-158c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "159c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "160-183c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU]2004|[Uu][bB][uU][nN][tT][uU]1804|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "184-190c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "191-201c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "202-204c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "205-208c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2604|[Uu][bB][uU][nN][tT][uU]2604|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "209-212c"], ["^(?:[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2023|[Aa][mM][aA][zZ][oO][nN][Ll][iI][nN][uU][xX]2|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2604|[Uu][bB][uU][nN][tT][uU]2604|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2404|[Uu][bB][uU][nN][tT][uU]2404|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2204|[Uu][bB][uU][nN][tT][uU]2204|[Uu][bB][uU][nN][tT][uU][Pp][rR][oO]2004|[Uu][bB][uU][nN][tT][uU]2004|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT]|[Bb][oO][tT][tT][lL][eE][rR][oO][cC][kK][eE][tT][Ff][iI][pP][sS]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2019[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2022[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Cc][oO][rR][eE][Cc][oO][nN][tT][aA][iI][nN][eE][rR]|[Ww][iI][nN][dD][oO][wW][sS][Ss][eE][rR][vV][eE][rR]2025[Ff][uU][lL][lL][Cc][oO][nN][tT][aA][iI][nN][eE][rR])$", "213c"]], enum: { v: [["AmazonLinux2"], ["Ubuntu2004"], ["Ubuntu1804", "13-68,69-190r"], ["Bottlerocket"], ["WindowsServer2019CoreContainer"], ["WindowsServer2019FullContainer"], ["WindowsServer1909CoreContainer", "13-26"], ["WindowsServer2004CoreContainer", "13-68,69-91r"], ["WindowsServer20H2CoreContainer", "57-68,69-91r"], ["WindowsServer2022CoreContainer", "99-213r"], ["WindowsServer2022FullContainer", "99-213r"], ["Ubuntu2204", "155-213r"], ["AmazonLinux2023", "159-213r"], ["UbuntuPro2204", "160-213r"], ["UbuntuPro2404", "184-213r"], ["Ubuntu2404", "184-213r"], ["UbuntuPro2004", "191-213r"], ["WindowsServer2025CoreContainer", "205-213r"], ["WindowsServer2025FullContainer", "205-213r"], ["UbuntuPro2604", "209-213r"], ["Ubuntu2604", "209-213r"], ["BottlerocketFips", "213r"]], "@": "13-68,69-213r" } }, instanceType: { type: [["string"]] }, instancesDistribution: { $ref: [["NodeGroupInstancesDistribution"]] }, instancePrefix: { type: [["string"]] }, instanceName: { type: [["string"]] }, availabilityZones: { type: [["array"]], items: { type: [["string"]] } }, tags: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, privateNetworking: { type: [["boolean"]] }, securityGroups: { $ref: [["NodeGroupSGs"]] }, desiredCapacity: { type: [["integer"]] }, minSize: { type: [["integer"]] }, maxSize: { type: [["integer"]] }, asgMetricsCollection: { type: [["array"]], items: { $ref: [["MetricsCollection"]] } }, ebsOptimized: { type: [["boolean"]] }, volumeSize: { type: [["integer"]] }, volumeType: { type: [["string"]], enum: { v: [["gp2"], ["io1"], ["sc1"], ["st1"], ["gp3", "21-213"], ["io2", "187-213"]], "@": "3-213" } }, volumeName: { type: [["string"]] }, volumeEncrypted: { type: [["boolean"]] }, volumeKmsKeyID: { type: [["string"]] }, volumeIOPS: { type: [["integer"]] }, maxPodsPerNode: { type: [["integer"]] }, labels: { type: [["object"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-213", type: [["string"]] } }, taints: { $ref: [["taintsWrapper", "36-213"]], type: [["object", "0-35"]], patternProperties: { ".*": { "@": "0", type: [["string"]] } }, additionalPropertiesSchema: { "@": "1-35", type: [["string"]] } }, classicLoadBalancerNames: { type: [["array"]], items: { type: [["string"]] } }, targetGroupARNs: { type: [["array"]], items: { type: [["string"]] } }, ssh: { $ref: [["NodeGroupSSH"]] }, iam: { $ref: [["NodeGroupIAM"]] }, bottlerocket: { $ref: [["NodeGroupBottlerocket"]] }, preBootstrapCommands: { type: [["array"]], items: { type: [["string"]] } }, overrideBootstrapCommand: { type: [["string"]] }, clusterDNS: { type: [["string"]] }, kubeletExtraConfig: { $ref: [["InlineDocument", "1-213"]], type: [["object", "0"]], patternProperties: { ".*": { "@": "0", additionalProperties: [[true]] } } }, cpuCredits: { "@": "3-213", type: [["string"]] }, disableIMDSv1: { "@": "4-213", type: [["boolean"]] }, asgSuspendProcesses: { "@": "6-213", type: [["array"]], items: { type: [["string"]] } }, disablePodIMDS: { "@": "7-213", type: [["boolean"]] }, placement: { "@": "9-213", $ref: [["Placement"]] }, subnets: { "@": "14-213", type: [["array"]], items: { type: [["string"]] } }, volumeThroughput: { "@": "21-213", type: [["integer"]] }, efaEnabled: { "@": "24-213", type: [["boolean"]] }, instanceSelector: { "@": "28-213", $ref: [["InstanceSelector"]] }, updateConfig: { "@": "39-213", $ref: [["NodeGroupUpdateConfig"]] }, containerRuntime: { "@": "45-213", type: [["string"]] }, enableDetailedMonitoring: { "@": "52-213", type: [["boolean"]] }, additionalVolumes: { "@": "66-213", type: [["array"]], items: { $ref: [["VolumeMapping"]] } }, maxInstanceLifetime: { "@": "67-213", type: [["integer"]] }, disableASGTagPropagation: { "@": "68-98", type: [["boolean"]] }, propagateASGTags: { "@": "73-213", type: [["boolean"]] }, localZones: { "@": "80-213", type: [["array"]], items: { type: [["string"]] } }, capacityReservation: { "@": "91-213", $ref: [["CapacityReservation"]] }, outpostARN: { "@": "95-213", type: [["string"]] }, instanceMarketOptions: { "@": "188-213", $ref: [["InstanceMarketOptions"]] }, enclaveEnabled: { "@": "191-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, NodeGroupBottlerocket: { "@": "0-213", type: [["object", "0"]], properties: { enableAdminContainer: { type: [["boolean"]] }, settings: { $ref: [["InlineDocument", "1-213"]], type: [["object", "0"]], patternProperties: { ".*": { "@": "0", additionalProperties: [[true]] } } } }, additionalProperties: [[false]] }, NodeGroupIAM: { "@": "0-213", type: [["object", "0"]], properties: { attachPolicyARNs: { type: [["array"]], items: { type: [["string"]] } }, instanceProfileARN: { type: [["string"]] }, instanceRoleARN: { type: [["string"]] }, instanceRoleName: { type: [["string"]] }, instanceRolePermissionsBoundary: { type: [["string"]] }, withAddonPolicies: { $ref: [["NodeGroupIAMAddonPolicies"]] }, attachPolicy: { "@": "60-213", $ref: [["InlineDocument"]] } }, additionalProperties: [[false]] }, NodeGroupIAMAddonPolicies: { "@": "0-213", type: [["object", "0"]], properties: { imageBuilder: { type: [["boolean"]] }, autoScaler: { type: [["boolean"]] }, externalDNS: { type: [["boolean"]] }, certManager: { type: [["boolean"]] }, appMesh: { type: [["boolean"]] }, ebs: { type: [["boolean"]] }, fsx: { type: [["boolean"]] }, efs: { type: [["boolean"]] }, albIngress: { type: [["boolean"]] }, xRay: { type: [["boolean"]] }, cloudWatch: { type: [["boolean"]] }, appMeshPreview: { "@": "1-213", type: [["boolean"]] }, awsLoadBalancerController: { "@": "67-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, NodeGroupInstancesDistribution: { "@": "0-213", type: [["object", "0"]], required: [["instanceTypes"]], properties: { instanceTypes: { type: [["array"]], items: { type: [["string"]] } }, maxPrice: { type: [["number"]] }, onDemandBaseCapacity: { type: [["integer"]] }, onDemandPercentageAboveBaseCapacity: { type: [["integer"]] }, spotInstancePools: { type: [["integer"]] }, spotAllocationStrategy: { type: [["string"]] }, capacityRebalance: { "@": "25-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, NodeGroupNodeRepairConfig: { "@": "182-213", properties: { enabled: { type: [["boolean"]] }, maxParallelNodesRepairedCount: { "@": "200-213", type: [["integer"]] }, maxParallelNodesRepairedPercentage: { "@": "200-213", type: [["integer"]] }, maxUnhealthyNodeThresholdCount: { "@": "200-213", type: [["integer"]] }, maxUnhealthyNodeThresholdPercentage: { "@": "200-213", type: [["integer"]] }, nodeRepairConfigOverrides: { "@": "200-213", type: [["array"]], items: { $ref: [["NodeRepairConfigOverride"]] } } }, additionalProperties: [[false]] }, NodeGroupSGs: { "@": "0-213", type: [["object", "0"]], properties: { attachIDs: { type: [["array"]], items: { type: [["string"]] } }, withShared: { type: [["boolean"]] }, withLocal: { type: [["boolean"]] } }, additionalProperties: [[false]] }, NodeGroupSSH: { "@": "0-213", type: [["object", "0"]], properties: { allow: { type: [["boolean"]] }, publicKeyPath: { type: [["string"]] }, publicKey: { type: [["string"]] }, publicKeyName: { type: [["string"]] }, sourceSecurityGroupIds: { type: [["array"]], items: { type: [["string"]] } }, enableSsm: { "@": "13-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, NodeGroupTaint: { "@": "34-213", properties: { effect: { $ref: [["k8s.io|api|core|v1.TaintEffect"]] }, key: { type: [["string"]] }, value: { type: [["string"]] } }, additionalProperties: [[false]] }, NodeGroupUpdateConfig: { "@": "39-213", properties: { maxUnavailable: { type: [["integer"]] }, maxUnavailablePercentage: { type: [["integer"]] } }, additionalProperties: [[false]] }, NodeRepairConfigOverride: { "@": "200-213", properties: { minRepairWaitTimeMins: { type: [["integer"]] }, nodeMonitoringCondition: { type: [["string"]] }, nodeUnhealthyReason: { type: [["string"]] }, repairAction: { type: [["string"]] } }, additionalProperties: [[false]] }, NodeResourcesFitConfig: { "@": "213", properties: { scoringStrategy: { $ref: [["ScoringStrategy"]] } }, additionalProperties: [[false]] }, OIDCIdentityProvider: { "@": "22-213", required: [["name"], ["issuerURL"], ["clientID"]], properties: { clientID: { type: [["string"]] }, groupsClaim: { type: [["string"]] }, groupsPrefix: { type: [["string"]] }, issuerURL: { type: [["string"]] }, name: { type: [["string"]] }, requiredClaims: { type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, tags: { type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, usernameClaim: { type: [["string"]] }, usernamePrefix: { type: [["string"]] } }, additionalProperties: [[false]] }, Operator: { "@": "0-60", type: [["object", "0"]], properties: { label: { type: [["string"]] }, namespace: { type: [["string"]] }, withHelm: { type: [["boolean"]] }, commitOperatorManifests: { "@": "1-60", type: [["boolean"]] }, readOnly: { "@": "1-60", type: [["boolean"]] }, additionalFluxArgs: { "@": "14-60", type: [["array"]], items: { type: [["string"]] } }, additionalHelmOperatorArgs: { "@": "14-60", type: [["array"]], items: { type: [["string"]] } } }, additionalProperties: [[false]] }, Outpost: { "@": "95-213", properties: { controlPlaneInstanceType: { type: [["string"]] }, controlPlaneOutpostARN: { type: [["string"]] }, controlPlanePlacement: { "@": "108-213", $ref: [["Placement"]] }, etcdInstanceType: { "@": "212-213", type: [["string"]] }, etcdPlacement: { "@": "212-213", $ref: [["Placement"]] } }, additionalProperties: [[false]] }, Placement: { "@": "9-213", properties: { groupName: { type: [["string"]] }, spreadLevel: { "@": "212-213", type: [["string"]] } }, additionalProperties: [[false]] }, PodIdentityAssociation: { "@": "148-213", properties: { namespace: { type: [["string"]] }, permissionPolicy: { $ref: [["InlineDocument"]] }, permissionPolicyARNs: { type: [["array"]], items: { type: [["string"]] } }, permissionsBoundaryARN: { type: [["string"]] }, roleARN: { type: [["string"]] }, roleName: { type: [["string"]] }, serviceAccountName: { type: [["string"]] }, tags: { type: [["object"]], additionalPropertiesSchema: { type: [["string"]] } }, wellKnownPolicies: { $ref: [["WellKnownPolicies"]] }, createServiceAccount: { "@": "163-213", type: [["boolean"]] }, disableSessionTags: { "@": "195-213", type: [["boolean"]] }, targetRoleARN: { "@": "195-213", type: [["string"]] }, policy: { "@": "206-213", type: [["string"]] }, permissionPolicyName: { "@": "208-213", type: [["string"]] } }, additionalProperties: [[false]] }, PrivateCluster: { "@": "3-213", properties: { additionalEndpointServices: { type: [["array"]], items: { type: [["string"]], enum: { v: [["cloudformation"], ["autoscaling"], ["logs"]], "@": "5-109" } } }, enabled: { type: [["boolean"]] }, skipEndpointCreation: { "@": "59-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, Profile: { "@": "0-60", type: [["object", "0"]], properties: { source: { type: [["string"]] }, revision: { type: [["string"]] }, outputPath: { type: [["string"]] } }, additionalProperties: [[false]] }, RemoteNetwork: { "@": "178-213", properties: { cidrs: { type: [["array"]], items: { type: [["string"]] } } }, additionalProperties: [[false]] }, RemoteNetworkConfig: { "@": "178-213", required: [["vpcGatewayID", "178-213r"], ["remoteNodeNetworks"]], properties: { iam: { $ref: [["RemoteNodesIAM"]] }, remoteNodeNetworks: { type: [["array"]], items: { $ref: [["RemoteNetwork"]] } }, remotePodNetworks: { type: [["array"]], items: { $ref: [["RemoteNetwork"]] } }, vpcGatewayID: { $ref: [["VPCGateway"]] } }, additionalProperties: [[false]] }, RemoteNodesIAM: { "@": "178-213", properties: { caBundleCert: { type: [["string"]] }, provider: { type: [["string"]] }, roleARN: { type: [["string"]] } }, additionalProperties: [[false]] }, Repo: { "@": "0-60", type: [["object", "0"]], properties: { url: { type: [["string"]] }, branch: { type: [["string"]] }, paths: { type: [["array"]], items: { type: [["string"]] } }, fluxPath: { type: [["string"]] }, user: { type: [["string"]] }, email: { type: [["string"]] }, privateSSHKeyPath: { type: [["string"]] } }, additionalProperties: [[false]] }, ResourceWeight: { "@": "213", properties: { name: { type: [["string"]] }, weight: { type: [["integer"]] } }, additionalProperties: [[false]] }, RollbackConfig: { "@": "212-213", properties: { timeoutMinutes: { type: [["integer"]] } }, additionalProperties: [[false]] }, SSOIdentity: { "@": "203-213", required: [["id"], ["type"]], properties: { id: { type: [["string"]] }, type: { type: [["string"]] } }, additionalProperties: [[false]] }, ScoringStrategy: { "@": "213", properties: { resources: { type: [["array"]], items: { $ref: [["ResourceWeight"]] } }, type: { type: [["string"]] } }, additionalProperties: [[false]] }, SecretsEncryption: { "@": "0-213", type: [["object", "0"]], required: [["keyARN"]], properties: { keyARN: { type: [["string"]] } }, additionalProperties: [[false]] }, ServiceNodePortRange: { "@": "213", properties: { maxPort: { type: [["integer"]] }, minPort: { type: [["integer"]] } }, additionalProperties: [[false]] }, UpgradePolicy: { "@": "199-213", properties: { supportType: { type: [["string"]], enum: { v: [["STANDARD"], ["EXTENDED"]] } } }, additionalProperties: [[false]] }, VPCGateway: { "@": "178-213", type: [["string"]] }, VolumeMapping: { "@": "66-213", properties: { snapshotID: { type: [["string"]] }, volumeEncrypted: { type: [["boolean"]] }, volumeIOPS: { type: [["integer"]] }, volumeKmsKeyID: { type: [["string"]] }, volumeName: { type: [["string"]] }, volumeSize: { type: [["integer"]] }, volumeThroughput: { type: [["integer"]] }, volumeType: { type: [["string"]], enum: { v: [["gp2"], ["gp3"], ["io1"], ["sc1"], ["st1"], ["io2", "187-213"]] } } }, additionalProperties: [[false]] }, WellKnownPolicies: { "@": "22-213", properties: { autoScaler: { type: [["boolean"]] }, awsLoadBalancerController: { type: [["boolean"]] }, certManager: { type: [["boolean"]] }, externalDNS: { type: [["boolean"]] }, imageBuilder: { type: [["boolean"]] }, ebsCSIController: { "@": "30-213", type: [["boolean"]] }, efsCSIController: { "@": "37-213", type: [["boolean"]] } }, additionalProperties: [[false]] }, ZonalShiftConfig: { "@": "178-213,177c", properties: { enabled: { type: [["boolean"]] } }, additionalProperties: [[false]] }, "github.com|aws|aws-sdk-go-v2|aws|arn.ARN": { "@": "150-213" }, "github.com|aws|aws-sdk-go-v2|service|eks|types.AccessScopeType": { "@": "153-213", type: [["string"]] }, "github.com|aws|aws-sdk-go-v2|service|eks|types.AuthenticationMode": { "@": "150-213", type: [["string"]] }, "github.com|aws|aws-sdk-go-v2|service|eks|types.ResolveConflicts": { "@": "100-213", type: [["string"]] }, "github.com|weaveworks|eksctl|pkg|utils|ipnet.IPNet": { "@": "1-213", type: [["string"]] }, "k8s.io|api|core|v1.TaintEffect": { "@": "34-213", type: [["string"]] }, taintsWrapper: { "@": "36-213", type: [["array", "36-213r"], [["array", "object"], "36-213c"]], additionalPropertiesSchema: { "@": "36-213c", type: [["string"]] }, items: { $ref: [["NodeGroupTaint"]] } } } };
  }
});

// src/schemas/normalize.ts
function toJsonSchema(schema) {
  return { $schema: DRAFT_07, ...schema.root, definitions: schema.definitions };
}
var DRAFT_07, DEFINITIONS_PREFIX;
var init_normalize = __esm({
  "src/schemas/normalize.ts"() {
    "use strict";
    DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    DEFINITIONS_PREFIX = "#/definitions/";
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
    let s = span(from, to);
    if (variant === "r") s &= rawMask(to + 1);
    else if (variant === "c") s &= correctedMask(to + 1);
    bits |= s;
  }
  parseCache.set(text, bits);
  return bits;
}
function releasesOf(bits, variant) {
  const out = [];
  let b = bits >> BigInt(variant);
  for (let i = 0; b !== 0n; i++, b >>= 2n) if (b & 1n) out.push(i);
  return out;
}
function pick(list, bit) {
  return list?.find((e) => e.b & bit)?.v;
}
function extractNode(m, bit) {
  const out = {};
  const ref = pick(m.ref, bit);
  if (ref !== void 0) out.$ref = DEFINITIONS_PREFIX + ref;
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
    for (const [name, child] of map) {
      if (child.b & bit) {
        props[name] = extractNode(child, bit);
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
function deserializeNode(s, parentBits) {
  const b = typeof s["@"] === "string" ? parseRanges(s["@"]) : parentBits;
  const m = { b };
  if (s.$ref) m.ref = readEntries(s.$ref, b);
  if (s.type) m.type = readEntries(s.type, b);
  if (s.pattern) m.pattern = readEntries(s.pattern, b);
  if (s.enum) {
    const e = s.enum;
    m.enumB = typeof e["@"] === "string" ? parseRanges(e["@"]) : b;
    m.enumV = readEntries(e.v, m.enumB);
  }
  if (s.required) m.required = readEntries(s.required, b);
  for (const [field, key] of [
    ["props", "properties"],
    ["pprops", "patternProperties"]
  ]) {
    const o = s[key];
    if (!o) continue;
    const map = /* @__PURE__ */ new Map();
    for (const [name, child] of Object.entries(o)) map.set(name, deserializeNode(child, b));
    m[field] = map;
  }
  if (s.additionalProperties) m.apBool = readEntries(s.additionalProperties, b);
  if (s.additionalPropertiesSchema) m.apNode = deserializeNode(s.additionalPropertiesSchema, b);
  if (s.items) m.items = deserializeNode(s.items, b);
  for (const key of ["oneOf", "anyOf"]) {
    const o = s[key];
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
  const releases = data.releases.map(([version, date]) => ({ version, date }));
  const defs = /* @__PURE__ */ new Map();
  for (const [name, node] of Object.entries(data.definitions)) defs.set(name, deserializeNode(node, 0n));
  store = {
    releases,
    merged: { root: deserializeNode(data.root, 0n), defs },
    index: new Map(releases.map((r, i) => [r.version, i])),
    bundled: releases.length,
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
  const { releases } = getStore();
  const out = [];
  let start = -1;
  let prev = -2;
  const flush = () => {
    if (start < 0) return;
    out.push({ from: releases[start].version, to: prev === releases.length - 1 ? null : releases[prev].version });
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
  const { releases } = getStore();
  return `known releases are ${releases[0].version} … ${releases[releases.length - 1].version}; accepted forms: 0.112.0, v0.112.0, an unknown patch (0.112.5), a release candidate (0.150.0-rc.1), a development build (0.149.0-dev, 0.149.0-dev+a1b2c3d.2023-07-20T12:00:00Z), a newer release, or "latest"`;
}
function resolveRelease(requested) {
  const { releases, index } = getStore();
  const text = requested.trim();
  const newest = releases[releases.length - 1];
  if (text === "latest") return { requested, release: newest, approximated: false };
  const m = VERSION_RE.exec(text);
  if (!m) throw new UnknownReleaseError(`"${requested}" is not an eksctl version: ${acceptedForms()}`);
  const base = `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
  const pre = m[4];
  const oldest = releases[0];
  if (import_semver.default.lt(base, oldest.version))
    throw new UnknownReleaseError(
      `eksctl ${base} predates \`eksctl utils schema\` (first shipped in ${oldest.version}), so there is no schema for it: ${acceptedForms()}`
    );
  const known = index.get(base);
  let lower = 0;
  for (let i = 0; i < releases.length && import_semver.default.lte(releases[i].version, base); i++) lower = i;
  const previous = known !== void 0 ? Math.max(0, known - 1) : lower;
  if (pre !== void 0) {
    const kind = /^rc\b/.test(pre) ? "release candidate" : /^dev\b/.test(pre) ? "development build" : "pre-release";
    const i = known ?? previous;
    const release2 = releases[i];
    if (import_semver.default.gt(base, newest.version))
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
  if (known !== void 0) return { requested, release: releases[known], approximated: false };
  if (import_semver.default.gt(base, newest.version))
    return {
      requested,
      release: newest,
      approximated: true,
      note: `eksctl ${base} is newer than the newest known release ${newest.version}; using ${newest.version}'s schema (fields added after it are unknown here)`
    };
  const release = releases[lower];
  const sameMinor = import_semver.default.minor(release.version) === import_semver.default.minor(base);
  return {
    requested,
    release,
    approximated: true,
    note: sameMinor ? `${base} is not a known release; using ${release.version}, the nearest lower patch release` : `${base} is not a known release and no release of 0.${import_semver.default.minor(base)} is known; using ${release.version}`
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
function parseFieldPath(path) {
  const segments = [];
  for (const part of path.split(".")) {
    const m = /^([^[\]]*)((?:\[\])*)$/.exec(part);
    if (!m || m[1] === "" && m[2] === "") throw new Error(`"${path}" is not a field path (e.g. managedNodeGroups[].taints)`);
    if (m[1]) segments.push(m[1]);
    for (let k = 0; k < m[2].length / 2; k++) segments.push("[]");
  }
  return segments;
}
function locate(path, mask) {
  let here = expand(getStore().merged.root, mask);
  for (const seg of parseFieldPath(path)) {
    const next = [];
    for (const [node, bits] of here) {
      if (seg === "[]") {
        if (node.items) expand(node.items, bits, next);
      } else if (seg === "*") {
        if (node.apNode) expand(node.apNode, bits, next);
        for (const p of node.pprops?.values() ?? []) expand(p, bits, next);
      } else {
        const child = node.props?.get(seg);
        if (child) expand(child, bits, next);
      }
    }
    here = next;
  }
  return here;
}
function fieldHistory(path, options = {}) {
  const corrections = options.corrections ?? true;
  let bits = 0n;
  for (const [, b] of locate(path, variantMask(corrections))) bits |= b;
  return rangesOf(bits, corrections);
}
function enumBitsOf(node, value, bits) {
  let listed = 0n;
  let constrained = 0n;
  if (node.enumB !== void 0 && bits & node.enumB) {
    constrained |= bits & node.enumB;
    const key = JSON.stringify(value);
    for (const e of node.enumV) if (JSON.stringify(e.v) === key) listed |= bits & e.b;
  }
  for (const e of node.pattern ?? []) {
    if (!(bits & e.b)) continue;
    constrained |= bits & e.b;
    if (typeof value === "string" && new RegExp(e.v, "u").test(value)) listed |= bits & e.b;
  }
  return { listed, constrained };
}
function enumValueHistory(path, value, options = {}) {
  const corrections = options.corrections ?? true;
  let bits = 0n;
  for (const [node, b] of locate(path, variantMask(corrections))) bits |= enumBitsOf(node, value, b).listed;
  return rangesOf(bits, corrections);
}
var import_semver, UnknownReleaseError, store, VERSION_RE, schemaCache;
var init_schemas = __esm({
  "src/schemas/index.ts"() {
    "use strict";
    import_semver = __toESM(require_semver2(), 1);
    init_eksctl_schemas();
    init_merged();
    init_normalize();
    UnknownReleaseError = class extends Error {
    };
    VERSION_RE = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z][0-9A-Za-z.-]*))?(?:\+([0-9A-Za-z.:_-]+))?$/;
    schemaCache = /* @__PURE__ */ new Map();
  }
});

// src/cli/schema.ts
var schema_exports = {};
__export(schema_exports, {
  fieldsCommand: () => fieldsCommand,
  schemaCommand: () => schemaCommand
});
function parseFlags(args, withValue, switches) {
  const out = { positional: [], values: /* @__PURE__ */ new Map(), switches: /* @__PURE__ */ new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      out.positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    if (switches.includes(name) && eq < 0) out.switches.add(name);
    else if (withValue.includes(name)) {
      const value = eq < 0 ? args[++i] : a.slice(eq + 1);
      if (value === void 0 || value === "") throw new UsageError(`--${name} needs a value`);
      out.values.set(name, value);
    } else throw new UsageError(`unknown option ${a}`);
  }
  return out;
}
function describe(report) {
  const name = report.value === void 0 ? report.path : `${report.path}=${report.value}`;
  const releases = listReleases();
  const [oldest, newest] = [releases[0], releases[releases.length - 1]];
  if (!report.ranges.length)
    return `${name}: in no known release (${oldest.version} … ${newest.version})${report.value === void 0 ? "" : "; the field may exist without this value"}`;
  const verb = report.value === void 0 ? "added" : "accepted";
  const parts = report.ranges.map((r) => {
    const start = r.from === oldest.version ? `present since ${r.from} (${r.fromDate}, the first release with a schema)` : `${verb} in ${r.from} (${r.fromDate})`;
    if (r.to === null) return start;
    const end = r.removedIn ? `removed in ${r.removedIn} (${releases.find((x) => x.version === r.removedIn).date}; last in ${r.to})` : `last in ${r.to}`;
    return `${start}, ${end}`;
  });
  return `${name}: ${parts.join("; then ")}`;
}
var SCHEMA_HELP, FIELDS_HELP, schemaCommand, fieldsCommand;
var init_schema = __esm({
  "src/cli/schema.ts"() {
    "use strict";
    init_schemas();
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
(managedNodeGroups[].amiFamily=AmazonLinux2023). Exit code 0, or 1 when a path or value is in no known release.
`;
    schemaCommand = async (args, io) => {
      if (args.includes("--help") || args.includes("-h")) {
        io.stdout(SCHEMA_HELP);
        return EXIT_OK;
      }
      const flags = parseFlags(args, ["eksctl-version"], ["no-corrections"]);
      if (flags.positional.length) throw new UsageError(`unexpected argument "${flags.positional[0]}"

${SCHEMA_HELP}`);
      const requested = flags.values.get("eksctl-version");
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
      const schema = schemaForRelease(choice.release.version, { corrections: !flags.switches.has("no-corrections") });
      io.stdout(JSON.stringify(schema, null, 2) + "\n");
      return EXIT_OK;
    };
    fieldsCommand = async (args, io) => {
      if (args.includes("--help") || args.includes("-h")) {
        io.stdout(FIELDS_HELP);
        return EXIT_OK;
      }
      const flags = parseFlags(args, ["format"], ["no-corrections"]);
      const format = flags.values.get("format") ?? "text";
      if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not "${format}"`);
      if (!flags.positional.length) throw new UsageError(`give at least one field path

${FIELDS_HELP}`);
      const corrections = !flags.switches.has("no-corrections");
      const releases = listReleases();
      const dateOf = (v) => releases.find((r) => r.version === v).date;
      const reports = flags.positional.map((arg) => {
        const eq = arg.indexOf("=");
        const path = eq < 0 ? arg : arg.slice(0, eq);
        const value = eq < 0 ? void 0 : arg.slice(eq + 1);
        let ranges;
        try {
          ranges = value === void 0 ? fieldHistory(path, { corrections }) : enumValueHistory(path, value, { corrections });
        } catch (error) {
          throw new UsageError(error.message);
        }
        return {
          path,
          ...value === void 0 ? {} : { value },
          ranges: ranges.map((r) => {
            const next = r.to === null ? null : releases[releases.findIndex((x) => x.version === r.to) + 1];
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
