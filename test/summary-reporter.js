// Ends the run with one plain line, `Tests: N passed, N failed`, that CI systems read without knowing jest.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const tail = skipped > 0 ? `, ${skipped} skipped` : ''
    // A test file that fails to load runs no test; count it as a failure so the line never reads clean.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${failed} failed${tail}\n`)
  }
}
