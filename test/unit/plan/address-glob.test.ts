/**
 * The address globs of core/plan/address-glob.ts, used by terragrunt-plan-comment's `protected` and drift-detect's
 * `ignore` rules: one table, and both inputs checked to read a glob the same way.
 */
import { describe, expect, it } from '@jest/globals'
import { addressGlob, matchAddress } from '../../../src/core/plan/address-glob.js'
import { ignoresResource, parseIgnoreRules } from '../../../src/drift-detect/ignore.js'
describe('address globs', () => {
  it.each<[string, string, boolean]>([
    ['google_sql_database_instance.*', 'google_sql_database_instance.main', true],
    ['google_sql_database_instance.*', 'google_sql_database_instance.main["eu"]', true],
    ['google_sql_database_instance.*', 'google_sql_database_instance.main[0]', true],
    // The whole address: the root-module glob does not reach into modules.
    ['google_sql_database_instance.*', 'module.db.google_sql_database_instance.main', false],
    ['module.*.google_sql_database_instance.*', 'module.db.google_sql_database_instance.main', true],
    // `*` crosses dots, brackets and quotes.
    ['module.*.google_container_cluster.*', 'module.a["x"].google_container_cluster.this[0]', true],
    ['module.*.google_container_cluster.*', 'module.a["x"].module.b.google_container_cluster.this', true],
    ['module.*.google_container_cluster.*', 'google_container_cluster.this', false],
    ['module.*.google_container_cluster.*', 'module.a.google_container_node_pool.this', false],
    // Brackets are literal: an index, not a character class.
    ['aws_instance.web[0]', 'aws_instance.web[0]', true],
    ['aws_instance.web[0]', 'aws_instance.web0', false],
    ['aws_instance.web[0]', 'aws_instance.web[1]', false],
    ['module.a["x"].*', 'module.a["x"].aws_s3_bucket.b', true],
    ['module.a["x"].*', 'module.a["y"].aws_s3_bucket.b', false],
    // Dots are literal, not "any character".
    ['aws_s3_bucket.a.b', 'aws_s3_bucketXaXb', false],
    ['aws_instance.web[?]', 'aws_instance.web[7]', true],
    ['aws_instance.web[?]', 'aws_instance.web[10]', false],
    ['*', 'anything.at["all"]', true],
    ['(a|b).x', '(a|b).x', true],
    ['(a|b).x', 'a.x', false],
    ['google_container_node_pool.*', 'module.x.google_container_node_pool.y', false],
    ['google_*', 'google_container_node_pool.primary', true],
    // `*` crosses any character, a newline included (drift-detect's own matcher stopped at one), and `:` in a key.
    ['module.a[*].x', 'module.a["line\nbreak"].x', true],
    ['module.gke.google_container_node_pool.pool["a:b"]', 'module.gke.google_container_node_pool.pool["a:b"]', true]
  ])('%s matches %s: %s', (glob, address, expected) => {
    // protected: the glob as written
    expect(matchAddress(address, [addressGlob(glob)]) !== undefined).toBe(expected)
    // drift-detect ignore: the same glob as a whole-resource rule, and with an attribute path
    expect(ignoresResource(parseIgnoreRules([glob]), address)).toBe(expected)
    expect(parseIgnoreRules([`${glob}:labels["team"]`])[0].address.text).toBe(glob)
  })
})
