/**
 * Terminal clean-up for captured plan output: ANSI colour and cursor sequences, CRLF line ends and carriage-return
 * progress overwrites. Every pattern here is linear (no nested quantifiers).
 */

// CSI: ESC [ (or the 8-bit 0x9b) parameter bytes, intermediate bytes, one final byte. Covers SGR colours and
// cursor movement / erase (`\x1b[2K`, `\x1b[1A`, `\x1b[?25l`).
const CSI = '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]'
// OSC: ESC ] … terminated by BEL or ESC \ (hyperlinks, window titles).
const OSC = '\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?'
// Two-byte escapes (ESC 7, ESC 8, ESC =, ESC M, charset selection ESC ( B).
const SHORT = '\\u001b(?:[()][0-9A-Za-z]|[@-Z\\\\^_=>78])'

const ANSI_PATTERN = new RegExp(`${OSC}|${CSI}|${SHORT}`, 'g')

/** Removes ANSI colour, cursor and OSC escape sequences. */
export function stripAnsi(text: string): string {
  return text.includes('\u001b') || text.includes('\u009b') ? text.replace(ANSI_PATTERN, '') : text
}

/**
 * Strips ANSI codes, turns CRLF into LF and resolves carriage-return overwrites the way a terminal shows them (only
 * the text after the last lone `\r` of a line stays).
 */
export function cleanTerminalText(text: string): string {
  let out = stripAnsi(text)
  if (out.charCodeAt(0) === 0xfeff) out = out.slice(1)
  if (!out.includes('\r')) return out
  return out
    .split('\n')
    .map((line) => {
      let end = line.length
      while (end > 0 && line.charCodeAt(end - 1) === 13) end--
      const last = line.lastIndexOf('\r', end - 1)
      return line.slice(last === -1 || last >= end ? 0 : last + 1, end)
    })
    .join('\n')
}
