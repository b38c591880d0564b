import { describe, expect, it } from '@jest/globals'
import {
  ZWJ,
  codeSpan,
  details,
  escapeHtml,
  escapeMarkdownInline,
  fence,
  link,
  marker,
  markerData,
  neutralizeReferences,
  parseMarkerData,
  raw,
  singleLine,
  table
} from '../../../src/core/render/markdown.js'
import { LIVE_MENTION, renderedOutside, splitFences } from './helpers.js'

describe('escapeHtml', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;'
    )
  })
})

describe('neutralizeReferences', () => {
  it.each([
    ['@octocat', `@${ZWJ}octocat`],
    ['ping @acme/sre-team now', `ping @${ZWJ}acme/sre-team now`],
    ['(@octocat)', `(@${ZWJ}octocat)`],
    ['fixes #123', `fixes #${ZWJ}123`],
    ['acme/live#42', `acme/live#${ZWJ}42`],
    ['see GH-7', `see GH-${ZWJ}7`]
  ])('breaks %s', (input, expected) => {
    expect(neutralizeReferences(input)).toBe(expected)
  })

  it('leaves e-mail addresses and plain hashes alone', () => {
    expect(neutralizeReferences('sa@project.iam.gserviceaccount.com # note #x')).toBe(
      'sa@project.iam.gserviceaccount.com # note #x'
    )
  })
})

describe('escapeMarkdownInline', () => {
  it('keeps a table cell on one line and unable to split the row, format or inject HTML', () => {
    const cell = escapeMarkdownInline('a | b\n`code` <b>*x*</b> [l](u) ~~s~~ \\ _u_')
    expect(cell).toBe('a \\| b \\`code\\` &lt;b&gt;\\*x\\*&lt;/b&gt; \\[l\\](u) \\~\\~s\\~\\~ \\\\ \\_u\\_')
    expect(cell).not.toContain('\n')
  })

  it('escapes underscores only where they could start or end emphasis', () => {
    expect(escapeMarkdownInline('null_resource.a_b _x_ y_ 1_2')).toBe('null_resource.a_b \\_x\\_ y\\_ 1_2')
  })

  it('neutralises mentions and issue references, and leaves entities intact', () => {
    expect(escapeMarkdownInline(`@octocat fixed #12 "q"`)).toBe(`@${ZWJ}octocat fixed #${ZWJ}12 &quot;q&quot;`)
  })

  it('collapses CRLF, CR and blank lines', () => {
    expect(singleLine('a \r\n\r\n  b\rc\n')).toBe('a b c')
  })
})

describe('fence', () => {
  it('uses three backticks for text without backticks', () => {
    expect(fence('+ a\n- b', 'diff')).toBe('```diff\n+ a\n- b\n```')
  })

  it.each([
    ['```', 4],
    ['````', 5],
    ['a ``````` b', 8],
    ['inline `x` only', 3]
  ])('is longer than the backtick run in %s', (text, ticks) => {
    const out = fence(`before\n${text}\nafter`, 'diff')
    const { fences, outside } = splitFences(`${out}\n</details>`)
    expect(fences).toHaveLength(1)
    expect(fences[0].ticks).toBe(ticks)
    expect(fences[0].content).toEqual(['before', text, 'after'])
    expect(outside).toContain('</details>')
  })

  it('normalises line endings so a lone CR cannot start a line the fence does not see', () => {
    expect(fence('a\r```\r\nb\n', '')).toBe('````\na\n```\nb\n````')
  })

  it('strips anything but a plain info string', () => {
    expect(fence('x', 'diff` onload=1')).toBe('```diffonload1\nx\n```')
  })
})

describe('codeSpan', () => {
  it('uses a longer backtick run than the content and pads edge backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
  })

  it('escapes pipes only inside tables, and neutralises mentions', () => {
    expect(codeSpan('a|b @octocat', true)).toBe(`\`a\\|b @${ZWJ}octocat\``)
    expect(codeSpan('a|b')).toBe('`a|b`')
  })
})

describe('details', () => {
  it('puts a blank line after </summary> and before </details>', () => {
    expect(details('Plan', 'body')).toBe('<details><summary>Plan</summary>\n\nbody\n\n</details>')
    expect(details('Plan', 'body', true)).toMatch(/^<details open><summary>/)
  })

  it('escapes a plain-text summary and keeps it on one line', () => {
    const out = details('</summary></details><script>@octocat\nx', 'b')
    expect(out.split('\n')[0]).toBe(
      `<details><summary>&lt;/summary&gt;&lt;/details&gt;&lt;script&gt;@${ZWJ}octocat x</summary>`
    )
  })

  it('passes a raw summary through', () => {
    expect(details(raw('<code>x</code>'), 'b')).toContain('<summary><code>x</code></summary>')
  })
})

describe('table', () => {
  it('renders headers, alignment and escaped cells', () => {
    expect(
      table(
        ['Unit', 'Count'],
        [
          ['a|b', '1'],
          [raw('`x`'), raw('**2**')]
        ],
        ['left', 'right']
      )
    ).toBe(['| Unit | Count |', '|:---|---:|', '| a\\|b | 1 |', '| `x` | **2** |'].join('\n'))
  })

  it('pads short rows and flattens raw cells', () => {
    expect(table(['a', 'b', 'c'], [[raw('x\ny')]])).toBe('| a | b | c |\n|---|---|---|\n| x y |  |  |')
  })
})

describe('link', () => {
  it('links http(s) URLs and encodes characters that could end the destination', () => {
    expect(link('run', 'https://x.test/a(b)')).toBe('[run](https://x.test/a%28b%29)')
  })

  it('refuses other schemes', () => {
    expect(link('run [x]', 'javascript:alert(1)')).toBe('run \\[x\\]')
    expect(link('run', undefined)).toBe('run')
  })
})

describe('markers', () => {
  it('names the action and key', () => {
    expect(marker('terragrunt-plan-comment', 'live/prod')).toBe(
      '<!-- gitops-actions:terragrunt-plan-comment:live/prod -->'
    )
  })

  it('encodes keys that could end or break the comment', () => {
    const m = marker('x', 'a -- b --> c\n-')
    expect(m).toBe('<!-- gitops-actions:x:a%20%2D-%20b%20%2D-%3E%20c%0A%2D -->')
    expect(m.slice(4, -4)).not.toContain('--')
  })

  it('carries JSON that cannot close the comment, and reads it back', () => {
    const payload = { v: 1, key: 'a-->b', tricky: '--!> <!-- </details> @octocat', n: -1, nested: { s: '---' } }
    const data = markerData(payload)
    const inner = data.slice('<!-- '.length, -' -->'.length)
    expect(inner).not.toMatch(/--|>|</)
    expect(data.startsWith('<!-- gitops-actions-data:')).toBe(true)
    expect(parseMarkerData(`text\n${marker('a', 'b')}\n${data}\nmore`)).toEqual(payload)
    expect(renderedOutside(`x\n${data}\ny`)).toBe('x\n\ny')
  })

  it('returns undefined when there is no or broken data', () => {
    expect(parseMarkerData('no marker')).toBeUndefined()
    expect(parseMarkerData('<!-- gitops-actions-data:{broken -->')).toBeUndefined()
  })
})

describe('helpers used by the injection tests', () => {
  it('detect live mentions', () => {
    expect(LIVE_MENTION.test('hi @octocat')).toBe(true)
    expect(LIVE_MENTION.test(`hi @${ZWJ}octocat`)).toBe(false)
    expect(LIVE_MENTION.test('sa@x.com')).toBe(false)
  })
})
