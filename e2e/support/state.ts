import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What the e2e server harness tells the tests: the database they may seed directly. */
export interface E2eState {
  databaseUrl: string;
  serverUrl: string;
  database: string;
}

const statePath = path.join(process.cwd(), "test-results", ".e2e-state.json");

export function writeState(state: E2eState) {
  writeFileSync(statePath, JSON.stringify(state));
}

export function readState(): E2eState {
  if (!existsSync(statePath)) throw new Error(`No e2e state at ${statePath}: is the e2e server running?`);
  return JSON.parse(readFileSync(statePath, "utf8")) as E2eState;
}

export function clearState() {
  rmSync(statePath, { force: true });
}

export { statePath };
