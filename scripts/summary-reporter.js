// Closes a test run with one plain line, `N passed, N failed`, that CI reads.
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) count(child);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load or threw outside a test counts as a failure too.
        else if (!session.passed) failed += 1;
        if (session.testResults && !session.passed && session.errors?.length) failed += session.errors.length;
      }
      const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      // On exit, so it stays the last line after the default reporter's dynamic output.
      process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
