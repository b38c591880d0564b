/**
 * Safe-markdown primitives shared by every action's comments and job summaries.
 *
 * The rule they enforce: text that comes from plans, YAML, APIs or users is either fenced (with a fence longer than
 * any backtick run inside it, so nothing in it can close the block) or escaped for both HTML and markdown, with
 * `@mentions` and issue references broken so a rendered comment never pings anyone or cross-links an issue.
 */

/** Markdown or HTML the caller vouches for; passed through by `table` cells and `details` summaries unescaped. */
export interface Raw {
  readonly raw: string
}

/** Marks trusted markdown/HTML so `table` and `details` pass it through as is. */
export const raw = (text: string): Raw => ({ raw: text })

const isRaw = (value: string | Raw): value is Raw => typeof value !== 'string'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
}

/** Joins the lines of `text` with single spaces, dropping the whitespace around each break and empty lines. */
export function singleLine(text: string): string {
  const lines = text.split(/\r\n|\r|\n/)
  if (lines.length === 1) return text
  const last = lines.length - 1
  return lines
    .map((line, i) => (i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim()))
    .filter((line, i) => line !== '' || i === 0 || i === last)
    .join(' ')
    .trim()
}

/** Zero-width joiner: invisible, but breaks GitHub's mention and issue-reference autolinking. */
export const ZWJ = '\u200d'

/**
 * Breaks `@user`, `@org/team`, `#123`, `owner/repo#123` and `GH-123` so GitHub neither notifies anyone nor adds a
 * cross-reference to an issue. A zero-width joiner goes after the `@`, `#` or `GH-`; e-mail addresses
 * (`sa@project.iam.gserviceaccount.com`), which GitHub does not link, are left alone.
 */
export function neutralizeReferences(text: string): string {
  return text
    .replace(/(?<![A-Za-z0-9])@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${ZWJ}`)
}

/**
 * Escapes text for one line of inline markdown such as a table cell or a title: newlines become spaces, HTML is
 * escaped, markdown punctuation that could format, link or split a table (`\ ` * _ [ ] ~ |`) is backslash-escaped,
 * and references are neutralised. An underscore between two letters or digits cannot open or close emphasis in
 * CommonMark, so `null_resource.a_b` stays readable.
 */
export function escapeMarkdownInline(text: string): string {
  return neutralizeReferences(singleLine(text))
    .replace(/[&<>"]/g, (c) => HTML_ESCAPES[c])
    .replace(/[\\`*[\]~|]|_(?![A-Za-z0-9])|(?<![A-Za-z0-9])_/g, (c) => `\\${c}`)
}

/** The longest run of `char` (one UTF-16 code unit) in `text` (0 when absent). */
export function longestRun(text: string, char: string): number {
  if (char.length !== 1) return 0
  let longest = 0
  // Jump from one occurrence to the next: plan text rarely has any.
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i)) {
    let end = i + 1
    while (end < text.length && text[end] === char) end++
    if (end - i > longest) longest = end - i
    i = end
  }
  return longest
}

/** The backtick fence for `text`: at least three, and longer than any backtick run inside it. */
export function fenceFor(text: string): string {
  return '`'.repeat(Math.max(3, longestRun(text, '`') + 1))
}

/**
 * A fenced code block that `text` cannot close: the fence is longer than any backtick run inside. Line endings are
 * normalised to `\n` (a lone `\r` is a line break to CommonMark) and one trailing newline is dropped. Inside a fence
 * GitHub shows `</details>`, `<script>` and `@user` as literal text and links nothing.
 */
export function fence(text: string, lang = '', ticks: string = fenceFor(text)): string {
  let body = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  if (body.endsWith('\n')) body = body.slice(0, -1)
  const info = lang.replace(/[^A-Za-z0-9_+.-]/g, '')
  return `${ticks}${info}\n${body}\n${ticks}`
}

/**
 * Inline code that its content cannot close. Newlines become spaces and references are neutralised (GitHub does not
 * link them inside code, but copying a ZWJ is a small price for one rule everywhere outside fences). Inside a table
 * pass `inTable`: GFM splits rows on `|` before it sees code spans, so pipes are escaped there.
 */
export function codeSpan(text: string, inTable = false): string {
  let body = neutralizeReferences(singleLine(text))
  if (inTable) body = body.replace(/\|/g, '\\|')
  const ticks = '`'.repeat(longestRun(body, '`') + 1)
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : ''
  return `${ticks}${pad}${body}${pad}${ticks}`
}

/**
 * Code-styled text as `<code>` HTML with the content escaped for HTML and markdown (references neutralised), so it is
 * safe anywhere inline, table cells included, and no `<` from the text ever reaches the page. Unlike a backtick code
 * span, this keeps one simple rule for everything outside fences: every `<` there is one of ours.
 */
export function inlineCode(text: string): string {
  return `<code>${escapeMarkdownInline(text)}</code>`
}

/**
 * A collapsible block. The summary is plain text (escaped for HTML, references neutralised, kept on one line) unless
 * passed as `raw(...)`. The blank line after `</summary>` lets GitHub render the body as markdown, and the blank line
 * before `</details>` ends any paragraph or list in it.
 */
export function details(summary: string | Raw, body: string, open = false): string {
  const head = isRaw(summary) ? summary.raw : escapeHtml(neutralizeReferences(singleLine(summary)))
  return `<details${open ? ' open' : ''}><summary>${head}</summary>\n\n${body}\n\n</details>`
}

export type Align = 'left' | 'center' | 'right'

const ALIGN_ROW: Record<Align, string> = { left: ':---', center: ':---:', right: '---:' }

/**
 * A GFM table. Plain-string cells are escaped with `escapeMarkdownInline`; `raw(...)` cells are trusted but still
 * kept on one line (use `codeSpan(text, true)` for code in a cell). Rows shorter than the header are padded.
 */
export function table(
  headers: readonly (string | Raw)[],
  rows: readonly (readonly (string | Raw)[])[],
  align?: readonly Align[]
): string {
  const cell = (value: string | Raw | undefined): string => {
    if (value === undefined) return ''
    return isRaw(value) ? singleLine(value.raw) : escapeMarkdownInline(value)
  }
  const line = (cells: readonly (string | Raw)[]): string => `| ${headers.map((_, i) => cell(cells[i])).join(' | ')} |`
  const rule = `|${headers.map((_, i) => (align?.[i] ? ALIGN_ROW[align[i]] : '---')).join('|')}|`
  return [line(headers), rule, ...rows.map(line)].join('\n')
}

const MARKER_PREFIX = 'gitops-actions'
const DATA_PREFIX = `${MARKER_PREFIX}-data:`

const percentEncode = (c: string): string =>
  [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')

/** Keeps a marker key inside its comment: anything but a safe set is percent-encoded, and `--` never appears. */
function markerKey(key: string): string {
  return key
    .replace(/[^A-Za-z0-9._/:=+@-]/gu, (c) => percentEncode(c))
    .replace(/-(?=-)/g, '%2D')
    .replace(/-$/, '%2D')
}

/** The hidden marker that identifies what an action owns: `<!-- gitops-actions:<action>:<key> -->`. */
export function marker(action: string, key: string): string {
  return `<!-- ${MARKER_PREFIX}:${markerKey(action)}:${markerKey(key)} -->`
}

/**
 * A hidden HTML comment carrying `payload` as JSON. `<` and `>` are written as `\u003c`/`\u003e` and `--` as
 * `-\u002d` (both only possible inside JSON strings), so the comment cannot end early or nest.
 */
export function markerData(payload: unknown): string {
  const json = JSON.stringify(payload).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/--/g, '-\\u002d')
  return `<!-- ${DATA_PREFIX}${json} -->`
}

/** The payload of the first `markerData` comment in `body`, or undefined when there is none or it is not JSON. */
export function parseMarkerData(body: string): unknown {
  const match = /<!-- gitops-actions-data:([^>]*?) -->/.exec(body)
  if (!match) return undefined
  try {
    return JSON.parse(match[1]) as unknown
  } catch {
    return undefined
  }
}

/**
 * A markdown link when `url` is http(s), with characters that could end the link destination percent-encoded;
 * otherwise the escaped text alone. `text` is plain text unless passed as `raw(...)`.
 */
export function link(text: string | Raw, url: string | undefined): string {
  const label = isRaw(text) ? text.raw : escapeMarkdownInline(text)
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return label
  const safe = url.replace(/[()<>"'`\\[\]]/g, (c) => percentEncode(c))
  return `[${label}](${safe})`
}
