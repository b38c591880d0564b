/**
 * Every shipped example (the workflows under .github/workflows/examples and the yaml blocks of the README) calls our
 * actions with inputs that action.yml declares and that the action's own settings parser accepts, with the
 * action.yml defaults filled in as the runner does. `${{ matrix.x }}` stands for the matrix's first value. Every
 * `steps.<id>.outputs.<name>` they read names a step of the same job, and an output that step's action declares.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse, parseAllDocuments } from 'yaml'
import { InputReader, recordInputs } from '../../../src/core/action/index.js'
import type { InputSource } from '../../../src/core/action/index.js'

const root = join(import.meta.dirname, '..', '..', '..')
const EXAMPLES_DIR = join(root, '.github', 'workflows', 'examples')
/** `acme/gitops-actions/actions/<name>@v1` or `./actions/<name>`; other actions (checkout, …) are not ours. */
const USES = /^(?:[\w.-]+\/gitops-actions\/|\.\/)actions\/([\w-]+)(?:@|$)/

interface Call {
  source: string
  action: string
  with: Record<string, unknown>
  matrix: Map<string, unknown>
  /** `on.workflow_dispatch.inputs`: name -> the default or first option. */
  dispatch: Map<string, string>
}

/** Every `uses: …/actions/<name>@…` step in a parsed document, with the matrix of the job around it. */
function calls(
  doc: unknown,
  source: string,
  matrix = new Map<string, unknown>(),
  dispatch = dispatchInputs(doc)
): Call[] {
  if (Array.isArray(doc)) return doc.flatMap((d) => calls(d, source, matrix, dispatch))
  if (doc === null || typeof doc !== 'object') return []
  const obj = doc as Record<string, unknown>
  const strategy = obj.strategy as { matrix?: Record<string, unknown> } | undefined
  if (strategy?.matrix) {
    matrix = new Map(matrix)
    for (const [k, v] of Object.entries(strategy.matrix)) if (Array.isArray(v)) matrix.set(k, v[0])
  }
  const found: Call[] = []
  const m = typeof obj.uses === 'string' ? USES.exec(obj.uses) : null
  if (m) found.push({ source, action: m[1], with: (obj.with as Record<string, unknown>) ?? {}, matrix, dispatch })
  for (const v of Object.values(obj)) found.push(...calls(v, source, matrix, dispatch))
  return found
}

function dispatchInputs(doc: unknown): Map<string, string> {
  const on = (
    doc as {
      on?: {
        workflow_dispatch?: { inputs?: Record<string, { default?: string | number | boolean; options?: string[] }> }
      }
    }
  )?.on
  const out = new Map<string, string>()
  for (const [name, input] of Object.entries(on?.workflow_dispatch?.inputs ?? {})) {
    const value = input.default ?? input.options?.[0]
    if (value !== undefined) out.set(name, String(value))
  }
  return out
}

/** Every parsed example: the workflows under .github/workflows/examples, then each yaml block of the README. */
function exampleDocs(): Array<{ source: string; doc: unknown }> {
  const out: Array<{ source: string; doc: unknown }> = []
  for (const name of readdirSync(EXAMPLES_DIR).filter((n) => /\.ya?ml$/.test(n))) {
    out.push({
      source: `.github/workflows/examples/${name}`,
      doc: parse(readFileSync(join(EXAMPLES_DIR, name), 'utf8'))
    })
  }
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  let i = 0
  for (const block of readme.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
    i++
    for (const doc of parseAllDocuments(block[1])) out.push({ source: `README.md yaml block ${i}`, doc: doc.toJS() })
  }
  return out
}

function exampleCalls(): Call[] {
  return exampleDocs().flatMap(({ source, doc }) => calls(doc, source))
}

/** A step list: a job's `steps:`, or a README block that is a bare list of steps. */
type Steps = Array<Record<string, unknown>>

/** Every step list in a document, each with everything around it that can read its steps' outputs (the job). */
function jobs(doc: unknown): Array<{ steps: Steps; scope: unknown; fragment?: true }> {
  if (Array.isArray(doc)) {
    const isSteps =
      doc.length > 0 && doc.every((s) => s !== null && typeof s === 'object' && ('uses' in s || 'run' in s))
    return isSteps ? [{ steps: doc as Steps, scope: doc, fragment: true }] : doc.flatMap(jobs)
  }
  if (doc === null || typeof doc !== 'object') return []
  const obj = doc as Record<string, unknown>
  if (Array.isArray(obj.steps)) return [{ steps: obj.steps as Steps, scope: obj }]
  return Object.values(obj).flatMap(jobs)
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

interface OutputRead {
  source: string
  expression: string
  /** The action of the step with that id, `null` for a step that is not ours, `undefined` for no such step. */
  action: string | null | undefined
  /** A README block of bare steps: a step it reads may be one the text around it describes (an App token). */
  fragment: boolean
  output: string
}

/** Every `steps.<id>.outputs.<name>` (or `['<name>']`) an example reads, resolved to the step's action. */
function outputReads(): OutputRead[] {
  const reads: OutputRead[] = []
  for (const { source, doc } of exampleDocs()) {
    for (const { steps, scope, fragment } of jobs(doc)) {
      const byId = new Map<string, string | null>()
      for (const step of steps) {
        if (typeof step.id !== 'string') continue
        const m = typeof step.uses === 'string' ? USES.exec(step.uses) : null
        byId.set(step.id, m ? m[1] : null)
      }
      for (const text of strings(scope)) {
        for (const m of text.matchAll(/steps\.([\w-]+)\.outputs(?:\.([\w-]+)|\[\s*'([^']+)'\s*\])/g)) {
          reads.push({
            source,
            expression: m[0],
            action: byId.get(m[1]),
            output: m[2] ?? m[3],
            fragment: fragment === true
          })
        }
      }
    }
  }
  return reads
}

/** Matrix values that come from our own actions' outputs (`fromJSON(...)`): drift-detect's list-shards gives `i/N`. */
const DYNAMIC_MATRIX: Record<string, string> = { shard: '1/4' }

/** The `github` context values examples use. */
const GITHUB: Record<string, string> = {
  'github.repository': 'acme/live',
  'github.repository_owner': 'acme',
  'github.sha': 'a'.repeat(40),
  'github.event.pull_request.number': '7',
  'github.event.issue.number': '12',
  'github.run_id': '4242'
}

/**
 * What an expression stands for in the test: the matrix's first value, a workflow_dispatch input's default (or first
 * option), `true` for a comparison, a token, or a plain word.
 */
function substitute(value: string, call: Call): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const m = /^matrix\.([\w-]+)$/.exec(expr)
    if (m && call.matrix.has(m[1])) return String(call.matrix.get(m[1]))
    if (m && m[1] in DYNAMIC_MATRIX) return DYNAMIC_MATRIX[m[1]]
    const i = /^(?:github\.event\.)?inputs\.([\w-]+)$/.exec(expr)
    if (i && call.dispatch.has(i[1])) return call.dispatch.get(i[1])!
    if (/==|!=|&&|\|\||^!/.test(expr)) return 'true'
    if (expr in GITHUB) return GITHUB[expr]
    if (/token|secrets\./.test(expr)) return 'ghs_example'
    return 'example'
  })
}

interface ActionYml {
  inputs: Record<string, { default?: string | number | boolean }>
  outputs: Record<string, unknown>
}

function actionYml(action: string): ActionYml {
  return parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as ActionYml
}

const all = exampleCalls()
const reads = outputReads()

/** The config file of DESIGN.md section 4, as a repository using the examples would have it. */
const EXAMPLE_CONFIG = join(mkdtempSync(join(tmpdir(), 'gitops-examples-')), 'gitops.yaml')
writeFileSync(
  EXAMPLE_CONFIG,
  [
    'environments:',
    '  - { name: dev, auto-deploy: true, gitops-path: environments/dev }',
    '  - { name: qa, auto-deploy: true, gitops-path: environments/qa }',
    '  - name: staging',
    '    approval: { approvers: ["@acme/sre-team", "alice"], min-approvals: 1 }',
    '  - name: prod',
    '    pinned: true',
    '    approval:',
    '      approvers: ["@acme/sre-team", "@acme/security"]',
    '      min-approvals: 2',
    '      windows: ["Mon-Fri 09:00-17:00 Europe/Berlin"]',
    'promotion:',
    '  order: [dev, qa, staging, prod]',
    ''
  ].join('\n')
)

describe('example workflows', () => {
  it('exist and call our actions', () => {
    expect(all.length).toBeGreaterThan(0)
  })

  it.each(all.map((c) => [`${c.source}: ${c.action}`, c] as const))('%s', async (_name, call) => {
    const yml = actionYml(call.action)
    const unknown = Object.keys(call.with).filter((k) => !(k in yml.inputs))
    expect(unknown).toEqual([])
    const values: Record<string, string> = {}
    for (const [name, input] of Object.entries(yml.inputs)) {
      if (input.default !== undefined) values[name] = substitute(String(input.default), call)
    }
    for (const [name, value] of Object.entries(call.with)) values[name] = substitute(String(value), call)
    // An example that names an environment reads the repository's config file: give it the one DESIGN.md describes.
    if ('environment' in call.with) values.config = EXAMPLE_CONFIG
    const settings = (await import(`../../../src/${call.action}/settings.js`)) as {
      readSettings: (inputs: InputReader & InputSource) => unknown
    }
    // Settings parsers take an InputReader or an InputSource: this is both.
    const source = recordInputs(values)
    const inputs = Object.assign(new InputReader(source), source)
    await expect(Promise.resolve().then(() => settings.readSettings(inputs))).resolves.toBeDefined()
  })

  it('read outputs of our steps', () => {
    expect(reads.filter((r) => r.action).length).toBeGreaterThan(0)
  })

  it.each(reads.map((r) => [`${r.source}: ${r.expression}`, r] as const))('%s', (_name, read) => {
    // The id names a step of the same job (a typo would read an empty string at run time, silently).
    if (!read.fragment) expect(read.action).not.toBeUndefined()
    if (read.action) expect(Object.keys(actionYml(read.action).outputs)).toContain(read.output)
  })
})
