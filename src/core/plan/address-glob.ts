/**
 * Globs over Terraform/OpenTofu resource addresses (`module.a["x"].google_container_cluster.this[0]`).
 *
 * - `*` matches any run of characters, dots, brackets and quotes included, so `module.*.google_container_cluster.*`
 *   matches `module.gke.google_container_cluster.this`, `module.a["x"].module.b.google_container_cluster.this[0]`
 *   and every instance key;
 * - `?` matches exactly one character;
 * - every other character is literal: `[`, `]`, `"` and `.` are parts of addresses, not character classes or
 *   separators, so `aws_instance.web[0]` names exactly that instance;
 * - the glob matches the whole address: `google_sql_database_instance.*` is the root module's instances only; add
 *   `module.*.google_sql_database_instance.*` for the ones inside modules.
 *
 * The one matcher behind terragrunt-plan-comment's `protected` and drift-detect's `ignore` rules
 * (src/drift-detect/ignore.ts), so one glob means one thing everywhere.
 */

export interface AddressGlob {
  /** The glob as written. */
  text: string
  regexp: RegExp
}

export function addressGlob(text: string): AddressGlob {
  const body = text
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[\\s\\S]*')
    .replace(/\?/g, '[\\s\\S]')
  return { text, regexp: new RegExp(`^${body}$`) }
}

/** The first glob that matches `address`, or undefined. */
export function matchAddress(address: string, globs: readonly AddressGlob[]): AddressGlob | undefined {
  return globs.find((g) => g.regexp.test(address))
}
