/**
 * A small, tolerant reader for HCL native syntax: enough structure (blocks, attributes, expressions) to find the
 * files and directories a Terragrunt config refers to, without evaluating it. It understands comments (`#`, `//`,
 * `/* *\/`), quoted templates with escapes and `${…}` / `%{…}` sequences, heredocs and nested brackets, so text that
 * only looks like a reference (inside a comment, a string literal or a heredoc) never becomes one. It is not a
 * validator: on a syntax error it records a message and skips to the next line.
 */

export interface Span {
  start: number
  end: number
}

export type Token =
  | ({ type: 'ident'; value: string } & Span)
  | ({ type: 'number'; value: string } & Span)
  | ({ type: 'punct'; value: string } & Span)
  | ({ type: 'template'; parts: TemplatePart[]; heredoc: boolean } & Span)
  | ({ type: 'newline' | 'eof' } & Span)

export type TemplatePart =
  { type: 'literal'; value: string } | ({ type: 'interpolation' | 'directive'; tokens: Token[] } & Span)

export type Expr =
  | ({ kind: 'literal'; value: string | number | boolean | null } & Span)
  | ({ kind: 'template'; parts: Array<string | Expr>; directive: boolean } & Span)
  /** `local.x.y`: `path` holds attribute names and literal indexes, `null` for a splat or computed index. */
  | ({ kind: 'variable'; name: string; path: Array<string | null>; children: Expr[] } & Span)
  | ({ kind: 'call'; name: string; args: Expr[] } & Span)
  | ({ kind: 'tuple'; items: Expr[] } & Span)
  | ({ kind: 'object'; items: Array<{ key: Expr; value: Expr }> } & Span)
  /** Operators, conditionals, for-expressions, computed indexes: not evaluated, but their parts are walked. */
  | ({ kind: 'other'; children: Expr[] } & Span)

export interface Attribute {
  type: 'attribute'
  name: string
  expr: Expr
  start: number
}

export interface Block {
  type: 'block'
  name: string
  labels: string[]
  body: BodyItem[]
  start: number
}

export type BodyItem = Attribute | Block

export interface HclFile {
  source: string
  body: BodyItem[]
  /** Syntax problems, as `line N: message`; the parser skipped the rest of that line. */
  errors: string[]
}

const IDENT_START = /[\p{L}_]/u
const IDENT_PART = /[\p{L}\p{N}_-]/u
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const HEREDOC_HEADER = /<<(-?)([\p{L}_][\p{L}\p{N}_-]*)[ \t]*\r?\n/uy
const PUNCT3 = ['...']
const PUNCT2 = ['==', '!=', '<=', '>=', '&&', '||', '=>', '::']

/** Splits HCL source into tokens; template tokens carry their literal parts and the tokens of each `${…}`. */
export function tokenize(source: string): Token[] {
  const lexer = new Lexer(source)
  const tokens = lexer.tokens(false)
  tokens.push({ type: 'eof', start: source.length, end: source.length })
  return tokens
}

class Lexer {
  pos = 0
  constructor(readonly src: string) {}

  /** Reads tokens to the end of input, or (inside `${…}`) to the brace that closes it. */
  tokens(inTemplate: boolean): Token[] {
    const src = this.src
    const out: Token[] = []
    let depth = 0
    while (this.pos < src.length) {
      const start = this.pos
      const c = src[start]
      const next = src[start + 1]
      if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
        this.pos++
      } else if (c === '\n') {
        this.pos++
        out.push({ type: 'newline', start, end: this.pos })
      } else if (c === '#' || (c === '/' && next === '/')) {
        const eol = src.indexOf('\n', start)
        this.pos = eol < 0 ? src.length : eol
      } else if (c === '/' && next === '*') {
        const close = src.indexOf('*/', start + 2)
        this.pos = close < 0 ? src.length : close + 2
      } else if (inTemplate && depth === 0 && (c === '}' || (c === '~' && next === '}'))) {
        this.pos += c === '~' ? 2 : 1
        return out
      } else if (c === '"') {
        out.push(this.quoted())
      } else if (c === '<' && next === '<' && this.heredocHeader() !== undefined) {
        out.push(this.heredoc())
      } else if (c >= '0' && c <= '9') {
        NUMBER.lastIndex = start
        const m = NUMBER.exec(src)!
        this.pos = start + m[0].length
        out.push({ type: 'number', value: m[0], start, end: this.pos })
      } else if (IDENT_START.test(c)) {
        this.pos++
        while (this.pos < src.length && IDENT_PART.test(src[this.pos])) this.pos++
        out.push({ type: 'ident', value: src.slice(start, this.pos), start, end: this.pos })
      } else {
        const three = src.slice(start, start + 3)
        const two = src.slice(start, start + 2)
        const value = PUNCT3.includes(three) ? three : PUNCT2.includes(two) ? two : c
        this.pos += value.length
        if (value === '{') depth++
        else if (value === '}') depth--
        out.push({ type: 'punct', value, start, end: this.pos })
      }
    }
    return out
  }

  private heredocHeader(): RegExpExecArray | undefined {
    HEREDOC_HEADER.lastIndex = this.pos
    return HEREDOC_HEADER.exec(this.src) ?? undefined
  }

  /** A quoted template: `"…"` with escapes; an unterminated string ends at the end of its line. */
  private quoted(): Token {
    const src = this.src
    const start = this.pos++
    const parts: TemplatePart[] = []
    let literal = ''
    while (this.pos < src.length) {
      const c = src[this.pos]
      const next = src[this.pos + 1]
      if (c === '\n') break
      if (c === '"') {
        this.pos++
        break
      }
      if (c === '\\') {
        literal += this.escape()
        continue
      }
      if ((c === '$' || c === '%') && next === c && src[this.pos + 2] === '{') {
        literal += `${c}{`
        this.pos += 3
        continue
      }
      if ((c === '$' || c === '%') && next === '{') {
        if (literal) parts.push({ type: 'literal', value: literal })
        literal = ''
        parts.push(this.sequence(c))
        continue
      }
      literal += c
      this.pos++
    }
    if (literal || parts.length === 0) parts.push({ type: 'literal', value: literal })
    return { type: 'template', parts, heredoc: false, start, end: this.pos }
  }

  private escape(): string {
    const src = this.src
    const e = src[this.pos + 1]
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }
    if (e !== undefined && e in simple) {
      this.pos += 2
      return simple[e]
    }
    if (e === 'u' || e === 'U') {
      const len = e === 'u' ? 4 : 8
      const hex = src.slice(this.pos + 2, this.pos + 2 + len)
      if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
        this.pos += 2 + len
        const code = parseInt(hex, 16)
        return code <= 0x10ffff ? String.fromCodePoint(code) : ''
      }
    }
    this.pos += e === undefined || e === '\n' ? 1 : 2
    return e === undefined || e === '\n' ? '\\' : `\\${e}`
  }

  /** `${ expr }` or `%{ directive }` starting at `this.pos`. */
  private sequence(kind: '$' | '%'): TemplatePart {
    const start = this.pos
    this.pos += 2
    if (this.src[this.pos] === '~') this.pos++
    const tokens = this.tokens(true).filter((t) => t.type !== 'newline')
    return { type: kind === '$' ? 'interpolation' : 'directive', tokens, start, end: this.pos }
  }

  /** `<<EOF` / `<<-EOF` up to the line that holds only the marker (the newline after it is left for the parser). */
  private heredoc(): Token {
    const src = this.src
    const start = this.pos
    const header = this.heredocHeader()!
    const marker = header[2]
    this.pos += header[0].length
    const parts: TemplatePart[] = []
    let literal = ''
    let atLineStart = true
    while (this.pos < src.length) {
      if (atLineStart) {
        const eol = src.indexOf('\n', this.pos)
        const line = src.slice(this.pos, eol < 0 ? src.length : eol)
        if (line.trim() === marker) {
          this.pos = eol < 0 ? src.length : eol
          break
        }
        atLineStart = false
      }
      const c = src[this.pos]
      const next = src[this.pos + 1]
      if ((c === '$' || c === '%') && next === c && src[this.pos + 2] === '{') {
        literal += `${c}{`
        this.pos += 3
      } else if ((c === '$' || c === '%') && next === '{') {
        if (literal) parts.push({ type: 'literal', value: literal })
        literal = ''
        parts.push(this.sequence(c))
      } else {
        literal += c
        this.pos++
        if (c === '\n') atLineStart = true
      }
    }
    if (literal || parts.length === 0) parts.push({ type: 'literal', value: literal })
    return { type: 'template', parts, heredoc: true, start, end: this.pos }
  }
}

class ParseError extends Error {
  constructor(
    message: string,
    readonly at: number
  ) {
    super(message)
  }
}

const BINARY_PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6
}

/** Parses HCL source into blocks and attributes; never throws on bad syntax (see `HclFile.errors`). */
export function parseHcl(source: string): HclFile {
  const errors: string[] = []
  const parser = new Parser(source, tokenize(source), errors)
  const body = parser.body(false)
  return { source, body, errors }
}

/** The 1-based line of an offset in `source`. */
export function lineAt(source: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++
  return line
}

/** The string value of an expression made only of literal text (a quoted string without `${}`), else undefined. */
export function literalString(expr: Expr): string | undefined {
  if (expr.kind === 'literal' && typeof expr.value === 'string') return expr.value
  if (expr.kind === 'template' && !expr.directive && expr.parts.every((p) => typeof p === 'string')) {
    return expr.parts.join('')
  }
  return undefined
}

/** Calls `visit` for every expression node under `expr` (itself included), depth first. */
export function walkExpr(expr: Expr, visit: (e: Expr) => void): void {
  visit(expr)
  switch (expr.kind) {
    case 'template':
      for (const p of expr.parts) if (typeof p !== 'string') walkExpr(p, visit)
      break
    case 'variable':
    case 'other':
      for (const c of expr.children) walkExpr(c, visit)
      break
    case 'call':
      for (const a of expr.args) walkExpr(a, visit)
      break
    case 'tuple':
      for (const i of expr.items) walkExpr(i, visit)
      break
    case 'object':
      for (const { key, value } of expr.items) {
        walkExpr(key, visit)
        walkExpr(value, visit)
      }
      break
    case 'literal':
      break
  }
}

class Parser {
  private i = 0
  /** Above zero inside (), [] and {} expressions, where newlines do not end anything. */
  private nesting = 0

  constructor(
    readonly source: string,
    readonly toks: Token[],
    readonly errors: string[]
  ) {}

  body(inBlock: boolean): BodyItem[] {
    const items: BodyItem[] = []
    for (;;) {
      this.skipNewlines()
      const t = this.peekRaw()
      if (t.type === 'eof') {
        if (inBlock) this.error('missing } before end of file', t.start)
        return items
      }
      if (inBlock && isPunct(t, '}')) {
        this.i++
        return items
      }
      const itemStart = this.i
      try {
        items.push(this.item())
        this.endOfItem()
      } catch (err) {
        if (!(err instanceof ParseError)) throw err
        this.error(err.message, err.at)
        this.i = itemStart
        this.recover(inBlock)
      }
    }
  }

  private item(): BodyItem {
    const first = this.peekRaw()
    if (first.type !== 'ident')
      throw new ParseError(`expected an attribute or block, found ${describe(first)}`, first.start)
    this.i++
    const after = this.peekRaw()
    if (isPunct(after, '=')) {
      this.i++
      const expr = this.expr()
      return { type: 'attribute', name: first.value, expr, start: first.start }
    }
    const labels: string[] = []
    for (;;) {
      const t = this.peekRaw()
      if (t.type === 'ident') labels.push(t.value)
      else if (t.type === 'template' && !t.heredoc && t.parts.every((p) => p.type === 'literal')) {
        labels.push(t.parts.map((p) => (p.type === 'literal' ? p.value : '')).join(''))
      } else break
      this.i++
    }
    const open = this.peekRaw()
    if (!isPunct(open, '{'))
      throw new ParseError(`expected = or { after ${first.value}, found ${describe(open)}`, open.start)
    this.i++
    const saved = this.nesting
    this.nesting = 0
    try {
      const body = this.body(true)
      return { type: 'block', name: first.value, labels, body, start: first.start }
    } finally {
      this.nesting = saved
    }
  }

  private endOfItem(): void {
    const t = this.peekRaw()
    if (t.type === 'newline') this.i++
    else if (t.type !== 'eof' && !isPunct(t, '}')) throw new ParseError(`unexpected ${describe(t)}`, t.start)
  }

  /**
   * Skips the item that starts at the current token: to the end of its line, counting brackets so a multi-line
   * value is skipped whole, and stopping before the `}` that closes the enclosing block.
   */
  private recover(inBlock: boolean): void {
    let depth = 0
    for (;;) {
      const t = this.toks[this.i]
      if (t.type === 'eof') return
      if (t.type === 'newline' && depth <= 0) {
        this.i++
        return
      }
      if (t.type === 'punct') {
        if (t.value === '{' || t.value === '[' || t.value === '(') depth++
        else if (t.value === '}' || t.value === ']' || t.value === ')') {
          if (depth <= 0 && t.value === '}' && inBlock) return
          depth--
        }
      }
      this.i++
    }
  }

  private error(message: string, at: number): void {
    this.errors.push(`line ${lineAt(this.source, at)}: ${message}`)
  }

  private skipNewlines(): void {
    while (this.toks[this.i].type === 'newline') this.i++
  }

  private peekRaw(): Token {
    return this.toks[this.i]
  }

  /** The next token, skipping newlines inside brackets. */
  private peek(): Token {
    if (this.nesting > 0) this.skipNewlines()
    return this.toks[this.i]
  }

  private next(): Token {
    const t = this.peek()
    if (t.type !== 'eof') this.i++
    return t
  }

  private expect(value: string): Token {
    const t = this.peek()
    if (!isPunct(t, value)) throw new ParseError(`expected ${value}, found ${describe(t)}`, t.start)
    this.i++
    return t
  }

  private nested<T>(fn: () => T): T {
    this.nesting++
    try {
      return fn()
    } finally {
      this.nesting--
    }
  }

  expr(): Expr {
    const cond = this.binary(0)
    if (isPunct(this.peek(), '?')) {
      this.i++
      const yes = this.expr()
      this.expect(':')
      const no = this.expr()
      return { kind: 'other', children: [cond, yes, no], start: cond.start, end: no.end }
    }
    return cond
  }

  private binary(minPrecedence: number): Expr {
    let left = this.unary()
    for (;;) {
      const t = this.peek()
      const precedence = t.type === 'punct' ? BINARY_PRECEDENCE[t.value] : undefined
      if (precedence === undefined || precedence <= minPrecedence) return left
      this.i++
      const right = this.binary(precedence)
      left = { kind: 'other', children: [left, right], start: left.start, end: right.end }
    }
  }

  private unary(): Expr {
    const t = this.peek()
    if (isPunct(t, '-') || isPunct(t, '!')) {
      this.i++
      const operand = this.unary()
      return { kind: 'other', children: [operand], start: t.start, end: operand.end }
    }
    return this.postfix(this.primary())
  }

  private postfix(base: Expr): Expr {
    let expr = base
    for (;;) {
      const t = this.peek()
      if (isPunct(t, '.')) {
        this.i++
        const part = this.next()
        let key: string | null
        if (part.type === 'ident' || part.type === 'number') key = part.value
        else if (isPunct(part, '*')) key = null
        else throw new ParseError(`expected an attribute name after ., found ${describe(part)}`, part.start)
        expr = this.extend(expr, key, [], part.end)
      } else if (isPunct(t, '[')) {
        this.i++
        const { key, children, end } = this.nested(() => {
          if (isPunct(this.peek(), '*')) {
            this.i++
            return { key: null, children: [] as Expr[], end: this.expect(']').end }
          }
          const index = this.expr()
          const lit = index.kind === 'literal' ? index.value : literalString(index)
          const k = typeof lit === 'string' || typeof lit === 'number' ? String(lit) : null
          return { key: k, children: k === null ? [index] : [], end: this.expect(']').end }
        })
        expr = this.extend(expr, key, children, end)
      } else {
        return expr
      }
    }
  }

  private extend(expr: Expr, key: string | null, children: Expr[], end: number): Expr {
    if (expr.kind === 'variable')
      return { ...expr, path: [...expr.path, key], children: [...expr.children, ...children], end }
    return { kind: 'other', children: [expr, ...children], start: expr.start, end }
  }

  private primary(): Expr {
    const t = this.next()
    switch (t.type) {
      case 'number':
        return { kind: 'literal', value: Number(t.value), start: t.start, end: t.end }
      case 'template':
        return this.template(t)
      case 'ident':
        return this.identifier(t)
      case 'punct':
        if (t.value === '(') {
          const inner = this.nested(() => {
            const e = this.expr()
            this.expect(')')
            return e
          })
          return inner
        }
        if (t.value === '[') return this.nested(() => this.tuple(t.start))
        if (t.value === '{') return this.nested(() => this.object(t.start))
        break
    }
    throw new ParseError(`expected an expression, found ${describe(t)}`, t.start)
  }

  private identifier(t: Token & { type: 'ident' }): Expr {
    if (t.value === 'true' || t.value === 'false') return { kind: 'literal', value: t.value === 'true', ...span(t) }
    if (t.value === 'null') return { kind: 'literal', value: null, ...span(t) }
    let name = t.value
    // provider::name::function(...)
    while (isPunct(this.peekRaw(), '::') && this.toks[this.i + 1].type === 'ident') {
      name += `::${(this.toks[this.i + 1] as { value: string }).value}`
      this.i += 2
    }
    if (isPunct(this.peekRaw(), '(')) {
      this.i++
      return this.nested(() => {
        const args: Expr[] = []
        for (;;) {
          const n = this.peek()
          if (isPunct(n, ')')) {
            this.i++
            return { kind: 'call', name, args, start: t.start, end: n.end }
          }
          args.push(this.expr())
          if (isPunct(this.peek(), '...')) this.i++
          const sep = this.peek()
          if (isPunct(sep, ',')) this.i++
          else if (!isPunct(sep, ')'))
            throw new ParseError(`expected , or ) in call to ${name}, found ${describe(sep)}`, sep.start)
        }
      })
    }
    return { kind: 'variable', name, path: [], children: [], start: t.start, end: t.end }
  }

  private template(t: Token & { type: 'template' }): Expr {
    const parts: Array<string | Expr> = []
    let directive = false
    for (const part of t.parts) {
      if (part.type === 'literal') parts.push(part.value)
      else if (part.type === 'directive') directive = true
      else parts.push(this.sub(part.tokens, part.start))
    }
    return { kind: 'template', parts, directive, start: t.start, end: t.end }
  }

  /** Parses the tokens of one `${…}` with a parser of its own. */
  private sub(tokens: Token[], at: number): Expr {
    const last = tokens[tokens.length - 1]
    const end = last ? last.end : at
    const parser = new Parser(this.source, [...tokens, { type: 'eof', start: end, end }], this.errors)
    parser.nesting = 1
    const expr = parser.expr()
    const rest = parser.peek()
    if (rest.type !== 'eof') throw new ParseError(`unexpected ${describe(rest)} in interpolation`, rest.start)
    return expr
  }

  private tuple(start: number): Expr {
    if (isIdent(this.peek(), 'for')) return this.forExpr(start, ']')
    const items: Expr[] = []
    for (;;) {
      const n = this.peek()
      if (isPunct(n, ']')) {
        this.i++
        return { kind: 'tuple', items, start, end: n.end }
      }
      items.push(this.expr())
      const sep = this.peek()
      if (isPunct(sep, ',')) this.i++
      else if (!isPunct(sep, ']')) throw new ParseError(`expected , or ] in list, found ${describe(sep)}`, sep.start)
    }
  }

  private object(start: number): Expr {
    if (isIdent(this.peek(), 'for')) return this.forExpr(start, '}')
    const items: Array<{ key: Expr; value: Expr }> = []
    for (;;) {
      const n = this.peek()
      if (isPunct(n, '}')) {
        this.i++
        return { kind: 'object', items, start, end: n.end }
      }
      const key = this.expr()
      const eq = this.next()
      if (!isPunct(eq, '=') && !isPunct(eq, ':'))
        throw new ParseError(`expected = or : in object, found ${describe(eq)}`, eq.start)
      const value = this.expr()
      items.push({ key, value })
      if (isPunct(this.peek(), ',')) this.i++
    }
  }

  private forExpr(start: number, close: string): Expr {
    this.i++ // for
    const children: Expr[] = []
    const name = this.next()
    if (name.type !== 'ident') throw new ParseError(`expected a name after for, found ${describe(name)}`, name.start)
    if (isPunct(this.peek(), ',')) {
      this.i++
      this.next()
    }
    if (!isIdent(this.next(), 'in')) throw new ParseError('expected in after for', name.end)
    children.push(this.expr())
    this.expect(':')
    children.push(this.expr())
    if (isPunct(this.peek(), '=>')) {
      this.i++
      children.push(this.expr())
    }
    if (isPunct(this.peek(), '...')) this.i++
    if (isIdent(this.peek(), 'if')) {
      this.i++
      children.push(this.expr())
    }
    const end = this.expect(close).end
    return { kind: 'other', children, start, end }
  }
}

function span(t: Token): Span {
  return { start: t.start, end: t.end }
}

function isPunct(t: Token, value: string): boolean {
  return t.type === 'punct' && t.value === value
}

function isIdent(t: Token, value: string): boolean {
  return t.type === 'ident' && t.value === value
}

function describe(t: Token): string {
  switch (t.type) {
    case 'eof':
      return 'end of file'
    case 'newline':
      return 'end of line'
    case 'template':
      return 'a string'
    default:
      return `'${t.value}'`
  }
}
