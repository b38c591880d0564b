// The fake `tofu` process: one runTofu call (tofu-core.mjs) on this process's argv, cwd, environment and streams, and
// its line in the calls log at exit. The fake terragrunt runs the same call in-process when --tf-path is this tofu.
import { logCall } from './common.mjs'
import { runTofu } from './tofu-core.mjs'

const argv = process.argv.slice(2)
const state = { unit: undefined, cwd: process.cwd() }

process.on('exit', (code) => logCall({ bin: 'tofu', argv, cwd: state.cwd, unit: state.unit, exitCode: code }))
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    process.stderr.write('\nInterrupt received.\nPlease wait for OpenTofu to exit or data loss may occur.\n')
    // a hanging plan (scenario `hang`) waits for a graceful stop that never comes, like a stuck provider call
    if (!state.hanging) process.exit(sig === 'SIGINT' ? 130 : 143)
  })
}

process.exitCode = await runTofu({
  argv,
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  state
})
