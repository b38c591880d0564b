import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Document, Node as YamlNode, Scalar } from 'yaml'
import { closest, listWords, oneLine } from '../errors/index.js'
import { DURATION_FORMS, parseDuration } from '../time/duration.js'
import { ConfigError } from './errors.js'
import type { ConfigProblem } from './errors.js'
import type {
  ApprovalConfig,
  Approver,
  ArgoCdConfig,
  EnvironmentConfig,
  GitopsConfig,
  PromotionConfig
} from './types.js'
import { WINDOW_FORMS, parseDeploymentWindow } from '../time/windows.js'
import type { DeploymentWindow } from '../time/windows.js'

const TOP_KEYS = ['version', 'environments', 'promotion'] as const
const ENVIRONMENT_KEYS = [
  'name',
  'auto-deploy',
  'pinned',
  'gitops-path',
  'terragrunt-path',
  'argocd',
  'approval'
] as const
const ARGOCD_KEYS = ['apps', 'selector', 'project'] as const
const APPROVAL_KEYS = ['approvers', 'min-approvals', 'windows', 'timeout', 'deny-wins', 'exclude-initiator'] as const
const PROMOTION_KEYS = ['order', 'allow-skip'] as const

const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/
const LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/
const TEAM = /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9][A-Za-z0-9._-]*)$/
const APP_NAME = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?:\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)?$/
const SELECTOR_TERM =
  /^(?:!?[A-Za-z0-9][A-Za-z0-9._/-]*|[A-Za-z0-9][A-Za-z0-9._/-]*\s*(?:==?|!=)\s*[A-Za-z0-9._-]*|[A-Za-z0-9][A-Za-z0-9._/-]*\s+(?:in|notin)\s+\([^()]*\))$/

/** `alice`, `@alice` (a user) or `@org/team-slug` (a team); undefined for anything else. */
export function parseApprover(text: string): Approver | undefined {
  const s = text.trim()
  const team = TEAM.exec(s)
  if (team) return { kind: 'team', org: team[1], slug: team[2] }
  const user = LOGIN.exec(s)
  return user ? { kind: 'user', login: user[1] } : undefined
}

/** The canonical written form: `alice` for users, `@org/slug` for teams. */
export function formatApprover(approver: Approver): string {
  return approver.kind === 'user' ? approver.login : `@${approver.org}/${approver.slug}`
}

/**
 * Validates the text of a gitops config file. Every problem is collected; when there is any, throws one
 * `ConfigError` whose message names the first (file:line:col, key path, what was expected) and counts the rest.
 */
export function parseGitopsConfig(text: string, fileName: string): GitopsConfig {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const check = new Checker(fileName, doc, lines)
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      check.report(error.pos[0], [], `YAML syntax error: ${error.message.split('\n')[0].replace(/[.:]\s*$/, '')}`)
    }
    throw new ConfigError(check.problems)
  }
  const config = check.config(doc.contents)
  if (check.problems.length > 0 || !config) {
    throw new ConfigError(check.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0)))
  }
  return config
}

type Path = readonly (string | number)[]

interface Entry {
  key: Scalar
  /** The value with aliases resolved; null when the key has no value at all. */
  value: YamlNode | null
  /** Where to point for a problem with the value (the key when the value is empty). */
  at: number
}

function formatPath(path: Path): string {
  return path.reduce<string>((s, part) => (typeof part === 'number' ? `${s}[${part}]` : s ? `${s}.${part}` : part), '')
}

function isEmpty(node: YamlNode | null | undefined): boolean {
  return !node || (isScalar(node) && (node.value === null || node.value === undefined))
}

/** How a value reads in a message: `"two"`, `3`, `true`, `a list`, `a mapping`, `nothing`. */
function describe(node: YamlNode | null | undefined): string {
  if (isEmpty(node)) return 'nothing'
  if (isMap(node)) return node.items.length === 0 ? 'an empty mapping' : 'a mapping'
  if (isSeq(node)) return node.items.length === 0 ? 'an empty list' : 'a list'
  if (isScalar(node)) return typeof node.value === 'string' ? JSON.stringify(oneLine(node.value)) : String(node.value)
  return 'something else'
}

class Checker {
  readonly problems: ConfigProblem[] = []

  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter
  ) {}

  /** Paths already reported as an alias to nothing; problems at or under them would only repeat that. */
  private readonly unresolved: string[] = []

  report(offset: number | undefined, path: Path, message: string): void {
    const where = formatPath(path)
    if (this.unresolved.some((p) => where === p || where.startsWith(`${p}.`) || where.startsWith(`${p}[`))) return
    const { line, col } = this.lines.linePos(offset ?? 0)
    this.problems.push({
      file: this.file,
      line: Math.max(line, 1),
      col: Math.max(col, 1),
      path: where,
      message
    })
  }

  private expected(node: YamlNode | null | undefined, at: number | undefined, path: Path, expected: string): undefined {
    this.report(at ?? node?.range?.[0], path, `expected ${expected}, got ${describe(node)}`)
    return undefined
  }

  /** Follows aliases; reports an alias to an anchor that does not exist. */
  private resolve(node: unknown, path: Path): YamlNode | null {
    if (!isAlias(node)) return (node as YamlNode | null) ?? null
    const target = node.resolve(this.doc)
    if (target === undefined) {
      this.report(node.range?.[0], path, `the alias *${node.source} names no anchor`)
      this.unresolved.push(formatPath(path))
    }
    return target ?? null
  }

  /** The entries of a mapping with the given keys; reports unknown keys with the closest known one. */
  private mapping(
    node: YamlNode | null,
    at: number | undefined,
    path: Path,
    keys: readonly string[],
    expected: string
  ): Map<string, Entry> | undefined {
    if (!isMap(node)) return this.expected(node, at, path, expected)
    const entries = new Map<string, Entry>()
    for (const pair of node.items) {
      const key = pair.key
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.report(
          (key as YamlNode | null)?.range?.[0],
          path,
          `expected keys that are words, got ${describe(key as YamlNode)}`
        )
        continue
      }
      const name = key.value
      if (name === '<<') {
        this.report(key.range?.[0], path, `merge keys (<<) are not supported, use an alias (*name) for the whole value`)
        continue
      }
      if (!keys.includes(name)) {
        const guess = closest(name, keys)
        const hint = guess ? `did you mean '${guess}'?` : `known keys are ${listWords(keys)}`
        this.report(key.range?.[0], [...path, name], `unknown key, ${hint}`)
        continue
      }
      const value = this.resolve(pair.value, [...path, name])
      const valueAt = isEmpty(value) ? key.range?.[0] : value!.range?.[0]
      entries.set(name, { key, value, at: valueAt ?? 0 })
    }
    return entries
  }

  private missing(node: YamlNode, path: Path, expected: string): undefined {
    this.report(node.range?.[0], path, `missing, expected ${expected}`)
    return undefined
  }

  private list(entry: Entry, path: Path, expected: string): { node: YamlNode | null; at: number }[] | undefined {
    if (!isSeq(entry.value)) return this.expected(entry.value, entry.at, path, expected)
    return entry.value.items.map((item, i) => {
      const node = this.resolve(item, [...path, i])
      return { node, at: (isEmpty(node) ? (item as YamlNode | null)?.range?.[0] : node?.range?.[0]) ?? entry.at }
    })
  }

  private string(node: YamlNode | null, at: number, path: Path, expected: string): string | undefined {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      return this.expected(node, at, path, expected)
    }
    return node.value.trim()
  }

  private boolean(entry: Entry | undefined, path: Path): boolean | undefined {
    if (!entry) return undefined
    if (isScalar(entry.value) && typeof entry.value.value === 'boolean') return entry.value.value
    return this.expected(entry.value, entry.at, path, 'true or false')
  }

  config(root: YamlNode | null): GitopsConfig | undefined {
    const expected = "a mapping with an 'environments' list"
    if (isEmpty(root)) {
      this.report(0, [], `expected ${expected}, got an empty file`)
      return undefined
    }
    const top = this.mapping(root, root?.range?.[0], [], TOP_KEYS, expected)
    if (!top) return undefined

    const version = top.get('version')
    if (version && !(isScalar(version.value) && version.value.value === 1)) {
      this.expected(version.value, version.at, ['version'], '1 (the only version there is)')
    }

    const envEntry = top.get('environments')
    const environments = envEntry
      ? this.environments(envEntry)
      : this.missing(root!, ['environments'], 'a list of environments, each with a name')
    const promotionEntry = top.get('promotion')
    const promotion = promotionEntry && environments ? this.promotion(promotionEntry, environments) : undefined
    if (!environments) return undefined
    return { file: this.file, version: 1, environments, ...(promotion ? { promotion } : {}) }
  }

  private environments(entry: Entry): EnvironmentConfig[] | undefined {
    const path = ['environments']
    const items = this.list(entry, path, 'a list of environments, each with a name')
    if (!items) return undefined
    if (items.length === 0) return this.expected(entry.value, entry.at, path, 'at least one environment')
    const seen = new Map<string, { name: string; line: number }>()
    const result: EnvironmentConfig[] = []
    items.forEach(({ node, at }, i) => {
      const env = this.environment(node, at, [...path, i])
      if (!env) return
      const nameEntry = env.nameAt
      const line = this.lines.linePos(nameEntry).line
      const first = seen.get(env.config.name.toLowerCase())
      if (first) {
        const same = first.name === env.config.name ? '' : ` as "${first.name}"`
        this.report(
          nameEntry,
          [...path, i, 'name'],
          `duplicate environment name "${env.config.name}", first defined${same} at line ${first.line}`
        )
        return
      }
      seen.set(env.config.name.toLowerCase(), { name: env.config.name, line })
      result.push(env.config)
    })
    return result
  }

  private environment(
    node: YamlNode | null,
    at: number,
    path: Path
  ): { config: EnvironmentConfig; nameAt: number } | undefined {
    const entries = this.mapping(node, at, path, ENVIRONMENT_KEYS, 'an environment mapping with a name')
    if (!entries) return undefined
    const nameEntry = entries.get('name')
    const nameExpected = "a name of letters, digits, '.', '_' or '-'"
    let name: string | undefined
    if (!nameEntry) this.missing(node!, [...path, 'name'], nameExpected)
    else {
      name = this.string(nameEntry.value, nameEntry.at, [...path, 'name'], nameExpected)
      if (name !== undefined && !ENVIRONMENT_NAME.test(name))
        name = this.expected(nameEntry.value, nameEntry.at, [...path, 'name'], nameExpected)
    }
    const autoDeploy = this.boolean(entries.get('auto-deploy'), [...path, 'auto-deploy'])
    const pinned = this.boolean(entries.get('pinned'), [...path, 'pinned'])
    const gitopsPath = this.relativePath(entries.get('gitops-path'), [...path, 'gitops-path'])
    const terragruntPath = this.relativePath(entries.get('terragrunt-path'), [...path, 'terragrunt-path'])
    const argocdEntry = entries.get('argocd')
    const argocd = argocdEntry ? this.argocd(argocdEntry, [...path, 'argocd']) : undefined
    const approvalEntry = entries.get('approval')
    const approval = approvalEntry ? this.approval(approvalEntry, [...path, 'approval']) : undefined
    if (name === undefined) return undefined
    const config: EnvironmentConfig = { name, autoDeploy: autoDeploy ?? false, pinned: pinned ?? false }
    if (gitopsPath !== undefined) config.gitopsPath = gitopsPath
    if (terragruntPath !== undefined) config.terragruntPath = terragruntPath
    if (argocd) config.argocd = argocd
    if (approval) config.approval = approval
    return { config, nameAt: nameEntry!.at }
  }

  private relativePath(entry: Entry | undefined, path: Path): string | undefined {
    if (!entry) return undefined
    const expected = 'a path relative to the repository root'
    const text = this.string(entry.value, entry.at, path, expected)
    if (text === undefined) return undefined
    const parts = text.replace(/\\/g, '/').split('/')
    if (text.startsWith('/') || /^[A-Za-z]:/.test(text) || parts.includes('..')) {
      return this.expected(entry.value, entry.at, path, `${expected} without '..'`)
    }
    return parts.filter((p) => p !== '' && p !== '.').join('/') || '.'
  }

  private argocd(entry: Entry, path: Path): ArgoCdConfig | undefined {
    const entries = this.mapping(entry.value, entry.at, path, ARGOCD_KEYS, "a mapping with 'apps' or 'selector'")
    if (!entries) return undefined
    const appsEntry = entries.get('apps')
    const selectorEntry = entries.get('selector')
    const projectEntry = entries.get('project')
    const project = projectEntry
      ? this.string(projectEntry.value, projectEntry.at, [...path, 'project'], 'an Argo CD project name')
      : undefined
    const withProject = <T extends object>(c: T) => (project === undefined ? c : { ...c, project })
    if (appsEntry && selectorEntry) {
      this.report(selectorEntry.key.range?.[0], [...path, 'selector'], `give either 'apps' or 'selector', not both`)
      return undefined
    }
    if (appsEntry) {
      const apps = this.appNames(appsEntry, [...path, 'apps'])
      return apps ? withProject({ apps }) : undefined
    }
    if (selectorEntry) {
      const selector = this.selector(selectorEntry, [...path, 'selector'])
      return selector === undefined ? undefined : withProject({ selector })
    }
    return this.missing(entry.value!, [...path, 'apps'], "a list of Argo CD application names (or a 'selector')")
  }

  private appNames(entry: Entry, path: Path): string[] | undefined {
    const expected = 'a list of Argo CD application names'
    const items = this.list(entry, path, expected)
    if (!items) return undefined
    if (items.length === 0) return this.expected(entry.value, entry.at, path, `${expected} (at least one)`)
    const apps: string[] = []
    let ok = true
    const seen = new Set<string>()
    items.forEach(({ node, at }, i) => {
      const name = this.string(node, at, [...path, i], 'an application name (lower-case letters, digits, . and -)')
      if (name === undefined) ok = false
      else if (!APP_NAME.test(name)) {
        ok = this.expected(node, at, [...path, i], 'an application name (lower-case letters, digits, . and -)') ?? false
      } else if (seen.has(name)) {
        ok = false
        this.report(at, [...path, i], `"${name}" is listed twice`)
      } else {
        seen.add(name)
        apps.push(name)
      }
    })
    return ok ? apps : undefined
  }

  private selector(entry: Entry, path: Path): string | undefined {
    const expected = 'a label selector such as "environment=dev"'
    const text = this.string(entry.value, entry.at, path, expected)
    if (text === undefined) return undefined
    const terms = text.split(/,(?![^()]*\))/).map((t) => t.trim())
    if (terms.some((t) => !SELECTOR_TERM.test(t))) return this.expected(entry.value, entry.at, path, expected)
    return text
  }

  private approval(entry: Entry, path: Path): ApprovalConfig | undefined {
    const entries = this.mapping(entry.value, entry.at, path, APPROVAL_KEYS, "a mapping with 'approvers'")
    if (!entries) return undefined
    const approversEntry = entries.get('approvers')
    const approvers = approversEntry
      ? this.approvers(approversEntry, [...path, 'approvers'])
      : this.missing(entry.value!, [...path, 'approvers'], 'a list of users and @org/team names')

    const minEntry = entries.get('min-approvals')
    let minApprovals: number | undefined = 1
    if (minEntry) {
      const value = isScalar(minEntry.value) ? minEntry.value.value : undefined
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        minApprovals = this.expected(minEntry.value, minEntry.at, [...path, 'min-approvals'], 'a whole number ≥ 1')
      } else if (approvers && approvers.list.every((a) => a.kind === 'user') && value > approvers.list.length) {
        const n = approvers.list.length
        minApprovals = this.expected(
          minEntry.value,
          minEntry.at,
          [...path, 'min-approvals'],
          `at most ${n} (the number of listed approvers)`
        )
      } else minApprovals = value
    }

    const windowsEntry = entries.get('windows')
    const windows = windowsEntry ? this.windows(windowsEntry, [...path, 'windows']) : []

    const timeoutEntry = entries.get('timeout')
    let timeout: number | undefined
    if (timeoutEntry) timeout = this.duration(timeoutEntry, [...path, 'timeout'])

    const denyWins = this.boolean(entries.get('deny-wins'), [...path, 'deny-wins'])
    const excludeInitiator = this.boolean(entries.get('exclude-initiator'), [...path, 'exclude-initiator'])

    if (!approvers || minApprovals === undefined || !windows) return undefined
    if (timeoutEntry && timeout === undefined) return undefined
    const config: ApprovalConfig = { approvers: approvers.list.map(formatApprover), minApprovals, windows }
    if (timeout !== undefined) config.timeout = timeout
    if (denyWins !== undefined) config.denyWins = denyWins
    if (excludeInitiator !== undefined) config.excludeInitiator = excludeInitiator
    return config
  }

  private approvers(entry: Entry, path: Path): { list: Approver[] } | undefined {
    const expected = 'a list of users and @org/team names'
    const items = this.list(entry, path, expected)
    if (!items) return undefined
    if (items.length === 0) return this.expected(entry.value, entry.at, path, `${expected} (at least one)`)
    const list: Approver[] = []
    const seen = new Set<string>()
    let ok = true
    items.forEach(({ node, at }, i) => {
      const one = 'a GitHub login such as "alice" or a team such as "@acme/sre-team"'
      const text = this.string(node, at, [...path, i], one)
      const approver = text === undefined ? undefined : parseApprover(text)
      if (!approver) {
        ok = false
        if (text !== undefined) this.expected(node, at, [...path, i], one)
        return
      }
      const key = formatApprover(approver).toLowerCase()
      if (seen.has(key)) {
        ok = false
        this.report(at, [...path, i], `"${formatApprover(approver)}" is listed twice`)
        return
      }
      seen.add(key)
      list.push(approver)
    })
    return ok ? { list } : undefined
  }

  private windows(entry: Entry, path: Path): DeploymentWindow[] | undefined {
    const items = this.list(entry, path, `a list of windows such as "Mon-Fri 09:00-17:00 Europe/Berlin"`)
    if (!items) return undefined
    const windows: DeploymentWindow[] = []
    let ok = true
    items.forEach(({ node, at }, i) => {
      const text = this.string(node, at, [...path, i], WINDOW_FORMS)
      if (text === undefined) {
        ok = false
        return
      }
      const parsed = parseDeploymentWindow(text)
      if (parsed.ok) windows.push(parsed.window)
      else {
        ok = false
        this.report(at, [...path, i], `expected ${WINDOW_FORMS}, got ${describe(node)}: ${parsed.reason}`)
      }
    })
    return ok ? windows : undefined
  }

  private duration(entry: Entry, path: Path): number | undefined {
    const node = entry.value
    const text = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : undefined
    const ms = text === undefined || /^\d+$/.test(text) ? undefined : parseDuration(text)
    if (ms === undefined) {
      const unitless = isScalar(node) && (typeof node.value === 'number' || /^\d+$/.test(text ?? ''))
      this.report(entry.at, path, `expected ${DURATION_FORMS}, got ${describe(node)}${unitless ? ' (add a unit)' : ''}`)
      return undefined
    }
    if (ms <= 0) return this.expected(node, entry.at, path, 'a duration longer than zero')
    return ms
  }

  private promotion(entry: Entry, environments: EnvironmentConfig[]): PromotionConfig | undefined {
    const path = ['promotion']
    const entries = this.mapping(entry.value, entry.at, path, PROMOTION_KEYS, "a mapping with an 'order' list")
    if (!entries) return undefined
    const names = environments.map((e) => e.name)
    const orderEntry = entries.get('order')
    let order: string[] | undefined = names
    if (orderEntry) {
      const orderPath = [...path, 'order']
      const items = this.list(orderEntry, orderPath, 'a list of environment names, lowest first')
      order = items ? [] : undefined
      if (items?.length === 0)
        order = this.expected(orderEntry.value, orderEntry.at, orderPath, 'at least one environment name')
      const seen = new Set<string>()
      items?.forEach(({ node, at }, i) => {
        const name = this.string(node, at, [...orderPath, i], 'an environment name')
        if (name === undefined) order = undefined
        else if (!names.includes(name)) {
          order = undefined
          const guess = closest(name, names)
          const hint = guess ? `did you mean '${guess}'?` : `environments are ${listWords(names)}`
          this.report(at, [...orderPath, i], `unknown environment "${name}", ${hint}`)
        } else if (seen.has(name)) {
          order = undefined
          this.report(at, [...orderPath, i], `"${name}" is listed twice`)
        } else {
          seen.add(name)
          order?.push(name)
        }
      })
    }
    const allowSkip = this.boolean(entries.get('allow-skip'), [...path, 'allow-skip'])
    if (!order) return undefined
    return allowSkip === undefined ? { order } : { order, allowSkip }
  }
}
