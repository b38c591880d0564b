/**
 * Plan text for people: the part of a plan a reviewer needs (drift note, legend, resource changes, `Plan:` line,
 * output changes, warnings and errors) without refresh, lock, init or apply noise, and a rewrite of it for GitHub's
 * ```diff colouring. Both work line by line in linear time.
 */
import { cleanTerminalText } from './ansi.js'
import { parseHeaderText, parsePlanLine } from './text-plan.js'

const LOCK_LINES = new Set([
  'Acquiring state lock. This may take a few moments...',
  'Releasing state lock. This may take a few moments...',
  'Refreshing Terraform state in-memory prior to plan...',
  'The refreshed state will be used to calculate this plan, but will not be',
  'persisted to local or remote state storage.'
])

const INIT_LINES = [
  'Initializing the backend...',
  'Initializing provider plugins...',
  'Initializing modules...',
  'Initializing plugins and modules...',
  'Successfully configured the backend',
  'Terraform has been successfully initialized!',
  'OpenTofu has been successfully initialized!',
  'You may now begin working with ',
  'any changes that are required for your infrastructure. All ',
  'should now work.',
  'If you ever set or change modules or backend configuration for ',
  'rerun this command to reinitialize your working directory. If you forget, other',
  'commands will detect it and remind you to do so if necessary.',
  'Terraform has created a lock file ',
  'OpenTofu has created a lock file ',
  'Upgrading modules...'
]

/** Init's `- Installing hashicorp/aws v5.0.0...` style lines. */
const INIT_ITEM_LINES = [
  'Reusing previous version of ',
  'Finding ',
  'Installing ',
  'Installed ',
  'Using previously-installed ',
  'Downloading ',
  'Installing modules',
  'Using '
]

/** `addr: Refreshing state... [id=…]` and friends: progress lines of the refresh and plan walk. */
const PROGRESS_SUFFIXES = [
  ': Refreshing state...',
  ': Reading...',
  ': Read complete after ',
  ': Still reading... [',
  ': Preparing import... [',
  ': Importing from ID '
]

/** Progress lines of an apply: once they appear, the plan is over. */
const APPLY_SUFFIXES = [
  ': Creating...',
  ': Destroying...',
  ': Modifying...',
  ': Still creating... [',
  ': Still destroying... [',
  ': Still modifying... [',
  ': Creation complete after ',
  ': Destruction complete after ',
  ': Modifications complete after ',
  ': Provisioning with ',
  ' (local-exec): ',
  ' (remote-exec): '
]

/** Lines that end the plan: the footer and anything after it (apply prompt, apply output). */
const FOOTER_PREFIXES = [
  "Note: You didn't use the -out option",
  'Note: You didn\'t specify an "-out" parameter',
  'Saved the plan to:',
  'To perform exactly these actions, run the following command to apply:',
  'Do you want to perform these actions',
  'Apply complete!',
  'Destroy complete!'
]

/** Lines that mark where the part worth showing starts. */
function isStartLine(line: string, trimmed: string, indent: number): boolean {
  if (trimmed.startsWith('╷')) return true
  if (indent === 0) {
    if (
      trimmed.startsWith('Note: Objects have changed outside of ') ||
      trimmed.startsWith('An execution plan has been generated') ||
      trimmed.startsWith('Resource actions are indicated with the following symbols') ||
      trimmed.startsWith('Changes to Outputs:') ||
      trimmed.startsWith('No changes.') ||
      trimmed.startsWith('No current changes.') ||
      trimmed.startsWith('Planning failed.') ||
      trimmed.startsWith('Note: This is a partial plan') ||
      trimmed.startsWith('Error: ') ||
      trimmed.startsWith('Warning: ') ||
      / used the selected providers to generate the following/.test(trimmed) ||
      trimmed.endsWith(' will perform the following actions:') ||
      trimmed.endsWith(' planned the following actions, but then encountered a problem:') ||
      / will invoke the following action\(s\):$/.test(trimmed)
    ) {
      return true
    }
  }
  if (parsePlanLine(line)) return true
  if (indent <= 3 && trimmed.startsWith('# ')) return parseHeaderText(trimmed.slice(2)).kind !== 'unknown'
  return false
}

function leadingSpaces(line: string): number {
  let i = 0
  while (i < line.length && line[i] === ' ') i++
  return i
}

function isRule(trimmed: string): boolean {
  if (trimmed.length < 10) return false
  const ch = trimmed[0]
  if (ch !== '─' && ch !== '-') return false
  for (let i = 1; i < trimmed.length; i++) if (trimmed[i] !== ch) return false
  return true
}

function isNoise(trimmed: string, indent: number): boolean {
  if (LOCK_LINES.has(trimmed)) return true
  if (indent !== 0) return false
  if (trimmed.startsWith('#') || trimmed.startsWith('│')) return false
  for (const suffix of PROGRESS_SUFFIXES) if (trimmed.includes(suffix)) return true
  for (const prefix of INIT_LINES) if (trimmed.startsWith(prefix)) return true
  if (trimmed.startsWith('- ')) {
    const rest = trimmed.slice(2)
    for (const prefix of INIT_ITEM_LINES) if (rest.startsWith(prefix)) return true
  }
  return false
}

function isEnd(trimmed: string, indent: number): boolean {
  if (indent !== 0) return false
  for (const prefix of FOOTER_PREFIXES) if (trimmed.startsWith(prefix)) return true
  if (trimmed.startsWith('#') || trimmed.startsWith('│')) return false
  for (const suffix of APPLY_SUFFIXES) if (trimmed.includes(suffix)) return true
  return false
}

/**
 * The part of a plan's output worth showing a reviewer: from the drift note (or the legend, the first resource,
 * the outputs or the no-changes message) through the `Plan:` line and the output changes, with warning and error
 * boxes kept wherever they are. Refresh, progress, state-lock and init lines are removed, and so are the footer
 * ("Note: You didn't use the -out option…", "Saved the plan to…") and anything after it, such as apply output.
 * Takes one unit's plan text (already demuxed from Terragrunt's log); ANSI codes are removed.
 */
export function extractPlanBody(text: string): string {
  const lines = cleanTerminalText(text)
    .split('\n')
    .map((l) => l.trimEnd())
  const out: string[] = []
  let started = false
  let ended = false
  let inBox = false

  const dropTrailingRule = (): void => {
    while (out.length > 0 && out[out.length - 1] === '') out.pop()
    if (out.length > 0 && isRule(out[out.length - 1].trim())) out.pop()
    while (out.length > 0 && out[out.length - 1] === '') out.pop()
  }

  for (const line of lines) {
    const trimmed = line.trim()
    const indent = leadingSpaces(line)

    if (inBox) {
      out.push(line)
      if (trimmed.startsWith('╵')) inBox = false
      continue
    }
    if (trimmed.startsWith('╷')) {
      if (ended && out.length > 0) out.push('')
      out.push(line)
      inBox = true
      started = true
      continue
    }
    if (ended) continue

    if (!started) {
      if (!isStartLine(line, trimmed, indent)) continue
      started = true
    }
    if (isNoise(trimmed, indent)) continue
    if (isEnd(trimmed, indent)) {
      dropTrailingRule()
      ended = true
      continue
    }
    out.push(line)
  }
  if (!ended) dropTrailingRule()

  if (!started) {
    // Nothing that looks like a plan: keep what is left after removing the noise (an error message, say).
    for (const line of lines) {
      const trimmed = line.trim()
      if (!isNoise(trimmed, leadingSpaces(line))) out.push(line)
    }
  }
  return collapseBlankLines(out).join('\n')
}

/** Trims blank lines at both ends and keeps at most two blank lines in a row. */
function collapseBlankLines(lines: string[]): string[] {
  const result: string[] = []
  let blanks = 0
  for (const line of lines) {
    if (line === '') {
      blanks++
      if (blanks > 2 || result.length === 0) continue
    } else {
      blanks = 0
    }
    result.push(line)
  }
  while (result.length > 0 && result[result.length - 1] === '') result.pop()
  return result
}

const BLOCK_MARKERS = ['-/+', '+/-', '+/.', './+', '<=', '+', '-', '~']
const HEREDOC_OPEN = /<<-?([A-Za-z_][A-Za-z0-9_]*)$/
/** Characters that GitHub's diff grammar colours (or treats as headers) in column 0. */
const DIFF_SPECIAL = new Set(['+', '-', '!', '<', '>', '@'])

interface MarkedLine {
  indent: number
  marker: string
}

function findMarker(line: string, indent: number): MarkedLine | undefined {
  for (const marker of BLOCK_MARKERS) {
    if (!line.startsWith(marker, indent)) continue
    const after = indent + marker.length
    if (after < line.length && line[after] === ' ') return { indent, marker }
  }
  // OpenTofu's forget block: `  . resource "t" "n" {`.
  if (line.startsWith('. resource "', indent) || line.startsWith('. data "', indent)) return { indent, marker: '.' }
  return undefined
}

function moveMarker(line: string, m: MarkedLine): string {
  const symbol = m.marker === '~' ? '!' : m.marker
  return (symbol + line.slice(0, m.indent) + line.slice(m.indent + m.marker.length)).trimEnd()
}

/**
 * Rewrites plan body lines so GitHub's ```diff colouring works: the change marker moves to column 0 with the
 * indentation kept after it (`+` green, `-` red, `~` becomes `!`; `-/+`, `+/-` and `<=` stay readable), heredoc
 * content keeps its own inner `+`/`-` markers (only those at the heredoc's marker column count, so a content line
 * that starts with `- ` stays uncoloured), `#` comment lines stay as they are, and other lines that would start
 * with a character the diff grammar colours get a leading space.
 */
export function toDiffLines(body: string): string[] {
  const lines = body.split(/\r?\n/)
  const out: string[] = new Array<string>(lines.length)
  let heredoc: { delimiter: string; keyColumn: number } | undefined

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd()
    const indent = leadingSpaces(line)

    if (heredoc) {
      const trimmed = line.slice(indent)
      if (indent <= heredoc.keyColumn && trimmed.startsWith(heredoc.delimiter)) {
        const next = trimmed.charAt(heredoc.delimiter.length)
        if (next === '' || next === ' ' || next === ',' || next === ')') {
          heredoc = undefined
          out[i] = line
          continue
        }
      }
      const markerColumn = heredoc.keyColumn + 2
      const ch = line.charAt(markerColumn)
      if (indent === markerColumn && (ch === '+' || ch === '-' || ch === '~')) {
        const after = line.charAt(markerColumn + 1)
        if (after === '' || after === ' ') {
          out[i] = moveMarker(line, { indent, marker: ch })
          continue
        }
      }
      out[i] = line
      continue
    }

    const marked = findMarker(line, indent)
    if (marked) {
      out[i] = moveMarker(line, marked)
      const open = HEREDOC_OPEN.exec(line)
      if (open) heredoc = { delimiter: open[1], keyColumn: indent + marked.marker.length + 1 }
      continue
    }
    const open = HEREDOC_OPEN.exec(line)
    if (open) heredoc = { delimiter: open[1], keyColumn: indent }
    out[i] = indent === 0 && DIFF_SPECIAL.has(line.charAt(0)) ? ` ${line}` : line
  }
  return out
}
