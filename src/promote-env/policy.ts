import { UserError } from '../core/action/errors.js'
import { closest, listWords } from '../core/errors/index.js'
import { promotionOrder, resolveEnvironment } from '../core/config/environments.js'
import type { GitopsConfig } from '../core/config/types.js'
import { compareVersions, isImmutable } from '../core/gitops/version.js'
import type { PromoteSettings } from './settings.js'

/** Where the promotion goes and under which rules, decided from the inputs and the config file. */
export interface PromotionScope {
  from: string
  to: string
  order: string[]
  pinned: boolean
  /** Globs of each environment's files, repository-relative. */
  fromPaths: string[]
  toPaths: string[]
  branch: string
}

type Settings = Pick<PromoteSettings, 'to' | 'from' | 'order' | 'allowSkip' | 'pinned' | 'paths' | 'branch'>

function position(order: readonly string[], name: string, input: string): number {
  const at = order.indexOf(name)
  if (at >= 0) return at
  const guess = closest(name, order)
  throw new UserError(
    `Input '${input}' names environment '${name}', which is not in the promotion order ` +
      `(${listWords(order, { quote: "'" })})${guess ? `; did you mean '${guess}'?` : ''}`
  )
}

/** The globs of one environment: the `paths` input (with {env}), the config's gitops-path, or environments/<env>. */
function environmentPaths(
  settings: Settings,
  config: GitopsConfig | undefined,
  env: string,
  isTarget: boolean
): string[] {
  const templated = settings.paths.some((p) => p.includes('{env}'))
  if (settings.paths.length > 0 && (isTarget || templated)) return settings.paths.map((p) => p.split('{env}').join(env))
  const gitopsPath = config?.environments.find((e) => e.name === env)?.gitopsPath
  return [gitopsPath ? `${gitopsPath}/**/*.{yaml,yml}` : `environments/${env}/**/*.{yaml,yml}`]
}

/**
 * Checks the order (`to` right after `from` unless skipping is allowed) and works out the environments' files, the
 * pinning and the branch. Pure: every refusal is a one-line UserError naming the environments.
 */
export function resolvePromotion(settings: Settings, config: GitopsConfig | undefined): PromotionScope {
  if (config) {
    resolveEnvironment(config, settings.to, { input: 'to' })
    if (settings.from) resolveEnvironment(config, settings.from, { input: 'from' })
  }
  let order = settings.order.length > 0 ? settings.order : config ? promotionOrder(config) : []
  if (order.length === 0) {
    if (!settings.from) {
      throw new UserError(
        `No promotion order: set the order input (e.g. dev, qa, staging, prod), the from input, or a config file`
      )
    }
    order = [settings.from, settings.to]
  }
  const toAt = position(order, settings.to, 'to')
  if (!settings.from && toAt === 0) {
    throw new UserError(
      `Input 'to' is '${settings.to}', the first environment of the order; there is nothing before it to promote from`
    )
  }
  const from = settings.from ?? order[toAt - 1]
  const fromAt = position(order, from, 'from')
  if (fromAt >= toAt) {
    throw new UserError(
      `Cannot promote from '${from}' to '${settings.to}': '${settings.to}' does not come after '${from}' in the order (${order.join(' -> ')})`
    )
  }
  const allowSkip = settings.allowSkip || config?.promotion?.allowSkip === true
  if (toAt - fromAt > 1 && !allowSkip) {
    const skipped = order.slice(fromAt + 1, toAt)
    throw new UserError(
      `Promoting '${from}' to '${settings.to}' skips ${listWords(skipped, { quote: "'" })} (order ${order.join(' -> ')}); ` +
        `promote through ${skipped.length === 1 ? 'it' : 'them'} first, or set allow-skip: true`
    )
  }
  const pinned = settings.pinned || config?.environments.find((e) => e.name === settings.to)?.pinned === true
  return {
    from,
    to: settings.to,
    order,
    pinned,
    fromPaths: environmentPaths(settings, config, from, false),
    toPaths: environmentPaths(settings, config, settings.to, true),
    branch: settings.branch.split('{to}').join(settings.to)
  }
}

/** A pinned environment takes only immutable versions: a semver version or a digest. */
export function checkPinned(version: string, scope: Pick<PromotionScope, 'to' | 'pinned'>): void {
  if (scope.pinned && !isImmutable(version)) {
    throw new UserError(
      `Version '${version}' cannot go to pinned environment '${scope.to}': it takes only a semver version ` +
        `(1.2.3 or v1.2.3) or a digest (sha256:…), never latest, HEAD or a branch`
    )
  }
}

/** Refuses a version semver-lower than one the environment runs, unless downgrades are allowed. */
export function checkDowngrade(
  version: string,
  previous: readonly string[],
  to: string,
  allowDowngrade: boolean
): void {
  if (allowDowngrade) return
  const newer = previous.find((p) => (compareVersions(version, p) ?? 0) < 0)
  if (newer !== undefined) {
    throw new UserError(
      `Version '${version}' is older than '${newer}', which '${to}' runs now; set allow-downgrade: true to roll back`
    )
  }
}
