import { processIo, type CliIo } from './io.js';
import { runCheck } from './check.js';
import { runValidate } from './validate.js';

const USAGE = `Usage:
  npq-widgets validate <file|url>     check a programme definition; exits 1 on errors
  npq-widgets check <definition> --answers '<json>' | --answers @answers.jsonl [--programme <id>] [--all]
                                      evaluate eligibility answers; one JSON result per line`;

/** Runs one CLI command and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate':
      return runValidate(args, io);
    case 'check':
      return runCheck(args, io);
    case undefined:
    case '--help':
    case '-h':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`Unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}
