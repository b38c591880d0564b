/**
 * Tests run inside a real GitHub runner in CI: a library called in-process (core.debug from @actions/glob, say) would
 * print `::debug::`-style lines that the runner obeys. Every jest worker drops such lines from its own stdout; the
 * bundles the harness spawns write to pipes the tests read, so their commands are still there to assert on.
 */
const write = process.stdout.write.bind(process.stdout)
process.stdout.write = (chunk, ...rest) => {
  if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) {
    const text = chunk.toString()
    if (/^\s*::/m.test(text)) {
      const kept = text
        .split('\n')
        .filter((line) => !/^\s*::/.test(line))
        .join('\n')
      if (kept.trim() === '') return typeof rest.at(-1) === 'function' ? (rest.at(-1)(), true) : true
      return write(kept, ...rest)
    }
  }
  return write(chunk, ...rest)
}
