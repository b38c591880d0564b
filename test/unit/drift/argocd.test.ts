import { describe, expect, it } from '@jest/globals'
import { classifyApp } from '../../../src/drift-detect/argocd.js'
import { NEW, OLD, appStatus, opState } from '../argocd/fixtures.js'
import type { AppShape } from '../argocd/fixtures.js'

const DEPLOYMENT = { group: 'apps', kind: 'Deployment', namespace: 'web', name: 'web', status: 'OutOfSync' }
const SERVICE = { kind: 'Service', namespace: 'web', name: 'web', status: 'Synced' }
const ORPHAN = { kind: 'ConfigMap', namespace: 'web', name: 'old', status: 'OutOfSync', requiresPruning: true }

const CASES: Array<[string, AppShape, string, string[]]> = [
  ['Synced', { sync: 'Synced', resources: [SERVICE] }, 'clean', []],
  [
    'OutOfSync at the deployed revision (live drift)',
    {
      sync: 'OutOfSync',
      revision: OLD,
      op: opState('Succeeded', { revision: OLD, finished: 5 }),
      resources: [DEPLOYMENT, SERVICE, ORPHAN]
    },
    'drift',
    ['apps/Deployment web/web', 'ConfigMap web/old']
  ],
  [
    'OutOfSync toward a newer commit not yet deployed (pending deploy)',
    {
      sync: 'OutOfSync',
      revision: NEW,
      op: opState('Succeeded', { revision: OLD, finished: 5 }),
      resources: [DEPLOYMENT]
    },
    'unapplied',
    []
  ],
  [
    'OutOfSync while an operation runs',
    { sync: 'OutOfSync', revision: OLD, op: opState('Running', { revision: OLD }), resources: [DEPLOYMENT] },
    'unapplied',
    []
  ],
  [
    'OutOfSync with an operation requested',
    {
      sync: 'OutOfSync',
      revision: OLD,
      requested: {},
      op: opState('Succeeded', { revision: OLD, finished: 5 }),
      resources: [DEPLOYMENT]
    },
    'unapplied',
    []
  ],
  ['OutOfSync and never synced', { sync: 'OutOfSync', revision: OLD, resources: [DEPLOYMENT] }, 'unapplied', []],
  ['Unknown sync status', { sync: 'Unknown' }, 'error', []],
  [
    'a comparison error',
    { sync: 'OutOfSync', conditions: [{ type: 'ComparisonError', message: 'repo unreachable' }] },
    'error',
    []
  ]
]

describe('classifyApp', () => {
  it.each(CASES)('%s', (_name, shape, classification, drifted) => {
    const result = classifyApp(appStatus(shape))
    expect(result.unit).toBe('argocd:argocd/web')
    expect(result.classification).toBe(classification)
    expect(result.drifted.map((d) => d.address)).toEqual(drifted)
    if (classification === 'error') expect(result.error).toBeTruthy()
  })
})
