/**
 * Whose commits are on a branch: the rule that lets promote-env reset its own `promote/<to>` branch and refuse to
 * touch anyone else's.
 *
 * A commit is ours when all three hold:
 * - its message carries our trailer (`Promoted-by: gitops-actions/promote-env`) in its last paragraph, so commits the
 *   same account made for another purpose (every workflow shares `github-actions[bot]`) are not ours;
 * - its author is the token's account, by the account id in GitHub's noreply address (`<id>+<login>@users.noreply.
 *   <host>`): what promote-env sets for git commits, and what GitHub sets for the API commits of App and workflow
 *   tokens (logins differ between REST and GraphQL for bots, ids do not);
 * - its committer is that account too, or GitHub's web-flow (`noreply@github.com`), which commits what GitHub signs;
 *   so a commit of ours that someone else rebased, amended or cherry-picked is theirs.
 *
 * A branch is ours to reset when every commit on it beyond the base is ours. No commits beyond the base (the branch
 * is the base or behind it) loses nothing, so that branch may be reset too. Anyone can type an address and a trailer;
 * the rule is there so that a person's work on a branch of the same name is never thrown away, not as a lock.
 */

export const PROMOTE_TRAILER = 'Promoted-by: gitops-actions/promote-env'

/** GitHub's web-flow committer, used on commits GitHub creates and signs (web edits, API commits). */
const WEB_FLOW_EMAIL = 'noreply@github.com'

/** What `git log` tells about one commit. */
export interface CommitFacts {
  sha: string
  authorName: string
  authorEmail: string
  committerName: string
  committerEmail: string
  message: string
}

/** The account promote-env writes as. */
export interface BranchOwner {
  id: number
  login: string
}

/** True when `email` is GitHub's noreply address of account `id` (`<id>+<login>@users.noreply.<host>`). */
export function isNoreplyOf(email: string, id: number): boolean {
  const m = /^(\d+)\+[^@\s]+@users\.noreply\.[^@\s]+$/i.exec(email.trim())
  return m !== null && Number(m[1]) === id
}

/** True when the last paragraph of `message` has our trailer line. */
export function hasPromoteTrailer(message: string): boolean {
  const paragraphs = message.replace(/\s+$/, '').split(/\n[ \t]*\n/)
  const last = paragraphs[paragraphs.length - 1] ?? ''
  return last.split('\n').some((line) => line.trim() === PROMOTE_TRAILER)
}

/** Why `commit` is not ours, or undefined when it is. */
export function whyNotOurs(commit: CommitFacts, owner: BranchOwner): string | undefined {
  if (!isNoreplyOf(commit.authorEmail, owner.id)) return `authored by ${person(commit.authorName, commit.authorEmail)}`
  const committer = commit.committerEmail.trim().toLowerCase()
  if (committer !== WEB_FLOW_EMAIL && !isNoreplyOf(committer, owner.id)) {
    return `committed by ${person(commit.committerName, commit.committerEmail)}`
  }
  if (!hasPromoteTrailer(commit.message)) return `without promote-env's trailer (${PROMOTE_TRAILER})`
  return undefined
}

/** The first commit (newest first, as `git log` lists them) that is not ours, with the reason. */
export function foreignCommit(
  commits: readonly CommitFacts[],
  owner: BranchOwner
): { commit: CommitFacts; why: string } | undefined {
  for (const commit of commits) {
    const why = whyNotOurs(commit, owner)
    if (why) return { commit, why }
  }
  return undefined
}

/** The one-line refusal for a branch that holds someone else's commit. */
export function foreignBranchMessage(
  branch: string,
  foreign: { commit: CommitFacts; why: string },
  owner: BranchOwner
): string {
  return (
    `Branch ${branch} has commit ${foreign.commit.sha.slice(0, 12)} ${foreign.why}, not written by promote-env as ` +
    `${owner.login}; promote-env will not overwrite it: merge or delete the branch, or set the branch input`
  )
}

function person(name: string, email: string): string {
  const n = name.trim()
  const e = email.trim()
  return n && e ? `${n} <${e}>` : n || (e ? `<${e}>` : 'an unknown author')
}
