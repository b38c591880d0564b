import { describe, expect, it } from '@jest/globals'
import {
  applyPlan,
  parsePath,
  parseTarget,
  parseYamlFile,
  planEdits,
  readEnvironmentVersion
} from '../../../src/core/gitops/index.js'
import type { AppFilter } from '../../../src/core/gitops/index.js'
import { UserError } from '../../../src/core/action/errors.js'
import { VERSIONS, bookverseRepo } from '../../fixtures/bookverse-gitops.js'

const repo = bookverseRepo(VERSIONS)
const envFiles = (env: string) =>
  Object.entries(repo)
    .filter(([name]) => name.startsWith(`environments/${env}/`))
    .map(([name, text]) => parseYamlFile(name, text))
const scope = (environment: string, app?: AppFilter) => ({ environment, source: `environments/${environment}`, app })

/** The lines that differ between two texts of the same line count: [line, before, after]. */
function changedLines(before: string, after: string): Array<[number, string, string]> {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b).toHaveLength(a.length)
  return a.flatMap((line, i) => (line === b[i] ? [] : [[i + 1, line, b[i]] as [number, string, string]]))
}

describe('planEdits and applyPlan per target kind (qa 1.3.0 -> 1.4.0)', () => {
  const web = 'environments/qa/applications/bookverse-web.yaml'
  const platform = 'environments/qa/applications/bookverse-platform.yaml'
  const services = 'environments/qa/applications/bookverse-services.yaml'
  const cases: Array<{
    target: string
    version?: string
    app?: AppFilter
    changes: Array<[file: string, field: string, old: string, now: string]>
    lines: Record<string, Array<[number, string, string]>>
  }> = [
    {
      target: 'argocd-helm-parameter:global.imageTag',
      changes: [
        [platform, 'spec.sources[0].helm.parameters[0].value', '1.3.0', '1.4.0'],
        [services, 'spec.template.spec.source.helm.parameters[0].value', '1.3.0', '1.4.0'],
        [web, 'spec.source.helm.parameters[1].value', '1.3.0', '1.4.0']
      ],
      lines: {
        [web]: [
          [20, '          value: 1.3.0    # set by promote-env', '          value: 1.4.0    # set by promote-env']
        ],
        [platform]: [[17, "                value: '1.3.0'", "                value: '1.4.0'"]],
        [services]: [[24, '              value: "1.3.0"', '              value: "1.4.0"']]
      }
    },
    {
      target: 'argocd-helm-parameter:global.imageTag',
      app: { name: 'bookverse-web-qa' },
      changes: [[web, 'spec.source.helm.parameters[1].value', '1.3.0', '1.4.0']],
      lines: {
        [web]: [
          [20, '          value: 1.3.0    # set by promote-env', '          value: 1.4.0    # set by promote-env']
        ]
      }
    },
    {
      target: 'argocd-helm-parameter:global.imageTag',
      app: { label: 'app', value: 'bookverse-platform' },
      version: '1.10',
      changes: [[platform, 'spec.sources[0].helm.parameters[0].value', '1.3.0', '1.10']],
      lines: { [platform]: [[17, "                value: '1.3.0'", "                value: '1.10'"]] }
    },
    {
      target: 'argocd-target-revision:v{version}',
      app: { label: 'app', value: 'bookverse-platform' },
      changes: [[platform, 'spec.sources[0].targetRevision', 'v1.3.0', 'v1.4.0']],
      lines: { [platform]: [[12, "        targetRevision: 'v1.3.0'", "        targetRevision: 'v1.4.0'"]] }
    },
    {
      target: 'helm-values:image.tag',
      version: '1.10',
      changes: [['environments/qa/values-qa.yaml', 'image.tag', '1.3.0', '1.10']],
      lines: {
        'environments/qa/values-qa.yaml': [
          [6, '    tag: 1.3.0        # image tag', '    tag: "1.10"        # image tag']
        ]
      }
    },
    {
      target: 'kustomize-image:ghcr.io/acme/bookverse-web',
      changes: [['environments/qa/kustomization.yaml', 'images[0].newTag', '1.3.0', '1.4.0']],
      lines: { 'environments/qa/kustomization.yaml': [[8, '    newTag: 1.3.0 # web', '    newTag: 1.4.0 # web']] }
    },
    {
      target: 'kustomize-image:ghcr.io/acme/bookverse-api',
      version: `sha256:${'a'.repeat(64)}`,
      changes: [
        [
          'environments/qa/kustomization.yaml',
          'images[1].digest',
          `sha256:${'0'.repeat(64)}`,
          `sha256:${'a'.repeat(64)}`
        ]
      ],
      lines: {
        'environments/qa/kustomization.yaml': [
          [10, `    digest: sha256:${'0'.repeat(64)}`, `    digest: sha256:${'a'.repeat(64)}`]
        ]
      }
    },
    {
      target: 'yaml:spec.source.helm.parameters[name=replicas].value',
      version: '3',
      changes: [[web, 'spec.source.helm.parameters[2].value', '2', '3']],
      lines: { [web]: [[21, '        - {name: replicas, value: "2"}', '        - {name: replicas, value: "3"}']] }
    }
  ]
  it.each(cases)('$target $app', ({ target, version = '1.4.0', app, changes, lines }) => {
    const files = envFiles('qa')
    const plan = planEdits(files, [parseTarget(target)], version, scope('qa', app))
    const got = plan.changes.map((c) => [c.file, c.field, c.old, c.new]).sort()
    expect(got).toEqual(changes.sort())
    const written = applyPlan(files, plan.changes)
    expect([...written.keys()].sort()).toEqual(Object.keys(lines).sort())
    for (const [file, expected] of Object.entries(lines)) {
      expect(changedLines(repo[file], written.get(file)!)).toEqual(expected)
    }
  })

  it('plans nothing when the environment already runs the version', () => {
    const plan = planEdits(envFiles('qa'), [parseTarget('argocd-helm-parameter:global.imageTag')], '1.3.0', scope('qa'))
    expect(plan.changes).toEqual([])
    expect(plan.locations).toHaveLength(3)
    expect(plan.previous).toEqual(['1.3.0'])
  })
})

describe('readEnvironmentVersion', () => {
  it('reads the one version of dev through the targets', () => {
    const targets = ['argocd-helm-parameter:global.imageTag', 'argocd-target-revision:v{version}'].map((t) =>
      parseTarget(t)
    )
    expect(
      readEnvironmentVersion(envFiles('dev'), targets, scope('dev', { name: 'bookverse-platform-dev' })).version
    ).toBe('1.4.0')
  })

  it.each([
    {
      name: 'no match',
      files: [['a.yaml', 'x: 1\n']],
      target: 'argocd-helm-parameter:global.imageTag',
      message:
        "Target 'argocd-helm-parameter:global.imageTag' matches nothing in environment 'dev' (environments/dev: 1 YAML file)"
    },
    {
      name: 'two versions',
      files: [
        ['a.yaml', 'image: {tag: 1.0.0}\n'],
        ['b.yaml', 'image:\n  tag: 1.1.0\n']
      ],
      target: 'helm-values:image.tag',
      message:
        "environment 'dev' (environments/dev: 2 YAML files) has 2 different versions ('1.0.0' at a.yaml:1 and '1.1.0' at b.yaml:2); give the version input"
    },
    {
      name: 'a value that does not fit the format',
      files: [
        ['a.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  source:\n    targetRevision: main\n']
      ],
      target: 'argocd-target-revision:v{version}',
      message: "a.yaml:5: spec.source.targetRevision is 'main', which does not fit argocd-target-revision:v{version}"
    },
    {
      name: 'a kustomize image without the field the version needs',
      files: [['kustomization.yaml', 'images:\n  - name: web\n    newTag: 1.0.0\n']],
      target: 'kustomize-image:web',
      version: `sha256:${'b'.repeat(64)}`,
      message: 'kustomization.yaml:2: images[0] (image web) has no digest field; add digest: to promote a digest there'
    }
  ])('refuses $name with one line naming the place', ({ files, target, message, version }) => {
    const parsed = files.map(([name, text]) => parseYamlFile(name, text))
    const act = () =>
      version
        ? planEdits(parsed, [parseTarget(target)], version, scope('dev'))
        : readEnvironmentVersion(parsed, [parseTarget(target)], scope('dev'))
    expect(act).toThrow(UserError)
    expect(act).toThrow(message)
  })
})

describe('parseTarget and parsePath', () => {
  it.each([
    ['argocd-helm-parameter:global.imageTag', { kind: 'argocd-helm-parameter', name: 'global.imageTag' }],
    ['argocd-target-revision', { kind: 'argocd-target-revision' }],
    ['argocd-target-revision:v{version}', { kind: 'argocd-target-revision', format: 'v{version}' }],
    ['kustomize-image:ghcr.io/acme/web', { kind: 'kustomize-image', name: 'ghcr.io/acme/web' }]
  ])('%s', (text, expected) => {
    expect(parseTarget(text)).toEqual({ ...expected, text })
  })

  it.each([
    ['helm-values', "Input 'targets' has invalid value 'helm-values': expected helm-values:<dot.path>"],
    ['argocd-target-revision:v1', 'a format containing {version}'],
    ['image:web', 'expected one of argocd-helm-parameter:<name>'],
    ['yaml:a..b', "YAML path 'a..b' is not valid: empty key at 3"]
  ])('refuses %s', (text, message) => {
    expect(() => parseTarget(text)).toThrow(message)
  })

  it.each([
    [
      'a.b[name=global.imageTag].value',
      [
        { kind: 'key', key: 'a' },
        { kind: 'key', key: 'b' },
        { kind: 'select', key: 'name', value: 'global.imageTag' },
        { kind: 'key', key: 'value' }
      ]
    ],
    [
      'spec.sources[1]',
      [
        { kind: 'key', key: 'spec' },
        { kind: 'key', key: 'sources' },
        { kind: 'index', index: 1 }
      ]
    ],
    [
      '["x.y"].tag',
      [
        { kind: 'key', key: 'x.y' },
        { kind: 'key', key: 'tag' }
      ]
    ],
    [
      "images[name='a]b'].newTag",
      [
        { kind: 'key', key: 'images' },
        { kind: 'select', key: 'name', value: 'a]b' },
        { kind: 'key', key: 'newTag' }
      ]
    ]
  ])('parses %s', (text, segments) => {
    expect(parsePath(text)).toEqual(segments)
  })
})
