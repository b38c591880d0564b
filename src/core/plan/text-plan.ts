/**
 * Tolerant parser for the human plan text of Terraform (0.11 to 1.x) and OpenTofu. It reads one line at a time with
 * a small state machine and never relies on blank lines (Terragrunt's pretty log drops them). Counts come from the
 * `Plan:` line when there is one; replacements, moves, imports and forgets come from the resource headers.
 */
import { cleanTerminalText } from './ansi.js'
import { countResource } from './counting.js'
import { isRule, leadingSpaces } from './lines.js'
import { zeroCounts } from './model.js'
import type { Diagnostic, ParsedPlan, PlanCounts, ResourceChange } from './model.js'

/** `Plan:` summary line, Terraform and OpenTofu, with import, forget and action-invocation counts. */
export const PLAN_LINE =
  /^Plan: (?:(\d+) to import, )?(\d+) to add, (\d+) to change, (\d+) to destroy(?:, (\d+) to forget)?\.(?: Actions: (\d+) to invoke\.)?$/

export interface PlanLineCounts {
  import?: number
  add: number
  change: number
  destroy: number
  forget?: number
  invoke?: number
}

/** Reads a `Plan:` line (surrounding whitespace allowed); undefined when the line is not one. */
export function parsePlanLine(line: string): PlanLineCounts | undefined {
  const trimmed = line.trim()
  if (!trimmed.startsWith('Plan: ')) return undefined
  const m = PLAN_LINE.exec(trimmed)
  if (!m) return undefined
  const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s))
  return {
    import: num(m[1]),
    add: Number(m[2]),
    change: Number(m[3]),
    destroy: Number(m[4]),
    forget: num(m[5]),
    invoke: num(m[6])
  }
}

type Section = 'none' | 'drift' | 'legend' | 'changes' | 'outputs' | 'deferred' | 'invoke'

/** Splits `addr[ (deposed object KEY)] rest` at the first space outside index brackets and quoted keys. */
export function splitHeader(text: string): { address: string; deposed?: string; rest: string } | undefined {
  let depth = 0
  let inString = false
  let i = 0
  for (; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"' && depth > 0) inString = true
    else if (ch === '[') depth++
    else if (ch === ']') depth = Math.max(0, depth - 1)
    else if (ch === ' ' && depth === 0) break
  }
  if (i === 0 || i >= text.length) return undefined
  const address = text.slice(0, i)
  let rest = text.slice(i + 1)
  let deposed: string | undefined
  if (rest.startsWith('(deposed object ')) {
    const close = rest.indexOf(')')
    if (close > 0) {
      deposed = rest.slice('(deposed object '.length, close)
      rest = rest.slice(close + 1).trimStart()
    }
  }
  return deposed === undefined ? { address, rest } : { address, deposed, rest }
}

type HeaderKind =
  { kind: 'resource'; resource: ResourceChange } | { kind: 'drift'; address: string } | { kind: 'unknown' }

function headerResource(
  address: string,
  deposed: string | undefined,
  fields: Omit<ResourceChange, 'address'>
): HeaderKind {
  const resource: ResourceChange = { address, ...fields }
  if (deposed !== undefined) resource.deposed = deposed
  return { kind: 'resource', resource }
}

function headerReplace(address: string, deposed: string | undefined, rest: string, reason?: string): HeaderKind {
  const forgetsOld = rest.includes('will not be destroyed')
  return headerResource(address, deposed, {
    action: 'replace',
    ...(reason ? { reason } : {}),
    ...(forgetsOld ? { forgetsOld: true } : {})
  })
}

/** Classifies one resource header comment (the text after `# `). */
export function parseHeaderText(text: string): HeaderKind {
  const split = splitHeader(text)
  if (!split) return { kind: 'unknown' }
  const { address, deposed, rest } = split
  // Plain functions rather than closures: this runs once per resource header.
  if (rest.startsWith('will be created')) return headerResource(address, deposed, { action: 'create' })
  if (rest.startsWith('will be read during apply')) return headerResource(address, deposed, { action: 'read' })
  if (rest.startsWith('will be updated in-place')) return headerResource(address, deposed, { action: 'update' })
  if (rest.startsWith('will be destroyed')) return headerResource(address, deposed, { action: 'delete' })
  if (rest.startsWith('must be replaced')) return headerReplace(address, deposed, rest)
  if (rest.startsWith('is tainted, so must be replaced') || rest.startsWith('is tainted, so it must be replaced')) {
    return headerReplace(address, deposed, rest, 'replace_because_tainted')
  }
  if (rest.startsWith('will be replaced, as requested')) {
    return headerReplace(address, deposed, rest, 'replace_by_request')
  }
  if (rest.startsWith('will be replaced due to changes in replace_triggered_by')) {
    return headerReplace(address, deposed, rest, 'replace_by_triggers')
  }
  if (rest.startsWith('will no longer be managed by ')) return headerResource(address, deposed, { action: 'forget' })
  if (rest.startsWith('will be removed from ') && rest.includes('will not be destroyed')) {
    return headerResource(address, deposed, { action: 'forget' })
  }
  if (rest.startsWith('will be imported')) return headerResource(address, deposed, { action: 'no-op', importId: '' })
  if (rest.startsWith('has moved to ')) {
    const target = rest.slice('has moved to '.length).trim()
    if (!target) return { kind: 'unknown' }
    // `old has moved to new`: in refresh-only drift sections this is a drift entry, handled by the caller.
    const resource: ResourceChange = { address: target, action: 'no-op', previousAddress: address }
    return { kind: 'resource', resource }
  }
  if (rest.startsWith('has changed') || rest.startsWith('has been deleted')) return { kind: 'drift', address }
  return { kind: 'unknown' }
}

/** Maps the text of a `# (…)` note under a header to Terraform's action_reason, or keeps the text. */
function reasonFromNote(note: string): string | undefined {
  if (note.startsWith('because ')) {
    if (/^because index \[.*\] is out of range for count$/.test(note)) return 'delete_because_count_index'
    if (/^because key \[.*\] is not in for_each map$/.test(note)) return 'delete_because_each_key'
    if (note.includes(' was moved to ') && note.endsWith(', which is not in configuration')) {
      return 'delete_because_no_move_target'
    }
    if (note.endsWith(' is not in configuration')) {
      const what = note.slice('because '.length, note.length - ' is not in configuration'.length)
      return isModuleAddress(what) ? 'delete_because_no_module' : 'delete_because_no_resource_config'
    }
    if (
      note === 'because resource uses count or for_each' ||
      note === 'because resource does not use count' ||
      note === 'because resource does not use for_each'
    ) {
      return 'delete_because_wrong_repetition'
    }
    if (note === 'because enabled is false') return 'delete_because_enabled_false'
    if (note.includes('lifecycle.destroy = false')) {
      return note.includes('was configured before')
        ? 'forgot_because_lifecycle_destroy_in_state'
        : 'forgot_because_lifecycle_destroy_in_config'
    }
    return note
  }
  if (note === 'config refers to values not yet known') return 'read_because_config_unknown'
  if (note === 'depends on a resource or a module with changes pending') return 'read_because_dependency_pending'
  if (note === 'config will be reloaded to verify a check block') return 'read_because_check_nested'
  return undefined
}

/** `module.a`, `module.a["k"].module.b[0]`: only module steps, no resource type/name. */
function isModuleAddress(address: string): boolean {
  let i = 0
  while (address.startsWith('module.', i)) {
    i += 'module.'.length
    while (i < address.length && address[i] !== '.' && address[i] !== '[') i++
    if (address[i] === '[') {
      let inString = false
      for (i++; i < address.length; i++) {
        const ch = address[i]
        if (inString) {
          if (ch === '\\') i++
          else if (ch === '"') inString = false
        } else if (ch === '"') inString = true
        else if (ch === ']') break
      }
      if (i >= address.length) return false
      i++
    }
    if (i === address.length) return true
    if (address[i] !== '.') return false
    i++
  }
  return false
}

function unquoteName(name: string): string {
  if (!name.startsWith('"')) return name
  try {
    const value: unknown = JSON.parse(name)
    return typeof value === 'string' ? value : name
  } catch {
    return name
  }
}

const LEGACY_RESOURCE_LINE = /^(-\/\+|\+\/-|<=|[-+~]) +(\S+)(?: +\((new resource required|tainted|deposed)\))?$/
const OUTPUT_LINE = /^ {2}([-+~]) ("(?:[^"\\]|\\.)*"|[^\s="]+) *=/
const DIAGNOSTIC_START = /^(Error|Warning): (.*)$/

/** A line that starts a plan section (used to end a pre-0.15 diagnostic). */
function isSectionStart(trimmed: string): boolean {
  return (
    trimmed.startsWith('Plan: ') ||
    trimmed.startsWith('No changes.') ||
    trimmed.startsWith('Note: ') ||
    trimmed.startsWith('Changes to Outputs:') ||
    trimmed.startsWith('An execution plan has been generated') ||
    trimmed.startsWith('Refreshing Terraform state') ||
    / (?:used the selected providers|will perform the following actions:)/.test(trimmed) ||
    isRule(trimmed)
  )
}

/** Parses human plan text (ANSI codes allowed) into the plan model. */
export function parseTextPlan(text: string): ParsedPlan {
  const src = cleanTerminalText(text)
  const resources: ResourceChange[] = []
  const outputChanges: string[] = []
  const outputSeen = new Set<string>()
  const drift: string[] = []
  const driftSeen = new Set<string>()
  const diagnostics: Diagnostic[] = []
  const importIds = new Map<string, string>()

  let section: Section = 'none'
  let planLine: PlanLineCounts | undefined
  let errored = false
  let refreshOnly = false
  /** The resource whose header notes (`# (moved from …)`) and block symbol are being read. */
  let current: ResourceChange | undefined
  let inBox = false
  let boxDiag: Diagnostic | undefined
  let boxDetail: string[] = []
  let legacyDiag: Diagnostic | undefined
  let legacyDetail: string[] = []
  let legacyBlankRun = 0

  const finishDiagnostic = (diag: Diagnostic | undefined, detail: string[]): void => {
    if (!diag) return
    let start = 0
    let end = detail.length
    while (start < end && detail[start].trim() === '') start++
    while (end > start && detail[end - 1].trim() === '') end--
    const body = detail
      .slice(start, end)
      .map((l) => l.trimEnd())
      .join('\n')
    if (body) diag.detail = body
    diagnostics.push(diag)
    if (diag.severity === 'error') errored = true
  }

  const addDrift = (address: string): void => {
    if (!driftSeen.has(address)) {
      driftSeen.add(address)
      drift.push(address)
    }
  }

  for (let cursor = 0; cursor <= src.length;) {
    const start = cursor
    const nl = src.indexOf('\n', start)
    const lineEnd = nl < 0 ? src.length : nl
    cursor = lineEnd + 1
    if (!inBox && !legacyDiag) {
      // Most lines are blank or attributes indented deeper than any header, `Plan:` or section line: outside a box
      // and a legacy diagnostic (and, for attributes, a header's first line) they change nothing unless they open a
      // box (`╷`, not ASCII). Skip them without building strings.
      let i = start
      while (i < lineEnd && (src.charCodeAt(i) === 0x20 || src.charCodeAt(i) === 0x09)) i++
      if (i === lineEnd) continue
      const first = src.charCodeAt(i)
      if (!current && i - start > 4 && first > 0x20 && first < 0x7f) continue
    }
    const line = src.slice(start, lineEnd).trimEnd()
    const trimmed = line.trim()
    const indent = leadingSpaces(line)

    // Boxed diagnostics (TF >= 0.15, OpenTofu): ╷ │ Error: … │ … ╵
    if (trimmed.startsWith('╷')) {
      if (inBox) finishDiagnostic(boxDiag, boxDetail)
      inBox = true
      boxDiag = undefined
      boxDetail = []
      continue
    }
    if (inBox) {
      if (trimmed.startsWith('╵')) {
        finishDiagnostic(boxDiag, boxDetail)
        inBox = false
        boxDiag = undefined
        continue
      }
      if (trimmed.startsWith('│')) {
        const content = trimmed.slice(1).startsWith(' ') ? trimmed.slice(2) : trimmed.slice(1)
        const m = boxDiag ? undefined : DIAGNOSTIC_START.exec(content)
        if (m) boxDiag = { severity: m[1] === 'Error' ? 'error' : 'warning', summary: m[2].trim() }
        else if (boxDiag) boxDetail.push(content)
        continue
      }
      finishDiagnostic(boxDiag, boxDetail)
      inBox = false
      boxDiag = undefined
    }

    // Pre-0.15 diagnostics: `Error: …` / `Warning: …` at column 0, detail until a section starts.
    if (legacyDiag) {
      const ends =
        (indent === 0 && trimmed !== '' && (DIAGNOSTIC_START.test(trimmed) || isSectionStart(trimmed))) ||
        (indent <= 3 && trimmed.startsWith('# ')) ||
        (trimmed === '' && legacyBlankRun >= 1 && legacyDetail.length > 0)
      if (!ends) {
        legacyBlankRun = trimmed === '' ? legacyBlankRun + 1 : 0
        legacyDetail.push(line)
        continue
      }
      finishDiagnostic(legacyDiag, legacyDetail)
      legacyDiag = undefined
      if (trimmed === '') continue
    }
    if (indent === 0) {
      const m = DIAGNOSTIC_START.exec(trimmed)
      if (m) {
        legacyDiag = { severity: m[1] === 'Error' ? 'error' : 'warning', summary: m[2].trim() }
        legacyDetail = []
        legacyBlankRun = 0
        current = undefined
        continue
      }
    }

    if (trimmed === '') continue

    const counts = indent <= 4 ? parsePlanLine(trimmed) : undefined
    if (counts) {
      if (!planLine) planLine = counts
      section = 'none'
      current = undefined
      continue
    }

    // Section markers (always at column 0).
    if (indent === 0) {
      if (trimmed.startsWith('Note: Objects have changed outside of ')) {
        section = 'drift'
        current = undefined
        continue
      }
      if (trimmed.startsWith('Unless you have made equivalent changes to your configuration')) {
        section = 'none'
        continue
      }
      if (trimmed.startsWith('This is a refresh-only plan')) {
        refreshOnly = true
        section = 'none'
        continue
      }
      if (
        / used the selected providers to generate the following/.test(trimmed) ||
        trimmed.startsWith('An execution plan has been generated') ||
        trimmed.startsWith('Resource actions are indicated with the following symbols')
      ) {
        section = 'legend'
        current = undefined
        continue
      }
      if (trimmed.endsWith(' will perform the following actions:')) {
        section = 'changes'
        current = undefined
        continue
      }
      if (trimmed.endsWith(' planned the following actions, but then encountered a problem:')) {
        section = 'changes'
        errored = true
        current = undefined
        continue
      }
      if (trimmed === 'Changes to Outputs:') {
        section = 'outputs'
        current = undefined
        continue
      }
      if (trimmed.startsWith('Note: This is a partial plan')) {
        section = 'deferred'
        current = undefined
        continue
      }
      if (/ will invoke the following action\(s\):$/.test(trimmed)) {
        section = 'invoke'
        current = undefined
        continue
      }
      if (trimmed.startsWith('Planning failed.')) {
        errored = true
        section = 'none'
        continue
      }
      if (trimmed.startsWith('You can apply this plan to save these new output values')) {
        section = 'none'
        continue
      }
    }

    // Refresh noise that carries facts: the import id of `# addr will be imported`.
    if (indent === 0 && trimmed.endsWith(']')) {
      const at = trimmed.indexOf(': Preparing import... [id=')
      if (at > 0) {
        importIds.set(trimmed.slice(0, at), trimmed.slice(at + ': Preparing import... [id='.length, -1))
        continue
      }
    }

    // Resource header comments and their notes (`  # addr will be created`, ` # addr will no longer be managed…`).
    if (indent <= 3 && trimmed.startsWith('#')) {
      const body = trimmed.slice(1).trimStart()
      if (body.startsWith('(')) {
        if (current) applyNote(current, body)
        continue
      }
      if (body.startsWith('Warning: this will destroy the imported resource')) continue
      if (body.startsWith('imported using resource identity')) {
        if (current && current.importId === undefined) current.importId = ''
        continue
      }
      if (/^[{}[\]"]/.test(body)) continue // JSON lines of a resource identity
      const header = parseHeaderText(body)
      if (header.kind === 'drift') {
        addDrift(header.address)
        current = undefined
        continue
      }
      if (header.kind === 'unknown' || section === 'deferred' || section === 'invoke') {
        current = undefined
        continue
      }
      if (section === 'drift') {
        // Refresh-only drift lists moves as `old has moved to new`.
        addDrift(header.resource.address)
        current = undefined
        continue
      }
      const resource = header.resource
      if (resource.importId === '' && importIds.has(resource.address)) {
        resource.importId = importIds.get(resource.address)
      }
      resources.push(resource)
      current = resource
      continue
    }

    // OpenTofu's forget note has no `#`: ` (because lifecycle.destroy = false is set in the configuration)`.
    if (current && indent <= 3 && trimmed.startsWith('(') && trimmed.endsWith(')')) {
      applyNote(current, trimmed)
      continue
    }

    // The first line of a resource block: its symbol tells the replace order.
    if (current) {
      if (current.action === 'replace') {
        if (trimmed.startsWith('-/+ ')) current.replaceOrder = 'delete-before-create'
        else if (trimmed.startsWith('+/- ')) current.replaceOrder = 'create-before-delete'
        else if (trimmed.startsWith('+/. ')) {
          current.replaceOrder = 'create-before-delete'
          current.forgetsOld = true
        } else if (trimmed.startsWith('./+ ')) {
          current.replaceOrder = 'delete-before-create'
          current.forgetsOld = true
        }
      }
      current = undefined
      continue
    }

    if (section === 'changes' && indent <= 3) {
      const legacy = legacyResource(trimmed)
      if (legacy) {
        resources.push(legacy)
        continue
      }
    }

    if (section === 'outputs' && indent === 2) {
      const m = OUTPUT_LINE.exec(line)
      if (m) {
        const name = unquoteName(m[2])
        if (!outputSeen.has(name)) {
          outputSeen.add(name)
          outputChanges.push(name)
        }
      }
    }
  }
  if (inBox) finishDiagnostic(boxDiag, boxDetail)
  if (legacyDiag) finishDiagnostic(legacyDiag, legacyDetail)

  const headerCounts = zeroCounts()
  for (const r of resources) countResource(headerCounts, r)
  const counts: PlanCounts = planLine
    ? {
        add: planLine.add,
        change: planLine.change,
        destroy: planLine.destroy,
        replace: headerCounts.replace,
        import: planLine.import ?? 0,
        move: headerCounts.move,
        forget: planLine.forget ?? headerCounts.forget
      }
    : headerCounts

  const lineTotal = planLine
    ? planLine.add + planLine.change + planLine.destroy + (planLine.import ?? 0) + (planLine.forget ?? 0)
    : 0
  const hasChanges =
    !errored &&
    (resources.length > 0 ||
      outputChanges.length > 0 ||
      lineTotal > 0 ||
      (planLine?.invoke ?? 0) > 0 ||
      (refreshOnly && drift.length > 0))

  return { counts, resources, outputChanges, drift, errored, diagnostics, hasChanges, source: 'text' }
}

/** Applies a `(…)` note under a header: move source, import id, or a reason. */
function applyNote(resource: ResourceChange, text: string): void {
  const note = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1).trim() : text
  if (note.startsWith('moved from ')) {
    const from = note.slice('moved from '.length).trim()
    if (from && from !== resource.address) resource.previousAddress = from
    return
  }
  if (note.startsWith('imported from ')) {
    resource.importId = unquoteName(note.slice('imported from '.length).trim())
    return
  }
  if (note === 'will be imported first') {
    resource.importId = resource.importId ?? ''
    return
  }
  if (
    note === 'config will be generated' ||
    note.startsWith('left over from a partially-failed replacement') ||
    note.startsWith('destroy = false is set')
  ) {
    return
  }
  const reason = reasonFromNote(note)
  if (reason && !resource.reason) resource.reason = reason
}

/** A Terraform 0.11 resource line: `  + aws_x.y`, `-/+ aws_x.y (new resource required)`, ` <= data.x.y`. */
function legacyResource(trimmed: string): ResourceChange | undefined {
  const m = LEGACY_RESOURCE_LINE.exec(trimmed)
  if (!m) return undefined
  const address = m[2]
  if (!address.includes('.') || /["{}=]/.test(address)) return undefined
  const marker = m[1]
  const note = m[3]
  let resource: ResourceChange
  switch (marker) {
    case '+':
      resource = { address, action: 'create' }
      break
    case '-':
      resource = { address, action: 'delete' }
      break
    case '~':
      resource = { address, action: 'update' }
      break
    case '<=':
      resource = { address, action: 'read' }
      break
    case '+/-':
      resource = { address, action: 'replace', replaceOrder: 'create-before-delete' }
      break
    default:
      resource = { address, action: 'replace', replaceOrder: 'delete-before-create' }
  }
  if (note === 'tainted' && resource.action === 'replace') resource.reason = 'replace_because_tainted'
  return resource
}
