import { describe, expect, it } from '@jest/globals'
import { ConfigError, parseGitopsConfig, promotionOrder } from '../../../src/core/config/index.js'
import type { GitopsConfig } from '../../../src/core/config/index.js'
import { UserError } from '../../../src/core/errors/index.js'

const FILE = '.github/gitops.yaml'
const yaml = (...lines: string[]) => lines.join('\n') + '\n'

/** Every problem as `line:col path: message`, in the order the error lists them. */
function problemsOf(text: string): string[] {
  try {
    parseGitopsConfig(text, FILE)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return error.problems.map((p) => `${p.line}:${p.col} ${p.path ? `${p.path}: ` : ''}${p.message}`)
  }
  throw new Error('expected a ConfigError')
}

function errorOf(text: string): ConfigError {
  try {
    parseGitopsConfig(text, FILE)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

const FULL = yaml(
  '# promotion pipeline',
  'version: 1',
  'environments:',
  '  - name: dev',
  '    auto-deploy: true',
  '    gitops-path: ./environments/dev/',
  '    terragrunt-path: live/non-production/development',
  '    argocd: { apps: [bookverse-dev, argocd/bookverse-dev-db] }',
  '  - name: qa',
  '    auto-deploy: true',
  '    argocd: { selector: "environment=qa,tier in (web, api)", project: bookverse }',
  '  - name: staging',
  '    approval: { approvers: ["@acme/sre-team", "alice"], min-approvals: 1 }',
  '  - name: prod',
  '    pinned: true',
  '    gitops-path: environments/prod',
  '    approval:',
  '      approvers: ["@acme/sre-team", "@acme/security", "@bob"]',
  '      min-approvals: 2',
  '      windows: ["Mon-Fri 09:00-17:00 Europe/Berlin", "Sat 10:00-12:00"]',
  '      timeout: 1h30m',
  '      deny-wins: true',
  '      exclude-initiator: true',
  'promotion:',
  '  order: [dev, qa, staging, prod]',
  '  allow-skip: false'
)

describe('parseGitopsConfig: valid files', () => {
  it('parses a full config into the typed structure', () => {
    const expected: GitopsConfig = {
      file: FILE,
      version: 1,
      environments: [
        {
          name: 'dev',
          autoDeploy: true,
          pinned: false,
          gitopsPath: 'environments/dev',
          terragruntPath: 'live/non-production/development',
          argocd: { apps: ['bookverse-dev', 'argocd/bookverse-dev-db'] }
        },
        {
          name: 'qa',
          autoDeploy: true,
          pinned: false,
          argocd: { selector: 'environment=qa,tier in (web, api)', project: 'bookverse' }
        },
        {
          name: 'staging',
          autoDeploy: false,
          pinned: false,
          approval: { approvers: ['@acme/sre-team', 'alice'], minApprovals: 1, windows: [] }
        },
        {
          name: 'prod',
          autoDeploy: false,
          pinned: true,
          gitopsPath: 'environments/prod',
          approval: {
            approvers: ['@acme/sre-team', '@acme/security', 'bob'],
            minApprovals: 2,
            windows: [
              {
                text: 'Mon-Fri 09:00-17:00 Europe/Berlin',
                days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
                start: 540,
                end: 1020,
                timeZone: 'Europe/Berlin'
              },
              { text: 'Sat 10:00-12:00', days: ['Sat'], start: 600, end: 720, timeZone: 'UTC' }
            ],
            timeout: 5_400_000,
            denyWins: true,
            excludeInitiator: true
          }
        }
      ],
      promotion: { order: ['dev', 'qa', 'staging', 'prod'], allowSkip: false }
    }
    expect(parseGitopsConfig(FULL, FILE)).toEqual(expected)
  })

  it('accepts a config with only environments, filling defaults and leaving promotion out', () => {
    const config = parseGitopsConfig(
      yaml('environments:', '  - name: dev', '  - name: prod', '    approval:', '      approvers: [alice]'),
      FILE
    )
    expect(config).toEqual({
      file: FILE,
      version: 1,
      environments: [
        { name: 'dev', autoDeploy: false, pinned: false },
        {
          name: 'prod',
          autoDeploy: false,
          pinned: false,
          approval: { approvers: ['alice'], minApprovals: 1, windows: [] }
        }
      ]
    })
    expect(config.promotion).toBeUndefined()
    expect(promotionOrder(config)).toEqual(['dev', 'prod'])
  })

  it('uses the environments as the order when promotion has no order', () => {
    const config = parseGitopsConfig(
      yaml('environments: [{ name: a }, { name: b }]', 'promotion:', '  allow-skip: true'),
      FILE
    )
    expect(config.promotion).toEqual({ order: ['a', 'b'], allowSkip: true })
  })

  it('lets min-approvals exceed the listed approvers when a team is among them', () => {
    const config = parseGitopsConfig(
      yaml('environments:', '  - name: prod', '    approval: { approvers: ["@acme/sre"], min-approvals: 3 }'),
      FILE
    )
    expect(config.environments[0]?.approval?.minApprovals).toBe(3)
  })

  it('follows aliases, so one approval policy can serve several environments', () => {
    const config = parseGitopsConfig(
      yaml(
        'environments:',
        '  - name: staging',
        '    approval: &gate { approvers: [alice, bob], min-approvals: 2 }',
        '  - name: prod',
        '    approval: *gate'
      ),
      FILE
    )
    expect(config.environments[1]?.approval).toEqual({ approvers: ['alice', 'bob'], minApprovals: 2, windows: [] })
  })

  it('normalises paths relative to the repository root', () => {
    const config = parseGitopsConfig(yaml('environments:', '  - name: dev', '    gitops-path: .'), FILE)
    expect(config.environments[0]?.gitopsPath).toBe('.')
  })
})

describe('parseGitopsConfig: errors name file, line, column and key path', () => {
  // [what, file text, the first problem as `line:col path: message`]
  const cases: [string, string, string][] = [
    [
      'the example from the brief',
      yaml(
        'environments:',
        '  - name: dev',
        '  - name: prod',
        '    approval:',
        '      approvers: [alice, bob]',
        '      min-approvals: two'
      ),
      '6:22 environments[1].approval.min-approvals: expected a whole number ≥ 1, got "two"'
    ],
    [
      'unknown top-level key, with the closest known one',
      yaml('enviroments:', '  - name: dev'),
      "1:1 enviroments: unknown key, did you mean 'environments'?"
    ],
    [
      'unknown key spelled in camelCase',
      yaml('environments:', '  - name: prod', '    approval:', '      approvers: [alice]', '      minApprovals: 1'),
      "5:7 environments[0].approval.minApprovals: unknown key, did you mean 'min-approvals'?"
    ],
    [
      'unknown key with a typo',
      yaml('environments:', '  - name: prod', '    approval:', '      approvers: [alice]', '      min-aprovals: 1'),
      "5:7 environments[0].approval.min-aprovals: unknown key, did you mean 'min-approvals'?"
    ],
    [
      'unknown key with nothing close lists the known keys',
      yaml('environments:', '  - name: dev', '    colour: blue'),
      '3:5 environments[0].colour: unknown key, known keys are name, auto-deploy, pinned, gitops-path, terragrunt-path, argocd and approval'
    ],
    [
      'YAML 1.1 boolean where true/false is expected',
      yaml('environments:', '  - name: dev', '    auto-deploy: yes'),
      '3:18 environments[0].auto-deploy: expected true or false, got "yes"'
    ],
    [
      'string where a mapping is expected',
      yaml('environments:', '  - name: dev', '    approval: alice'),
      '3:15 environments[0].approval: expected a mapping with \'approvers\', got "alice"'
    ],
    [
      'a key with no value',
      yaml('environments:', '  - name: dev', '    pinned:'),
      '3:5 environments[0].pinned: expected true or false, got nothing'
    ],
    [
      'min-approvals of zero',
      yaml('environments:', '  - name: prod', '    approval: { approvers: [alice], min-approvals: 0 }'),
      '3:52 environments[0].approval.min-approvals: expected a whole number ≥ 1, got 0'
    ],
    [
      'min-approvals greater than the number of listed users',
      yaml(
        'environments:',
        '  - name: prod',
        '    approval:',
        '      approvers: [alice, "@bob"]',
        '      min-approvals: 3'
      ),
      '5:22 environments[0].approval.min-approvals: expected at most 2 (the number of listed approvers), got 3'
    ],
    [
      'an approver that is neither a login nor a team',
      yaml('environments:', '  - name: prod', '    approval:', '      approvers: [alice, "@acme/", "bob smith"]'),
      '4:26 environments[0].approval.approvers[1]: expected a GitHub login such as "alice" or a team such as "@acme/sre-team", got "@acme/"'
    ],
    [
      'an approver listed twice',
      yaml(
        'environments:',
        '  - name: prod',
        '    approval:',
        '      approvers:',
        '        - Alice',
        '        - alice'
      ),
      '6:11 environments[0].approval.approvers[1]: "alice" is listed twice'
    ],
    [
      'approval without approvers',
      yaml('environments:', '  - name: prod', '    approval:', '      min-approvals: 1'),
      '4:7 environments[0].approval.approvers: missing, expected a list of users and @org/team names'
    ],
    [
      'duplicate environment names point at the second one',
      yaml('environments:', '  - name: dev', '  - name: staging', '  - name: dev'),
      '4:11 environments[2].name: duplicate environment name "dev", first defined at line 2'
    ],
    [
      'duplicate environment names differing only in case',
      yaml('environments:', '  - name: prod', '  - name: Prod'),
      '3:11 environments[1].name: duplicate environment name "Prod", first defined as "prod" at line 2'
    ],
    [
      'an environment without a name',
      yaml('environments:', '  - name: dev', '  - pinned: true'),
      "3:5 environments[1].name: missing, expected a name of letters, digits, '.', '_' or '-'"
    ],
    [
      'an environment name that is not a word',
      yaml('environments:', '  - name: "prod env"'),
      "2:11 environments[0].name: expected a name of letters, digits, '.', '_' or '-', got \"prod env\""
    ],
    [
      'unknown environment in promotion.order, with a suggestion',
      yaml(
        'environments: [{ name: dev }, { name: staging }, { name: prod }]',
        'promotion:',
        '  order: [dev, stagin, prod]'
      ),
      '3:16 promotion.order[1]: unknown environment "stagin", did you mean \'staging\'?'
    ],
    [
      'unknown environment in promotion.order, listing the known ones',
      yaml(
        'environments: [{ name: dev }, { name: prod }]',
        'promotion:',
        '  order:',
        '    - dev',
        '    - qa',
        '    - prod'
      ),
      '5:7 promotion.order[1]: unknown environment "qa", environments are dev and prod'
    ],
    [
      'environment listed twice in promotion.order',
      yaml('environments: [{ name: dev }, { name: prod }]', 'promotion: { order: [dev, prod, dev] }'),
      '2:33 promotion.order[2]: "dev" is listed twice'
    ],
    [
      'a bad duration',
      yaml('environments:', '  - name: prod', '    approval:', '      approvers: [alice]', '      timeout: soon'),
      '5:16 environments[0].approval.timeout: expected a duration such as 90s, 15m, 2h or 1h30m, got "soon"'
    ],
    [
      'a duration without a unit',
      yaml('environments:', '  - name: prod', '    approval:', '      approvers: [alice]', '      timeout: 90'),
      '5:16 environments[0].approval.timeout: expected a duration such as 90s, 15m, 2h or 1h30m, got 90 (add a unit)'
    ],
    [
      'a zero duration',
      yaml('environments:', '  - name: prod', '    approval:', '      approvers: [alice]', '      timeout: 0s'),
      '5:16 environments[0].approval.timeout: expected a duration longer than zero, got "0s"'
    ],
    [
      'a window with an unknown day',
      yaml(
        'environments:',
        '  - name: prod',
        '    approval:',
        '      approvers: [alice]',
        '      windows:',
        '        - Mon-Fry 09:00-17:00'
      ),
      '6:11 environments[0].approval.windows[0]: expected a window such as "Mon-Fri 09:00-17:00 Europe/Berlin", got "Mon-Fry 09:00-17:00": unknown day \'Fry\', did you mean \'Fri\'?'
    ],
    [
      'a window with an impossible time',
      yaml(
        'environments:',
        '  - name: prod',
        '    approval:',
        '      approvers: [alice]',
        '      windows: ["Mon-Fri 09:00-25:00"]'
      ),
      '5:17 environments[0].approval.windows[0]: expected a window such as "Mon-Fri 09:00-17:00 Europe/Berlin", got "Mon-Fri 09:00-25:00": \'25:00\' is not a time of day, use 00:00 to 23:59 or 24:00'
    ],
    [
      'a window with an unknown time zone',
      yaml(
        'environments:',
        '  - name: prod',
        '    approval:',
        '      approvers: [alice]',
        '      windows: ["Mon-Fri 09:00-17:00 Europe/Berln"]'
      ),
      '5:17 environments[0].approval.windows[0]: expected a window such as "Mon-Fri 09:00-17:00 Europe/Berlin", got "Mon-Fri 09:00-17:00 Europe/Berln": unknown time zone \'Europe/Berln\', did you mean \'Europe/Berlin\'?'
    ],
    [
      'a window that is a list instead of a string',
      yaml(
        'environments:',
        '  - name: prod',
        '    approval:',
        '      approvers: [alice]',
        '      windows: [[Mon, Fri]]'
      ),
      '5:17 environments[0].approval.windows[0]: expected a window such as "Mon-Fri 09:00-17:00 Europe/Berlin", got a list'
    ],
    [
      'windows given as one string',
      yaml(
        'environments:',
        '  - name: prod',
        '    approval:',
        '      approvers: [alice]',
        '      windows: Mon-Fri 09:00-17:00'
      ),
      '5:16 environments[0].approval.windows: expected a list of windows such as "Mon-Fri 09:00-17:00 Europe/Berlin", got "Mon-Fri 09:00-17:00"'
    ],
    [
      'argocd with both apps and selector',
      yaml('environments:', '  - name: dev', '    argocd:', '      apps: [web]', '      selector: env=dev'),
      "5:7 environments[0].argocd.selector: give either 'apps' or 'selector', not both"
    ],
    [
      'argocd with neither apps nor selector',
      yaml('environments:', '  - name: dev', '    argocd: { project: web }'),
      "3:13 environments[0].argocd.apps: missing, expected a list of Argo CD application names (or a 'selector')"
    ],
    [
      'an Argo CD application name with upper case letters',
      yaml('environments:', '  - name: dev', '    argocd: { apps: [Web_App] }'),
      '3:22 environments[0].argocd.apps[0]: expected an application name (lower-case letters, digits, . and -), got "Web_App"'
    ],
    [
      'a malformed label selector',
      yaml('environments:', '  - name: dev', '    argocd: { selector: "env = = dev" }'),
      '3:25 environments[0].argocd.selector: expected a label selector such as "environment=dev", got "env = = dev"'
    ],
    [
      'an absolute path',
      yaml('environments:', '  - name: dev', '    gitops-path: /srv/gitops/dev'),
      '3:18 environments[0].gitops-path: expected a path relative to the repository root without \'..\', got "/srv/gitops/dev"'
    ],
    [
      'a path leaving the repository',
      yaml('environments:', '  - name: dev', '    terragrunt-path: live/../../elsewhere'),
      '3:22 environments[0].terragrunt-path: expected a path relative to the repository root without \'..\', got "live/../../elsewhere"'
    ],
    [
      'environments that is not a list',
      yaml('environments:', '  dev: {}'),
      '2:3 environments: expected a list of environments, each with a name, got a mapping'
    ],
    [
      'environments that is empty',
      yaml('environments: []'),
      '1:15 environments: expected at least one environment, got an empty list'
    ],
    [
      'no environments at all',
      yaml('promotion:', '  order: [dev]'),
      '1:1 environments: missing, expected a list of environments, each with a name'
    ],
    [
      'a version other than 1',
      yaml('version: 2', 'environments: [{ name: dev }]'),
      '1:10 version: expected 1 (the only version there is), got 2'
    ],
    [
      'a merge key',
      yaml('environments:', '  - name: dev', '    <<: { pinned: true }'),
      '3:5 environments[0]: merge keys (<<) are not supported, use an alias (*name) for the whole value'
    ],
    [
      'an alias to an anchor that does not exist',
      yaml('environments:', '  - name: dev', '    approval: *gate'),
      '3:15 environments[0].approval: the alias *gate names no anchor'
    ],
    ['a root that is a list', yaml('- name: dev'), "1:1 expected a mapping with an 'environments' list, got a list"],
    ['an empty file', '', "1:1 expected a mapping with an 'environments' list, got an empty file"],
    [
      'a file with only comments',
      yaml('# nothing here yet', ''),
      "1:1 expected a mapping with an 'environments' list, got an empty file"
    ],
    [
      'a YAML syntax error',
      yaml('environments:', '  - name: dev', '    argocd: { apps: [web }'),
      '3:26 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'
    ],
    [
      'a YAML duplicate key',
      yaml('environments:', '  - name: dev', '    pinned: true', '    pinned: false'),
      '4:5 YAML syntax error: Map keys must be unique'
    ],
    [
      'tabs as indentation',
      'environments:\n\t- name: dev\n',
      '2:1 YAML syntax error: Tabs are not allowed as indentation'
    ]
  ]

  it.each(cases)('%s', (_what, text, first) => {
    expect(problemsOf(text)[0]).toBe(first)
    const error = errorOf(text)
    expect(error.message.startsWith(`${FILE}:${first.replace(' ', ': ')}`)).toBe(true)
    expect(error.message).not.toContain('\n')
  })
})

describe('ConfigError', () => {
  it('reports the first problem on one line, counts the rest, and keeps them all in file order', () => {
    const text = yaml(
      'environments:',
      '  - name: dev',
      '    auto-deploy: maybe',
      '  - name: prod',
      '    approval:',
      '      approvers: [alice]',
      '      min-approvals: two',
      '      timeout: later',
      '  - name: dev',
      'promotion:',
      '  order: [dev, qa, prod]',
      '  alow-skip: true'
    )
    const error = errorOf(text)
    expect(error).toBeInstanceOf(UserError)
    expect(error.name).toBe('ConfigError')
    expect(error.message).toBe(
      `${FILE}:3:18: environments[0].auto-deploy: expected true or false, got "maybe" (and 5 more problems)`
    )
    expect(error.problems.map((p) => `${p.line}:${p.col} ${p.path}`)).toEqual([
      '3:18 environments[0].auto-deploy',
      '7:22 environments[1].approval.min-approvals',
      '8:16 environments[1].approval.timeout',
      '9:11 environments[2].name',
      '11:16 promotion.order[1]',
      '12:3 promotion.alow-skip'
    ])
    expect(error.problems.every((p) => p.file === FILE)).toBe(true)
  })

  it('says "1 more problem" in the singular', () => {
    const error = errorOf(yaml('environments:', '  - name: dev', '    pinned: 1', '    auto-deploy: 0'))
    expect(error.message).toBe(
      `${FILE}:3:13: environments[0].pinned: expected true or false, got 1 (and 1 more problem)`
    )
  })

  it('reports every YAML syntax error, not just the first', () => {
    const error = errorOf(
      yaml('environments:', '  - name: dev', '    pinned: true', '    pinned: false', '    name: x')
    )
    expect(error.problems).toHaveLength(2)
    expect(error.message).toMatch(/\(and 1 more problem\)$/)
  })

  it('needs at least one problem', () => {
    expect(() => new ConfigError([])).toThrow(TypeError)
  })
})
