/**
 * The demo's world: the GitHub emulator with acme/live (examples/live, examples/modules and the pipeline config) and
 * acme/gitops (examples/gitops, a real bare git repository), the people and teams of the pipeline, and Argo CD with
 * the BookVerse apps of every environment.
 */
import { cp, mkdir, readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { startArgoCdEmulator } from '../../test/emulators/argocd/index.js'
import type { ArgoCdEmulator } from '../../test/emulators/argocd/index.js'
import { startGitHubEmulator } from '../../test/emulators/github/index.js'
import type { GitHubEmulator } from '../../test/emulators/github/index.js'
import { createGitopsRemote } from '../../test/harness/gitops-remote.js'
import type { GitopsRemote } from '../../test/harness/gitops-remote.js'
import { repoRoot } from '../../test/harness/run-action.js'

export const EXAMPLES = join(repoRoot, 'examples')
export const PEOPLE = ['alice', 'bob', 'carol']

async function filesUnder(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files: Record<string, string> = {}
  for (const e of entries.filter((e) => e.isFile())) {
    const path = join(e.parentPath, e.name)
    files[relative(dir, path).split(sep).join('/')] = await readFile(path, 'utf8')
  }
  return files
}

export interface World {
  gh: GitHubEmulator
  argo: ArgoCdEmulator
  liveWorkspace: string
  gitops: GitopsRemote
  close(): Promise<void>
}

export async function createWorld(tempDir: string): Promise<World> {
  const gh = await startGitHubEmulator({ owner: 'acme', repo: 'live' })
  const argo = await startArgoCdEmulator()

  // acme/live: the checkout a runner would have (live/, modules/, .github/gitops.yaml), committed to main.
  const liveWorkspace = join(tempDir, 'live-checkout')
  await mkdir(join(liveWorkspace, '.github'), { recursive: true })
  await cp(join(EXAMPLES, 'live'), join(liveWorkspace, 'live'), { recursive: true })
  await cp(join(EXAMPLES, 'modules'), join(liveWorkspace, 'modules'), { recursive: true })
  await cp(join(EXAMPLES, 'gitops', '.github', 'gitops.yaml'), join(liveWorkspace, '.github', 'gitops.yaml'))
  gh.state.commitFiles('acme', 'live', 'main', await filesUnder(liveWorkspace), { message: 'Import the live repo' })

  // acme/gitops: examples/gitops as a bare repository the emulator serves (git clone/push and the API alike).
  const gitops = await createGitopsRemote(gh, join(tempDir, 'gitops'), await filesUnder(join(EXAMPLES, 'gitops')))

  for (const login of PEOPLE) {
    gh.state.setToken(`ghp_${login}`, login)
    gh.state.setPermission('acme', 'live', login, 'write')
    gh.state.setPermission('acme', 'gitops', login, 'write')
  }
  gh.state.addTeam('acme', 'sre-team', [{ login: 'bob' }])

  // Argo CD: the BookVerse apps of each environment (web + the ApplicationSet's inventory and checkout), all
  // following main of acme/gitops; the controller settles a sync in about a second.
  for (const env of ['dev', 'qa', 'staging', 'prod']) {
    for (const app of ['bookverse-web', 'inventory', 'checkout']) {
      argo.addApp({
        name: `${app}-${env}`,
        project: 'default',
        labels: { app, environment: env },
        behaviour: { syncMs: 300, reconcileLagMs: 150, progressingMs: 400 }
      })
    }
  }
  return {
    gh,
    argo,
    liveWorkspace,
    gitops,
    close: async () => {
      await argo.close()
      await gh.close()
    }
  }
}

/** A REST call to the emulator as a person (a login set up above) or, with `bot`, as the workflow's token. */
export async function apiCall(
  gh: GitHubEmulator,
  login: string,
  method: string,
  path: string,
  body?: object
): Promise<unknown> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: {
      authorization: `token ${login === 'bot' ? 'ghs_demo_workflow' : `ghp_${login}`}`,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json'
    },
    body: body ? JSON.stringify(body) : undefined
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`)
  return text ? (JSON.parse(text) as unknown) : undefined
}
