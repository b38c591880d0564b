import { describe, expect, it } from '@jest/globals'
import { EditVerificationError, applyScalarEdits, isPlainSafe, parseYamlFile } from '../../../src/core/gitops/index.js'
import type { ScalarEdit } from '../../../src/core/gitops/index.js'

const edit = (text: string, edits: ScalarEdit[]) => applyScalarEdits(parseYamlFile('f.yaml', text), edits)

describe('applyScalarEdits keeps every byte but the edited scalars', () => {
  const cases: Array<{ name: string; before: string; edits: ScalarEdit[]; after: string }> = [
    {
      name: 'plain value with a trailing comment, odd indentation and blank lines',
      before: '# top\nimage:\n\n     tag: 1.2.3    # pinned by CI\n     repo: x\n',
      edits: [{ doc: 0, path: ['image', 'tag'], value: '1.3.0' }],
      after: '# top\nimage:\n\n     tag: 1.3.0    # pinned by CI\n     repo: x\n'
    },
    {
      name: 'a value YAML would read as a number is double-quoted when it was plain',
      before: 'tag: 1.9 # keep\n',
      edits: [{ doc: 0, path: ['tag'], value: '1.10' }],
      after: 'tag: "1.10" # keep\n'
    },
    ...['0123', '1e3', 'true', 'null', 'yes', 'off', '~', '12:30', '0o17', '1_000'].map((value) => ({
      name: `'${value}' is quoted`,
      before: 'tag: v1\n',
      edits: [{ doc: 0, path: ['tag'], value }],
      after: `tag: "${value}"\n`
    })),
    {
      name: 'single quotes stay single quotes',
      before: "tag: '1.2'\n",
      edits: [{ doc: 0, path: ['tag'], value: '1.10' }],
      after: "tag: '1.10'\n"
    },
    {
      name: 'double quotes stay double quotes even when plain would do',
      before: 'tag: "v1.2.0"\n',
      edits: [{ doc: 0, path: ['tag'], value: 'v1.3.0' }],
      after: 'tag: "v1.3.0"\n'
    },
    {
      name: 'flow mappings and sequences',
      before: 'images: [{name: web, newTag: 1.0.0}, {name: api, newTag: "2"}]\n',
      edits: [
        { doc: 0, path: ['images', 0, 'newTag'], value: '1.1.0' },
        { doc: 0, path: ['images', 1, 'newTag'], value: '3' }
      ],
      after: 'images: [{name: web, newTag: 1.1.0}, {name: api, newTag: "3"}]\n'
    },
    {
      name: 'anchored scalar keeps its anchor',
      before: 'a: &v 1.0.0 # c\n',
      edits: [{ doc: 0, path: ['a'], value: '1.1.0' }],
      after: 'a: &v 1.1.0 # c\n'
    },
    {
      name: 'only the addressed document of a multi-document file',
      before: '---\nkind: A\nv: 1.0.0\n--- # second\nkind: B\nv: 1.0.0\n...\n',
      edits: [{ doc: 1, path: ['v'], value: '2.0.0' }],
      after: '---\nkind: A\nv: 1.0.0\n--- # second\nkind: B\nv: 2.0.0\n...\n'
    },
    {
      name: 'CRLF line endings and no final newline',
      before: 'a: 1\r\nb: x',
      edits: [{ doc: 0, path: ['b'], value: 'z' }],
      after: 'a: 1\r\nb: z'
    },
    {
      name: 'a value needing quotes for its characters',
      before: 'v: x\n',
      edits: [{ doc: 0, path: ['v'], value: 'a: b #c' }],
      after: 'v: "a: b #c"\n'
    },
    {
      name: "'y' is a YAML 1.1 boolean (Helm reads values that way), so it is quoted",
      before: 'b: x\n',
      edits: [{ doc: 0, path: ['b'], value: 'y' }],
      after: 'b: "y"\n'
    },
    {
      name: 'a list item scalar',
      before: 'tags:\n- 1.0.0\n- keep\n',
      edits: [{ doc: 0, path: ['tags', 0], value: '1.0.1' }],
      after: 'tags:\n- 1.0.1\n- keep\n'
    }
  ]
  it.each(cases)('$name', ({ before, edits, after }) => {
    expect(edit(before, edits)).toBe(after)
  })

  it('writes nothing for no edits', () => {
    expect(edit('a: 1 # x\n', [])).toBe('a: 1 # x\n')
  })
})

describe('applyScalarEdits refuses what it cannot do exactly', () => {
  const cases: Array<{ name: string; before: string; edits: ScalarEdit[]; message: RegExp }> = [
    {
      name: 'an anchored value used by an alias elsewhere',
      before: 'a: &v 1.0.0\nb: *v\n',
      edits: [{ doc: 0, path: ['a'], value: '2.0.0' }],
      message: /would also change b/
    },
    {
      name: 'an alias',
      before: 'a: &v 1.0.0\nb: *v\n',
      edits: [{ doc: 0, path: ['b'], value: '2.0.0' }],
      message: /f\.yaml:2: b is an alias \(\*v\)/
    },
    {
      name: 'a mapping',
      before: 'a:\n  b: 1\n',
      edits: [{ doc: 0, path: ['a'], value: '2' }],
      message: /a is not a scalar/
    },
    {
      name: 'a block scalar',
      before: 'a: |\n  1.0.0\n',
      edits: [{ doc: 0, path: ['a'], value: '2' }],
      message: /block scalar/
    }
  ]
  it.each(cases)('$name', ({ before, edits, message }) => {
    expect(() => edit(before, edits)).toThrow(EditVerificationError)
    expect(() => edit(before, edits)).toThrow(message)
  })
})

describe('isPlainSafe', () => {
  it.each([
    ['1.2.3', true],
    ['v1.2.3', true],
    ['sha256:0123', true],
    ['1.10', false],
    ['yes', false],
    ['', false],
    [' x', false],
    ['a, b', false],
    ['@x', false]
  ])('%s -> %s', (value, safe) => {
    expect(isPlainSafe(value)).toBe(safe)
  })
})
