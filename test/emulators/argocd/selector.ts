/**
 * Kubernetes label selectors as labels.Parse reads them (k8s.io/apimachinery pkg/labels/selector.go): comma-separated
 * requirements `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k` (exists), `!k` (does not exist).
 */
export type LabelSelector = (labels: Record<string, string> | undefined) => boolean

type Requirement = (labels: Record<string, string>) => boolean

const KEY = String.raw`[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?`
const VALUE = String.raw`([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?`

/** Throws Error with labels.Parse-like text when the selector is malformed. */
export function parseSelector(text: string): LabelSelector {
  const requirements: Requirement[] = []
  for (const part of splitTopLevel(text.trim())) {
    requirements.push(parseRequirement(part.trim()))
  }
  return (labels) => requirements.every((requirement) => requirement(labels ?? {}))
}

function splitTopLevel(text: string): string[] {
  if (text === '') return []
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const char of text) {
    if (char === '(') depth++
    if (char === ')') depth--
    if (char === ',' && depth === 0) {
      parts.push(current)
      current = ''
    } else current += char
  }
  parts.push(current)
  return parts
}

function parseRequirement(part: string): Requirement {
  const setMatch = new RegExp(`^(${KEY})\\s+(in|notin)\\s*\\(([^)]*)\\)$`).exec(part)
  if (setMatch) {
    const key = setMatch[1]
    const values = new Set(setMatch[4].split(',').map((v) => v.trim()))
    for (const value of values) checkValue(value, part)
    return setMatch[3] === 'in'
      ? (labels) => key in labels && values.has(labels[key])
      : (labels) => !(key in labels) || !values.has(labels[key])
  }
  const compare = new RegExp(`^(${KEY})\\s*(==|!=|=)\\s*(.*)$`).exec(part)
  if (compare) {
    const [, key, , op, value] = compare
    checkValue(value, part)
    return op === '!=' ? (labels) => labels[key] !== value : (labels) => labels[key] === value
  }
  const exists = new RegExp(`^(!?)\\s*(${KEY})$`).exec(part)
  if (exists) {
    const key = exists[2]
    return exists[1] === '!' ? (labels) => !(key in labels) : (labels) => key in labels
  }
  throw new Error(`unable to parse requirement: found '${part}', expected: in, notin, =, ==, !=, gt, lt`)
}

function checkValue(value: string, part: string): void {
  if (!new RegExp(`^${VALUE}$`).test(value) || value.length > 63) {
    throw new Error(`unable to parse requirement: values[0][${part}]: Invalid value: "${value}"`)
  }
}
