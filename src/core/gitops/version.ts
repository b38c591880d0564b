import semver from 'semver'

const DIGEST = /^@?(sha256:[0-9a-f]{64})$/

/** `sha256:<64 hex>` (an optional leading `@` dropped) for an image digest, else undefined. */
export function asDigest(version: string): string | undefined {
  return DIGEST.exec(version.trim())?.[1]
}

/** True for a semver version with or without a leading `v` (`1.4.0`, `v2.0.0-rc.1`). */
export function isSemver(version: string): boolean {
  return semver.valid(version.trim()) !== null
}

/** Versions that name one immutable artifact: a semver tag or a digest. `latest`, `HEAD` and branch names are not. */
export function isImmutable(version: string): boolean {
  return isSemver(version) || asDigest(version) !== undefined
}

/** `a` compared with `b` when both are semver (-1, 0, 1); undefined when either is not. */
export function compareVersions(a: string, b: string): number | undefined {
  if (!isSemver(a) || !isSemver(b)) return undefined
  return semver.compare(a.trim(), b.trim())
}

/** Writes a version into a format such as `v{version}`; a format without the placeholder is refused by callers. */
export function formatVersion(format: string | undefined, version: string): string {
  return format ? format.split('{version}').join(version) : version
}

/** The version inside a value written with `format` (`v1.2.3` with `v{version}` is `1.2.3`); undefined if it does not fit. */
export function unformatVersion(format: string | undefined, value: string): string | undefined {
  if (!format) return value
  const at = format.indexOf('{version}')
  const prefix = format.slice(0, at)
  const suffix = format.slice(at + '{version}'.length)
  if (value.length < prefix.length + suffix.length + 1) return undefined
  if (!value.startsWith(prefix) || !value.endsWith(suffix)) return undefined
  return value.slice(prefix.length, value.length - suffix.length)
}
