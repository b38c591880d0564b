/**
 * `npm run bench [-- <id> ...]`: runs each benchmark in turn and prints one table of medians, each beside a reference
 * measured in the same run, with the target and whether it is met. Figures only: nothing is asserted, the exit code
 * is 0 unless a benchmark crashes. The machine may be shared; compare ratios rather than absolute times.
 */
import { availableParallelism, cpus, loadavg } from 'node:os'
import { coldStart } from './cold-start.js'
import { driftDetect } from './drift.js'
import { manyUnits } from './many-units.js'
import { planThroughput } from './plan-throughput.js'
import { TABLE_HEADER, figureRows, renderTable } from './stats.js'
import type { BenchResult, Benchmark } from './stats.js'

const BENCHMARKS: Benchmark[] = [planThroughput, manyUnits, coldStart, driftDetect]

async function main(): Promise<number> {
  const wanted = process.argv.slice(2)
  const unknown = wanted.filter((id) => !BENCHMARKS.some((b) => b.id === id))
  if (unknown.length > 0) {
    console.error(`bench: unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.id).join(', ')}`)
    return 2
  }
  const selected = wanted.length > 0 ? BENCHMARKS.filter((b) => wanted.includes(b.id)) : BENCHMARKS
  const load = loadavg().map((l) => l.toFixed(2))
  console.log(
    `gitops-actions benchmarks: Node ${process.version}, ${availableParallelism()} core(s) (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${load.join(' ')}`
  )
  console.log(`NODE_EXTRA_CA_CERTS: ${process.env.NODE_EXTRA_CA_CERTS ?? '(unset)'}\n`)

  const results: Array<{ bench: Benchmark; result?: BenchResult; error?: string; seconds: number }> = []
  let crashed = false
  for (const bench of selected) {
    process.stdout.write(`running ${bench.id}: ${bench.title} … `)
    const start = performance.now()
    try {
      const result = await bench.run()
      results.push({ bench, result, seconds: (performance.now() - start) / 1000 })
    } catch (e) {
      crashed = true
      results.push({ bench, error: (e as Error).stack ?? String(e), seconds: (performance.now() - start) / 1000 })
    }
    console.log(`${((performance.now() - start) / 1000).toFixed(1)} s`)
  }

  const rows = [TABLE_HEADER, ...results.flatMap((r) => (r.result ? figureRows(r.bench.id, r.result.figures) : []))]
  console.log(`\n${renderTable(rows, new Set([2, 3, 5]))}\n`)
  for (const r of results) {
    console.log(`${r.bench.id}: ${r.bench.title}`)
    if (r.error) console.log(`  CRASHED: ${r.error}`)
    for (const note of r.result?.notes ?? []) console.log(`  - ${note}`)
  }
  console.log(
    `\nload average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (a shared machine makes absolute times noisy)`
  )
  return crashed ? 1 : 0
}

process.exitCode = await main()
