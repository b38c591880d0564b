import type { DeploymentWindow } from '../time/windows.js'

/** The validated `.github/gitops.yaml`: the promotion pipeline described once for all actions. */
export interface GitopsConfig {
  /** The file it came from, as given to the loader, for messages. */
  file: string
  /** Schema version; only 1 exists. */
  version: 1
  /** In the order written; names are unique (ignoring case, as GitHub environments are). */
  environments: EnvironmentConfig[]
  /** Absent when the file has no `promotion` section; see `promotionOrder` for the order to use then. */
  promotion?: PromotionConfig
}

export interface EnvironmentConfig {
  name: string
  /** Deploys without approval (lower environments); false unless the file says true. */
  autoDeploy: boolean
  /** Only immutable versions may be promoted here (a semver tag or a digest); false unless the file says true. */
  pinned: boolean
  /** Where promote-env's target files for this environment live, relative to the GitOps repository root. */
  gitopsPath?: string
  /** The Terragrunt directory for this environment, relative to the live repository root. */
  terragruntPath?: string
  argocd?: ArgoCdConfig
  approval?: ApprovalConfig
}

/** The Argo CD applications of an environment: a list of names or a label selector, never both. */
export type ArgoCdConfig =
  { apps: string[]; selector?: undefined; project?: string } | { selector: string; apps?: undefined; project?: string }

export interface ApprovalConfig {
  /** GitHub user logins (`alice`, written with or without `@`) and teams (`@org/team-slug`), as `alice` / `@org/slug`. */
  approvers: string[]
  /** At least 1 (the default); never more than the number of approvers when they are all users. */
  minApprovals: number
  /** When deployments may happen; empty means any time. */
  windows: DeploymentWindow[]
  /** How long to wait for a decision, in milliseconds; absent when the file does not say. */
  timeout?: number
  /** A denial by any approver denies, even after enough approvals; absent when the file does not say. */
  denyWins?: boolean
  /** The person who started the run may not approve it; absent when the file does not say. */
  excludeInitiator?: boolean
}

export interface PromotionConfig {
  /** Environment names, lowest first; every name is a defined environment, none twice. */
  order: string[]
  /** Whether promote-env may skip a stage of the order; absent when the file does not say. */
  allowSkip?: boolean
}

/** An approver as GitHub knows it. */
export type Approver = { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string }
