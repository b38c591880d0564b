import { describe, expect, it } from '@jest/globals'
import { parseMarkerData } from '../../../src/core/render/markdown.js'
import { fillTemplate, renderCommitMessage, renderDiff, renderPullBody } from '../../../src/promote-env/render.js'
import type { PromotionView } from '../../../src/promote-env/render.js'

const view: PromotionView = {
  from: 'dev',
  to: 'qa',
  version: '1.4.0',
  previous: ['1.3.0'],
  reason: 'green for a day, see @alice #12',
  repository: 'acme/gitops',
  base: 'main',
  baseSha: '0123456789abcdef0123456789abcdef01234567',
  branch: 'promote/qa',
  serverUrl: 'https://github.com',
  changes: [
    {
      file: 'a|b.yaml',
      doc: 0,
      path: ['x'],
      field: 'x',
      target: 'yaml:x',
      where: 'a|b.yaml:1',
      old: '1.3.0',
      new: '1.4.0'
    }
  ]
}

describe('promote-env texts', () => {
  it.each([
    ['Promote {version} to {to}', 'Promote 1.4.0 to qa'],
    ['{from} -> {to} (was {previous}): {reason}', 'dev -> qa (was 1.3.0): green for a day, see @alice #12'],
    ['{unknown} stays', '{unknown} stays']
  ])('fills %s', (template, expected) => {
    expect(fillTemplate(template, view)).toBe(expected)
  })

  it('the PR body has the table, source, compare, checklist and a marker with its payload; user text is escaped', () => {
    const body = renderPullBody('Promotes {version}.', view)
    expect(body.startsWith('Promotes 1.4.0.\n\n| File | Field | Old | New |')).toBe(true)
    expect(body).toContain('| a\\|b.yaml | `x` | <code>1.3.0</code> | <code>1.4.0</code> |')
    expect(body).toContain(
      '- **Compare:** [main...promote/qa](https://github.com/acme/gitops/compare/main...promote/qa)'
    )
    expect(body).toContain('- **Reason:** green for a day, see @\u200dalice #\u200d12')
    expect(body).toContain('- [ ] Stakeholders are notified')
    expect(body).toContain('<!-- gitops-actions:promote-env:promote/qa -->')
    expect(parseMarkerData(body)).toEqual({ schema: 1, from: 'dev', to: 'qa', version: '1.4.0', previous: ['1.3.0'] })
  })

  it('the commit message lists every change under the title and reason, and ends with our trailer', () => {
    expect(renderCommitMessage('Promote 1.4.0 to qa', view)).toBe(
      'Promote 1.4.0 to qa\n\ngreen for a day, see @alice #12\n\nFrom dev at 0123456789ab.\n\n- a|b.yaml: x: 1.3.0 -> 1.4.0' +
        '\n\nPromoted-by: gitops-actions/promote-env'
    )
  })

  it('the dry-run diff shows the changed line with context', () => {
    const diff = renderDiff(new Map([['f.yaml', 'a: 1\nb: 2\nc: 3\n']]), new Map([['f.yaml', 'a: 1\nb: 9\nc: 3\n']]))
    expect(diff).toBe('--- a/f.yaml\n+++ b/f.yaml\n@@ -1,3 +1,3 @@\n a: 1\n-b: 2\n+b: 9\n c: 3')
  })
})
