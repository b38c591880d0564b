/**
 * Text plan parse + render throughput on a generated 50,000-resource plan: `parseTextPlan` + `extractPlanBody` +
 * `renderPlanReport` (the PR comment, under its size budget) in MB/s of input text, against `JSON.parse` of the
 * matching JSON plan in MB/s, measured in the same run, interleaved.
 */
import { extractPlanBody, parseTextPlan } from '../src/core/plan/index.js'
import { buildPlanResult, buildUnitPlan } from '../src/core/plan/unit-plan.js'
import type { UnitPlan } from '../src/core/plan/model.js'
import { COMMENT_BUDGET, JOB_SUMMARY_LIMIT } from '../src/core/render/budget.js'
import {
  CALLOUT_SHARE,
  preparePlanReport,
  renderPlanReport,
  renderPreparedReport,
  renderPreparedReportFull
} from '../src/core/render/plan-comment.js'
import type { PlanReportContext } from '../src/core/render/plan-comment.js'
import { formatValue, median, since } from './stats.js'
import type { BenchResult, Benchmark, Figure } from './stats.js'
import { generatePlan } from './plan-generator.js'

const RESOURCES = Number(process.env.BENCH_PLAN_RESOURCES ?? 50_000)
const RUNS = Number(process.env.BENCH_PLAN_RUNS ?? 5)
const TARGET_MBPS = 50
/** The action-like pass renders three times over; fewer runs keep the bench short. */
const ACTION_RUNS = Math.min(RUNS, 2)

const CTX: PlanReportContext = {
  headSha: '0123456789abcdef0123456789abcdef01234567',
  runUrl: 'https://github.com/acme/live/actions/runs/4242/attempts/1',
  markerKey: 'default',
  markerPayload: { schema: 1, label: '' },
  tool: 'tofu'
}

const mb = (text: string): number => Buffer.byteLength(text) / 1e6

interface Stages {
  parse: number
  extract: number
  render: number
}

/** One pass of what the text path needs: facts from the text, the body to show, the PR comment. */
function parseAndRender(text: string): { ms: Stages; comment: string } {
  let t = performance.now()
  const plan = parseTextPlan(text)
  const parse = since(t)
  t = performance.now()
  const body = extractPlanBody(text)
  const extract = since(t)
  t = performance.now()
  const unit: UnitPlan = {
    path: 'non-production/development/platform',
    status: plan.hasChanges ? 'changes' : 'no-changes',
    counts: plan.counts,
    destroyed: plan.resources.filter((r) => r.action === 'delete').map((r) => r.address),
    replaced: plan.resources.filter((r) => r.action === 'replace').map((r) => r.address),
    text: body,
    plan
  }
  const comment = renderPlanReport(buildPlanResult([unit]), CTX)
  const render = since(t)
  return { ms: { parse, extract, render }, comment }
}

/**
 * What the action itself does with a text-only unit: buildUnitPlan, then prepares the report once and renders the full
 * report, the job summary and the comment from it.
 */
function actionPath(text: string): number {
  const t = performance.now()
  const result = buildPlanResult([buildUnitPlan({ path: 'non-production/development/platform', text, exitCode: 2 })])
  const prepared = preparePlanReport(result, CTX)
  renderPreparedReportFull(prepared)
  renderPreparedReport(prepared, { maxChars: JOB_SUMMARY_LIMIT - 1024 })
  renderPreparedReport(prepared)
  return since(t)
}

async function run(): Promise<BenchResult> {
  const genStart = performance.now()
  const plan = generatePlan(RESOURCES)
  const genMs = since(genStart)
  const textMb = mb(plan.text)
  const jsonMb = mb(plan.json)

  // Warm-up (JIT, lazily compiled regexps), not counted.
  parseAndRender(plan.text)
  JSON.parse(plan.json)

  const passes: Stages[] = []
  const jsonMs: number[] = []
  const actionMs: number[] = []
  let comment = ''
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    JSON.parse(plan.json)
    jsonMs.push(since(t))
    const pass = parseAndRender(plan.text)
    passes.push(pass.ms)
    comment = pass.comment
    if (i < ACTION_RUNS) actionMs.push(actionPath(plan.text))
    await new Promise((resolve) => setImmediate(resolve))
  }

  const total = median(passes.map((p) => p.parse + p.extract + p.render))
  const jsonRate = jsonMb / (median(jsonMs) / 1000)
  const rate = (ms: number) => textMb / (ms / 1000)
  const reference = `JSON.parse ${formatValue(jsonRate, 'MB/s')}`
  const figures: Figure[] = [
    {
      measure: 'parse + extract + render (comment)',
      median: rate(total),
      unit: 'MB/s',
      runs: RUNS,
      reference,
      ratio: rate(total) / jsonRate,
      target: `≥ ${TARGET_MBPS} MB/s`,
      met: rate(total) >= TARGET_MBPS
    },
    ...(['parse', 'extract', 'render'] as const).map((stage): Figure => ({
      measure: `  ${stage === 'parse' ? 'parseTextPlan' : stage === 'extract' ? 'extractPlanBody' : 'renderPlanReport (comment)'} alone`,
      median: rate(median(passes.map((p) => p[stage]))),
      unit: 'MB/s',
      runs: RUNS,
      reference,
      ratio: rate(median(passes.map((p) => p[stage]))) / jsonRate
    })),
    {
      measure: 'as the action does it (buildUnitPlan + report, summary, comment)',
      median: rate(median(actionMs)),
      unit: 'MB/s',
      runs: actionMs.length,
      reference,
      ratio: rate(median(actionMs)) / jsonRate
    }
  ]
  // The callout's share of the comment: the `> [!CAUTION]` block, which names destroyed and replaced addresses.
  const commentBytes = Buffer.byteLength(comment)
  const calloutStart = comment.indexOf('> [!CAUTION]')
  const calloutEnd = comment.indexOf('\n\n', calloutStart)
  const calloutBytes = calloutStart < 0 ? 0 : Buffer.byteLength(comment.slice(calloutStart, calloutEnd))
  const named = calloutStart < 0 ? 0 : (comment.slice(calloutStart, calloutEnd).match(/<code>/g) ?? []).length
  const share = (100 * calloutBytes) / commentBytes
  figures.push({
    measure: 'callout share of the comment (addresses named)',
    median: share,
    unit: '%',
    runs: 1,
    reference: `comment ${commentBytes.toLocaleString('en')} B, callout ${calloutBytes.toLocaleString('en')} B`,
    target: `≤ ${(100 * CALLOUT_SHARE).toFixed(1)} %`,
    met: calloutBytes <= Math.floor(COMMENT_BUDGET * CALLOUT_SHARE) && named > 1
  })
  const c = plan.counts
  return {
    figures,
    notes: [
      `Input: ${RESOURCES.toLocaleString('en')} resources (+${c.add} ~${c.change} -${c.destroy}, ${c.replace} replaced), text ${textMb.toFixed(1)} MB, JSON ${jsonMb.toFixed(1)} MB (MB = 10^6 bytes; generated in ${(genMs / 1000).toFixed(1)} s, not counted). Comment rendered: ${comment.length.toLocaleString('en')} chars; its callout names ${named.toLocaleString('en')} units and addresses (of ${c.destroy.toLocaleString('en')} destroyed or replaced).`,
      'MB/s is input text per second for every row (JSON.parse: JSON bytes per second). Ratio = row / JSON.parse.'
    ]
  }
}

export const planThroughput: Benchmark = {
  id: 'plan',
  title: `Text plan parse + render, ${RESOURCES.toLocaleString('en')} resources`,
  run
}
