// Generates action-docs/<name>.md from each actions/<name>/action.yml, formatted with prettier so `prettier --check` passes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import * as prettier from 'prettier'
import { listActions, root } from './actions.mjs'

const cell = (s) =>
  String(s ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')

function render(name, meta) {
  const lines = [`# ${meta.name ?? name}`, '', String(meta.description ?? '').trim(), '']
  lines.push('## Usage', '', '```yaml', `- uses: <owner>/gitops-actions/actions/${name}@v1`, '  with:')
  for (const [key, input] of Object.entries(meta.inputs ?? {})) {
    const value = `'${String(input.default ?? '').replace(/'/g, "''")}'`
    lines.push(`    ${input.required ? '' : '# '}${key}: ${value}`)
  }
  lines.push('```', '', '## Inputs', '', '| name | description | required | default |', '| --- | --- | --- | --- |')
  for (const [key, input] of Object.entries(meta.inputs ?? {})) {
    const def = input.default === undefined ? '' : input.default === '' ? '(empty)' : '`' + cell(input.default) + '`'
    lines.push(`| \`${key}\` | ${cell(input.description)} | ${input.required ? 'yes' : 'no'} | ${def} |`)
  }
  lines.push('', '## Outputs', '', '| name | description |', '| --- | --- |')
  for (const [key, output] of Object.entries(meta.outputs ?? {})) {
    lines.push(`| \`${key}\` | ${cell(output.description)} |`)
  }
  lines.push('', '## Runs', '', `This is a \`${meta.runs?.using}\` action; entry point \`${meta.runs?.main}\`.`, '')
  return lines.join('\n')
}

const config = (await prettier.resolveConfig(join(root, 'README.md'))) ?? {}
mkdirSync(join(root, 'action-docs'), { recursive: true })
for (const name of listActions()) {
  const meta = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'))
  const file = join(root, 'action-docs', `${name}.md`)
  writeFileSync(file, await prettier.format(render(name, meta), { ...config, filepath: file }))
  console.log(`docs: action-docs/${name}.md`)
}
