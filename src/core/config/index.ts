/**
 * The optional repository config file, `.github/gitops.yaml` by default (DESIGN.md section 4). Keys are kebab-case;
 * results are camelCase. Every key but `environments` and each environment's `name` is optional.
 *
 *   version: 1                                   # optional; the only version
 *   environments:                                # at least one; names unique ignoring case
 *     - name: prod                               # letters, digits, . _ -
 *       auto-deploy: false                       # default false
 *       pinned: true                             # default false: only immutable versions (semver tag, digest)
 *       gitops-path: environments/prod           # relative, no '..'
 *       terragrunt-path: live/production
 *       argocd: { apps: [web, api], project: shop }   # or { selector: "environment=prod" }, never both
 *       approval:
 *         approvers: ["@acme/sre-team", alice]   # users (with or without @) and @org/team slugs
 *         min-approvals: 2                       # default 1; ≤ approvers when all are users
 *         windows: ["Mon-Fri 09:00-17:00 Europe/Berlin"]   # [days] HH:MM-HH:MM [IANA zone, default UTC]
 *         timeout: 4h                            # a duration with a unit
 *         deny-wins: true
 *         exclude-initiator: true
 *   promotion:
 *     order: [dev, staging, prod]                # defined environments, lowest first; default: as listed
 *     allow-skip: false
 */
export * from './environments.js'
export * from './errors.js'
export * from './load.js'
export * from './parse.js'
export type * from './types.js'
export * from '../time/windows.js'
