import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePabulib, PabulibParseError } from "../../lib/pabulib/parse";
import { isCliRule, tallyElection } from "../../lib/pabulib/tally";
import { databaseUrl } from "../../env";
import { connect } from "../connect";
import { exportPlanAsPabulib } from "../queries/voting/export-pabulib";
import { importElection } from "../queries/voting/import-election";

const usage = `Usage:
  npm run --silent pb -- tally FILE --rule greedy|mes|mes-add1 [--utility cost|approval]
                          (a cumulative file counts its points: greedy by points, MES with points as utilities)
  npm run --silent pb -- import FILE      (creates a finished plan with its projects and anonymous ballots)
  npm run --silent pb -- export PLAN_SLUG (prints the plan's ballots as .pb, voter ids anonymised)`;

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

function readElection(file: string | undefined) {
  if (!file) throw new UsageError("FILE is missing.");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`Cannot read ${file}.`);
  }
  return parsePabulib(text);
}

async function withDatabase<T>(work: (connection: Awaited<ReturnType<typeof connect>>) => Promise<T>): Promise<T> {
  const connection = await connect({ databaseUrl: databaseUrl(), maxConnections: 2 });
  try {
    await connection.migrate();
    return await work(connection);
  } finally {
    await connection.close();
  }
}

async function main(args: string[]) {
  const [command, target] = args;
  if (command === "tally") {
    const rule = option(args, "--rule");
    const utility = option(args, "--utility") ?? "cost";
    if (!rule || !isCliRule(rule)) throw new UsageError("--rule must be greedy, mes or mes-add1.");
    if (utility !== "cost" && utility !== "approval") throw new UsageError("--utility must be cost or approval.");
    const election = readElection(target);
    const outcome = tallyElection(election, rule, utility);
    // Ids exactly as in the file, in the order the rule chose them.
    process.stdout.write(`${JSON.stringify({ rule, selected: outcome.selected, spent: outcome.spent, budget: outcome.budget })}\n`);
    return;
  }
  if (command === "import") {
    const election = readElection(target);
    const result = await withDatabase(({ db }) => importElection(db, election, path.basename(target ?? "election.pb")));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (command === "export") {
    if (!target) throw new UsageError("PLAN_SLUG is missing.");
    process.stdout.write(await withDatabase(({ db }) => exportPlanAsPabulib(db, target)));
    return;
  }
  throw new UsageError(command ? `Unknown command "${command}".` : "No command given.");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) process.stderr.write(`${error.message}\n${usage}\n`);
  else if (error instanceof PabulibParseError) process.stderr.write(`Malformed .pb file: ${error.message}\n`);
  else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
