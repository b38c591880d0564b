// Bundles every action with ncc into dist/<name>/ (ESM). Usage: node scripts/build.mjs [name ...]
// No source map: it is one multi-megabyte line that would rewrite itself in every commit of dist/.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { listActions, root } from './actions.mjs'

const wanted = process.argv.slice(2)
const names = wanted.length > 0 ? wanted : listActions()
let failed = false
for (const name of names) {
  const entry = join('src', name, 'index.ts')
  if (!existsSync(join(root, entry))) {
    console.error(`build: actions/${name}/action.yml has no entry point ${entry}`)
    failed = true
    continue
  }
  const out = join('dist', name)
  rmSync(join(root, out), { recursive: true, force: true })
  const res = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '-q'
    ],
    { cwd: root, stdio: 'inherit' }
  )
  if (res.status !== 0) failed = true
  else console.log(`build: dist/${name}/index.js`)
}
process.exit(failed ? 1 : 0)
