// The text of Terragrunt's errors as the fake prints them, each rebuilt from Terragrunt's source at the tags cited:
// the multi-error list, a failed OpenTofu call, a unit that did not run because of a dependency, and the HCL
// diagnostic of a unit configuration that does not parse.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { relSlash, versionAtLeast } from './common.mjs'

/**
 * A multi-error as Terragrunt renders it: `error occurred:` or `N errors occurred:`, a blank line, then one bullet per
 * error, `* ` before its first line and two spaces before each further line (empty ones too), bullets separated by a
 * blank line, a newline at the end. internal/errors/multierror.go `MultiError.Error`/`addIndent` (the same text at
 * v0.81.0, v0.81.1 and v0.93.4) and internal/multierror/multierror.go `Error.Error`/`indent` at v1.1.3; nested
 * multi-errors are flattened into one list (UnwrapMultiErrors, internal/errors/util.go:76 at v0.93.4; `flatten` at
 * v1.1.3).
 */
export function multiErrorText(errors) {
  const bullets = errors.map((e) =>
    e
      .replace(/\r\n/g, '\n')
      .split('\n')
      .map((line, i) => (i === 0 ? `* ${line}` : `  ${line}`))
      .join('\n')
  )
  const body = bullets.join('\n\n')
  return bullets.length === 1 ? `error occurred:\n\n${body}\n` : `${bullets.length} errors occurred:\n\n${body}\n`
}

/**
 * A failed OpenTofu call (`ProcessExecutionError.Error`): `Failed to execute "<tf-path> <args>" in <dir>`, the
 * process's stderr as captured, then the Go error of the wait (`exit status N`). The dir is the unit's absolute dir
 * before 1.0 (util/shell.go at v0.81.1 and v0.93.4; the 0.x logger then rewrites it relative to the working dir), and
 * `./<unit>` from 1.0 (`RelPathForLog`, internal/util/shell.go:65 and internal/util/file.go:1971 at v1.1.3: the
 * working dir itself stays absolute, and so does everything with --log-show-abs-paths).
 */
export function failedToExecuteText(ctx, dir, args, res) {
  let where = dir
  if (versionAtLeast(ctx.scenario.terragruntVersion, 1, 0) && !ctx.flags['log-show-abs-paths']) {
    const rel = relSlash(ctx.root, dir)
    if (rel !== '.') where = rel.startsWith('..') ? rel : `./${rel}`
  }
  const command = [ctx.tfPath, ...args].join(' ').trim()
  const cause = res.spawnError ? res.spawnError.message : `exit status ${res.code}`
  return `Failed to execute "${command}" in ${where}\n${res.spawnError ? '' : res.stderr}\n${cause}`
}

/**
 * `TerraformImplementation` as Terragrunt names it in `<impl> invocation failed in …`: `tofu` for OpenTofu, `terraform`
 * for Terraform (from the binary's `-version` output, PopulateTerraformVersion). The fake does not run `-version` for
 * this: the fake tofu is OpenTofu, and another binary is taken by its name.
 */
export function tfImplementation(ctx) {
  return /terraform/i.test(ctx.tfPath.split('/').pop()) ? 'terraform' : 'tofu'
}

/**
 * The per-unit `<impl> invocation failed in <dir>` ERROR line. Up to v0.92.x it follows every failed call that is
 * not retried (`out == nil || !IsRetryable(...)` in RunTerraformWithRetry: cli/commands/run/run.go:491 at v0.81.1,
 * :501 at v0.92.0; the fake has no retryable errors). From v0.93.0 the retry loop is gone and the line is logged only
 * when `out == nil` (cli/commands/run/run.go:355 at v0.93.0, internal/runner/run/run.go:358 at v0.93.4 and :391 at
 * v1.1.3), and `out` is nil only when the command was never started: tf.RunCommandWithOutput returns `nil, err` just
 * when `isCommandThatNeedsPty` fails to stat stdin for `console` (internal/tf/run_cmd.go:87 at v1.1.3), while
 * shell.RunCommandWithOutput always returns `&output` (internal/shell/run_cmd.go:243 at v1.1.3, shell/run_cmd.go:157
 * at v0.93.4), so from v0.93.0 a failed plan never logs it. Returns the message, or undefined when there is none.
 */
export function invocationFailedLine(ctx, dir) {
  if (versionAtLeast(ctx.scenario.terragruntVersion, 0, 93)) return undefined
  return `${tfImplementation(ctx)} invocation failed in ${dir}`
}

/**
 * The error of a unit that did not run because a dependency failed, in the runner pool (v0.89+):
 * `unit <abs> did not run due to early exit` (internal/runner/runnerpool/controller.go:187 at v0.89.0 to v0.98.0),
 * then `Unit '<abs>' did not run due to a failure in '<abs dep>'`, or `… due to an earlier failure` when no direct
 * dependency failed (it exited early itself) (internal/runner/runnerpool/errors.go:15 and controller.go
 * `findFailedDependency` at v0.99.0 and v1.1.3). Before 0.89 see configstackEarlyExit.
 */
export function earlyExitText(ctx, unit, failedDep) {
  if (!versionAtLeast(ctx.scenario.terragruntVersion, 0, 99)) return `unit ${unit.dir} did not run due to early exit`
  return failedDep
    ? `Unit '${unit.dir}' did not run due to a failure in '${failedDep}'`
    : `Unit '${unit.dir}' did not run due to an earlier failure`
}

/** `%s` of a configstack `*TerraformModule` (configstack/module.go:47 `String` at v0.81.1). */
function moduleString(unit) {
  return `Module ${unit.dir} (excluded: false, assume applied: false, dependencies: [${unit.deps.join(', ')}])`
}

/**
 * Before the runner pool (configstack, up to v0.88.x): the dependent of a failed module logs why it stops, and its
 * error carries the dependency's error (configstack/running_module.go:105-108 `waitForDependencies` and
 * configstack/errors.go:60 `ProcessingModuleDependencyError` at v0.81.1).
 */
export function configstackEarlyExit(unit, dep, depError, ignoreErrors) {
  const log = ignoreErrors
    ? `Dependency ${dep.dir} of module ${unit.dir} just finished with an error. Module ${unit.dir} will have to return an error too. However, because of --queue-ignore-errors, module ${unit.dir} will run anyway.`
    : `Dependency ${dep.dir} of module ${unit.dir} just finished with an error. Module ${unit.dir} will have to return an error too.`
  const error = `Cannot process module ${moduleString(unit)} because one of its dependencies, ${moduleString(dep)}, finished with an error: ${depError}`
  return { log, error }
}

/** configstack: every module that ends with an error (configstack/running_module.go:197 at v0.81.1). */
export function moduleFinishedWithError(unit) {
  return `Module ${unit.dir} has finished with an error`
}

export class BrokenConfigError extends Error {}

/**
 * The HCL diagnostic of a unit whose terragrunt.hcl does not parse. The fake emulates one syntax error: a stray `}`
 * at the top level (outside any block), which hclsyntax reports as "Argument or block definition required" with the
 * brace's own range as subject (hclsyntax/parser.go:113-117, `parseBody`, hashicorp/hcl v2.24.0, the version in
 * Terragrunt's go.mod at v0.93.4 and v1.1.3; v2.23.0 at v0.81.1 has the same code).
 *
 * - `error`: `hcl.Diagnostic.Error()`, `<file>:<line>,<col>-<endcol>: <summary>; <detail>` (diagnostic.go:101 and
 *   `Range.String`, pos.go:130), the text of the error Terragrunt returns;
 * - `lines`: what Terragrunt's diagnostics writer logs first, one ERROR entry per non-empty line:
 *   hcl.NewDiagnosticTextWriter without colour (diagnostic_text.go:45 `WriteDiagnostic`: `Error: <summary>`, blank,
 *   `  on <file> line <n>:`, the source line as `%4d: %s`, blank, the detail, blank) written through a log writer
 *   that splits on "\n" and drops empty parts (pkg/config/config.go:102 `DefaultParserOptions` with
 *   `WithMsgSeparator("\n")`, pkg/log/writer/writer.go:44 at v1.1.3). No ", in <block>" context: the brace is at the
 *   top level. The fake writes these without colour codes.
 *
 * Throws BrokenConfigError when the file has no such brace: the scenario's `parseError` says the unit does not parse,
 * and the fake reports only a diagnostic it can locate in the file.
 */
export function parseDiagnostic(dir) {
  const file = join(dir, 'terragrunt.hcl')
  let text
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new BrokenConfigError(`fake terragrunt: scenario parseError for ${dir}, which has no terragrunt.hcl`)
  }
  const at = strayTopLevelBrace(text)
  if (!at) {
    throw new BrokenConfigError(
      `fake terragrunt: scenario parseError for ${file}, but the file has no stray top-level "}" (the one syntax error the fake emulates)`
    )
  }
  const summary = 'Argument or block definition required'
  const detail = 'An argument or block definition is required here.'
  return {
    error: `${file}:${at.line},${at.column}-${at.column + 1}: ${summary}; ${detail}`,
    lines: [`Error: ${summary}`, `  on ${file} line ${at.line}:`, `${String(at.line).padStart(4)}: ${at.text}`, detail]
  }
}

/**
 * Line and column (1-based, in characters) of the first `}` at brace depth 0, skipping comments, quoted strings
 * (with their `${…}` templates) and heredocs.
 */
function strayTopLevelBrace(text) {
  const lines = text.split('\n')
  let depth = 0
  let heredoc
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]
    if (heredoc) {
      if (line.trim() === heredoc) heredoc = undefined
      continue
    }
    const chars = [...line]
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]
      if (c === '#' || (c === '/' && chars[i + 1] === '/')) break
      if (c === '/' && chars[i + 1] === '*') {
        const end = line.indexOf('*/', chars.slice(0, i).join('').length + 2)
        if (end < 0) return undefined // multi-line comments: not emulated, treated as clean
        i = [...line.slice(0, end + 2)].length - 1
        continue
      }
      if (c === '<' && chars[i + 1] === '<') {
        const m = /^<<-?([A-Za-z_][\w-]*)\s*$/.exec(chars.slice(i).join(''))
        if (m) {
          heredoc = m[1]
          break
        }
      }
      if (c === '"') {
        let tmpl = 0
        for (i++; i < chars.length; i++) {
          if (chars[i] === '\\') i++
          else if (chars[i] === '$' && chars[i + 1] === '{') {
            tmpl++
            i++
          } else if (chars[i] === '}' && tmpl > 0) tmpl--
          else if (chars[i] === '"' && tmpl === 0) break
        }
        continue
      }
      if (c === '{' || c === '[' || c === '(') depth++
      else if (c === ']' || c === ')') depth--
      else if (c === '}') {
        if (depth === 0) return { line: n + 1, column: i + 1, text: line }
        depth--
      }
    }
  }
  return undefined
}
