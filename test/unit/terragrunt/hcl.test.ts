import { describe, expect, it } from '@jest/globals'
import { literalString, parseHcl, tokenize, walkExpr } from '../../../src/core/terragrunt/hcl.js'
import type { Block, BodyItem, Expr } from '../../../src/core/terragrunt/hcl.js'

function calls(source: string): string[] {
  const names: string[] = []
  const visit = (items: BodyItem[]) => {
    for (const item of items) {
      if (item.type === 'block') visit(item.body)
      else
        walkExpr(item.expr, (e) => {
          if (e.kind === 'call') names.push(`${e.name}(${e.args.map((a) => literalString(a) ?? '?').join(',')})`)
        })
    }
  }
  visit(parseHcl(source).body)
  return names
}

describe('tokenize', () => {
  it('drops comments of all three kinds', () => {
    const toks = tokenize('a = 1 # x = 2\n// y = 3\n/* z = 4\n w = 5 */ b = 6\n')
    const idents = toks.filter((t) => t.type === 'ident').map((t) => (t as { value: string }).value)
    expect(idents).toEqual(['a', 'b'])
  })

  it('reads escapes, $${ and %%{ as literal text', () => {
    const [, , str] = tokenize('a = "q\\"uote \\\\ \\n $${x} %%{y} \\u00e9"')
    expect(str).toMatchObject({ type: 'template', parts: [{ type: 'literal', value: 'q"uote \\ \n ${x} %{y} é' }] })
  })

  it('lexes interpolations recursively, with strings holding braces inside them', () => {
    const toks = tokenize('a = "x-${lookup({ k = "}" }, "k", "${b}")}-y"\nc = 1\n')
    const str = toks[2]
    expect(str.type).toBe('template')
    const parts = (str as { parts: Array<{ type: string }> }).parts
    expect(parts.map((p) => p.type)).toEqual(['literal', 'interpolation', 'literal'])
    expect(toks.filter((t) => t.type === 'ident').map((t) => (t as { value: string }).value)).toEqual(['a', 'c'])
  })

  it('reads heredocs up to the marker, including indented markers', () => {
    const src = 'a = <<-EOT\n  file("ghost")\n  ${upper("x")}\n  EOT\nb = 2\n'
    const file = parseHcl(src)
    expect(file.errors).toEqual([])
    expect(file.body.map((i) => i.name)).toEqual(['a', 'b'])
    expect(calls(src)).toEqual(['upper(x)'])
  })
})

describe('parseHcl', () => {
  it('parses blocks with labels, nested blocks and one-line blocks', () => {
    const src = `
include "root" { path = find_in_parent_folders("root.hcl") }
terraform {
  source = "../modules//vpc"
  extra_arguments "vars" {
    commands = ["plan", "apply"]
  }
}
dependency vpc {
  config_path = "../vpc"
}
`
    const file = parseHcl(src)
    expect(file.errors).toEqual([])
    const blocks = file.body as Block[]
    expect(blocks.map((b) => [b.name, b.labels])).toEqual([
      ['include', ['root']],
      ['terraform', []],
      ['dependency', ['vpc']]
    ])
    expect(blocks[1].body.map((i) => i.name)).toEqual(['source', 'extra_arguments'])
    expect(literalString((blocks[1].body[0] as { expr: Expr }).expr)).toBe('../modules//vpc')
  })

  it('parses expressions: objects, lists, for, conditionals, traversals, splats, operators', () => {
    const src = `
locals {
  a = { for k, v in local.m : k => file(v) if v != "" }
  b = [for x in ["a", "b"] : "\${x}-\${get_env("E", "d")}"]
  c = length(local.list) > 0 ? local.list[0].name : try(read_terragrunt_config("x.hcl"), {})
  d = dependency.vpc.outputs.subnets[*].id
  e = -1 + 2 * (3 - 4) % 5
  f = !true && false || null == null
  g = {
    "k1" = 1,
    k2   = [1, 2,
      3]
    (local.x) : 4
  }
  h = concat(local.a, local.b...)
}
`
    const file = parseHcl(src)
    expect(file.errors).toEqual([])
    expect((file.body[0] as Block).body.map((i) => i.name)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
    expect(calls(src)).toEqual([
      'file(?)',
      'get_env(E,d)',
      'length(?)',
      'try(?,?)',
      'read_terragrunt_config(x.hcl)',
      'concat(?,?)'
    ])
  })

  it('records syntax errors and goes on with the next line', () => {
    const src = 'a = \nb = "ok"\nc = [1, 2 3]\nblock x y {\n  d = )\n  e = file("e")\n}\nf = file("f")\n'
    const file = parseHcl(src)
    expect(file.errors.length).toBeGreaterThanOrEqual(3)
    expect(file.errors[0]).toMatch(/^line 1: /)
    expect(calls(src)).toEqual(['file(e)', 'file(f)'])
  })

  it('skips a multi-line value whole when it has an error', () => {
    const src = 'a = {\n  x = 1\n  y = = 2\n}\nb = file("b")\n'
    const file = parseHcl(src)
    expect(file.errors).toHaveLength(1)
    expect(file.body.map((i) => i.name)).toEqual(['b'])
  })

  it('does not treat text in comments, strings or heredocs as structure', () => {
    const src = [
      '# include "x" { path = "nope" }',
      'inputs = {',
      '  note = "dependency \\"x\\" { config_path = \\"../ghost\\" } file(\\"ghost\\")"',
      '  doc  = <<EOF',
      'read_terragrunt_config("ghost.hcl")',
      'EOF',
      '}',
      ''
    ].join('\n')
    const file = parseHcl(src)
    expect(file.errors).toEqual([])
    expect(file.body.map((i) => i.name)).toEqual(['inputs'])
    expect(calls(src)).toEqual([])
  })
})
