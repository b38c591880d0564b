/** A decision typed as the first line of a comment: `/approve [reason]` or `/deny <reason>`. */
export interface Command {
  action: 'approve' | 'deny'
  reason: string
}

/**
 * The whole first line, trimmed, must be the command word, optionally followed by whitespace and a reason: no
 * substring matching ("I do not approve" and "/approved?" are not commands). Zero-width and look-alike characters
 * therefore never form a command either.
 */
const COMMAND = /^\/(approve|deny)(?:\s+(.*))?$/i

export function parseCommand(body: string): Command | undefined {
  const match = COMMAND.exec(firstLine(body))
  if (!match) return undefined
  return { action: match[1].toLowerCase() as Command['action'], reason: (match[2] ?? '').trim() }
}

/** A first line that starts with `/`: a command or an attempt at one, worth reporting when it does not count. */
export function looksLikeCommand(body: string): boolean {
  return firstLine(body).startsWith('/')
}

function firstLine(body: string): string {
  return (body.split(/\r?\n/, 1)[0] ?? '').trim()
}
