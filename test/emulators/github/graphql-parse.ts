/**
 * Just enough GraphQL to read the operations the actions send: one operation with nested selections, arguments
 * (literals and $variables), aliases, inline fragments and fragment spreads. Directives are skipped.
 */
export interface Selection {
  alias: string | undefined
  name: string
  args: Record<string, unknown>
  selections: Selection[]
}

export interface Operation {
  type: 'query' | 'mutation' | 'subscription'
  name: string | undefined
  selections: Selection[]
}

type Token = { kind: 'punct' | 'name' | 'string' | 'number' | 'variable'; value: string }

export class GraphQLSyntaxError extends Error {}

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const c = source[i]
    if (/[\s,\uFEFF]/.test(c)) {
      i++
    } else if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++
    } else if (source.startsWith('...', i)) {
      tokens.push({ kind: 'punct', value: '...' })
      i += 3
    } else if ('{}()[]:!=@|&'.includes(c)) {
      tokens.push({ kind: 'punct', value: c })
      i++
    } else if (c === '$') {
      const name = /^[_A-Za-z][_0-9A-Za-z]*/.exec(source.slice(i + 1))
      if (!name) throw new GraphQLSyntaxError(`Expected a variable name at ${i}`)
      tokens.push({ kind: 'variable', value: name[0] })
      i += 1 + name[0].length
    } else if (source.startsWith('"""', i)) {
      const end = source.indexOf('"""', i + 3)
      if (end < 0) throw new GraphQLSyntaxError('Unterminated block string')
      tokens.push({ kind: 'string', value: source.slice(i + 3, end) })
      i = end + 3
    } else if (c === '"') {
      let j = i + 1
      while (j < source.length && source[j] !== '"') j += source[j] === '\\' ? 2 : 1
      if (j >= source.length) throw new GraphQLSyntaxError('Unterminated string')
      tokens.push({ kind: 'string', value: JSON.parse(source.slice(i, j + 1)) as string })
      i = j + 1
    } else if (/[-0-9]/.test(c)) {
      const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(i))
      if (!num) throw new GraphQLSyntaxError(`Unexpected character ${c}`)
      tokens.push({ kind: 'number', value: num[0] })
      i += num[0].length
    } else if (/[_A-Za-z]/.test(c)) {
      const name = /^[_A-Za-z][_0-9A-Za-z]*/.exec(source.slice(i)) as RegExpExecArray
      tokens.push({ kind: 'name', value: name[0] })
      i += name[0].length
    } else {
      throw new GraphQLSyntaxError(`Unexpected character ${JSON.stringify(c)}`)
    }
  }
  return tokens
}

class Parser {
  private pos = 0
  readonly fragments = new Map<string, Selection[]>()

  constructor(
    private readonly tokens: Token[],
    private readonly variables: Record<string, unknown>
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos]
  }

  private next(): Token {
    const token = this.tokens[this.pos++]
    if (!token) throw new GraphQLSyntaxError('Unexpected end of document')
    return token
  }

  private is(value: string): boolean {
    const token = this.peek()
    return token !== undefined && (token.kind === 'punct' || token.kind === 'name') && token.value === value
  }

  private expect(value: string): void {
    const token = this.next()
    if (token.value !== value) throw new GraphQLSyntaxError(`Expected ${value}, found ${token.value}`)
  }

  document(): Operation {
    let operation: Operation | undefined
    const pendingSpreads: Array<() => void> = []
    while (this.peek()) {
      if (this.is('fragment')) {
        this.next()
        const name = this.next().value
        this.expect('on')
        this.next()
        this.skipDirectives()
        this.fragments.set(name, this.selectionSet(pendingSpreads))
      } else if (this.is('{')) {
        operation ??= { type: 'query', name: undefined, selections: this.selectionSet(pendingSpreads) }
      } else {
        const type = this.next().value
        if (type !== 'query' && type !== 'mutation' && type !== 'subscription') {
          throw new GraphQLSyntaxError(`Unexpected ${type}`)
        }
        const name = this.peek()?.kind === 'name' ? this.next().value : undefined
        if (this.is('(')) this.skipBalanced('(', ')')
        this.skipDirectives()
        const selections = this.selectionSet(pendingSpreads)
        operation ??= { type, name, selections }
      }
    }
    if (!operation) throw new GraphQLSyntaxError('No operation in document')
    for (const resolve of pendingSpreads) resolve()
    return operation
  }

  private skipBalanced(open: string, close: string): void {
    let depth = 0
    do {
      const token = this.next()
      if (token.kind === 'punct' && token.value === open) depth++
      if (token.kind === 'punct' && token.value === close) depth--
    } while (depth > 0)
  }

  private skipDirectives(): void {
    while (this.is('@')) {
      this.next()
      this.next()
      if (this.is('(')) this.skipBalanced('(', ')')
    }
  }

  private selectionSet(pendingSpreads: Array<() => void>): Selection[] {
    this.expect('{')
    const selections: Selection[] = []
    while (!this.is('}')) {
      if (this.is('...')) {
        this.next()
        if (this.is('on') || this.is('{') || this.is('@')) {
          if (this.is('on')) {
            this.next()
            this.next()
          }
          this.skipDirectives()
          selections.push(...this.selectionSet(pendingSpreads))
        } else {
          const name = this.next().value
          this.skipDirectives()
          const index = selections.length
          pendingSpreads.unshift(() => selections.splice(index, 0, ...(this.fragments.get(name) ?? [])))
        }
        continue
      }
      let name = this.next().value
      let alias: string | undefined
      if (this.is(':')) {
        this.next()
        alias = name
        name = this.next().value
      }
      const args: Record<string, unknown> = {}
      if (this.is('(')) {
        this.next()
        while (!this.is(')')) {
          const argName = this.next().value
          this.expect(':')
          args[argName] = this.value()
        }
        this.next()
      }
      this.skipDirectives()
      const children = this.is('{') ? this.selectionSet(pendingSpreads) : []
      selections.push({ alias, name, args, selections: children })
    }
    this.next()
    return selections
  }

  private value(): unknown {
    const token = this.next()
    if (token.kind === 'variable') return this.variables[token.value]
    if (token.kind === 'string') return token.value
    if (token.kind === 'number') return Number(token.value)
    if (token.kind === 'name') {
      if (token.value === 'true') return true
      if (token.value === 'false') return false
      if (token.value === 'null') return null
      return token.value
    }
    if (token.value === '[') {
      const list: unknown[] = []
      while (!this.is(']')) list.push(this.value())
      this.next()
      return list
    }
    if (token.value === '{') {
      const object: Record<string, unknown> = {}
      while (!this.is('}')) {
        const key = this.next().value
        this.expect(':')
        object[key] = this.value()
      }
      this.next()
      return object
    }
    throw new GraphQLSyntaxError(`Unexpected ${token.value}`)
  }
}

export function parseOperation(query: string, variables: Record<string, unknown> = {}): Operation {
  return new Parser(tokenize(query), variables).document()
}
