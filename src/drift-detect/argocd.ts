/**
 * Argo CD applications as drift units (`argocd:<namespace>/<name>`): OutOfSync at the revision that is already
 * deployed is live drift (someone changed the cluster); OutOfSync toward a newer commit (an operation running, or a
 * target revision not yet deployed) is a pending deploy, reported as unapplied, not drift (research/drift.md §1.12,
 * §4: "pending deploy" vs "live drift"). An app Argo CD cannot compare is an error: never clean.
 */
import { ArgoCdClient, appLabel, isMissingApp, resourceLabel, toAppStatus } from '../core/argocd/index.js'
import type { AppStatus } from '../core/argocd/index.js'
import type { UnitResult } from './report.js'
import { ARGOCD_PREFIX } from './units.js'

export { ARGOCD_PREFIX }

export const appUnit = (app: { name: string; namespace?: string }): string => `${ARGOCD_PREFIX}${appLabel(app)}`

const sameRevisions = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((r, i) => r === b[i])

/** The revisions the app last deployed: the last successful sync, else the newest history entry. */
function deployedRevisions(app: AppStatus): string[] | undefined {
  if (app.operation?.phase === 'Succeeded' && app.operation.revisions.length > 0) return app.operation.revisions
  return app.history.at(-1)?.revisions
}

/** Classifies one application; pure, from the AppStatus model. */
export function classifyApp(app: AppStatus): UnitResult {
  const unit = appUnit(app)
  const base = { unit, drifted: [], unapplied: [], ignored: [], excerpt: '' }
  const outOfSync = app.resources.filter((r) => r.sync === 'OutOfSync' || r.requiresPruning)
  const listing = outOfSync.map((r) => `${r.requiresPruning ? '-' : '!'} ${resourceLabel(r)}`).join('\n')
  if (app.errors.length > 0) {
    return { ...base, classification: 'error', error: app.errors.map((e) => `${e.type}: ${e.message}`).join('; ') }
  }
  if (app.sync === 'Synced') return { ...base, classification: 'clean' }
  if (app.sync !== 'OutOfSync') {
    return {
      ...base,
      classification: 'error',
      error: `sync status is '${app.sync || 'empty'}', so drift cannot be told`
    }
  }
  const running =
    app.requested !== undefined || app.operation?.phase === 'Running' || app.operation?.phase === 'Terminating'
  const deployed = deployedRevisions(app)
  const newerTarget = deployed === undefined || !sameRevisions(deployed, app.syncedRevisions)
  if (running || newerTarget) {
    return {
      ...base,
      classification: 'unapplied',
      unapplied: outOfSync.map(resourceLabel),
      excerpt: listing
    }
  }
  return {
    ...base,
    classification: 'drift',
    drifted: outOfSync.map((r) => ({
      address: resourceLabel(r),
      action: r.requiresPruning ? 'requires pruning' : 'OutOfSync',
      attributes: ['*']
    })),
    excerpt: listing
  }
}

export interface ArgoCdCheck {
  results: UnitResult[]
  /** Tells whether an app that the listing did not return still exists (so its issue is not closed as removed). */
  exists: (unit: string) => Promise<boolean>
  requests: () => number
}

export async function checkArgoCd(
  o: { server: string; token: string; selector?: string },
  mask: (secret: string) => void,
  log: (message: string) => void
): Promise<ArgoCdCheck> {
  const server = /^https?:\/\//.test(o.server) ? o.server : `https://${o.server}`
  const client = new ArgoCdClient({ server, auth: { token: o.token }, requestTimeoutMs: 30_000, mask, log })
  const apps = (await client.listApps({ selector: o.selector })).map(toAppStatus).filter((a) => !a.deleting)
  log(`Argo CD ${server}: ${apps.length} application(s)${o.selector ? ` matching '${o.selector}'` : ''}.`)
  return {
    results: apps.map(classifyApp).sort((a, b) => (a.unit < b.unit ? -1 : 1)),
    exists: async (unit) => {
      const label = unit.slice(ARGOCD_PREFIX.length)
      const [namespace, name] = label.includes('/') ? label.split('/', 2) : [undefined, label]
      try {
        await client.getApp({ name, namespace })
        return true
      } catch (e) {
        if (isMissingApp(e)) return false
        throw e
      }
    },
    requests: () => client.requests
  }
}
