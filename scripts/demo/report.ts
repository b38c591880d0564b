/**
 * What the demo shows: a short block per step in the terminal, and demo-report.md with every comment, issue, pull
 * request and job summary the actions produced, as GitHub stored them.
 */
import type { GitHubEmulator } from '../../test/emulators/github/index.js'
import type { DemoStep, StepOutcome } from './step.js'

const REPOS = [
  ['acme', 'live'],
  ['acme', 'gitops']
] as const
const WEB = 'https://github.com'

/** Something on GitHub a step created or changed, with where it lives. */
export interface Thing {
  key: string
  /** e.g. "comment on acme/live#1 by github-actions[bot]" */
  what: string
  url: string
  /** The emulator's API address of the same object (alive while the demo runs). */
  api: string
  body: string
  created: boolean
}

/** Every issue, pull request and comment of the demo's repositories, keyed, with a fingerprint of its content. */
export function snapshot(gh: GitHubEmulator): Map<string, { fingerprint: string; thing: Omit<Thing, 'created'> }> {
  const out = new Map<string, { fingerprint: string; thing: Omit<Thing, 'created'> }>()
  for (const [owner, repo] of REPOS) {
    if (!gh.state.findRepo(owner, repo)) continue
    for (const issue of gh.state.issues(owner, repo)) {
      const kind = issue.pull ? 'pull request' : 'issue'
      const path = `${owner}/${repo}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`
      const labels = issue.labels.length > 0 ? `, labels ${issue.labels.join(', ')}` : ''
      const pull = issue.pull ? gh.state.pull(owner, repo, issue.number) : undefined
      const state = pull?.merged ? `merged by ${pull.mergedBy}` : issue.state
      out.set(`${owner}/${repo}#${issue.number}`, {
        fingerprint: JSON.stringify([issue.title, issue.body, state, issue.labels]),
        thing: {
          key: `${owner}/${repo}#${issue.number}`,
          what: `${kind} ${owner}/${repo}#${issue.number} "${issue.title}" by ${issue.user} (${state}${labels})`,
          url: `${WEB}/${path}`,
          api: `${gh.url}/repos/${owner}/${repo}/${issue.pull ? 'pulls' : 'issues'}/${issue.number}`,
          body: issue.body ?? ''
        }
      })
      for (const c of gh.state.comments(owner, repo, issue.number)) {
        out.set(`comment ${owner}/${repo}/${c.id}`, {
          fingerprint: c.body,
          thing: {
            key: `comment ${owner}/${repo}/${c.id}`,
            what: `comment on ${owner}/${repo}#${issue.number} by ${c.user}`,
            url: `${WEB}/${path}#issuecomment-${c.id}`,
            api: `${gh.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
            body: c.body
          }
        })
      }
    }
  }
  return out
}

/** What appeared or changed between two snapshots. */
export function changes(before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>): Thing[] {
  const out: Thing[] = []
  for (const [key, now] of after) {
    const then = before.get(key)
    if (!then || then.fingerprint !== now.fingerprint) out.push({ ...now.thing, created: !then })
  }
  return out
}

export interface StepRecord {
  step: DemoStep
  outcome: StepOutcome
  things: Thing[]
  seconds: number
}

const WIDTH = 100

/** The terminal block of one step: what ran, the result, what it created, the verdict. */
export function printStep(n: number, total: number, r: StepRecord): void {
  const verdict = r.outcome.problems.length === 0 ? 'OK' : 'FAIL'
  const head = `── ${n}/${total} ${r.step.title} `
  const tail = ` ${r.seconds.toFixed(1)} s  ${verdict} ──`
  console.log(`\n${head}${'─'.repeat(Math.max(3, WIDTH - head.length - tail.length))}${tail}`)
  const line = (label: string, text: string) => console.log(`  ${label.padEnd(8)} ${text}`)
  line('ran', r.outcome.ran)
  for (const [i, text] of r.outcome.result.filter(Boolean).entries()) line(i === 0 ? 'result' : '', text)
  for (const t of r.things) line(t.created ? 'created' : 'updated', `${t.what}\n           ${t.url}`)
  for (const p of r.outcome.problems) line('PROBLEM', p)
}

/** A fence longer than any backtick run in the text. */
function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const f = '`'.repeat(longest + 1)
  return `${f}${lang}\n${text.replace(/\n+$/, '')}\n${f}`
}

function yamlWith(inputs: Record<string, string>): string {
  return Object.entries(inputs)
    .map(([k, v]) => (v.includes('\n') ? `${k}: |\n${v.replace(/^/gm, '  ')}` : `${k}: ${v}`))
    .join('\n')
}

/** demo-report.md: per step the intro, the runs (inputs, outputs, job summary) and every object it wrote. */
export function renderReport(records: StepRecord[], seconds: number): string {
  const ok = records.every((r) => r.outcome.problems.length === 0)
  const lines = [
    '# gitops-actions demo report',
    '',
    `\`npm run demo\` played the pipeline in ${seconds.toFixed(1)} s: ${ok ? 'every step did what the scenario expects' : '**some steps did not do what the scenario expects** (see the problems below)'}.`,
    'Each action ran from its bundle (`node dist/<action>/index.js`) as a runner runs it, against the GitHub and',
    'Argo CD emulators and a fake terragrunt/tofu that replays recorded real plans. Below, per step: what ran, the',
    "step's inputs and outputs, its job summary, and every comment, issue and pull request it wrote, as GitHub",
    'stored them (links point where they would be on github.com).',
    '',
    '| # | step | result | time |',
    '| - | ---- | ------ | ---- |',
    ...records.map(
      (r, i) =>
        `| ${i + 1} | [${r.step.title}](#${i + 1}-${anchor(r.step.title)}) | ${r.outcome.problems.length === 0 ? 'OK' : 'FAIL'} | ${r.seconds.toFixed(1)} s |`
    ),
    ''
  ]
  for (const [i, r] of records.entries()) {
    lines.push(`## ${i + 1}. ${r.step.title}`, '', r.step.intro, '', `**Ran:** ${r.outcome.ran}.`, '')
    for (const text of r.outcome.result.filter(Boolean)) lines.push(`- ${text}`)
    lines.push('')
    if (r.outcome.problems.length > 0) {
      lines.push('**Problems:**', '', ...r.outcome.problems.map((p) => `- ${p}`), '')
    }
    for (const run of r.outcome.runs) {
      lines.push(`### ${run.label}: \`${run.action}\``, '', 'With:', '', fence(yamlWith(run.inputs), 'yaml'), '')
      lines.push(`Exit code ${run.result.exitCode}. Outputs:`, '', fence(yamlWith(run.result.outputs), 'yaml'), '')
      const warnings = run.result.annotations.filter((a) => a.level !== 'notice')
      if (warnings.length > 0) {
        lines.push('Annotations:', '', ...warnings.map((a) => `- ${a.level}: ${a.message.split('\n').join(' ')}`), '')
      }
      const summary = run.result.summary.trim()
      const same = r.things.find((t) => summary !== '' && t.body.trim() === summary)
      if (same) lines.push(`The job summary is the same text as the ${same.what} below.`, '')
      else lines.push('<details><summary>Job summary</summary>', '', summary || '(empty)', '', '</details>', '')
    }
    for (const extra of r.outcome.extras ?? []) lines.push(`### ${extra.title}`, '', fence(extra.body, extra.lang), '')
    for (const t of r.things) {
      lines.push(
        `### ${t.created ? 'Created' : 'Updated'}: ${t.what}`,
        '',
        `<${t.url}>`,
        '',
        t.body.trim() || '(empty body)',
        ''
      )
    }
  }
  return `${lines.join('\n').trim()}\n`
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-')
}
