import { UserError } from '../core/action/errors.js'
import type { AppRef, ArgoCdClient } from '../core/argocd/client.js'
import { toAppStatus } from '../core/argocd/status.js'
import type { WireApplication } from '../core/argocd/wire.js'
import type { SyncWaitSettings } from './settings.js'

/** An app to deliver; `listed` is the app as the selector's list returned it. */
export interface Target extends AppRef {
  listed?: WireApplication
}

/**
 * The apps to deliver: the `apps` input, or the apps `selector` matches, resolved once. Apps being deleted are left
 * out (argo-cd#5675: `app wait -l` picked them up and hung); nothing matching is an error, as in the CLI.
 */
export async function resolveApps(client: ArgoCdClient, settings: SyncWaitSettings): Promise<Target[]> {
  if (!settings.selector) return settings.apps
  const found = (
    await client.listApps({ selector: settings.selector, projects: settings.project ? [settings.project] : undefined })
  )
    .map((wire) => ({ wire, status: toAppStatus(wire) }))
    .filter((a) => !a.status.deleting)
  if (found.length === 0) {
    throw new UserError(
      `Input 'selector' is '${settings.selector}': no application matches it${settings.project ? ` in project '${settings.project}'` : ''} (or the token may not read them).`
    )
  }
  return found.map(({ wire, status: a }) => ({
    name: a.name,
    namespace: a.namespace || undefined,
    project: settings.project,
    listed: wire
  }))
}
