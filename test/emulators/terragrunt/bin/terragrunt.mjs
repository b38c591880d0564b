// Fake `terragrunt` (new CLI, v0.73+ incl. 1.x): --version, find, run (one unit or --all) and the OpenTofu shortcuts.
// It runs the --tf-path binary (default `tofu`, looked up on PATH) in each unit directory: as a real process, except
// when that binary is the fake `tofu` beside this file, whose calls run in-process (see runTf).
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import {
  BIN_DIR,
  globToRegExp,
  isAbsolutePath,
  loadScenario,
  logCall,
  rfc3339,
  ScenarioError,
  toSlash,
  unitSpecFor,
  versionAtLeast,
  which
} from './common.mjs'
import { ReadingError, dagOrder, discover, excludedFor, readingOf } from './discovery.mjs'
import {
  BrokenConfigError,
  configstackEarlyExit,
  earlyExitText,
  failedToExecuteText,
  invocationFailedLine,
  moduleFinishedWithError,
  multiErrorText,
  parseDiagnostic
} from './errors.mjs'
import { LOG_FORMATS, LOG_LEVELS, StreamRelay, TgLogger } from './logfmt.mjs'
import { StackError, generateStacks, listStackFiles } from './stacks.mjs'
import { runTofu } from './tofu-core.mjs'

const argv = process.argv.slice(2)
const startCwd = process.cwd()
const children = new Set()
/** In-process tofu calls still running: on a signal they get the calls-log line their process would have written. */
const inProcessCalls = new Set()

process.on('exit', (code) => logCall({ bin: 'terragrunt', argv, cwd: startCwd, exitCode: code }))
/**
 * On SIGTERM/SIGINT Terragrunt does not exit by itself: it waits for the running tofu processes and forwards the
 * signal to them only after SignalForwardingDelay (15 s; internal/shell/run_cmd.go:37 and internal/os/exec/cmd.go:170
 * at v1.1.3), since a terminal signals the whole process group anyway. A caller that signals only Terragrunt's pid
 * therefore leaves tofu running; signalling the group reaches both.
 */
const SIGNAL_FORWARDING_DELAY_MS = 15_000
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    const code = sig === 'SIGINT' ? 130 : 143
    setTimeout(() => {
      for (const child of children) child.kill(sig)
    }, SIGNAL_FORWARDING_DELAY_MS).unref()
    let hanging = false
    for (const call of inProcessCalls) {
      if (call.state.hanging) hanging = true
      else call.finish(code)
    }
    // an in-process plan that hangs keeps this process alive, as the hanging tofu process would
    if (hanging) return
    const exitWhenChildrenGone = () => (children.size === 0 ? process.exit(code) : setTimeout(exitWhenChildrenGone, 50))
    exitWhenChildrenGone()
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Flags

const GLOBAL_FLAGS = {
  bool: [
    'no-color',
    'non-interactive',
    'tf-forward-stdout',
    'log-disable',
    'log-show-abs-paths',
    'strict-mode',
    'experiment-mode',
    'help',
    'version',
    'no-auto-init',
    'no-auto-retry',
    'inputs-debug',
    'provider-cache',
    'no-auto-approve',
    'source-update'
  ],
  value: [
    'working-dir',
    'log-format',
    'log-level',
    'tf-path',
    'experiment',
    'log-custom-format',
    'strict-control',
    'config',
    'download-dir',
    'source',
    'iam-assume-role',
    'provider-cache-dir'
  ],
  multi: ['experiment', 'strict-control']
}
const RUN_FLAGS = {
  bool: [
    'all',
    'queue-ignore-errors',
    'queue-ignore-dag-order',
    'queue-include-external',
    'queue-exclude-external',
    'queue-strict-include',
    'summary-disable',
    'summary-per-unit',
    'fail-fast',
    'no-destroy-dependencies-check',
    'disable-command-validation',
    'backend-bootstrap',
    'no-stack-generate'
  ],
  value: [
    'parallelism',
    'out-dir',
    'json-out-dir',
    'report-file',
    'report-format',
    'report-schema-file',
    'queue-construct-as',
    'queue-include-dir',
    'queue-exclude-dir',
    'filter',
    'feature',
    'queue-include-units-reading'
  ],
  multi: ['queue-include-dir', 'queue-exclude-dir', 'filter', 'feature', 'queue-include-units-reading']
}
const FIND_FLAGS = {
  bool: ['json', 'dependencies', 'dag', 'hidden', 'no-hidden', 'external', 'exclude', 'include', 'reading'],
  value: ['format', 'queue-construct-as', 'as', 'filter'],
  multi: ['filter']
}
/** Real flags the fake does not emulate: refusing them keeps tests from passing on behaviour nobody checked. */
const NOT_EMULATED_FLAGS = ['filter-affected', 'graph', 'units-that-include', 'auth-provider-cmd', 'log-custom-format']
const SHORTCUTS = [
  'apply',
  'destroy',
  'force-unlock',
  'import',
  'init',
  'output',
  'plan',
  'refresh',
  'show',
  'state',
  'test',
  'validate'
]
const OTHER_COMMANDS = [
  'exec',
  'list',
  'dag',
  'hcl',
  'catalog',
  'scaffold',
  'stack',
  'info',
  'backend',
  'render',
  'aws-provider-patch',
  'graph',
  'hcl-validate'
]
const SHORT_ALIASES = { v: 'version', h: 'help' }
/**
 * Flags younger than the new CLI (0.73), with the first Terragrunt version that has them: older versions refuse them
 * as unknown flags (and ignore their TG_* variables). The run report came in 0.81 behind the `report` experiment.
 */
const FLAG_SINCE = {
  // find --reading: cli/commands/find/cli.go, v0.92.0
  reading: [0, 92, 0],
  'summary-disable': [0, 81, 1],
  'report-file': [0, 81, 2],
  'report-format': [0, 81, 3],
  'report-schema-file': [0, 81, 3]
}
const INPUT_COMMANDS = ['plan', 'apply', 'destroy', 'init', 'import', 'refresh']

class UsageError extends Error {}

function flagSpecFor(command) {
  const specs = [GLOBAL_FLAGS]
  if (command === 'run' || command === 'run-all' || SHORTCUTS.includes(command)) specs.push(RUN_FLAGS)
  if (command === 'find') specs.push(FIND_FLAGS)
  return specs
}

function flagInVersion(name, version) {
  const since = FLAG_SINCE[name]
  return !since || versionAtLeast(version, ...since)
}

function lookupFlag(name, command, version) {
  if (!flagInVersion(name, version)) return undefined
  for (const spec of flagSpecFor(command)) {
    if (spec.bool.includes(name)) return { kind: 'bool', multi: false }
    if (spec.value.includes(name)) return { kind: 'value', multi: spec.multi.includes(name) }
  }
  return undefined
}

/** Splits argv into Terragrunt flags, the command and the OpenTofu arguments. */
function parseArgs(args, version) {
  const flags = {}
  let command
  const tfArgs = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--') {
      tfArgs.push(...args.slice(i + 1))
      break
    }
    if (a.startsWith('-') && a !== '-') {
      const doubleDash = a.startsWith('--')
      const body = a.slice(doubleDash ? 2 : 1)
      const eq = body.indexOf('=')
      let name = eq >= 0 ? body.slice(0, eq) : body
      if (!doubleDash && SHORT_ALIASES[name]) name = SHORT_ALIASES[name]
      if (NOT_EMULATED_FLAGS.includes(name) && doubleDash) {
        throw new UsageError(`fake terragrunt: --${name} is a real Terragrunt flag but it is not emulated`)
      }
      if (name.startsWith('terragrunt-')) {
        throw new UsageError(`flag provided but not defined: -${name}`)
      }
      const flag = lookupFlag(name, command, version)
      if (!flag) {
        if (!doubleDash && command && SHORTCUTS.includes(command)) {
          tfArgs.push(a)
          continue
        }
        if (!doubleDash && (command === 'run' || command === 'run-all')) {
          throw new UsageError(
            `flag \`${a.split('=')[0]}\` is not a Terragrunt flag. If this is an OpenTofu/Terraform flag, use \`--\` to forward it (e.g., \`terragrunt run -- <command> ${a.split('=')[0]}\`).`
          )
        }
        throw new UsageError(`flag provided but not defined: -${name}`)
      }
      let value
      if (flag.kind === 'bool') {
        value = eq >= 0 ? !['false', '0', 'f', 'FALSE', 'False'].includes(body.slice(eq + 1)) : true
      } else if (eq >= 0) value = body.slice(eq + 1)
      else if (i + 1 < args.length) value = args[++i]
      else throw new UsageError(`flag needs an argument: -${name}`)
      if (flag.multi) (flags[name] ??= []).push(value)
      else flags[name] = value
      continue
    }
    if (command === undefined) command = a
    else tfArgs.push(a)
  }
  return { flags, command, tfArgs }
}

/** TG_* environment variables stand in for flags that were not given. */
function applyEnv(flags, command, version) {
  for (const spec of flagSpecFor(command)) {
    for (const name of [...spec.bool, ...spec.value]) {
      if (flags[name] !== undefined || !flagInVersion(name, version)) continue
      const v = process.env['TG_' + name.toUpperCase().replace(/-/g, '_')]
      if (v === undefined || v === '') continue
      if (spec.bool.includes(name)) flags[name] = !['false', '0'].includes(v)
      else if (spec.multi.includes(name)) flags[name] = v.split(',')
      else flags[name] = v
    }
  }
}

/**
 * The run report and the Run Summary: experimental (`--experiment report`, or `--experiment-mode`) from 0.81.1,
 * always on from 0.89.
 */
function reportEnabled(ctx) {
  const { scenario, flags } = ctx
  if (versionAtLeast(scenario.terragruntVersion, 0, 89)) return true
  if (!versionAtLeast(scenario.terragruntVersion, 0, 81, 1)) return false
  return !!flags['experiment-mode'] || (flags.experiment ?? []).some((e) => e.split(',').includes('report'))
}

const SIBLING_TOFU = join(BIN_DIR, 'tofu')

/** True when `bin` is the fake tofu beside this file (a symlink to it included), so its calls can run in-process. */
function isSiblingTofu(bin) {
  try {
    return realpathSync(bin) === realpathSync(SIBLING_TOFU)
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Processes

/**
 * Runs the tofu binary in `dir` and relays its output through the logger. Resolves with the exit code and the
 * captured streams. `mode`: 'log' (relay), 'capture' (keep stdout for the caller, relay stderr), 'discard'.
 *
 * When the binary is the fake tofu beside this file (`ctx.inProcess`), the call runs in this process: same argv, cwd
 * and environment, its output fed to the same relays chunk by chunk as a child's pipes would, the same calls-log line
 * (start and end of the call), and async delays, so --parallelism N really runs N units' plans at once. Any other
 * binary (a wrapper script in front of the fake, a real tofu) is spawned. FAKE_TG_SPAWN_TOFU=1 spawns the fake too.
 */
function runTf(ctx, dir, args, { mode = 'log', headless = false, cwd = dir, env: extraEnv = {} } = {}) {
  return new Promise((resolvePromise) => {
    const { logger, tfBin, tfPath, forward } = ctx
    const env = { ...process.env, ...extraEnv }
    if (!env.FAKE_TG_ROOT) env.FAKE_TG_ROOT = ctx.root
    logger.log('debug', `Running command: ${basename(tfPath)} ${args.join(' ')}`, { dir })
    const rawJson = args.includes('-json')
    const stdoutRaw = forward || rawJson
    const stdoutDest = mode === 'discard' ? null : headless ? process.stderr : process.stdout
    const out = new StreamRelay({
      logger,
      level: headless ? 'info' : 'stdout',
      dest: stdoutDest,
      raw: stdoutRaw,
      dir,
      tfPath,
      tfArgs: args
    })
    const err = new StreamRelay({
      logger,
      level: headless ? 'error' : 'stderr',
      dest: process.stderr,
      raw: forward || rawJson,
      dir,
      tfPath,
      tfArgs: args
    })
    let captured = ''
    let stderrText = ''
    const onStdout = (c) => (mode === 'capture' ? (captured += c) : out.write(c))
    const onStderr = (c) => {
      stderrText += c
      err.write(c)
    }
    if (ctx.inProcess) {
      const state = { unit: undefined, cwd }
      const start = Date.now()
      let finished = false
      const call = {
        state,
        finish(code) {
          if (finished) return
          finished = true
          inProcessCalls.delete(call)
          logCall({ bin: 'tofu', argv: args, cwd: state.cwd, unit: state.unit, exitCode: code }, { env, start })
        }
      }
      inProcessCalls.add(call)
      const sink = (onChunk) => ({ write: (c) => (finished ? undefined : onChunk(String(c))) })
      runTofu({ argv: [...args], cwd, env, stdout: sink(onStdout), stderr: sink(onStderr), state }).then((code) => {
        call.finish(code)
        out.end()
        err.end()
        resolvePromise({ code, stdout: captured, stderr: stderrText })
      })
      return
    }
    const child = spawn(tfBin, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    children.add(child)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', onStdout)
    child.stderr.on('data', onStderr)
    child.on('error', (e) => {
      children.delete(child)
      resolvePromise({ code: 1, stdout: captured, stderr: String(e.message), spawnError: e })
    })
    child.on('close', (code, signal) => {
      children.delete(child)
      out.end()
      err.end()
      resolvePromise({ code: code ?? (signal ? 1 : 0), stdout: captured, stderr: stderrText })
    })
  })
}

/** The OpenTofu arguments as Terragrunt builds them: -input=false after the command, -no-color appended. */
function buildTfArgs(ctx, tfArgs) {
  const [cmd, ...rest] = tfArgs
  const args = [cmd]
  const nonInteractive = ctx.flags['non-interactive'] || !process.stdin.isTTY
  if (nonInteractive && INPUT_COMMANDS.includes(cmd) && !rest.some((a) => /^--?input(=|$)/.test(a))) {
    args.push('-input=false')
  }
  args.push(...rest)
  if (ctx.flags['no-color']) args.push('-no-color')
  return args
}

/** Auto-init like Terragrunt: once per unit, headless (INFO lines on stderr), discarded for commands other than plan/apply. */
async function autoInit(ctx, dir, cmd, source = {}) {
  if (!ctx.scenario.autoInit || ctx.flags['no-auto-init'] || cmd === 'init' || cmd === 'version') return { code: 0 }
  if (existsSync(join(source.cwd ?? dir, '.terraform'))) return { code: 0 }
  const args = ['init', '-input=false']
  if (ctx.flags['no-color']) args.push('-no-color')
  const keep = cmd === 'plan' || cmd === 'apply'
  return runTf(ctx, dir, args, { mode: keep ? 'log' : 'discard', headless: !ctx.forward, ...source })
}

/**
 * A unit's local `terraform { source }`, when the scenario gives it: the fake evaluates no HCL, so the unit's entry
 * names the evaluated `source` (a local path relative to the unit, `//` before the module's subdirectory) and
 * `inputs`. Prepared as Terragrunt v1.1.3 does for a local source: the source root is copied under the unit's
 * `.terragrunt-cache` and the module runs in its subdirectory there (internal/tf/source.go `NewSource`, the cache
 * layout simplified to `.terragrunt-cache/fake`), with the unit's own files copied in
 * (internal/runner/run/download_source.go `DownloadTerraformSource`, hidden files and the cache left out), and each
 * input as `TF_VAR_<name>`: a string as it is, any other value as JSON (internal/runner/run/run.go
 * `ToTerraformEnvVars`, internal/util/jsons.go `AsTerraformEnvVarJSONValue`). Copied afresh on every run.
 */
function prepareSource(unitDir, spec) {
  if (!spec.source) return {}
  const [rootPart, sub = ''] = spec.source.split('//')
  const download = join(unitDir, '.terragrunt-cache', 'fake')
  rmSync(download, { recursive: true, force: true })
  const visible = (path) => !basename(path).startsWith('.')
  cpSync(resolve(unitDir, rootPart), download, { recursive: true, filter: visible })
  const cwd = join(download, sub)
  for (const name of readdirSync(unitDir)) {
    if (visible(name)) cpSync(join(unitDir, name), join(cwd, name), { recursive: true, filter: visible })
  }
  const env = {}
  for (const [name, value] of Object.entries(spec.inputs ?? {})) {
    if (value !== null) env[`TF_VAR_${name}`] = typeof value === 'string' ? value : JSON.stringify(value)
  }
  return { cwd, env }
}

// ---------------------------------------------------------------------------------------------------------------
// Commands

function printVersion(ctx) {
  process.stdout.write(`terragrunt version v${ctx.scenario.terragruntVersion.replace(/^v/, '')}\n`)
  return 0
}

/**
 * `terragrunt stack generate`: experimental before v0.78.0 (cli/commands/stack/stack.go v0.77.x
 * `checkStackExperiment`; internal/experiment/experiment.go marks `stacks` completed in v0.78.0).
 */
function stackGenerate(ctx) {
  const { flags, root, scenario, logger } = ctx
  const experiments = (flags.experiment ?? []).flatMap((e) => e.split(','))
  if (
    !versionAtLeast(scenario.terragruntVersion, 0, 78) &&
    !flags['experiment-mode'] &&
    !experiments.includes('stacks')
  ) {
    logger.log('error', 'stacks experiment is not enabled use --experiment stacks to enable it')
    return 1
  }
  try {
    generateStacks(root, logger)
  } catch (e) {
    if (!(e instanceof StackError)) throw e
    logger.log('error', e.message)
    return 1
  }
  return 0
}

function find(ctx) {
  const { flags, root, scenario, logger } = ctx
  if (!scenario.findSupported) {
    logger.log(
      'error',
      `OpenTofu has no command named "find". To see all of OpenTofu's top-level commands, run: tofu -help`
    )
    return 1
  }
  const format = flags.json ? 'json' : (flags.format ?? 'text')
  if (!['json', 'text'].includes(format)) throw new UsageError(`invalid format: ${format}`)
  if (flags.filter) throw new UsageError('fake terragrunt: `find --filter` is not emulated')
  let units = discover(root, { hidden: flags.hidden && !flags['no-hidden'] })
  if (flags.dag) units = dagOrder(units)
  if (format === 'json') {
    const found = units.map((u) => {
      const entry = { type: u.type, path: u.path }
      if (flags.exclude && u.exclude)
        entry.exclude = { exclude_dependencies: false, if: u.exclude.if, actions: u.exclude.actions }
      if (flags.dependencies && u.deps.length > 0) entry.dependencies = u.deps.map((d) => toSlash(relative(root, d)))
      if (flags.reading && u.type === 'unit') {
        const version = scenario.terragruntVersion
        const reading = readingOf(u.dir, {
          includes: versionAtLeast(version, 0, 94),
          moduleFiles: versionAtLeast(version, 1, 0, 3)
        })
        // `reading` is omitempty (cli/commands/find/find.go FoundComponent), relative to the working dir.
        if (reading.length > 0) entry.reading = reading.map((p) => toSlash(relative(root, p)))
      }
      return entry
    })
    process.stdout.write(JSON.stringify(found, null, '  ') + '\n')
  } else {
    process.stdout.write(units.map((u) => u.path + '\n').join(''))
  }
  return 0
}

async function runOne(ctx, tfArgs) {
  const { root, logger } = ctx
  if (!existsSync(join(root, 'terragrunt.hcl'))) {
    logger.log(
      'error',
      `Error reading file at path ${join(root, 'terragrunt.hcl')}: open ${join(root, 'terragrunt.hcl')}: no such file or directory`
    )
    return 1
  }
  const args = buildTfArgs(ctx, tfArgs)
  // The run's error is logged once by main, as the multi-error RunActionWithHooks returns (main.go
  // checkForErrorsAndExit at v0.81.0 and v0.93.4; internal/cli/exit.go `logRunError` at v1.1.3).
  const failed = (callArgs, res) => {
    const line = invocationFailedLine(ctx, root)
    if (line) logger.log('error', line)
    logger.log('error', multiErrorText([failedToExecuteText(ctx, root, callArgs, res)]))
  }
  const init = await autoInit(ctx, root, args[0])
  if (init.code !== 0) {
    failed(['init', '-input=false'], init)
    return 1
  }
  const res = await runTf(ctx, root, args)
  const detailed = args.includes('-detailed-exitcode')
  if (res.code !== 0 && !(detailed && res.code === 2)) failed(args, res)
  return res.code
}

/**
 * `{./a/b}`, `./a/*`, `!{./x}`, `name=vpc`, `vpc`, `reading=glob` → a matcher over units; other filter kinds are not
 * emulated.
 */
function filterMatcher(expr, root, version) {
  let e = expr.trim()
  if (e.startsWith('{') && e.endsWith('}')) e = e.slice(1, -1).trim()
  if (/\.\.\.|[[\]|^]/.test(e) || (/=/.test(e) && !e.startsWith('name=') && !e.startsWith('reading='))) {
    throw new UsageError(`fake terragrunt: the filter expression ${JSON.stringify(expr)} is not emulated`)
  }
  if (e.startsWith('reading=')) return readingMatcher(e.slice(8), root, version)
  if (e.startsWith('name=')) {
    const re = globToRegExp(e.slice(5))
    return (u) => re.test(basename(u.dir))
  }
  if (e.startsWith('./') || e.startsWith('../') || e.startsWith('/') || e.includes('/') || e === '.') {
    return pathMatcher(e, root)
  }
  const re = globToRegExp(e)
  return (u) => re.test(basename(u.dir))
}

/**
 * Units that read a file matching `glob` (internal/filter/evaluator.go `AttributeReading`, v1.x: the glob is matched
 * against each read file's absolute path and its path relative to the working dir).
 */
function readingMatcher(glob, root, version) {
  const re = globToRegExp(glob)
  return (u) =>
    readingOf(u.dir, { includes: true, moduleFiles: versionAtLeast(version, 1, 0, 3) }).some(
      (p) => re.test(toSlash(p)) || re.test(toSlash(relative(root, p)))
    )
}

/**
 * `--queue-include-units-reading F`: from 0.97.0 an alias of `--filter reading=F` (cli/flags/shared/queue.go, the
 * filter-flag experiment completed); before, the units that include F or read it through a Terragrunt function, F
 * resolved against the working dir (internal/runner/common/unit_resolver.go v0.89.0 `flagUnitsThatRead`,
 * `flagUnitsThatAreIncluded`).
 */
function unitsReadingMatcher(file, root, version) {
  if (versionAtLeast(version, 0, 97)) return readingMatcher(file, root, version)
  const target = resolve(root, file)
  return (u) => readingOf(u.dir, { includes: true }).includes(target)
}

function pathMatcher(p, root) {
  let rel = isAbsolutePath(p) ? toSlash(relative(root, p)) : toSlash(p)
  rel = rel.replace(/^\.\//, '') || '.'
  const re = globToRegExp(rel)
  return (u) => re.test(u.path)
}

/**
 * The units of the run. Before 0.97, `--queue-include-dir` also brings in the dependencies of the units it includes
 * (one pass over the units in path order, as Terragrunt's loop does) unless `--queue-strict-include`; from 0.97 it
 * includes only the units it names (`--queue-strict-include` is a deprecated no-op).
 */
function selectUnits(ctx, units) {
  const { flags, root, scenario } = ctx
  const include = []
  const exclude = []
  for (const d of flags['queue-include-dir'] ?? []) include.push(pathMatcher(d, root))
  for (const d of flags['queue-exclude-dir'] ?? []) exclude.push(pathMatcher(d, root))
  const version = scenario.terragruntVersion
  for (const f of flags.filter ?? []) {
    const t = f.trim()
    if (t.startsWith('!')) exclude.push(filterMatcher(t.slice(1), root, version))
    else include.push(filterMatcher(t, root, version))
  }
  for (const f of flags['queue-include-units-reading'] ?? []) include.push(unitsReadingMatcher(f, root, version))
  const included = new Set(units.filter((u) => include.length === 0 || include.some((m) => m(u))).map((u) => u.dir))
  const withDependencies =
    (flags['queue-include-dir'] ?? []).length > 0 &&
    !flags['queue-strict-include'] &&
    !versionAtLeast(scenario.terragruntVersion, 0, 97)
  if (withDependencies) {
    for (const u of units) if (included.has(u.dir)) for (const d of u.deps) included.add(d)
  }
  return units.filter((u) => included.has(u.dir) && !exclude.some((m) => m(u)))
}

/**
 * Errors that stop `run --all` before any unit runs; Terragrunt logs them once, at ERROR, with the run's own
 * working dir (no unit) and exits 1:
 * - a dependency cycle: "cycle detected during queue construction" (internal/queue/queue.go:298 at v0.93.4 and
 *   v1.1.3, from runnerpool.NewRunnerPoolStack; discovery only logs a WARN about it before, discovery.go:1219 at
 *   v0.93.4, Debugf at v1.1.3);
 * - a unit whose configuration does not parse (scenario `parseError`), from 1.0.0: run --all discovery no longer
 *   suppresses parse errors (WithSuppressParseErrors in internal/runner/runnerpool/builder_helpers.go up to v0.99.5,
 *   gone at v1.0.0). The diagnostics writer of discovery's parser logs the HCL diagnostic first, a line per ERROR
 *   entry, then main logs the error itself, `file:line,col-col: summary; detail` (errors.mjs parseDiagnostic;
 *   internal/cli/exit.go `logRunError` at v1.1.3). Before 1.0 the unit is discovered anyway and fails on its own when
 *   it runs (see runAll).
 */
function runLevelError(ctx, units) {
  const { logger } = ctx
  if (versionAtLeast(ctx.scenario.terragruntVersion, 1, 0)) {
    for (const u of units) {
      const { spec } = unitSpecFor(ctx.scenario, ctx.root, u.dir)
      if (!spec.parseError) continue
      const diag = parseDiagnostic(u.dir)
      for (const line of diag.lines) logger.log('error', line)
      return diag.error
    }
  }
  const byDir = new Map(units.map((u) => [u.dir, u]))
  const state = new Map()
  const visit = (u) => {
    if (state.get(u.dir) === 'done') return false
    if (state.get(u.dir) === 'active') return true
    state.set(u.dir, 'active')
    const cyclic = u.deps.some((d) => byDir.has(d) && visit(byDir.get(d)))
    state.set(u.dir, 'done')
    return cyclic
  }
  if (units.some((u) => visit(u))) {
    if (versionAtLeast(ctx.scenario.terragruntVersion, 0, 93) && !versionAtLeast(ctx.scenario.terragruntVersion, 1, 0))
      logger.log('warn', 'Cycle detected in dependency graph, attempting removal of cycles.')
    return 'cycle detected during queue construction'
  }
  return undefined
}

function queueHeader(ctx, units, cmd) {
  const version = ctx.scenario.terragruntVersion
  const bare = ctx.logger.format === 'bare'
  const ordered = dagOrder(units)
  if (versionAtLeast(version, 1, 0)) {
    const inQueue = new Set(units.map((u) => u.dir))
    const dependents = new Map(units.map((u) => [u.dir, []]))
    for (const u of units) for (const d of u.deps) if (inQueue.has(d)) dependents.get(d).push(u)
    const roots = units.filter((u) => !u.deps.some((d) => inQueue.has(d)))
    const lines = ['.']
    const draw = (list, indent) => {
      list.forEach((u, i) => {
        const last = i === list.length - 1
        lines.push(`${indent}${last ? '╰── ' : '├── '}${u.path}`)
        draw(dependents.get(u.dir), indent + (last ? '    ' : '│   '))
      })
    }
    draw(roots, '')
    return `The following units will be run, starting with dependencies and then their dependents:\n${lines.join('\n')}`
  }
  if (versionAtLeast(version, 0, 89)) {
    return `Unit queue will be processed for ${cmd} in this order:\n${ordered.map((u) => `- Unit ${u.path}\n`).join('')}`
  }
  // 0.x before the runner pool: groups of units whose dependencies are in earlier groups
  const level = new Map()
  for (const u of ordered) {
    const deps = u.deps.filter((d) => level.has(d))
    level.set(u.dir, deps.length ? Math.max(...deps.map((d) => level.get(d))) + 1 : 0)
  }
  const groups = []
  for (const u of ordered) (groups[level.get(u.dir)] ??= []).push(u)
  const where = bare ? ctx.root : '.'
  let msg = `The stack at ${where} will be processed in the following order for command ${cmd}:\n`
  groups.forEach((g, i) => {
    msg += `Group ${i + 1}\n`
    for (const u of g) msg += `- Module ${bare ? u.dir : `./${u.path}`}\n`
    msg += '\n'
  })
  return msg
}

function summaryText(ctx, runs, totalMs) {
  const colour = ctx.logger.colour
  const c = (code, s) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s)
  const duration =
    totalMs < 1
      ? `${Math.round(totalMs * 1000)}µs`
      : totalMs < 1000
        ? `${Math.floor(totalMs)}ms`
        : totalMs < 60000
          ? `${Math.floor(totalMs / 1000)}s`
          : `${Math.floor(totalMs / 60000)}m`
  const header = '❯❯ Run Summary'
  const count = (r) => runs.filter((x) => x.result === r).length
  let out = `\n${c('1;93', header)}  ${c('1;97', `${runs.length} units`)}  ${duration}\n`
  out += `   ${'─'.repeat(28)}\n`
  // Terragrunt pads with len() of the header in bytes (❯ is 3 bytes): column 20, minus the 3-space prefix and 4.
  const entry = (label, n, code) => {
    const pad = Math.max(0, Buffer.byteLength(header) + 2 - (3 + label.length) - 4)
    out += `   ${c(code, label)}${pad < 2 ? '  ' : ' '.repeat(pad)}${n}\n`
  }
  if (ctx.flags['summary-per-unit']) {
    for (const [result, label, code] of [
      ['succeeded', 'Succeeded', '1;92'],
      ['failed', 'Failed', '1;91'],
      ['early exit', 'Early Exits', '1;93'],
      ['excluded', 'Excluded', '1;94']
    ]) {
      const group = runs.filter((r) => r.result === result)
      if (!group.length) continue
      out += `   ${c(code, `${label} (${group.length})`)}\n`
      for (const r of group.sort((a, b) => b.ended - b.started - (a.ended - a.started))) {
        out += `      ${r.name}  ${r.ended - r.started}ms\n`
      }
    }
  } else {
    if (count('succeeded')) entry('Succeeded', count('succeeded'), '1;92')
    if (count('failed')) entry('Failed', count('failed'), '1;91')
    if (count('early exit')) entry('Early Exits', count('early exit'), '1;93')
    if (count('excluded')) entry('Excluded', count('excluded'), '1;94')
  }
  return out + '\n'
}

function writeReport(ctx, runs) {
  const file = ctx.flags['report-file']
  if (!file) return
  const target = isAbsolutePath(file) ? file : join(ctx.root, file)
  const format = ctx.flags['report-format'] ?? (target.endsWith('.json') ? 'json' : 'csv')
  const sorted = [...runs].sort((a, b) => a.started - b.started || (a.name < b.name ? -1 : 1))
  // Ref, Cmd and Args (schema v4) came in 0.99.0 (PR #5401; internal/report/writer.go JSONRun at v0.99.0); 0.81.3 to
  // 0.98 write Started, Ended, Reason, Cause, Name, Result (internal/report/writer.go JSONRun at v0.93.4), keys
  // capitalised in every version (0.81.2 wrote CSV only; internal/report/report.go at v0.81.2).
  const v4 = versionAtLeast(ctx.scenario.terragruntVersion, 0, 99)
  let body
  if (format === 'json') {
    const entries = sorted.map((r) => {
      const e = { Started: rfc3339(new Date(r.started), true), Ended: rfc3339(new Date(r.ended), true) }
      if (r.reason) e.Reason = r.reason
      if (r.cause) e.Cause = r.cause
      e.Name = r.name
      e.Result = r.result
      if (v4 && r.cmd) e.Cmd = r.cmd
      if (v4 && r.args?.length) e.Args = r.args
      return e
    })
    body = JSON.stringify(entries, null, '  ') + '\n'
  } else if (format === 'csv') {
    const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
    body = v4 ? 'Name,Started,Ended,Result,Reason,Cause,Ref,Cmd,Args\n' : 'Name,Started,Ended,Result,Reason,Cause\n'
    for (const r of sorted) {
      const row = [
        r.name,
        rfc3339(new Date(r.started)),
        rfc3339(new Date(r.ended)),
        r.result,
        r.reason ?? '',
        r.cause ?? ''
      ]
      // Args pipe-separated (internal/report/writer.go csvRow at v0.99.0 and v1.1.3)
      if (v4) row.push('', r.cmd ?? '', (r.args ?? []).join('|'))
      body += row.map(q).join(',') + '\n'
    }
  } else {
    throw new UsageError(`unsupported format: ${format}`)
  }
  // Like the real one, the report goes into an existing directory (relative paths: the working dir); when that is
  // missing the deferred write fails and Terragrunt ignores the error.
  if (!existsSync(resolve(target, '..'))) return
  const tmp = `${target}.${process.pid}.tmp`
  writeFileSync(tmp, body)
  renameSync(tmp, target)
}

async function runAll(ctx, tfArgs) {
  const { flags, root, logger } = ctx
  const cmd = tfArgs[0]
  const parallelism = flags.parallelism !== undefined ? parseInt(flags.parallelism, 10) : Infinity
  if (flags.parallelism !== undefined && !(parallelism > 0))
    throw new UsageError(`invalid value "${flags.parallelism}" for flag -parallelism`)
  logger.relativeUnits = versionAtLeast(ctx.scenario.terragruntVersion, 0, 95) && !flags['log-show-abs-paths']
  // run --all generates stacks first from v0.79.0 (cli/commands/run/cli.go `wrapWithStackGenerate`), silently when
  // there are none, unless --no-stack-generate.
  if (
    versionAtLeast(ctx.scenario.terragruntVersion, 0, 79) &&
    !flags['no-stack-generate'] &&
    listStackFiles(root).length > 0
  ) {
    try {
      generateStacks(root, logger)
    } catch (e) {
      if (!(e instanceof StackError)) throw e
      logger.log('error', `failed to generate stack file: ${e.message}`)
      return 1
    }
  }
  const all = discover(root).filter((u) => u.type === 'unit')
  const runLevel = runLevelError(ctx, all)
  if (runLevel) {
    logger.log('error', runLevel)
    // the report is written by a deferred call even when the run fails before any unit (runall.go at v1.1.3)
    if (reportEnabled(ctx)) writeReport(ctx, [])
    return 1
  }
  const selected = selectUnits(ctx, all)
  const queued = selected.filter((u) => !excludedFor(u.exclude, cmd))
  const excluded = selected.filter((u) => excludedFor(u.exclude, cmd))
  if (flags['queue-ignore-dag-order']) for (const u of queued) u.deps = []
  logger.log('info', queueHeader(ctx, queued, cmd))

  const outDir = flags['out-dir'] ? resolve(flags['out-dir']) : undefined
  const jsonOutDir = flags['json-out-dir'] ? resolve(flags['json-out-dir']) : undefined
  const runs = []
  const now = () => Date.now()
  for (const u of excluded) {
    const t = now()
    runs.push({
      name: u.path,
      started: t,
      ended: t,
      result: 'excluded',
      reason: 'exclude block',
      cmd,
      args: tfArgs.slice(1)
    })
  }
  const nameOf = (u) => (u.dir === root ? basename(root) : u.path)
  const inQueue = new Map(queued.map((u) => [u.dir, u]))
  const done = new Map()
  const results = new Map()
  let running = 0
  const waiters = []
  const acquire = () => (running < parallelism ? (running++, Promise.resolve()) : new Promise((r) => waiters.push(r)))
  const release = () => {
    const next = waiters.shift()
    if (next) next()
    else running--
  }

  const version = ctx.scenario.terragruntVersion
  // configstack (the runner before the runner pool, default until v0.88.x) or the runner pool (v0.89.0 on)
  const configstack = !versionAtLeast(version, 0, 89)
  /** Each unit's error, by dir: the run's multi-error lists them (see runErrorsInOrder). */
  const unitErrors = new Map()

  const runUnit = async (u) => {
    const deps = u.deps.filter((d) => inQueue.has(d))
    await Promise.all(deps.map((d) => done.get(d)))
    const failedDep = deps.find((d) => ['failed', 'early exit'].includes(results.get(d)))
    if (failedDep && configstack) {
      const early = configstackEarlyExit(
        u,
        inQueue.get(failedDep),
        unitErrors.get(failedDep),
        flags['queue-ignore-errors']
      )
      logger.log('error', early.log, { dir: u.dir })
      if (!flags['queue-ignore-errors']) {
        logger.log('error', moduleFinishedWithError(u), { dir: u.dir })
        unitErrors.set(u.dir, early.error)
      }
    }
    if (failedDep && !flags['queue-ignore-errors']) {
      const t = now()
      results.set(u.dir, 'early exit')
      runs.push({
        name: nameOf(u),
        started: t,
        ended: t,
        result: 'early exit',
        reason: 'ancestor error',
        cause: inQueue.get(failedDep).path,
        cmd,
        args: tfArgs.slice(1)
      })
      if (!configstack) {
        const failed = deps.find((d) => results.get(d) === 'failed')
        unitErrors.set(u.dir, earlyExitText(ctx, u, failed))
      }
      return
    }
    await acquire()
    const started = now()
    let result = 'succeeded'
    let code
    let cause
    // the dir tofu ran in: the unit's, or its copy of the module in .terragrunt-cache (opts.WorkingDir)
    let workingDir = u.dir
    const failedCall = (callArgs, res) => {
      const line = invocationFailedLine(ctx, workingDir)
      if (line) logger.log('error', line, { dir: u.dir })
      return failedToExecuteText(ctx, workingDir, callArgs, res)
    }
    try {
      const unitArgs = [...tfArgs]
      const planFile =
        cmd === 'plan' && (outDir || jsonOutDir) ? join(outDir ?? jsonOutDir, u.path, 'tfplan.tfplan') : undefined
      if (planFile) {
        mkdirSync(resolve(planFile, '..'), { recursive: true })
        unitArgs.push(`-out=${planFile}`)
      }
      const args = buildTfArgs(ctx, unitArgs)
      const { spec } = unitSpecFor(ctx.scenario, root, u.dir)
      // before 1.0 discovery suppressed parse errors and the unit failed on its own when it ran (runLevelError): the
      // unit's parser logs the diagnostic through its diagnostics writer, with the unit's logger
      const source = spec.parseError ? {} : prepareSource(u.dir, spec)
      const init = spec.parseError ? { code: 1 } : await autoInit(ctx, u.dir, cmd, source)
      workingDir = source.cwd ?? u.dir
      if (spec.parseError) {
        code = 1
        result = 'failed'
        const diag = parseDiagnostic(u.dir)
        for (const line of diag.lines) logger.log('error', line, { dir: u.dir })
        cause = diag.error
      } else if (init.code !== 0) {
        code = 1
        result = 'failed'
        cause = failedCall(['init', '-input=false'], init)
      } else {
        const res = await runTf(ctx, u.dir, args, source)
        code = res.code
        const detailed = args.includes('-detailed-exitcode')
        if (res.code !== 0 && !(detailed && res.code === 2)) {
          result = 'failed'
          cause = failedCall(args, res)
        } else if (planFile && jsonOutDir) {
          const show = await runTf(ctx, u.dir, ['show', '-json', planFile], { mode: 'capture', ...source })
          if (show.code === 0) {
            const target = join(jsonOutDir, u.path, 'tfplan.json')
            mkdirSync(resolve(target, '..'), { recursive: true })
            writeFileSync(target, show.stdout)
          } else {
            logger.log('warn', `fake terragrunt: no JSON plan for this unit; tfplan.json not written`, { dir: u.dir })
          }
        }
      }
    } finally {
      release()
    }
    if (result === 'failed') {
      unitErrors.set(u.dir, cause)
      if (configstack) logger.log('error', moduleFinishedWithError(u), { dir: u.dir })
    }
    results.set(u.dir, result)
    runs.push({
      name: nameOf(u),
      started,
      ended: now(),
      result,
      reason: result === 'failed' ? 'run error' : undefined,
      cause,
      cmd,
      args: tfArgs.slice(1),
      code
    })
  }

  const start = now()
  for (const u of queued) {
    let resolveDone
    done.set(u.dir, new Promise((r) => (resolveDone = r)))
    u.resolveDone = resolveDone
  }
  await Promise.all(queued.map((u) => runUnit(u).finally(() => u.resolveDone())))
  const total = now() - start

  // The run's errors: configstack collects them from a Go map (configstack/running_module.go:418 `collectErrors` at
  // v0.81.1), in no fixed order, which the fake makes path order; the runner pool in queue order
  // (internal/runner/runnerpool/controller.go:175 at v0.93.4, :195 at v1.1.3), the queue header's order here.
  const errors = (configstack ? [...queued].sort((a, b) => (a.path < b.path ? -1 : 1)) : dagOrder(queued))
    .filter((u) => unitErrors.has(u.dir))
    .map((u) => unitErrors.get(u.dir))
  const runError = errors.length ? multiErrorText(errors) : undefined
  if (runError) {
    // `Run failed: ` from v0.81.1 (cli/commands/common/runall/runall.go:114 at v0.81.1, :134 at v0.93.4; the runner
    // pool logs it itself from v0.93.1 to v0.98.x, internal/runner/runnerpool/runner.go:356 at v0.93.4;
    // internal/runner/runall/runall.go:270 at v1.1.3). Before, the error goes back to main, which logs it as it is
    // (main.go `checkForErrorsAndExit` at v0.81.0).
    logger.log('error', versionAtLeast(version, 0, 81, 1) ? `Run failed: ${runError}` : runError)
  }
  if (reportEnabled(ctx)) {
    writeReport(ctx, runs)
    if (!flags['summary-disable']) process.stdout.write(summaryText(ctx, runs, total))
  }

  // From v0.99.0 the error also goes back to main, which logs it once more after the summary (runall.go `return runErr`,
  // internal/runner/runall/runall.go:287 and internal/cli/exit.go `logRunError` at v1.1.3). v0.93.1 to v0.98.x
  // return it only with --fail-fast (runnerpool/runner.go:350 at v0.93.4; the fake does not stop the queue early),
  // v0.81.1 to v0.93.0 never.
  const returned = versionAtLeast(version, 0, 99) || (versionAtLeast(version, 0, 93, 1) && flags['fail-fast'])
  if (runError && returned) logger.log('error', runError)

  const codes = runs.filter((r) => r.code !== undefined).map((r) => r.code)
  const detailed = tfArgs.includes('-detailed-exitcode')
  if (runError || codes.includes(1)) return 1
  if (detailed && codes.includes(2)) return 2
  return codes.find((c) => c !== 0 && c !== 2) ?? 0
}

/**
 * Terragrunt 0.73.0 to 0.77.21 refuse the redesigned commands without the `cli-redesign` experiment, with this error
 * and exit code 1: `run` (cli/commands/run/command.go:36 at v0.73.0, cli/commands/run/cli.go:38 at v0.77.21) and
 * `find` (cli/commands/find/cli.go:101 at v0.77.21; `find` exists from 0.76.0). v0.77.22 dropped the gate (the
 * experiment is only declared, internal/experiment/experiment.go). `--experiment-mode` enables every experiment.
 */
function cliRedesignRefused(ctx, command) {
  const version = ctx.scenario.terragruntVersion
  if (!versionAtLeast(version, 0, 73) || versionAtLeast(version, 0, 77, 22)) return false
  if (command !== 'run' && !(command === 'find' && ctx.scenario.findSupported)) return false
  const experiments = (ctx.flags.experiment ?? []).flatMap((e) => e.split(','))
  if (ctx.flags['experiment-mode'] || experiments.includes('cli-redesign')) return false
  ctx.logger.log('error', 'requires that the cli-redesign experiment is enabled. e.g. --experiment cli-redesign')
  return true
}

function help() {
  process.stdout.write(
    'Usage: terragrunt [global options] <command> [options]\n\nCommands: run, find, plan, apply, init, show, ...\n'
  )
  return 0
}

async function main() {
  let scenario
  try {
    scenario = loadScenario()
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e
    process.stderr.write(e.message + '\n')
    return 97
  }
  let parsed
  try {
    parsed = parseArgs(argv, scenario.terragruntVersion)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    new TgLogger({ format: 'pretty', colour: false, root: startCwd }).log('error', e.message)
    return 1
  }
  const { flags, tfArgs } = parsed
  let command = parsed.command
  applyEnv(flags, command, scenario.terragruntVersion)
  const format = flags['log-format'] ?? 'pretty'
  const root = resolve(flags['working-dir'] ?? startCwd)
  const logger0 = new TgLogger({ format: 'pretty', colour: false, root })
  if (!LOG_FORMATS.includes(format)) {
    logger0.log('error', `flag --log-format, invalid format "${format}", available values: ${LOG_FORMATS.join(',')}`)
    return 1
  }
  if (flags['log-level'] && !LOG_LEVELS.includes(flags['log-level'])) {
    logger0.log(
      'error',
      `flag --log-level, invalid level "${flags['log-level']}", available values: ${LOG_LEVELS.join(',')}`
    )
    return 1
  }
  const logger = new TgLogger({
    format,
    colour: !flags['no-color'] && !process.env.NO_COLOR,
    root,
    level: flags['log-level'],
    disabled: !!flags['log-disable'],
    version: scenario.terragruntVersion
  })
  const tfPath = flags['tf-path'] ?? 'tofu'
  const ctx = {
    scenario,
    flags,
    root,
    logger,
    tfPath,
    tfBin: undefined,
    inProcess: false,
    forward: !!(flags['tf-forward-stdout'] || flags['log-disable'] || format === 'bare')
  }
  try {
    if (flags.version) return printVersion(ctx)
    if (flags.help || command === undefined) return help()
    if (!existsSync(root)) {
      logger.log('error', `The working directory ${root} does not exist`)
      return 1
    }
    if (cliRedesignRefused(ctx, command)) return 1
    if (command === 'find') {
      try {
        return find(ctx)
      } catch (e) {
        if (!(e instanceof ReadingError)) throw e
        logger.log('error', e.message)
        return 1
      }
    }
    if (command === 'stack' && tfArgs[0] === 'generate') return stackGenerate(ctx)
    if (OTHER_COMMANDS.includes(command))
      throw new UsageError(`fake terragrunt: the "${command}" command is not emulated`)
    let args = tfArgs
    let all = !!flags.all
    if (command === 'run-all') {
      logger.log(
        'warn',
        'The `run-all` command is deprecated and will be removed in a future version of Terragrunt. Use `terragrunt run --all` instead.'
      )
      all = true
      command = 'run'
    }
    if (command !== 'run') {
      if (!SHORTCUTS.includes(command)) {
        if (versionAtLeast(scenario.terragruntVersion, 0, 88)) {
          logger.log(
            'error',
            `unknown command: "${command}". Terragrunt no longer forwards unknown commands by default. Use 'terragrunt run -- ${command} ...' or a supported shortcut. Learn more: https://terragrunt.gruntwork.io/docs/migrate/cli-redesign/#use-the-new-run-command`
          )
          return 1
        }
      }
      args = [command, ...tfArgs]
    }
    if (args.length === 0) throw new UsageError('Missing run command. Try `terragrunt run -- plan`.')
    const tfBin = which(tfPath)
    if (!tfBin) {
      logger.log(
        'error',
        `Failed to execute "${tfPath} -version" in .\n\nexec: "${tfPath}": executable file not found in $PATH`
      )
      logger.log('error', 'Unable to determine underlying exit code, so Terragrunt will exit with error code 1')
      return 1
    }
    ctx.tfBin = tfBin
    ctx.inProcess = !process.env.FAKE_TG_SPAWN_TOFU && isSiblingTofu(tfBin)
    return all ? await runAll(ctx, args) : await runOne(ctx, args)
  } catch (e) {
    if (e instanceof BrokenConfigError) {
      process.stderr.write(e.message + '\n')
      return 97
    }
    if (!(e instanceof UsageError)) throw e
    logger0.log('error', e.message)
    return 1
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    process.stderr.write(`fake terragrunt crashed: ${e?.stack ?? e}\n`)
    process.exitCode = 99
  }
)
