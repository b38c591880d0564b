// Generates action-docs/<name>.md from each actions/<name>/action.yml, and the inputs/outputs tables of README.md
// between `<!-- action-docs:<name> -->` and `<!-- action-docs:end -->`, formatted with prettier so `prettier --check`
// passes. `node scripts/docs.mjs --check` writes nothing and exits 1 when a generated file is not current.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import * as prettier from 'prettier'
import { listActions, root } from './actions.mjs'

const cell = (s) =>
  String(s ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')

const defaultCell = (input) =>
  input.default === undefined ? '' : input.default === '' ? '(empty)' : '`' + cell(input.default) + '`'

function inputsTable(meta) {
  const lines = ['| name | description | required | default |', '| --- | --- | --- | --- |']
  for (const [key, input] of Object.entries(meta.inputs ?? {})) {
    lines.push(`| \`${key}\` | ${cell(input.description)} | ${input.required ? 'yes' : 'no'} | ${defaultCell(input)} |`)
  }
  return lines
}

function outputsTable(meta) {
  const lines = ['| name | description |', '| --- | --- |']
  for (const [key, output] of Object.entries(meta.outputs ?? {})) {
    lines.push(`| \`${key}\` | ${cell(output.description)} |`)
  }
  return lines
}

function render(name, meta) {
  const lines = [`# ${meta.name ?? name}`, '', String(meta.description ?? '').trim(), '']
  lines.push('## Usage', '', '```yaml', `- uses: <owner>/gitops-actions/actions/${name}@v1`, '  with:')
  for (const [key, input] of Object.entries(meta.inputs ?? {})) {
    const value = `'${String(input.default ?? '').replace(/'/g, "''")}'`
    lines.push(`    ${input.required ? '' : '# '}${key}: ${value}`)
  }
  lines.push('```', '', '## Inputs', '', ...inputsTable(meta))
  lines.push('', '## Outputs', '', ...outputsTable(meta))
  lines.push('', '## Runs', '', `This is a \`${meta.runs?.using}\` action; entry point \`${meta.runs?.main}\`.`, '')
  return lines.join('\n')
}

/** The README block of one action: its inputs and outputs, folded so the section stays readable. */
function readmeBlock(name, meta) {
  const inputs = Object.keys(meta.inputs ?? {}).length
  const outputs = Object.keys(meta.outputs ?? {}).length
  return [
    `<details><summary>All ${inputs} inputs and ${outputs} outputs of <code>${name}</code> (generated from <a href="actions/${name}/action.yml">action.yml</a>)</summary>`,
    '',
    ...inputsTable(meta),
    '',
    ...outputsTable(meta),
    '',
    '</details>'
  ].join('\n')
}

const BLOCK = /(<!-- action-docs:([\w-]+) -->)[\s\S]*?(<!-- action-docs:end -->)/g

/** README.md with every marked block regenerated (unformatted). */
function renderReadme(readme, metas) {
  return readme.replace(BLOCK, (whole, open, name, close) => {
    const meta = metas.get(name)
    if (!meta) throw new Error(`README.md: <!-- action-docs:${name} --> names no actions/${name}/action.yml`)
    return `${open}\n\n${readmeBlock(name, meta)}\n\n${close}`
  })
}

const check = process.argv.includes('--check')
const config = (await prettier.resolveConfig(join(root, 'README.md'))) ?? {}
const metas = new Map(
  listActions().map((name) => [name, parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'))])
)
const wanted = new Map()
for (const [name, meta] of metas) {
  const file = join(root, 'action-docs', `${name}.md`)
  wanted.set(file, await prettier.format(render(name, meta), { ...config, filepath: file }))
}
const readmePath = join(root, 'README.md')
const readme = readFileSync(readmePath, 'utf8')
wanted.set(readmePath, await prettier.format(renderReadme(readme, metas), { ...config, filepath: readmePath }))

let stale = 0
if (!check) mkdirSync(join(root, 'action-docs'), { recursive: true })
for (const [file, text] of wanted) {
  const rel = file.slice(root.length)
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined
  if (current === text) continue
  if (check) {
    stale++
    console.error(`docs: ${rel} is not current; run npm run docs`)
  } else {
    writeFileSync(file, text)
    console.log(`docs: ${rel}`)
  }
}
if (check) console.log(`docs: ${wanted.size - stale} of ${wanted.size} generated file(s) current`)
process.exit(stale > 0 ? 1 : 0)
