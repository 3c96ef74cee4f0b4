import { createRequire as __preflightCreateRequire } from 'node:module';const require = __preflightCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
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
    var isDigit2 = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit2(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit2(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit2(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit2(range[end])) {
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
      if (isDigit2(range[start])) {
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

// src/karpenter/analyze/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/karpenter/analyze/diagnose.ts
var import_semver2 = __toESM(require_semver2(), 1);

// src/karpenter/analyze/prefilter.ts
var GRAM = 4;
function requiredLiterals(re) {
  if (/[uvy]/.test(re.flags)) return null;
  const src = re.source;
  const out = [];
  let best = "";
  let run = "";
  let i = 0;
  const endRun = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  const endAlternative = () => {
    endRun();
    if (best.length < GRAM || /[^\x20-\x7e]/.test(best)) return false;
    out.push(best.toLowerCase());
    best = "";
    return true;
  };
  const quantified = () => {
    const c = src[i];
    if (c === "?" || c === "*" || c === "+") {
      i++;
      if (src[i] === "?") i++;
      return true;
    }
    if (c === "{" && /^\{\d+(?:,\d*)?\}/.test(src.slice(i))) {
      i = src.indexOf("}", i) + 1;
      if (src[i] === "?") i++;
      return true;
    }
    return false;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === "|") {
      if (!endAlternative()) return null;
      i++;
    } else if (c === "\\") {
      const e = src[i + 1];
      i += 2;
      if (e === void 0) return null;
      if (/[\w]/.test(e)) {
        if (e === "c") i++;
        else if (e === "x") i += 2;
        else if (e === "u") i += src[i] === "{" ? src.indexOf("}", i) - i + 1 : 4;
        else if (e === "k" || e === "p" || e === "P") return null;
        quantified();
        endRun();
      } else if (quantified()) endRun();
      else run += e;
    } else if (c === "[") {
      i++;
      if (src[i] === "^") i++;
      if (src[i] === "]") i++;
      while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
      if (i >= src.length) return null;
      i++;
      quantified();
      endRun();
    } else if (c === "(") {
      let depth = 0;
      while (i < src.length) {
        const d = src[i];
        if (d === "\\") i += 2;
        else if (d === "[") {
          i++;
          if (src[i] === "^") i++;
          if (src[i] === "]") i++;
          while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
          i++;
        } else {
          if (d === "(") depth++;
          else if (d === ")" && --depth === 0) {
            i++;
            break;
          }
          i++;
        }
      }
      if (depth !== 0) return null;
      quantified();
      endRun();
    } else if (c === ")" || c === "]" || c === "}" || c === "?" || c === "*" || c === "+" || c === "{") {
      return null;
    } else if (c === "." || c === "^" || c === "$") {
      i++;
      quantified();
      endRun();
    } else {
      i++;
      if (quantified()) endRun();
      else run += c;
    }
  }
  return endAlternative() ? out : null;
}
function gramOf(s) {
  let h = 0;
  for (let k = 0; k < GRAM; k++) h = (h << 7 | s.charCodeAt(k)) & 268435455;
  return h;
}
function bloomSlot(h) {
  return Math.imul(h, 2654435761) >>> 16;
}
var PatternPrefilter = class {
  /** Patterns with no usable literal: always candidates. */
  always = [];
  grams = /* @__PURE__ */ new Map();
  bloom = new Uint8Array(1 << 16);
  stamp;
  generation = 0;
  size;
  constructor(patterns) {
    this.size = patterns.length;
    this.stamp = new Uint32Array(patterns.length);
    patterns.forEach((re, index) => {
      const literals = requiredLiterals(re);
      if (literals === null) {
        this.always.push(index);
        return;
      }
      for (const literal of literals) {
        const h = gramOf(literal);
        let list = this.grams.get(h);
        if (!list) this.grams.set(h, list = []);
        list.push({ pattern: index, literal });
        this.bloom[bloomSlot(h)] = 1;
      }
    });
  }
  /**
   * Mark the candidates for `text`; then `candidate(i)` says whether pattern i may match it. A literal counts only
   * where it occurs whole (compared without case), so a pattern that is not marked cannot match.
   */
  scan(text) {
    let gen = ++this.generation;
    if (gen === 4294967295) {
      this.stamp.fill(0);
      this.generation = gen = 1;
    }
    for (const p of this.always) this.stamp[p] = gen;
    const bloom = this.bloom;
    let h = 0;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) {
        n = 0;
        continue;
      }
      h = (h << 7 | c) & 268435455;
      if (++n >= GRAM && bloom[bloomSlot(h)] === 1) {
        const list = this.grams.get(h);
        if (list !== void 0) this.markAt(text, i + 1 - GRAM, list, gen);
      }
    }
  }
  markAt(text, at, list, gen) {
    for (const { pattern, literal } of list) {
      if (this.stamp[pattern] === gen) continue;
      if (at + literal.length > text.length) continue;
      let same = true;
      for (let k = GRAM; k < literal.length; k++) {
        let c = text.charCodeAt(at + k);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== literal.charCodeAt(k)) {
          same = false;
          break;
        }
      }
      if (same) this.stamp[pattern] = gen;
    }
  }
  candidate(index) {
    return this.stamp[index] === this.generation;
  }
};

// src/karpenter/analyze/volatile.ts
var VOLATILE = /\b[A-Za-z0-9_-]{32,}|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b|\b\d{6,}\b/g;
var ROLE_SESSION = /(assumed-role\/[^/\s]+\/)[^\s/]+/g;
var FOUR_DIGITS = /(?:\D*\d){4}/;
var NON_DIGIT = /\D/;
var STEADY_TOKEN = "Volatile0Token0Of0Thirty0Two0Chars";
function steady(part) {
  if (part.length >= 32 && NON_DIGIT.test(part)) return FOUR_DIGITS.test(part) ? STEADY_TOKEN : part;
  if (part.includes(".")) return part.includes(":") ? "10.0.0.1:1" : "10.0.0.1";
  return "100000";
}
function steadyText(text) {
  const t = text.includes("assumed-role/") ? text.replace(ROLE_SESSION, "$1session") : text;
  return t.replace(VOLATILE, steady);
}

// src/karpenter/analyze/catalog.ts
var TS = "https://karpenter.sh/docs/troubleshooting/";
var FAQ = "https://karpenter.sh/docs/faq/";
var GETTING_STARTED = "https://karpenter.sh/docs/getting-started/getting-started-with-karpenter/";
var UPGRADE = "https://karpenter.sh/docs/upgrading/upgrade-guide/";
var V1_MIGRATION = "https://karpenter.sh/docs/upgrading/v1-migration/";
var DISRUPTION = "https://karpenter.sh/docs/concepts/disruption/";
var NODECLASSES = "https://karpenter.sh/docs/concepts/nodeclasses/";
var NOISE = [
  // Optimistic-concurrency conflicts: controller-runtime retries with the fresh object.
  /the object has been modified; please apply your changes to the latest version/,
  // The standby replica waits for the lease; that is how leader election works.
  /attempting to acquire leader lease/,
  /successfully acquired lease/
];
var RULES = [
  {
    id: "spot-slr",
    category: "spot-service-linked-role",
    title: "The EC2 Spot service-linked role is missing and the controller may not create it",
    pattern: /ServiceLinkedRoleCreationNotPermitted|SpotSLRCreationFailed|service-linked role for EC2 Spot/,
    fix: 'Create the role once per AWS account: `aws iam create-service-linked-role --aws-service-name spot.amazonaws.com` (an "has been taken" answer means it already exists). Until then Spot launches fail; from v1.5 Karpenter treats this like missing Spot capacity and uses on-demand if the {NodePool} allows it.',
    docs: TS
  },
  {
    id: "settings-cluster-name",
    category: "settings",
    title: "The controller has no cluster name configured",
    pattern: /missing field, cluster-name|validating settings[^\n]*[Cc]luster[ -]?[Nn]ame|[Cc]luster[Nn]ame[^\n]{0,80}(?:required|must be|missing|empty)|CLUSTER_NAME[^\n]{0,40}(?:required|missing|empty|not set)/,
    fix: "Karpenter refuses to start without the cluster name. Set `{settings}clusterName` in the Helm values (the CLUSTER_NAME environment variable of the controller) to the EKS cluster name.",
    fixAlpha: "Karpenter refuses to start without the cluster name. Set `settings.aws.clusterName` in the Helm values (`clusterName` on v0.18 and older; `aws.clusterName` in the karpenter-global-settings ConfigMap) to the EKS cluster name.",
    docs: GETTING_STARTED
  },
  {
    id: "cluster-endpoint",
    category: "cluster-endpoint",
    title: "The controller could not determine the cluster endpoint",
    pattern: /unable to detect the cluster endpoint|failed detecting cluster endpoint|failed to resolve cluster endpoint|not a valid (?:clusterEndpoint|CLUSTER_ENDPOINT|cluster-endpoint) URL|cluster endpoint URL is not valid/,
    fix: "With no endpoint configured, Karpenter asks EKS for it (`eks:DescribeCluster`) at startup and exits if that fails. Allow `eks:DescribeCluster` on the cluster for the controller role and check it can reach the EKS API, or set the endpoint explicitly (Helm `{settings}clusterEndpoint`).",
    docs: null
  },
  {
    id: "sts-credentials",
    category: "sts-credentials",
    title: "The controller could not obtain AWS credentials (STS / EC2 connectivity check failed)",
    pattern: /Checking EC2 API connectivity|ec2 api connectivity check failed|WebIdentityErr|failed to retrieve credentials|NoCredentialProviders|InvalidIdentityToken|ExpiredToken|get identity: get credentials|lookup sts\.[\w.-]+ on [^:]+:\d+: (?:i\/o timeout|no such host)/,
    fix: "An `i/o timeout` looking up sts.<region>.amazonaws.com means cluster DNS was not answering when the pod started: install with `--set dnsPolicy=Default`, or make sure CoreDNS runs on capacity that exists without Karpenter (managed node group/Fargate). Otherwise check the identity wiring: with IRSA the role-arn annotation on the `karpenter` service account and the role trust policy; with Pod Identity the association and the `eks-pod-identity-agent` addon.",
    docs: TS
  },
  {
    id: "region",
    category: "settings",
    title: "The controller could not find its AWS region",
    pattern: /failed to get region from metadata server|could not find region|MissingRegion/,
    fix: "Without IMDS access (hop limit 1, Fargate) the controller cannot learn the region: set the AWS_REGION environment variable on the controller (Helm `controller.env`), or allow IMDSv2 with a hop limit of 2 on the nodes it runs on.",
    docs: null
  },
  {
    id: "settings-invalid",
    category: "settings",
    title: "The controller settings are invalid",
    pattern: /validating settings|validating options|unable to load config|settings doesn't exist in context|settings not in context|options doesn't exist in context|ignoring unknown config parameter|parsing default value|ttlAfterNotRegistered cannot be negative|karpenter-global-settings|must be at least \d+m|cannot be (?:negative|less th[ae]n)|is required(?:\n|$)|may only be either|is not a valid value, must be|is not a well-known variant|variant is not well-known|negative values not allowed|using default value of|config \S+ not found, defaulting|watching configmaps/,
    fix: "The controller could not parse or validate its settings. Compare the Helm `{settings}*` values (environment variables of the controller; the karpenter-global-settings ConfigMap on v0.19–v0.32) with the settings the installed chart version documents; the text after `validating settings` names the field.",
    docs: UPGRADE
  },
  {
    id: "queue-not-found",
    category: "queue-not-found",
    title: "The interruption queue does not exist or cannot be read",
    pattern: /NonExistentQueue|QueueNotFound|QueueDoesNotExist|specified queue does not exist|creating sqs provider|valid sqs provider/,
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
    pattern: /conversion webhook for karpenter|isn't configured for webhook conversion|service "karpenter" not found|ConversionWebhook|Conversion webhook enabled but unable to complete call/,
    fix: "During the move to v1 the CRDs call the controller to convert v1beta1 objects. Install the `karpenter-crd` chart with `webhook.enabled=true` and `webhook.serviceName`/`webhook.serviceNamespace`/`webhook.port=8443` matching the Karpenter service (its namespace is hard-coded to kube-system in the main chart CRDs), and allow traffic from the API server to the webhook port in security groups and network policies.",
    docs: V1_MIGRATION
  },
  {
    id: "webhook-unreachable",
    category: "webhook",
    title: "API server calls to the Karpenter webhook fail",
    pattern: /failed calling webhook|no endpoints available for service "?karpenter|validating webhook installed/,
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
    id: "crd-version",
    category: "crd-version",
    title: "The installed CRDs do not match the controller version",
    pattern: /no matches for kind|could not find the requested resource|no kind is registered for the type|strict decoding error: unknown field|unknown field "(?:spec|status)\.|failed to wait for [\w.-]+ caches to sync|is not a valid (?:NodePool|EC2NodeClass|NodeClaim)|no supported node classes found|patching crd status version|resource mapping not found/,
    fix: "The CRDs in the cluster are older (or newer) than the controller: Helm does not upgrade CRDs in a chart's `crds/` folder. Apply the CRDs of the running version (the `karpenter-crd` chart at the same version, or `kubectl apply -f` the CRDs from the release), then restart the controller.",
    docs: UPGRADE
  },
  {
    id: "kubernetes-version",
    category: "crd-version",
    title: "The cluster's Kubernetes version is not supported by this Karpenter version",
    pattern: /not compatible with kubernetes version|failed validating kubernetes version|aliases are no longer supported on EKS|getting kubernetes version/,
    fix: "Each Karpenter release supports a range of Kubernetes versions (the compatibility matrix in the upgrade guide). Upgrade Karpenter before the control plane, or pick a Karpenter release that supports this version; on EKS 1.33+ use an AL2023 or Bottlerocket AMI alias instead of AL2.",
    docs: UPGRADE
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
    pattern: /RequestLimitExceeded|ThrottlingException|Throttling: |Rate exceeded|TooManyRequestsException|failed to get rate limit token|retry quota exceeded|SlowDown: /,
    fix: "An AWS API rejected calls for exceeding the request rate (SDK v2 says `failed to get rate limit token, retry quota exceeded` when its own retry budget ran out). Karpenter backs off and retries; if it persists, look for other automation calling the same APIs in the account and region, or ask AWS for a higher API rate limit.",
    docs: null
  },
  {
    id: "launch-template-limit",
    category: "launch-template",
    title: "The account reached the EC2 launch template limit",
    pattern: /MaxTemplateLimitExceeded|maximum number of launch templates/,
    fix: "EC2 allows 5000 launch templates per region. Karpenter makes one per {NodeClass} × AMI × instance type group and deletes its own when a {NodeClass} goes away; delete unused launch templates (other tools, old clusters: `aws ec2 describe-launch-templates --filters Name=tag-key,Values=karpenter.k8s.aws/cluster`) or ask AWS for a higher limit.",
    docs: null
  },
  {
    id: "user-data-too-large",
    category: "launch-template",
    title: "The rendered user data is larger than EC2 accepts (16384 bytes)",
    pattern: /UserDataSizeLimitExceeded|User data is limited to 16384 bytes|16384 bytes|user data[^\n]{0,40}(?:size limit|too large|exceed)/i,
    fix: "EC2 limits user data to 16 KiB after base64 encoding. Shorten `spec.userData` of the {NodeClass} (move scripts to S3/SSM and fetch them at boot), or reduce what Karpenter adds (fewer kubelet flags, labels and taints in the {NodePool}).",
    docs: NODECLASSES
  },
  {
    id: "user-data-invalid",
    category: "launch-template",
    title: "The custom user data could not be used",
    pattern: /InvalidUserData|unreadable user data|multipart MIME|content-type header|parsing custom user data|merged user data|Karpenter managed user data|toml UserData|invalid UserData|Unknown parameter in userData|UserData/,
    fix: "Karpenter merges `spec.userData` of the {NodeClass} with its own bootstrap: for AL2 it must be a MIME multi-part document with a Content-Type header, for Bottlerocket valid TOML, for AL2023 a NodeConfig or MIME document. Fix the user data so it parses.",
    docs: NODECLASSES
  },
  {
    id: "unauthorized",
    category: "unauthorized",
    title: "EC2 refused an action for the controller role (UnauthorizedOperation)",
    pattern: /UnauthorizedOperation|AuthCheckFailed|AMIAuthorizationFailure|Reason: Unauthorized|unauthorized to call ec2:|validating ec2:\w+ authorization|(?:^|Reason: |reason[=:] ?|, )Unauthorized\b/m,
    fix: 'The controller role may not call an EC2 action (usually CreateFleet/RunInstances/CreateLaunchTemplate). Compare its policy with the getting-started CloudFormation template of your version, check tag conditions, Service Control Policies ("explicit deny") and KMS grants for encrypted EBS volumes; `aws sts decode-authorization-message` shows the denied action. On v1.x, annotate the {NodeClass} after the fix to re-run validation.',
    docs: TS
  },
  {
    id: "instance-profile",
    category: "instance-profile",
    title: "The node instance profile could not be used or managed",
    pattern: /InstanceProfileNameInvalid|Invalid IAM Instance Profile|instance profile|InstanceProfile(?!Ready)|instanceProfile|default-instance-profile|NoSuchEntity|EntityAlreadyExists/,
    fix: "The {NodeClass} names a node role (`spec.role`, Karpenter then manages an instance profile and needs iam:CreateInstanceProfile/AddRoleToInstanceProfile/TagInstanceProfile/GetInstanceProfile and iam:PassRole on the role) or an existing `spec.instanceProfile`. Check that the role or profile exists, is spelled right and that the controller policy allows these calls.",
    fixAlpha: "The instance profile named by `{settings}defaultInstanceProfile` or the AWSNodeTemplate `instanceProfile` must exist (the getting-started CloudFormation template creates KarpenterNodeInstanceProfile-<cluster>) and the controller needs iam:PassRole on its role.",
    docs: NODECLASSES
  },
  {
    id: "access-denied",
    category: "access-denied",
    title: "An AWS API call was denied for the controller role",
    pattern: /AccessDenied|not authorized to perform|permission is not allowed/,
    fix: "Add the denied action (named in the message, e.g. iam:PassRole on the node role, iam:ListInstanceProfiles since v1.7, ssm:GetParameter, pricing:GetProducts) to the controller policy; the upgrade guide lists the permissions each release needs.",
    docs: UPGRADE
  },
  {
    id: "nodeclass-not-found",
    category: "nodeclass-not-ready",
    title: "The NodeClass a NodePool refers to does not exist",
    pattern: /(?:ec2nodeclass(?:es)?|awsnodetemplates?)(?:\.karpenter\.k8s\.aws)? "[^"]*" not found|(?:EC2NodeClass|AWSNodeTemplate|nodeclass|node class|node template) "?[^"\s]*"? not found|failed to get ec2nodeclass|getting nodeclass [^\n]*for nodepool/i,
    fix: "The {NodePool}'s `nodeClassRef` names a {NodeClass} that is not in the cluster (a typo, or it was deleted or not applied yet). Create it or fix the reference: `kubectl get {ec2nodeclass}` lists the ones that exist.",
    fixAlpha: "The Provisioner's `providerRef` names an AWSNodeTemplate that is not in the cluster. Create it or fix the reference: `kubectl get awsnodetemplates` lists the ones that exist.",
    docs: NODECLASSES
  },
  {
    id: "nodeclass-not-ready",
    category: "nodeclass-not-ready",
    title: "The NodeClass is not ready",
    pattern: /NodeClassRef not ready|NodeClassNotReady|nodeclass status has not been reconciled|Ready=Unknown|(?:Subnets|SecurityGroups|AMIs|InstanceProfile|Validation|CapacityReservations|PlacementGroup)(?:Ready|Succeeded)=False|resolving (?:node ?class|ec2nodeclass|node template)[^\n]*(?:Failed to resolve|not ready|Ready=)|ignoring nodepool, not ready|resolving cluster CIDR|failed to detect the cluster CIDR|resolving placement group|nodepool failed validation/i,
    fix: "NodeClaims wait until their {NodeClass} is Ready. `kubectl get {ec2nodeclass} -o yaml` shows which condition (SubnetsReady, SecurityGroupsReady, AMIsReady, InstanceProfileReady, ValidationSucceeded) is False and why; fix that selector or permission.",
    docs: NODECLASSES
  },
  {
    id: "capacity-quota",
    category: "insufficient-capacity",
    title: "An account quota stopped the launch",
    pattern: /VcpuLimitExceeded|VCPULimitExceeded|MaxSpotInstanceCountExceeded|SpotQuotaExceeded|FleetQuotaExceeded|MaxFleetCountExceeded|AccountPendingVerification|PendingVerification|FreeTierIneligible/,
    fix: "The AWS account reached a quota (vCPUs per instance family, Spot instances or fleets) or is not yet verified for this instance type. Request an increase in Service Quotas, or set {NodePool} {limits} so Karpenter stays under it.",
    docs: FAQ
  },
  {
    id: "capacity-subnet-ips",
    category: "insufficient-capacity",
    title: "The selected subnets have no free IP addresses",
    pattern: /InsufficientFreeAddressesInSubnet/,
    fix: "The subnets selected by the {NodeClass} are out of addresses. Add subnets (or a secondary CIDR) tagged for the {subnetSelector}, or use prefix delegation/custom networking to use fewer addresses per node.",
    docs: null
  },
  {
    id: "capacity-reservation",
    category: "insufficient-capacity",
    title: "The capacity reservation has no instance left",
    pattern: /ReservationCapacityExceeded|capacity reservation/i,
    fix: "The on-demand capacity reservation the {NodeClass} selects (`capacityReservationSelectorTerms`) is used up or expired. Extend it, select more reservations, or let the {NodePool} fall back to on-demand/spot.",
    docs: NODECLASSES
  },
  {
    id: "capacity-unsupported",
    category: "insufficient-capacity",
    title: "An instance type is not offered in the requested zone",
    pattern: /\bUnsupported(?::|$)|is not supported in your requested Availability Zone/m,
    fix: "EC2 does not offer this instance type in that zone (or for that tenancy/platform). Karpenter marks the offering unavailable and tries others; if every allowed type fails, widen the {NodePool} instance types or zones.",
    docs: FAQ
  },
  {
    id: "insufficient-capacity",
    category: "insufficient-capacity",
    title: "EC2 had no capacity for the requested instance types",
    pattern: /insufficient capacity|InsufficientInstanceCapacity|UnfulfillableCapacity|all requested instance types were unavailable|no capacity offerings are currently available/i,
    fix: "No offering (instance type × zone × capacity type) the {NodeClaim} allowed had capacity; Karpenter marks such offerings unavailable for about 3 minutes and tries others. Give it room: allow more instance families and sizes and more zones, and both `spot` and `on-demand` in `karpenter.sh/capacity-type` so it can fall back.",
    docs: FAQ
  },
  {
    id: "no-subnets",
    category: "no-subnets",
    title: "No subnet matched the subnet selector",
    pattern: /no subnets|getting subnets|SubnetsNotFound|SubnetSelector did not match|has no subnets|resolved subnets|Failed to resolve subnets/i,
    fix: "Tag the node subnets with the key/value the selector uses (the guide uses `karpenter.sh/discovery: <cluster-name>`) or fix `{subnetSelector}` in the {NodeClass}. Check what matches with `aws ec2 describe-subnets --filters Name=tag:karpenter.sh/discovery,Values=<cluster-name>`.",
    docs: TS
  },
  {
    id: "no-security-groups",
    category: "no-security-groups",
    title: "No security group matched the security group selector",
    pattern: /no security groups|getting security groups|SecurityGroupsNotFound|SecurityGroupSelector did not match|resolved security groups|Failed to resolve security groups/i,
    fix: "Tag the node security group with the key/value the selector uses (the guide uses `karpenter.sh/discovery: <cluster-name>`) or fix `{securityGroupSelector}` in the {NodeClass}. Check with `aws ec2 describe-security-groups --filters Name=tag:karpenter.sh/discovery,Values=<cluster-name>`.",
    docs: TS
  },
  {
    id: "no-amis",
    category: "no-amis",
    title: "The AMI selector resolved no image",
    pattern: /no amis exist|failed to discover (?:any )?AMIs|discovering amis from ssm|failed discovering amis|AMINotFound|AMISelector did not match|InvalidAMIID|UnsupportedAlias|specify your Ubuntu AMIs|resolved amis|Failed to resolve amis|getting amis|invalid alias family|failed to parse AMI alias|ParameterNotFound|parameter not found|invalid AMI ID|no instance types satisfy requirements of amis/i,
    fix: "The {NodeClass} `amiSelectorTerms` (alias, ids, tags, owners) resolve to no image the controller can use in this region/architecture. Check that the alias version exists, that ids/tags/owners are right, and that the controller may call ssm:GetParameter (aliases) and ec2:DescribeImages.",
    fixAlpha: "The AWSNodeTemplate `amiSelector` (or `amiFamily` with its SSM default) resolves to no image the controller can use in this region/architecture. Check the selector tags/ids/owners and that the controller may call ssm:GetParameter and ec2:DescribeImages.",
    docs: null
  },
  {
    id: "launch-template",
    category: "launch-template",
    title: "EC2 rejected the launch template or launch parameters",
    pattern: /InvalidBlockDeviceMapping|LaunchTemplateNotFound|InvalidLaunchTemplate|creating launch template|launch template [^\n]*(?:not found|invalid)|InvalidParameter|SecurityGroupSubnetVPCMismatch|InvalidAMIID\.Malformed|no compatible launch templates/,
    fix: "EC2 rejected the launch parameters Karpenter built from the {NodeClass} (block device mappings, AMI, security groups in another VPC, metadata options). Fix the {NodeClass} field the error names; a launch template deleted outside Karpenter is recreated on the next launch.",
    docs: TS
  },
  {
    id: "nodepool-limits",
    category: "nodepool-limits",
    title: "NodePool (Provisioner) limits are reached",
    pattern: /exceed (?:provisioner )?limits|exceed limits for|limits have been exhausted|resource usage (?:of [^\n]* )?exceeds limit|exceeds limit of/,
    fix: "The {NodePool} `{limits}` caps the CPU/memory it may launch, and every candidate instance would pass it. Raise or drop the limit, or let another {NodePool} take the pods.",
    docs: null
  },
  {
    id: "unschedulable-pod",
    category: "unschedulable-pod",
    title: "Pods fit no NodePool (Provisioner)",
    pattern: /could not schedule pod|incompatible with (?:provisioner|nodepool)|no instance type (?:satisfied|met|has)|did not tolerate|incompatible requirements|does not have known values|exceed node volume limits|exceeds node resources|all pending pods could not be scheduled/i,
    fix: "No {NodePool} can take the pod: its requests, node selectors/affinity, topology spread, tolerations or a bound volume's zone exclude every instance type and zone the {NodePool}s offer. The text after each {NodePool} name says why; change the pod spec or widen the {NodePool} requirements/taints (`kubectl describe pod` shows the same as an event).",
    docs: TS
  },
  {
    id: "node-initialization",
    category: "node-initialization",
    title: "A node did not finish initialization (missing extended resource or startup taint)",
    pattern: /Inflight check failed|failed consistency check|didn't register on the node|startup taint|not initialized|expected resource|extended resource/i,
    fix: "An expected resource (e.g. `vpc.amazonaws.com/pod-eni`, `nvidia.com/gpu`) never appeared on the node or a startup taint stayed. Enable security groups for pods in the VPC CNI, install the device plugin, or make the component that should remove the {NodePool} `startupTaints` run on the node.",
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
    id: "disruption-budget",
    category: "disruption-budget",
    title: "Disruption budgets block or break disruption",
    pattern: /disruption budget|building disruption budgets|violate disruption budgets|without violating budgets/i,
    fix: 'The {NodePool} `spec.disruption.budgets` either failed to parse (schedule/duration/nodes) or allow no disruption right now. Check the budgets (`kubectl get {nodepool} -o yaml`), e.g. a cron schedule without a duration, or `nodes: "0"` for the reasons being blocked.',
    docs: DISRUPTION
  },
  {
    id: "drain",
    category: "drain",
    title: "Nodes could not be drained (PodDisruptionBudget or do-not-disrupt pods)",
    pattern: /violates a PDB|pdb [^\n]*prevents pod evictions|prevents pod evictions|Cannot evict pod|would violate the pod's disruption budget|PodDisruptionBudget|do-not-evict|do-not-disrupt|pods are waiting to be evicted|evicting pod|failed evicting|EvictionQueue|eviction does not support multiple PDBs|constructing pdbs|failed to drain|draining node/i,
    fix: "Termination waits for pods to be evicted, and a PodDisruptionBudget that allows 0 disruptions (or several PDBs on one pod), or a `karpenter.sh/do-not-disrupt` (`do-not-evict` before v0.32) annotation keeps them. Check `kubectl get pdb -A` for ALLOWED DISRUPTIONS 0; set `terminationGracePeriod` on the {NodePool} (v1) to bound how long a drain may block.",
    docs: DISRUPTION
  },
  {
    id: "pricing",
    category: "pricing",
    title: "Pricing data could not be refreshed",
    pattern: /updating (?:on-demand |spot )?pricing|pricing data|retreiving|retrieving (?:spot )?pricing|pricing info|pricing found|pricing/i,
    fix: "The controller could not reach the AWS Price List API (or EC2 spot price history) and keeps its built-in prices, so cost-based choices use stale prices. In VPCs without internet or a pricing endpoint set `{settings}isolatedVPC=true` (AWS_ISOLATED_VPC) to stop the lookups; otherwise allow pricing:GetProducts and ec2:DescribeSpotPriceHistory.",
    docs: TS
  },
  {
    id: "controller-internal",
    category: "other",
    title: "The controller hit an internal error",
    pattern: /please file an issue|invariant violated|inconsistent state|error hashing|failed hashing|failed to setup [\w ]+(?:indexer|probe|manager)|failed to register controller|setting up profiling|cache key is not of expected format|unexpected failure|expected to receive a single instance|received more instances than requested|launched instance type not included/,
    fix: "Karpenter reports an internal inconsistency, not a problem of your configuration. Upgrade to the newest patch release of your minor version; if it repeats there, report it to Karpenter with this log.",
    docs: null
  },
  {
    id: "in-tree-storage",
    category: "other",
    title: "Volumes use an in-tree storage plugin",
    pattern: /uses an in-tree storage plugin/,
    fix: "Karpenter counts volume limits for CSI drivers only. Migrate StorageClasses/PVs to the EBS CSI driver (`ebs.csi.aws.com`); a startup taint `ebs.csi.aws.com/agent-not-ready:NoExecute` avoids scheduling before it is ready.",
    docs: TS
  }
];
var PREFILTER = new PatternPrefilter([...NOISE, ...RULES.map((r) => r.pattern)]);

// src/karpenter/analyze/causes.ts
var MAX_OBJECTS = 10;

// src/karpenter/analyze/lines.ts
import { closeSync, openSync, readSync } from "node:fs";
import { TextDecoder } from "node:util";
var MAX_LINE_CHARS = 256 * 1024;
var PIECE = 64 * 1024;
var NON_ASCII = /[\u0080-\uffff]/;
function copyLatin1(s) {
  return s.length < 13 ? s : Buffer.from(s, "latin1").toString("latin1");
}
function utf8Of(latin1) {
  return NON_ASCII.test(latin1) ? Buffer.from(latin1, "latin1").toString("utf8") : latin1;
}
function own(s) {
  if (s === null || s.length < 13) return s;
  return Buffer.from(s, "utf8").toString("utf8");
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
      else if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) utf16 = new TextDecoder("utf-16le");
      else if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) utf16 = new TextDecoder("utf-16be");
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
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.allocUnsafe(1024 * 1024);
    for (; ; ) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

// src/karpenter/analyze/versions.ts
var import_semver = __toESM(require_semver2(), 1);

// src/karpenter/analyze/data/release-commits.json
var release_commits_default = {
  a6985f1: "0.16.0",
  a8ec2e5: "0.16.1",
  "5806654": "0.16.2",
  ce23574: "0.16.3",
  "2cefdc9": "0.17.0",
  "1d8eb34": "0.18.0",
  "51becf8": "0.18.1",
  ea5dc14: "0.19.0",
  "27a51c0": "0.19.1",
  "470aa83": "0.19.2",
  "683d4b0": "0.19.3",
  f60dacd: "0.20.0",
  "0c8536a": "0.21.0",
  "06cb81f": "0.21.1",
  "038d219": "0.22.0",
  c4a4efd: "0.22.1",
  "5a7faa0": "0.23.0",
  "8c27519": "0.24.0",
  beb0a64: "0.25.0",
  "39b48fe": "0.26.0",
  "982c35f": "0.26.1",
  dc3af1a: "0.27.0",
  "7131be2": "0.27.1",
  d01ea11: "0.27.2",
  d7e22b1: "0.27.3",
  "8e448b6": "0.27.4",
  "698f22f": "0.27.5",
  "5a2fe84": "0.27.6",
  "2199e12": "0.27.8",
  "26e2d35": "0.28.0",
  "30fa8f3": "0.28.1",
  "61cc8f7": "0.29.0",
  "5b469b8": "0.29.1",
  "34d50bf": "0.29.2",
  "637a642": "0.30.0",
  "322822a": "0.31.0",
  "61b3e1e": "0.31.1",
  "709030d": "0.31.2",
  "74bf29c": "0.31.3",
  e7e58c6: "0.31.4",
  f641196: "0.31.5",
  "3a61217": "0.32.0",
  "1072d3b": "0.32.1",
  "5eda5c1": "0.32.2",
  "56aaec1": "0.32.3",
  fdf67d0: "0.32.4",
  "50f60fb": "0.32.5",
  "1d7f91c": "0.32.6",
  "736fcfb": "0.32.7",
  "234a43a": "0.32.8",
  cc85441: "0.32.9",
  f0eb822: "0.32.10",
  "2dd7fdc": "0.33.0",
  a70b39e: "0.33.1",
  "8fb62bf": "0.33.2",
  dd8c610: "0.33.3",
  dafdc4c: "0.33.4",
  e48de11: "0.33.5",
  "3e3cfd6": "0.33.6",
  a723318: "0.33.7",
  "75e8e61": "0.33.8",
  "0ac0d4a": "0.33.9",
  "5267a53": "0.33.10",
  ac20f3d: "0.33.11",
  a2a7b2d: "0.33.12",
  "17d6c05": "0.34.0",
  "596ea97": "0.34.1",
  f40df2a: "0.34.2",
  cac2034: "0.34.3",
  "3ec00e6": "0.34.5",
  b59f781: "0.34.6",
  "700de4d": "0.34.7",
  d6b613a: "0.34.8",
  "23a8f21": "0.34.9",
  "3759811": "0.34.10",
  "67af911": "0.34.11",
  dd39eca: "0.34.12",
  cb16da8: "0.34.13",
  "2c8f2a5": "0.35.0",
  cd02bab: "0.35.1",
  "8b2d1d7": "0.35.2",
  "17dd42b": "0.35.4",
  "132cf79": "0.35.5",
  b3a313e: "0.35.6",
  "9a34671": "0.35.7",
  "0a88584": "0.35.8",
  a0155ad: "0.35.9",
  "324a9d8": "0.35.10",
  "28b8459": "0.35.11",
  "4660959": "0.35.12",
  "6b868db": "0.36.0",
  fb4d75f: "0.36.1",
  e719109: "0.36.2",
  af986b7: "0.36.3",
  e54ccdd: "0.36.4",
  "487a6e0": "0.36.5",
  "6363f8d": "0.36.6",
  "2321c1e": "0.36.7",
  "5c7c14a": "0.36.8",
  d60e1da: "0.36.9",
  "490ef94": "0.37.0",
  c3af798: "0.37.1",
  "6e9d95f": "0.37.2",
  "378e8b1": "0.37.3",
  "0ebc224": "0.37.4",
  f587167: "0.37.5",
  "5f55b1d": "0.37.6",
  a80b363: "0.37.7",
  "3278dab": "0.37.8",
  "5bdf9c3": "1.0.0",
  "62a726c": "1.0.1",
  b897114: "1.0.2",
  "688ea21": "1.0.3",
  "0f8788c": "1.0.4",
  "652e6aa": "1.0.5",
  "6174c75": "1.0.6",
  "901a5dc": "1.0.7",
  a2875e3: "1.0.8",
  "7e06109": "1.0.9",
  "6cca1dc": "1.0.10",
  a88b5ef: "1.0.11",
  "8bd9a3d": "1.0.12",
  "5598b50": "1.0.13",
  "093ba9d": "1.0.14",
  "0a85efb": "1.1.0",
  "3298d91": "1.1.1",
  "8f399a9": "1.1.2",
  "1bfdc3d": "1.1.3",
  a03f2c5: "1.1.4",
  "4f41a6d": "1.1.5",
  d497314: "1.1.6",
  a4354cb: "1.1.7",
  "09935d8": "1.1.8",
  "5db5fc8": "1.1.9",
  "2fbbce5": "1.1.10",
  "93da438": "1.2.0",
  "058c665": "1.2.1",
  "477072f": "1.2.2",
  "85616bc": "1.2.3",
  "5a37f83": "1.2.4",
  "95881e1": "1.2.5",
  eac1f3c: "1.2.6",
  abb467b: "1.2.7",
  "3a570db": "1.2.8",
  ff59416: "1.3.0",
  "22f7207": "1.3.1",
  "1c39126": "1.3.2",
  ad71530: "1.3.3",
  "23f9115": "1.3.4",
  "34dac0d": "1.3.5",
  "7f8a83d": "1.3.6",
  "00aaae1": "1.3.7",
  "33b235c": "1.3.8",
  "0871602": "1.4.0",
  "31eb355": "1.4.1",
  f23af71: "1.4.2",
  "3307798": "1.4.3",
  "5bba96f": "1.4.4",
  "9458bb5": "1.5.0",
  "930b1f9": "1.5.1",
  "207f1a7": "1.5.2",
  "66c0051": "1.5.3",
  "7736841": "1.5.4",
  "3cf01c2": "1.5.5",
  "0f47193": "1.5.6",
  c6ab9ff: "1.5.7",
  "02cad97": "1.5.8",
  c8c45c1: "1.6.0",
  "8adb23d": "1.6.1",
  "4ff8cfe": "1.6.2",
  "13242ea": "1.6.3",
  "664f076": "1.6.4",
  "9e59a13": "1.6.5",
  a316020: "1.6.6",
  "867954d": "1.6.7",
  "7a8109f": "1.6.8",
  "54ada83": "1.7.0",
  "781485b": "1.7.1",
  afe3eba: "1.7.2",
  "4abf673": "1.7.3",
  "11330aa": "1.7.4",
  e574368: "1.7.5",
  "87b7ff2": "1.7.6",
  "31fa2ea": "1.8.0",
  "1ad0d78": "1.8.1",
  f913f41: "1.8.2",
  c9c3a48: "1.8.3",
  f15a737: "1.8.4",
  "51932b4": "1.8.5",
  f29079c: "1.8.6",
  "63f4a15": "1.8.7",
  "5b5bf22": "1.8.8",
  e7e1327: "1.9.0",
  "68643c6": "1.9.1",
  "310b356": "1.9.2",
  d80cb86: "1.10.0",
  f88820a: "1.10.1",
  "75bcc27": "1.10.2",
  "537b01a": "1.11.0",
  "77c1613": "1.11.1",
  "746a3af": "1.11.2",
  "0c4e1cf": "1.11.3",
  "7ff7943": "1.12.0",
  "15781e3": "1.12.1",
  "35e088b": "1.12.2",
  "2be9554": "1.13.0",
  "245b48b": "1.13.1",
  "85eeae8": "1.14.0",
  bde0065: "1.14.1"
};

// src/karpenter/analyze/versions.ts
var OBSERVED_COMMITS = {
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
var RELEASE_COMMITS = { ...OBSERVED_COMMITS, ...release_commits_default };

// src/karpenter/analyze/diagnose.ts
var MAX_REPEAT_KEYS = 5e3;
var DECODED_PER_KEY = MAX_OBJECTS;
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// src/karpenter/analyze/parse.ts
var MAX_RAW = 16 * 1024;
var MAX_PREFIXES = 64;
var PREFIX_SEARCH = 256;
var L_NONE = 0;
var L_DEBUG = 1;
var L_INFO = 2;
var L_WARN = 3;
var CONSOLE_LAZY = -2;
var INTERESTING = /Launched instance|launched (?:new instance|instance|machine|nodeclaim)|registered (?:machine|nodeclaim)|initialized (?:machine|nodeclaim)|node initialized|created (?:machine|nodeclaim)|Consolidating via|[Dd]eprovisioning via|disrupting |[Tt]riggering termination|[Dd]eleted node from interruption|terminating (?:machine )?due to (?:registration ttl|timeout)|discovered version|Initializing with version|failed to renew lease|leader election lost|Inflight check failed|failed consistency check|[Cc]ould not schedule|Provisioning failed|Reconciler error|failed launching|discovered karpenter version|rendered user data is approaching/y;
var CONSOLE_HEAD = /^(?:(\d{4}-\d\d-\d\dT\S+)[\t ]+)?(DEBUG|INFO|WARN|WARNING|ERROR|FATAL|PANIC|DPANIC)(?:[\t ]+|$)/;
var CONSOLE_LOGGER = /^(?:([A-Za-z][\w-]*(?:\.[\w-]+)+|controller|webhook|fallback)[\t ]+|([A-Za-z][\w.-]*)(?:\t| {2,}))/;
var CONSOLE_CALLER = /^[\w./-]+\.go:\d+[\t ]+/;
var KLOG_HEAD = /^([IWEF])(\d{4}) (\d\d:\d\d:\d\d\.\d+)\s+\d+ ([^\]]+)\] ?/;
var KLOG_LEVEL = { I: "INFO", W: "WARN", E: "ERROR", F: "FATAL" };
var MAX_FRAGMENT_LINES = 64;
var TEXT_WORTH_MATCHING = /[Ee]rror|[Ff]ail|[Dd]enied|[Ee]xceed|not found|[Uu]nable|[Ii]nvalid|[Ii]nsufficient|[Uu]nauthori|[Tt]hrottl|[Ll]imit|[Tt]imeout|not ready|[Cc]ould not|rate limit|Unfulfillable|panic/;
function newSource() {
  return { open: 0 /* None */, pending: null, partial: "" };
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isSpace(c) {
  return c === 32 || c === 9;
}
function isBlankSpan(s, a, b) {
  for (let i = a; i < b; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}
function isIsoAt(s, p, b) {
  return p + 11 <= b && isDigit(s.charCodeAt(p)) && isDigit(s.charCodeAt(p + 3)) && s.charCodeAt(p + 4) === 45 && s.charCodeAt(p + 7) === 45 && s.charCodeAt(p + 10) === 84;
}
function isLevelKeyAt(s, a) {
  return s.charCodeAt(a) === 123 && s.charCodeAt(a + 1) === 34 && s.charCodeAt(a + 2) === 108 && // l
  s.charCodeAt(a + 3) === 101 && // e
  s.charCodeAt(a + 4) === 118 && // v
  s.charCodeAt(a + 5) === 101 && // e
  s.charCodeAt(a + 6) === 108 && // l
  s.charCodeAt(a + 7) === 34 && s.charCodeAt(a + 8) === 58 && s.charCodeAt(a + 9) === 34;
}
function levelAt(s, p, e) {
  const n = e - p;
  const c = s.charCodeAt(p);
  if (n === 4) {
    if (c === 73 && s.charCodeAt(p + 1) === 78 && s.charCodeAt(p + 2) === 70 && s.charCodeAt(p + 3) === 79)
      return L_INFO;
    if (c === 87 && s.startsWith("WARN", p)) return L_WARN;
  } else if (n === 5) {
    if (c === 68 && s.charCodeAt(p + 1) === 69 && s.charCodeAt(p + 2) === 66 && s.charCodeAt(p + 3) === 85 && s.charCodeAt(p + 4) === 71) {
      return L_DEBUG;
    }
    if (c === 69 && s.startsWith("ERROR", p)) return 4;
    if (c === 70 && s.startsWith("FATAL", p)) return 5;
    if (c === 80 && s.startsWith("PANIC", p)) return 6;
  } else if (n === 6) {
    if (c === 68 && s.startsWith("DPANIC", p)) return 6;
  } else if (n === 7) {
    if (c === 87 && s.startsWith("WARNING", p)) return L_WARN;
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
var LogParser = class {
  counts = { total: 0, parsed: 0, unparsed: 0, oversized: 0, karpenter: 0 };
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
  keyParts = ["", "", "", "", ""];
  lastKeyParts = ["", "", "", "", ""];
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
  line(s, a, b) {
    if (isBlankSpan(s, a, b)) return;
    this.counts.total++;
    if (this.handle(s, a, b, this.main, true)) this.counts.parsed++;
    else this.counts.unparsed++;
  }
  /** Classify one physical line; true when it is understood (an entry start or a continuation). */
  handle(s, a, b, src, allowPrefix) {
    const c0 = s.charCodeAt(a);
    if (allowPrefix) {
      if (c0 === 91) {
        const close = indexWithin(s, "] ", a, Math.min(b, a + PREFIX_SEARCH));
        if (close > a) {
          const key = s.slice(a, close + 1);
          return this.handle(s, close + 2, b, this.sourceFor(key), false);
        }
      }
      if (isIsoAt(s, a, b)) {
        const sp = s.indexOf(" ", a + 11);
        if (sp !== -1 && sp < b && sp < a + 40 && s.charCodeAt(sp - 1) !== 9 && s.charCodeAt(sp + 1) !== 32) {
          const n = s.charCodeAt(sp + 1);
          if (n === 115 && s.startsWith("stdout ", sp + 1) || s.startsWith("stderr ", sp + 1)) {
            const tag = s.charCodeAt(sp + 8);
            const rest = sp + 10 <= b ? sp + 10 : b;
            if (tag === 80) {
              if (src.partial.length < MAX_RAW * 16) src.partial += s.slice(rest, b);
              return true;
            }
            if (src.partial) {
              const joined = src.partial + s.slice(rest, b);
              src.partial = "";
              this.chunk(joined);
              const ok = this.handle(joined, 0, joined.length, src, false);
              this.chunk(s);
              return ok;
            }
            return this.handle(s, rest, b, src, false);
          }
          if (n === 123 || isIsoAt(s, sp + 1, b) || n === 91) return this.handle(s, sp + 1, b, src, true);
        }
      }
    }
    const kind = this.classify(s, a, b);
    if (src.open === 4 /* Fragment */ && kind === 0) {
      this.continueFragment(s, a, b, src);
      return true;
    }
    if (kind !== 0) {
      this.startEntry(s, a, b, src, kind);
      return true;
    }
    if (c0 === 112 && s.startsWith("panic: ", a) || c0 === 102 && s.startsWith("fatal error: ", a)) {
      this.startPanic(s, a, b, src);
      return true;
    }
    if (src.open !== 0 /* None */) {
      const indented = isSpace(c0);
      if (src.open === 3 /* Panic */ || src.open === 2 /* Unterminated */ || indented) {
        this.continueEntry(s, a, b, src);
        return true;
      }
    }
    if (c0 === 103 && s.startsWith("goroutine ", a) && s.charCodeAt(b - 1) === 58) {
      this.startPanic(s, a, b, src);
      return true;
    }
    if (c0 === 123 && s.charCodeAt(a + 1) === 34 && (isLevelKeyAt(s, a) || indexWithin(s, '"message":', a, b) !== -1)) {
      this.closeSource(src);
      this.counts.karpenter++;
      src.open = 4 /* Fragment */;
      src.pending = { format: "fragment", level: "", lines: [s.slice(a, b)], size: b - a, physical: 1 };
      return true;
    }
    if (allowPrefix) {
      for (const prefix of this.learnedPrefixes) {
        if (s.startsWith(prefix, a)) return this.handle(s, a + prefix.length, b, this.sourceFor(prefix), false);
      }
      let p = a;
      for (let words = 0; words < 3; words++) {
        const sp = s.indexOf(" ", p);
        if (sp === -1 || sp >= b || sp > a + PREFIX_SEARCH) break;
        p = sp + 1;
        while (p < b && s.charCodeAt(p) === 32) p++;
        const k = this.classify(s, p, b);
        if (k !== 0) {
          const prefix = s.slice(a, p);
          if (this.learnedPrefixes.length < MAX_PREFIXES && /^[\w.:/[\]@-]+( [\w.:/[\]@-]+)* *$/.test(prefix)) {
            this.learnedPrefixes.push(own(prefix));
          }
          const target = this.sourceFor(prefix);
          this.startEntry(s, p, b, target, k);
          return true;
        }
      }
    }
    this.closeSource(src);
    if (allowPrefix && b - a >= 16) {
      const text = s.slice(a, Math.min(b, a + MAX_RAW));
      if (TEXT_WORTH_MATCHING.test(text)) this.emitBlock("text", text);
    }
    return false;
  }
  startPanic(s, a, b, src) {
    this.closeSource(src);
    this.counts.karpenter++;
    src.open = 3 /* Panic */;
    src.pending = { format: "panic", level: "PANIC", lines: [s.slice(a, b)], size: b - a, physical: 1 };
  }
  continueFragment(s, a, b, src) {
    const p = src.pending;
    p.physical++;
    if (p.size < MAX_RAW) {
      p.lines.push(s.slice(a, b));
      p.size += b - a;
    }
    let e = b - 1;
    while (e > a && isSpace(s.charCodeAt(e))) e--;
    if (s.charCodeAt(e) === 125 || p.lines.length >= MAX_FRAGMENT_LINES) this.closeSource(src);
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
  classify(s, a, b) {
    const c = s.charCodeAt(a);
    if (c === 123) {
      let e = b - 1;
      while (e > a && isSpace(s.charCodeAt(e))) e--;
      if (s.charCodeAt(e) !== 125) return 0;
      if (isLevelKeyAt(s, a)) {
        this.level = jsonLevel(s.charCodeAt(a + 10));
        if (this.messageAt < a || this.messageFrom > a) {
          this.messageFrom = a;
          this.messageAt = indexOfMessageKey(s, a);
          if (this.messageAt === -1) this.messageAt = s.length;
        }
        this.msgStart = this.messageAt < b ? this.messageAt + 11 : -1;
      } else {
        this.level = L_NONE;
        this.msgStart = -1;
      }
      return 1;
    }
    if (c >= 48 && c <= 57) {
      if (isIsoAt(s, a, b)) {
        let q = a + 11;
        while (q < b && !isSpace(s.charCodeAt(q))) q++;
        let r = q;
        while (r < b && isSpace(s.charCodeAt(r))) r++;
        let e = r;
        while (e < b) {
          const ch = s.charCodeAt(e);
          if (ch < 65 || ch > 90) break;
          e++;
        }
        if (e < b && !isSpace(s.charCodeAt(e))) return 0;
        const lvl = levelAt(s, r, e);
        if (lvl === L_NONE) return 0;
        this.level = lvl;
        this.msgStart = CONSOLE_LAZY;
        this.levelEnd = e;
        return 2;
      }
      if (s.charCodeAt(a + 4) === 47 && s.charCodeAt(a + 7) === 47 && s.charCodeAt(a + 10) === 32) {
        this.level = L_INFO;
        this.msgStart = a + 20;
        return 4;
      }
      return 0;
    }
    if (c >= 65 && c <= 90 && s.charCodeAt(a + 1) >= 65) {
      let e = a + 1;
      while (e < b && e < a + 7) {
        const ch = s.charCodeAt(e);
        if (ch < 65 || ch > 90) break;
        e++;
      }
      if (e < b && isSpace(s.charCodeAt(e))) {
        const lvl = levelAt(s, a, e);
        if (lvl !== L_NONE) {
          this.level = lvl;
          this.msgStart = CONSOLE_LAZY;
          this.levelEnd = e;
          return 2;
        }
      }
      return 0;
    }
    if ((c === 73 || c === 87 || c === 69 || c === 70) && s.charCodeAt(a + 5) === 32 && isDigit(s.charCodeAt(a + 1))) {
      if (!isDigit(s.charCodeAt(a + 4)) || s.charCodeAt(a + 8) !== 58) return 0;
      const close = indexWithin(s, "] ", a + 6, Math.min(b, a + PREFIX_SEARCH));
      if (close === -1) return 0;
      this.level = c === 73 ? L_INFO : c === 87 ? L_WARN : c === 69 ? 4 : 5;
      this.msgStart = close + 2;
      return 3;
    }
    return 0;
  }
  startEntry(s, a, b, src, kind) {
    this.closeSource(src);
    if (kind <= 2) this.counts.karpenter++;
    if (this.firstCommit === null && this.commitTries < 1e3) this.scanCommit(s, a, b);
    const lvl = this.level;
    let interesting = lvl > L_WARN - 1;
    if (!interesting) {
      let m = this.msgStart;
      if (m === CONSOLE_LAZY) m = consoleMessageStart(s, this.levelEnd, b);
      if (m < 0) interesting = true;
      else if (kind !== 4) {
        INTERESTING.lastIndex = m;
        interesting = INTERESTING.test(s);
      }
    }
    if (kind === 1) {
      src.open = 0 /* None */;
      if (!interesting) return;
      const line = s.slice(a, b);
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
    while (e > a && isSpace(s.charCodeAt(e))) e--;
    src.open = kind === 2 && s.charCodeAt(e) !== 125 ? 2 /* Unterminated */ : 1 /* Closed */;
    if (interesting) {
      src.pending = {
        format: kind === 2 ? "console" : "klog",
        level: "",
        lines: [s.slice(a, b)],
        size: b - a,
        physical: 1
      };
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
    if (this.lastKey !== null && parts[0] === last[0] && parts[1] === last[1] && parts[2] === last[2] && parts[3] === last[3] && parts[4] === last[4]) {
      return this.lastKey;
    }
    this.keyParts = last;
    this.lastKeyParts = parts;
    this.lastKey = parts.join("\0");
    return this.lastKey;
  }
  continueEntry(s, a, b, src) {
    const p = src.pending;
    if (p && p.size < MAX_RAW) {
      p.lines.push(s.slice(a, b));
      p.size += b - a + 1;
    }
    if (src.open === 2 /* Unterminated */) {
      let e = b - 1;
      while (e > a && isSpace(s.charCodeAt(e))) e--;
      if (s.charCodeAt(e) === 125) src.open = 1 /* Closed */;
    }
  }
  closeSource(src) {
    const p = src.pending;
    src.pending = null;
    src.open = 0 /* None */;
    if (!p) return;
    if (p.format === "fragment") {
      const joined2 = p.lines.join("");
      if (parseObject(utf8Of(joined2)) !== null) this.emitFragment(joined2);
      else {
        this.counts.parsed -= p.physical;
        this.counts.unparsed += p.physical;
        this.counts.karpenter--;
        if (TEXT_WORTH_MATCHING.test(joined2)) this.emitBlock("text", joined2);
      }
      return;
    }
    const joined = p.lines.length === 1 ? p.lines[0] : p.lines.join("\n");
    this.emitBlock(p.format, joined);
  }
  /**
   * A hard-wrapped JSON entry joined again (known to parse). A WARN+ one has a repeat key like a whole line's, in a
   * namespace of its own: it is evidence of low confidence, and a whole line with the same key must still be decoded
   * (it makes its problem's confidence high).
   */
  emitFragment(joined) {
    let key = null;
    if (isLevelKeyAt(joined, 0) && jsonLevel(joined.charCodeAt(10)) >= L_WARN) {
      const m = indexOfMessageKey(joined, 0);
      const k = m === -1 ? null : this.repeatKey(joined, m + 11);
      if (k !== null) {
        key = FRAGMENT_KEY + k;
        if (this.sink.repeat(key, jsonString(joined, TIME_KEY, TIME_TAIL))) return;
      }
    }
    this.emitBlock("fragment", joined, key);
  }
  emitBlock(format, joined, repeatKey = null) {
    if (this.out) {
      this.out.block(format, joined, repeatKey);
      return;
    }
    const text = NON_ASCII.test(joined) ? Buffer.from(joined, "latin1").toString("utf8") : copyLatin1(joined);
    this.decoder.block(format, text, repeatKey);
  }
  scanCommit(s, a, b) {
    this.commitTries++;
    const m = /"commit": ?"([0-9a-f]{7,40})/.exec(s.slice(a, b));
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
  let level = typeof obj.level === "string" ? obj.level.toUpperCase() : "";
  if (level === "" && (typeof obj.error === "string" || /^Reconciler? error$/.test(message))) level = "ERROR";
  let time = typeof obj.time === "string" ? obj.time : null;
  if (time === null && obj.ts !== void 0) time = epochOrIso(obj.ts);
  return {
    format: "json",
    time,
    level,
    logger: typeof obj.logger === "string" ? obj.logger : "",
    message,
    fields: obj,
    raw: text.length > MAX_RAW ? text.slice(0, MAX_RAW) : text
  };
}
var EntryDecoder = class {
  sink;
  constructor(sink) {
    this.sink = sink;
  }
  /** A JSON entry line, decoded (UTF-8). */
  json(text, repeatKey) {
    const obj = parseObject(text);
    if (obj !== null) this.sink.entry(jsonEntry(obj, text), repeatKey);
  }
  /** A closed console, klog or panic entry, a joined JSON fragment or an unparsed text line, decoded (UTF-8). */
  block(format, text, repeatKey = null) {
    const raw = text.length > MAX_RAW ? text.slice(0, MAX_RAW) : text;
    if (format === "console") this.emitConsole(text, raw);
    else if (format === "klog") this.emitKlog(text, raw);
    else if (format === "fragment" || format === "text") {
      const obj = format === "fragment" ? parseObject(text) : null;
      const entry = obj ? jsonEntry(obj, text) : { format: "json", time: null, level: "", logger: "", message: text.trim(), fields: {}, raw };
      entry.confidence = "low";
      this.sink.entry(entry, obj ? repeatKey : null);
    } else {
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
        const object = trimmed.slice(start);
        try {
          const parsed = JSON.parse(object.includes("\n") ? object.replace(/\n/g, "") : object);
          if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
            fields = parsed;
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
function consoleMessageStart(s, e, b) {
  let m = e;
  while (m < b && isSpace(s.charCodeAt(m))) m++;
  let t = m;
  let dotted = false;
  while (t < b) {
    const ch = s.charCodeAt(t);
    if (ch === 32 || ch === 9) break;
    if (ch === 46) dotted = true;
    t++;
  }
  if (t >= b) return m;
  const wide = s.charCodeAt(t) === 9 || s.charCodeAt(t + 1) === 32;
  if (!(wide || dotted && s.charCodeAt(t - 1) !== 46 || s.startsWith("controller ", m) || s.startsWith("webhook ", m))) {
    return m;
  }
  let n = t;
  while (n < b && isSpace(s.charCodeAt(n))) n++;
  let u = n;
  let goAt = -1;
  while (u < b) {
    const ch = s.charCodeAt(u);
    if (ch === 32 || ch === 9) break;
    if (ch === 58 && u - n >= 3 && s.charCodeAt(u - 1) === 111 && s.charCodeAt(u - 3) === 46) goAt = u;
    u++;
  }
  if (goAt > n && u < b && isDigit(s.charCodeAt(u - 1))) {
    while (u < b && isSpace(s.charCodeAt(u))) u++;
    n = u;
  }
  return n;
}
function indexOfMessageKey(s, from) {
  let j = s.indexOf("message", from + 1);
  while (j !== -1 && !(s.charCodeAt(j - 1) === 34 && s.startsWith('":"', j + 7))) j = s.indexOf("message", j + 1);
  return j === -1 ? -1 : j - 1;
}
function stringEnd(line, start) {
  let end = line.indexOf('"', start);
  while (end !== -1 && line.charCodeAt(end - 1) === 92) end = line.indexOf('"', end + 1);
  return end;
}
function valueStart(line, keyQuote, tail) {
  let j = line.indexOf(tail, 2);
  while (j !== -1 && !line.startsWith(keyQuote, j - 2)) j = line.indexOf(tail, j + 1);
  return j === -1 ? -1 : j - 2 + keyQuote.length;
}
function jsonString(line, keyQuote, tail = keyQuote.slice(2)) {
  const start = valueStart(line, keyQuote, tail);
  const end = start === -1 ? -1 : stringEnd(line, start);
  return end === -1 ? null : line.slice(start, end);
}
var FRAGMENT_KEY = "";
var TIME_KEY = '"time":"';
var TIME_TAIL = TIME_KEY.slice(2);
var LOGGER_KEY = '"logger":"';
var CONTROLLER_KEY = '"controller":"';
var ERROR_KEY = '"error":"';
var ERROR_TAIL = ERROR_KEY.slice(2);
var KEY_MESSAGE_CHARS = 400;
var KEY_FIELD_CHARS = 300;
var KEY_ERROR_CHARS = 300;
var OBJECT_FIELDS = /"(?:(?:NodePool|Provisioner|EC2NodeClass|AWSNodeTemplate)":\{"name"|nodepool|provisioner|ec2nodeclass|nodeclass|awsnodetemplate|instance-type|instanceType|zone)":"[^"\\]*"/g;
var NAMED_KINDS = /* @__PURE__ */ new Set(["NodePool", "Provisioner", "EC2NodeClass", "AWSNodeTemplate"]);
var CONTROLLER_KIND = 'controllerKind":"';
function objectFields(line, from, to) {
  if (to - from < 8) return "";
  const span = line.slice(from, to);
  let out = "";
  OBJECT_FIELDS.lastIndex = 0;
  for (let m = OBJECT_FIELDS.exec(span); m !== null; m = OBJECT_FIELDS.exec(span)) out += m[0];
  return out;
}
function repeatKeyParts(line, msgStart, parts) {
  const end = stringEnd(line, msgStart);
  if (end === -1) return false;
  const ck = line.indexOf(CONTROLLER_KIND);
  if (ck > 0 && line.charCodeAt(ck - 1) === 34) {
    const from = ck + CONTROLLER_KIND.length;
    if (NAMED_KINDS.has(line.slice(from, line.indexOf('"', from)))) return false;
  }
  parts[0] = line.slice(msgStart, Math.min(end, msgStart + KEY_MESSAGE_CHARS));
  parts[1] = jsonString(line, LOGGER_KEY)?.slice(0, KEY_FIELD_CHARS) ?? "";
  parts[2] = jsonString(line, CONTROLLER_KEY)?.slice(0, KEY_FIELD_CHARS) ?? "";
  const errorStart = valueStart(line, ERROR_KEY, ERROR_TAIL);
  const errorEnd = errorStart === -1 ? -1 : stringEnd(line, errorStart);
  parts[3] = errorEnd === -1 ? "" : steadyText(line.slice(errorStart, Math.min(errorEnd, errorStart + KEY_ERROR_CHARS)));
  parts[4] = errorEnd === -1 || errorStart < end ? objectFields(line, 0, msgStart) + objectFields(line, end, line.length) : objectFields(line, 0, msgStart) + objectFields(line, end, errorStart) + objectFields(line, errorEnd, line.length);
  return true;
}
function indexWithin(s, needle, from, to) {
  if (to <= from) return -1;
  const i = s.slice(from, to).indexOf(needle);
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

// src/karpenter/analyze/pipeline.ts
var OP_KEY = 1;
var OP_JSON = 2;
var OP_REPEAT = 3;
var OP_CLEAR = 4;
var OP_CONSOLE = 5;
var OP_KLOG = 6;
var OP_PANIC = 7;
var OP_FRAGMENT = 8;
var OP_TEXT = 9;
var OP_KEYED_FRAGMENT = 10;
var MAX_BATCHES_AHEAD = 4;
var PIPELINE_MIN_BYTES = 32 * 1024 * 1024;

// src/karpenter/analyze/worker.ts
var BATCH_BYTES = 1024 * 1024;
var BLOCK_OPS = {
  console: OP_CONSOLE,
  klog: OP_KLOG,
  panic: OP_PANIC,
  fragment: OP_FRAGMENT,
  text: OP_TEXT
};
var BATCH_OPS = 16 * 1024;
var GROUP = 64;
var IntList = class {
  a = new Int32Array(BATCH_OPS + 64);
  length = 0;
  push(x) {
    if (this.length === this.a.length) {
      const bigger = new Int32Array(this.a.length * 2);
      bigger.set(this.a);
      this.a = bigger;
    }
    this.a[this.length++] = x;
  }
  /** A copy of the list (to be transferred), and the list starts over. */
  take() {
    const out = this.a.slice(0, this.length);
    this.length = 0;
    return out;
  }
};
var BatchOut = class {
  ops = new IntList();
  lens = new IntList();
  bytes = Buffer.allocUnsafeSlow(BATCH_BYTES + 64 * 1024);
  used = 0;
  /** Strings not yet written to `bytes` (and their total length). */
  group = [];
  groupChars = 0;
  posted = 0;
  /**
   * Repeat key → its id on the main thread and the lines of it handed on (mirrors the Diagnosis's `repeats`: the
   * main thread decodes every line handed on).
   */
  keys = /* @__PURE__ */ new Map();
  nextId = 0;
  done;
  constructor(initialKeys, control) {
    this.done = new Int32Array(control);
    for (const [key, decoded] of initialKeys) this.declare(key, decoded);
  }
  /** The id of a key handed on with a line, counted as the Diagnosis counts it (same bound, same start-over). */
  keyed(key) {
    const known = this.keys.get(key);
    if (known) {
      known.decoded++;
      return known.id;
    }
    if (this.keys.size >= MAX_REPEAT_KEYS) {
      this.keys.clear();
      this.ops.push(OP_CLEAR);
    }
    return this.declare(key, 1);
  }
  declare(key, decoded) {
    const id = this.nextId++;
    this.keys.set(key, { id, decoded });
    this.ops.push(OP_KEY);
    this.ops.push(id);
    this.push(key);
    return id;
  }
  push(s) {
    if (s === null) {
      this.lens.push(-1);
      return;
    }
    this.group.push(s);
    this.groupChars += s.length;
    this.lens.push(s.length);
    if (this.group.length >= GROUP) this.writeGroup();
  }
  writeGroup() {
    if (this.group.length === 0) return;
    if (this.used + this.groupChars > this.bytes.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.used + this.groupChars));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.used += this.bytes.write(this.group.length === 1 ? this.group[0] : this.group.join(""), this.used, "latin1");
    this.group.length = 0;
    this.groupChars = 0;
  }
  entry() {
    throw new Error("internal error: a worker parser decodes no entries");
  }
  repeat(key, time) {
    const known = this.keys.get(key);
    if (known === void 0 || known.decoded < DECODED_PER_KEY) return false;
    const id = known.id;
    this.ops.push(OP_REPEAT);
    this.ops.push(id);
    this.push(time);
    this.maybeFlush();
    return true;
  }
  json(latin1, repeatKey) {
    const id = repeatKey === null ? -1 : this.keyed(repeatKey);
    this.ops.push(OP_JSON);
    this.ops.push(id);
    this.push(latin1);
    this.maybeFlush();
  }
  block(format, latin1, repeatKey = null) {
    if (repeatKey !== null) {
      const id = this.keyed(repeatKey);
      this.ops.push(OP_KEYED_FRAGMENT);
      this.ops.push(id);
      this.push(latin1);
      this.maybeFlush();
      return;
    }
    this.ops.push(BLOCK_OPS[format]);
    this.push(latin1);
    this.maybeFlush();
  }
  maybeFlush() {
    if (this.used + this.groupChars >= BATCH_BYTES || this.ops.length >= BATCH_OPS) this.flush();
  }
  flush() {
    if (this.ops.length === 0) return;
    this.writeGroup();
    const bytes = this.bytes.buffer;
    const msg = {
      type: "batch",
      ops: this.ops.take(),
      lens: this.lens.take(),
      bytes
    };
    parentPort.postMessage(msg, [bytes, msg.ops.buffer, msg.lens.buffer]);
    this.bytes = Buffer.allocUnsafeSlow(BATCH_BYTES + 64 * 1024);
    this.used = 0;
    this.posted++;
    for (; ; ) {
      const finished = Atomics.load(this.done, 1);
      if (this.posted - finished <= MAX_BATCHES_AHEAD) break;
      Atomics.wait(this.done, 1, finished, 1e3);
    }
  }
};
async function main() {
  const input = workerData;
  try {
    const out = new BatchOut(input.repeatKeys, input.control);
    const parser = new LogParser(out, out);
    await splitLines(readFileChunks(input.file), parser);
    parser.end();
    out.flush();
    const msg = { type: "done", counts: parser.counts, firstCommit: parser.firstCommit };
    parentPort.postMessage(msg);
  } catch (error) {
    const msg = { type: "error", message: error.message };
    parentPort.postMessage(msg);
  }
}
void main();
