// Fake `tofu` (OpenTofu 1.x): version, init, plan, show. Replays the scenario's recorded plan output for the unit it
// runs in (its cwd relative to FAKE_TG_ROOT) with the real exit codes and error formats.
//
// `runTofu` is one tofu call with its own argv, cwd, environment and output streams, so it runs either as the
// `tofu` process (tofu.mjs) or inside the fake terragrunt (no process start per call). It never touches
// process-wide state (cwd, env, exit code): `-chdir` only changes the call's cwd.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import {
  detailedExitCode,
  errorBox,
  loadScenario,
  loadUnitContent,
  ScenarioError,
  sleep,
  unitSpecFor
} from './common.mjs'

const PLAN_FLAGS = {
  bool: [
    'destroy',
    'refresh-only',
    'detailed-exitcode',
    'no-color',
    'compact-warnings',
    'concise',
    'json',
    'lock',
    'refresh',
    'input'
  ],
  value: [
    'out',
    'lock-timeout',
    'var',
    'var-file',
    'target',
    'target-file',
    'exclude',
    'exclude-file',
    'replace',
    'parallelism',
    'state',
    'generate-config-out'
  ]
}
const SHOW_FLAGS = { bool: ['json', 'no-color', 'show-sensitive'], value: ['module'] }
const INIT_FLAGS = {
  bool: [
    'input',
    'no-color',
    'backend',
    'upgrade',
    'reconfigure',
    'migrate-state',
    'force-copy',
    'lock',
    'get',
    'json'
  ],
  value: ['backend-config', 'lock-timeout', 'plugin-dir', 'lockfile', 'from-module', 'test-directory']
}
const VERSION_FLAGS = { bool: ['json'], value: [] }
const KNOWN_BUT_NOT_EMULATED = [
  'apply',
  'destroy',
  'output',
  'state',
  'validate',
  'import',
  'refresh',
  'console',
  'graph',
  'providers',
  'get',
  'fmt',
  'test',
  'workspace',
  'force-unlock',
  'taint',
  'untaint',
  'login',
  'logout',
  'metadata'
]

function flagError(t, command, message) {
  t.err(errorBox('Failed to parse command-line flags', message))
  t.err(`\nFor more help on using this command, run:\n  tofu ${command} -help\n`)
  return 1
}

/** Go `flag`-style parsing: `-name`, `-name=value`, `-name value`, `--name` alike; stops at the first positional. */
function parseFlags(t, command, args, spec) {
  const flags = {}
  const positional = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--') {
      positional.push(...args.slice(i + 1))
      break
    }
    if (!a.startsWith('-') || a === '-') {
      positional.push(...args.slice(i))
      break
    }
    const body = a.replace(/^--?/, '')
    const eq = body.indexOf('=')
    const name = eq >= 0 ? body.slice(0, eq) : body
    if (spec.bool.includes(name)) {
      const v = eq >= 0 ? body.slice(eq + 1) : 'true'
      if (!['true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False'].includes(v)) {
        return { error: flagError(t, command, `invalid boolean value "${v}" for -${name}: parse error`) }
      }
      flags[name] = ['true', '1', 't', 'TRUE', 'True'].includes(v)
    } else if (spec.value.includes(name)) {
      let v
      if (eq >= 0) v = body.slice(eq + 1)
      else if (i + 1 < args.length) v = args[++i]
      else return { error: flagError(t, command, `flag needs an argument: -${name}`) }
      if (['var', 'var-file', 'target', 'replace', 'exclude', 'backend-config'].includes(name)) {
        ;(flags[name] ??= []).push(v)
      } else flags[name] = v
    } else {
      return { error: flagError(t, command, `flag provided but not defined: -${name}`) }
    }
  }
  return { flags, positional }
}

function unitContext(t) {
  const scenario = loadScenario(t.env)
  const root = t.env.FAKE_TG_ROOT ? resolve(t.cwd, t.env.FAKE_TG_ROOT) : t.cwd
  const { key, spec } = unitSpecFor(scenario, root, t.cwd)
  t.state.unit = key
  return { scenario, spec }
}

// --- colours (real tofu colours its output unless -no-color) ---------------------------------------------------
const BOLD = '\u001b[1m'
const RESET = '\u001b[0m'
const SYMBOL_COLOUR = { '+': '\u001b[32m', '-': '\u001b[31m', '~': '\u001b[33m', '<': '\u001b[36m' }

function colourise(text) {
  return text
    .split('\n')
    .map((line) => {
      if (
        /^\s*# /.test(line) ||
        /^(Plan:|Changes to Outputs:|No changes\.|OpenTofu will perform|Terraform will perform)/.test(line)
      ) {
        return `${BOLD}${line}${RESET}`
      }
      const m = /^(\s*)([-+~<]|-\/\+|\+\/-)( .*)$/.exec(line)
      if (m) return `${m[1]}${SYMBOL_COLOUR[m[2][0]]}${m[2]}${RESET}${m[3]}`
      return line
    })
    .join('\n')
}

// --- plan footer: `-out` decides between "Saved the plan to:" and the "didn't use the -out option" note --------
function rewriteFooter(text, outFile) {
  const product = /Terraform/.test(text) && !/OpenTofu/.test(text) ? 'Terraform' : 'OpenTofu'
  const bin = product === 'Terraform' ? 'terraform' : 'tofu'
  const saved = /^Saved the plan to: .*$/m
  const note = /^Note: You didn't use the -out option[^\n]*\n[^\n]*now\.\n?/m
  if (outFile) {
    if (saved.test(text)) {
      return text
        .replace(saved, `Saved the plan to: ${outFile}`)
        .replace(/^(\s+\S*(?:tofu|terraform) apply )".*"$/m, `$1"${outFile}"`)
    }
    if (note.test(text)) {
      return text.replace(
        note,
        `Saved the plan to: ${outFile}\n\nTo perform exactly these actions, run the following command to apply:\n    ${bin} apply "${outFile}"\n`
      )
    }
    return text
  }
  if (saved.test(text)) {
    return text.replace(
      /^Saved the plan to: .*\n(?:\n?To perform exactly these actions[^\n]*\n[^\n]*\n?)?/m,
      `Note: You didn't use the -out option to save this plan, so ${product} can't\nguarantee to take exactly these actions if you run "${bin} apply" now.\n`
    )
  }
  return text
}

/** Splits output into paragraph chunks so parallel units interleave and loggers see several writes. */
function chunks(text) {
  const parts = text.split(/(?<=\n\n)/)
  return parts.filter((p) => p.length > 0)
}

/** Writes `text` in paragraph chunks spread evenly over `delayMs`, at fixed deadlines so timer lag does not add up. */
async function writeSlowly(t, text, delayMs) {
  const parts = chunks(text)
  if (!delayMs || parts.length === 0) {
    if (delayMs) await sleep(delayMs)
    t.out(text)
    return
  }
  const start = Date.now()
  const step = delayMs / (parts.length + 1)
  for (let i = 0; i < parts.length; i++) {
    await sleep(start + (i + 1) * step - Date.now())
    t.out(parts[i])
  }
  await sleep(start + delayMs - Date.now())
}

function progressLines(text) {
  const lines = []
  for (const line of text.split('\n')) {
    if (/: (Refreshing state|Reading|Read complete|Preparing import)/.test(line)) lines.push(line)
    else if (line.trim() !== '' || lines.length > 0) break
  }
  return lines.length ? lines.join('\n') + '\n' : ''
}

async function plan(t, args) {
  const { err, out } = t
  const parsed = parseFlags(t, 'plan', args, PLAN_FLAGS)
  if (parsed.error) return parsed.error
  const { flags, positional } = parsed
  if (t.noColor) flags['no-color'] = true
  if (positional.length > 0) {
    err(
      errorBox(
        'Too many command line arguments',
        'To specify a working directory for the plan, use the global -chdir flag.'
      )
    )
    err('\nFor more help on using this command, run:\n  tofu plan -help\n')
    return 1
  }
  if (flags.json) {
    err('fake tofu: `plan -json` (machine-readable UI) is not emulated\n')
    return 1
  }
  const { spec } = unitContext(t)
  const delayMs = Number(spec.delayMs ?? 0)
  const content = loadUnitContent(spec, t.env)
  if (content.error) {
    err(content.error + '\n')
    return 1
  }
  const code = detailedExitCode(spec, content)
  const colour = !flags['no-color']
  if (spec.stderr) err(spec.stderr.endsWith('\n') ? spec.stderr : spec.stderr + '\n')
  if (spec.hang) {
    // A provider that never answers: the plan prints its progress and never ends. As a process (tofu.mjs) the first
    // SIGTERM/SIGINT only asks for a graceful stop, which never comes, so only SIGKILL ends it.
    t.state.hanging = true
    const progress = progressLines(content.text)
    if (progress) out(progress)
    return new Promise(() => setInterval(() => {}, 1 << 30))
  }
  if (code === 1) {
    const progress = progressLines(content.text)
    if (progress) out(colour ? colourise(progress) : progress)
    await sleep(delayMs)
    const [summary, ...detail] = String(spec.fail ?? 'Plan failed').split('\n')
    err(errorBox(summary, detail.join('\n'), !!flags['no-color']))
    return 1
  }
  let text = rewriteFooter(content.text, flags.out)
  if (colour) text = colourise(text)
  if (flags.out) {
    const file = resolve(t.cwd, flags.out)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(
      file,
      JSON.stringify({
        fake_tofu_plan: 1,
        unit: t.state.unit,
        fixture: spec.fixture ?? null,
        planText: content.text,
        planJson: content.json ?? null,
        exitCode: code
      })
    )
  }
  await writeSlowly(t, text, delayMs)
  return flags['detailed-exitcode'] ? code : 0
}

function readPlanFile(t, path) {
  const { err } = t
  const file = resolve(t.cwd, path)
  if (!existsSync(file)) {
    err(
      errorBox(
        'Failed to read the given file as a state or plan file',
        `State read error: Error loading statefile: open ${path}: no such file or directory\n\n` +
          `Plan read error: couldn't load the provided path as either a local plan file (open ${path}: no such file or directory) or a saved cloud plan (open ${path}: no such file or directory)`
      )
    )
    return undefined
  }
  try {
    const plan = JSON.parse(readFileSync(file, 'utf8'))
    if (plan.fake_tofu_plan === 1) return plan
  } catch {
    // not ours
  }
  err(
    errorBox(
      'Failed to read the given file as a state or plan file',
      `State read error: Error loading statefile: Unsupported state file format\n\nPlan read error: zip: not a valid zip file`
    )
  )
  return undefined
}

/** `tofu show` of a saved plan omits the refresh progress and the footer after the last rule. */
function showText(text) {
  const lines = text.split('\n')
  let start = 0
  while (
    start < lines.length &&
    (/: (Refreshing state|Reading|Read complete|Preparing import)/.test(lines[start]) || lines[start].trim() === '')
  )
    start++
  let end = lines.length
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^─{10,}$/.test(lines[i])) {
      end = i
      break
    }
  }
  while (end > start && lines[end - 1].trim() === '') end--
  return '\n' + lines.slice(start, end).join('\n') + '\n'
}

function show(t, args) {
  const { err, out } = t
  const parsed = parseFlags(t, 'show', args, SHOW_FLAGS)
  if (parsed.error) return parsed.error
  const { flags, positional } = parsed
  if (t.noColor) flags['no-color'] = true
  unitContext(t)
  if (positional.length > 1) {
    err(errorBox('Too many command line arguments', 'Expected at most one positional argument.', !!flags['no-color']))
    err('\nFor more help on using this command, run:\n  tofu show -help\n')
    return 1
  }
  if (positional.length === 0) {
    out(flags.json ? JSON.stringify({ format_version: '1.0' }) + '\n' : 'No state.\n')
    return 0
  }
  const plan = readPlanFile(t, positional[0])
  if (!plan) return 1
  if (flags.json) {
    if (!plan.planJson) {
      err(
        `fake tofu: the plan of unit "${plan.unit}" (fixture ${plan.fixture ?? 'inline'}) has no JSON form; ` +
          'use a fixture with a .json file or give the unit a "planJson"\n'
      )
      return 1
    }
    let json = plan.planJson
    try {
      json = JSON.stringify(JSON.parse(json))
    } catch {
      // inline JSON that does not parse is passed through as is
    }
    out(json + '\n')
    return 0
  }
  const text = showText(plan.planText)
  out(flags['no-color'] ? text : colourise(text))
  return 0
}

function init(t, args) {
  const parsed = parseFlags(t, 'init', args, INIT_FLAGS)
  if (parsed.error) return parsed.error
  unitContext(t)
  mkdirSync(join(t.cwd, '.terraform'), { recursive: true })
  writeFileSync(join(t.cwd, '.terraform/fake-tofu-init'), 'initialised by the fake tofu\n')
  t.out(
    '\nInitializing the backend...\n\nInitializing provider plugins...\n\nOpenTofu has been successfully initialized!\n\n' +
      'You may now begin working with OpenTofu. Try running "tofu plan" to see\n' +
      'any changes that are required for your infrastructure. All OpenTofu commands\nshould now work.\n\n' +
      'If you ever set or change modules or backend configuration for OpenTofu,\n' +
      'rerun this command to reinitialize your working directory. If you forget, other\n' +
      'commands will detect it and remind you to do so if necessary.\n'
  )
  return 0
}

function version(t, args) {
  const parsed = parseFlags(t, 'version', args, VERSION_FLAGS)
  if (parsed.error) return parsed.error
  const { tofuVersion } = loadScenario(t.env)
  if (parsed.flags.json) {
    t.out(
      JSON.stringify(
        { terraform_version: tofuVersion, platform: 'linux_amd64', provider_selections: {}, terraform_outdated: false },
        null,
        '  '
      ) + '\n'
    )
  } else t.out(`OpenTofu v${tofuVersion}\non linux_amd64\n`)
  return 0
}

async function main(t) {
  const { argv, err, out } = t
  // Like OpenTofu's Meta.process, -no-color is taken out wherever it appears (Terragrunt appends it at the end).
  const args = argv.filter((a) => a !== '-no-color' && a !== '--no-color')
  t.noColor = args.length !== argv.length
  // global options before the subcommand
  while (args.length && args[0].startsWith('-')) {
    const a = args[0]
    if (a === '-version' || a === '--version' || a === '-v') return version(t, args.slice(1))
    if (a.startsWith('-chdir=')) {
      const dir = resolve(t.cwd, a.slice('-chdir='.length))
      if (!isDirectory(dir)) {
        err(`Error handling -chdir option: chdir ${a.slice(7)}: no such file or directory\n`)
        return 1
      }
      t.cwd = dir
      t.state.cwd = dir
      args.shift()
      continue
    }
    if (a === '-help' || a === '--help' || a === '-h') {
      out('Usage: tofu [global options] <subcommand> [args]\n')
      return 0
    }
    err(`Error: Unsupported global option: ${a}\n`)
    return 1
  }
  const [command, ...rest] = args
  switch (command) {
    case undefined:
      out('Usage: tofu [global options] <subcommand> [args]\n')
      return 127
    case 'version':
      return version(t, rest)
    case 'plan':
      return plan(t, rest)
    case 'show':
      return show(t, rest)
    case 'init':
      return init(t, rest)
    default:
      if (KNOWN_BUT_NOT_EMULATED.includes(command)) {
        err(`fake tofu: "${command}" is a real OpenTofu command but it is not emulated\n`)
        return 1
      }
      err(
        `OpenTofu has no command named "${command}".\n\nTo see all of OpenTofu's top-level commands, run:\n  tofu -help\n\n`
      )
      return 1
  }
}

function isDirectory(dir) {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}

/**
 * One tofu call. `stdout`/`stderr` take string chunks (`write(s)`), as a child's pipes would deliver them. `state`
 * is filled in as the call goes (`unit`: the scenario key once known, `cwd`: after `-chdir`), so the caller can write
 * the calls-log line even if the call is cut short. Resolves with the exit code; never rejects.
 *
 * @param {{ argv: string[], cwd: string, env: Record<string, string | undefined>,
 *   stdout: { write(s: string): unknown }, stderr: { write(s: string): unknown },
 *   state?: { unit?: string, cwd?: string } }} options
 * @returns {Promise<number>}
 */
export async function runTofu({ argv, cwd, env, stdout, stderr, state = {} }) {
  state.cwd = cwd
  const t = {
    argv,
    cwd,
    env,
    state,
    noColor: false,
    out: (s) => stdout.write(s),
    err: (s) => stderr.write(s)
  }
  try {
    return await main(t)
  } catch (e) {
    if (e instanceof ScenarioError) {
      t.err(e.message + '\n')
      return 97
    }
    t.err(`fake tofu crashed: ${e?.stack ?? e}\n`)
    return 99
  }
}
