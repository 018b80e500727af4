// Pabulib `.pb` files (pabulib.org; Faliszewski et al., IJCAI 2023): sections META, PROJECTS and
// VOTES, each a header line, a line of column names, then semicolon-separated rows.

export type PabulibVoteType = "approval" | "cumulative" | "ordinal" | "scoring";

export interface PabulibProject {
  readonly id: string;
  readonly cost: number;
  /** Every other column, by column name, as written (empty columns are ""). */
  readonly fields: Readonly<Record<string, string>>;
}

export interface PabulibVote {
  readonly voterId: string;
  /** Project ids in file order: the ranking for ordinal ballots. */
  readonly vote: readonly string[];
  /** Points per voted project, for cumulative and scoring ballots (or wherever a points column exists). */
  readonly points?: readonly number[];
  readonly fields: Readonly<Record<string, string>>;
}

export interface PabulibElection {
  readonly meta: Readonly<Record<string, string>>;
  readonly voteType: PabulibVoteType;
  readonly projects: readonly PabulibProject[];
  readonly votes: readonly PabulibVote[];
  /** Column names in file order, so an export can write them back in the same order. */
  readonly projectColumns: readonly string[];
  readonly voteColumns: readonly string[];
}

export class PabulibParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = "PabulibParseError";
  }
}

type Section = "meta" | "projects" | "votes";
const SECTIONS: readonly string[] = ["meta", "projects", "votes"];
const VOTE_TYPES: Readonly<Record<string, PabulibVoteType>> = {
  approval: "approval",
  "choose-1": "approval",
  cumulative: "cumulative",
  ordinal: "ordinal",
  scoring: "scoring",
};

interface Row {
  readonly line: number;
  readonly fields: string[];
}

interface SectionText {
  readonly line: number;
  readonly columnsLine: number;
  readonly columns: string[];
  readonly rows: Row[];
}

/** Parses a whole `.pb` file; throws {@link PabulibParseError} naming the offending line. */
export function parsePabulib(text: string): PabulibElection {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const sections = new Map<Section, SectionText>();
  let current: SectionText | null = null;
  let awaitingColumns: Section | null = null;
  let headerLine = 0;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const { fields, firstQuoted } = splitRow(raw, line);
    const head = (fields[0] ?? "").trim().toLowerCase();
    const isHeader = !firstQuoted && SECTIONS.includes(head) && fields.slice(1).every((f) => f.trim() === "");
    if (awaitingColumns !== null) {
      if (isHeader) throw new PabulibParseError(`expected the column names of ${awaitingColumns.toUpperCase()}`, line);
      current = { line: headerLine, columnsLine: line, columns: fields.map((f) => f.trim()), rows: [] };
      sections.set(awaitingColumns, current);
      awaitingColumns = null;
    } else if (isHeader) {
      const section = head as Section;
      if (sections.has(section)) throw new PabulibParseError(`second ${section.toUpperCase()} section`, line);
      awaitingColumns = section;
      headerLine = line;
    } else if (current === null) {
      throw new PabulibParseError("expected a section header (META, PROJECTS or VOTES)", line);
    } else current.rows.push({ line, fields });
  });
  const end = lines.length;
  if (awaitingColumns !== null) throw new PabulibParseError(`the file ends before the column names of ${String(awaitingColumns).toUpperCase()}`, end);

  const section = (name: Section) => {
    const found = sections.get(name);
    if (!found) throw new PabulibParseError(`the file has no ${name.toUpperCase()} section`, end);
    return found;
  };
  const metaSection = section("meta");
  const projectSection = section("projects");
  const voteSection = section("votes");
  if (voteSection.line < projectSection.line) throw new PabulibParseError("VOTES must come after PROJECTS", voteSection.line);

  const metaEntries = new Map<string, string>();
  let typeLine = metaSection.line;
  for (const row of metaSection.rows) {
    const key = (row.fields[0] ?? "").trim();
    if (key === "") throw new PabulibParseError("a META row has no key", row.line);
    metaEntries.set(key, row.fields.slice(1).join(";").trim());
    if (key === "vote_type") typeLine = row.line;
  }
  // fromEntries, not assignment: a key such as "__proto__" must stay an ordinary entry.
  const meta: Record<string, string> = Object.fromEntries(metaEntries);
  const typeName = (metaEntries.get("vote_type") ?? "approval").toLowerCase();
  const voteType = Object.hasOwn(VOTE_TYPES, typeName) ? VOTE_TYPES[typeName] : undefined;
  if (voteType === undefined) throw new PabulibParseError(`unknown vote_type "${typeName}"`, typeLine);

  const projects = parseProjects(projectSection.columns, projectSection.rows, projectSection.columnsLine);
  const projectIds = new Set(projects.map((p) => p.id));
  const votes = parseVotes(voteSection.columns, voteSection.rows, voteSection.columnsLine, projectIds, voteType);
  return { meta, voteType, projects, votes, projectColumns: projectSection.columns, voteColumns: voteSection.columns };
}

function parseProjects(columns: string[], rows: Row[], headerLine: number): PabulibProject[] {
  const idAt = requireColumn(columns, "project_id", headerLine);
  const costAt = requireColumn(columns, "cost", headerLine);
  const seen = new Set<string>();
  return rows.map((row) => {
    const cells = padRow(row, columns);
    const id = (cells[idAt] ?? "").trim();
    if (id === "") throw new PabulibParseError("a project has no project_id", row.line);
    if (seen.has(id)) throw new PabulibParseError(`project "${id}" is listed twice`, row.line);
    seen.add(id);
    const costText = (cells[costAt] ?? "").trim();
    if (!/^\d+(\.0*)?$/.test(costText)) throw new PabulibParseError(`cost "${costText}" of project "${id}" is not a whole number`, row.line);
    const cost = Number.parseInt(costText, 10);
    if (!Number.isSafeInteger(cost)) throw new PabulibParseError(`cost of project "${id}" is too large`, row.line);
    return { id, cost, fields: fieldsOf(columns, cells, [idAt, costAt]) };
  });
}

function parseVotes(columns: string[], rows: Row[], headerLine: number, projectIds: ReadonlySet<string>, voteType: PabulibVoteType): PabulibVote[] {
  const voterAt = requireColumn(columns, "voter_id", headerLine);
  const voteAt = requireColumn(columns, "vote", headerLine);
  const pointsAt = columns.indexOf("points");
  if (pointsAt < 0 && (voteType === "cumulative" || voteType === "scoring")) {
    throw new PabulibParseError(`${voteType} votes need a "points" column`, headerLine);
  }
  const voters = new Set<string>();
  return rows.map((row) => {
    const cells = padRow(row, columns);
    const voterId = (cells[voterAt] ?? "").trim();
    if (voterId === "") throw new PabulibParseError("a vote has no voter_id", row.line);
    if (voters.has(voterId)) throw new PabulibParseError(`voter "${voterId}" voted twice`, row.line);
    voters.add(voterId);
    const vote = listOf(cells[voteAt] ?? "");
    const once = new Set<string>();
    for (const id of vote) {
      if (!projectIds.has(id)) throw new PabulibParseError(`voter "${voterId}" votes for unknown project "${id}"`, row.line);
      if (once.has(id)) throw new PabulibParseError(`voter "${voterId}" names project "${id}" twice`, row.line);
      once.add(id);
    }
    const fields = fieldsOf(columns, cells, [voterAt, voteAt, pointsAt]);
    if (pointsAt < 0) return { voterId, vote, fields };
    const points = listOf(cells[pointsAt] ?? "").map((text) => {
      const value = Number(text);
      if (!Number.isFinite(value)) throw new PabulibParseError(`points "${text}" of voter "${voterId}" is not a number`, row.line);
      return value;
    });
    if (points.length !== vote.length) {
      throw new PabulibParseError(`voter "${voterId}" has ${vote.length} projects but ${points.length} points`, row.line);
    }
    return { voterId, vote, points, fields };
  });
}

function requireColumn(columns: string[], name: string, line: number): number {
  const at = columns.indexOf(name);
  if (at < 0) throw new PabulibParseError(`missing column "${name}"`, line);
  return at;
}

/** Rows may leave trailing columns out; more cells than columns is a mistake. */
function padRow(row: Row, columns: string[]): string[] {
  if (row.fields.length > columns.length) {
    throw new PabulibParseError(`${row.fields.length} fields, but the header names ${columns.length} columns`, row.line);
  }
  return [...row.fields, ...Array<string>(columns.length - row.fields.length).fill("")];
}

function fieldsOf(columns: string[], cells: string[], skip: number[]): Record<string, string> {
  return Object.fromEntries(columns.flatMap((column, i) => (skip.includes(i) ? [] : [[column, (cells[i] ?? "").trim()]])));
}

function listOf(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** Splits one line on semicolons; a field may be wrapped in quotes, with "" for a quote inside. */
function splitRow(raw: string, line: number): { fields: string[]; firstQuoted: boolean } {
  const fields: string[] = [];
  let firstQuoted = false;
  let i = 0;
  for (;;) {
    if (raw[i] === '"') {
      if (fields.length === 0) firstQuoted = true;
      let value = "";
      i++;
      for (;;) {
        const close = raw.indexOf('"', i);
        if (close < 0) throw new PabulibParseError("a quoted field is not closed", line);
        value += raw.slice(i, close);
        if (raw[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      if (i < raw.length && raw[i] !== ";") throw new PabulibParseError("unexpected text after a closing quote", line);
      fields.push(value);
    } else {
      const next = raw.indexOf(";", i);
      fields.push(raw.slice(i, next < 0 ? raw.length : next));
      i = next < 0 ? raw.length : next;
    }
    if (i >= raw.length) return { fields, firstQuoted };
    i++; // past the semicolon
    if (i === raw.length) {
      fields.push("");
      return { fields, firstQuoted };
    }
  }
}

/** For each ballot, the projects it approves: cumulative and scoring, those given points > 0. */
export function approvalView(election: PabulibElection): Set<string>[] {
  return election.votes.map((ballot) => {
    const { points } = ballot;
    if ((election.voteType === "cumulative" || election.voteType === "scoring") && points) {
      return new Set(ballot.vote.filter((_, i) => (points[i] ?? 0) > 0));
    }
    return new Set(ballot.vote);
  });
}

/** For each cumulative ballot, the whole points given to each project (a ballot without points gives 1 each). */
export function pointsView(election: PabulibElection): { points: Map<string, number> }[] {
  return election.votes.map((ballot) => ({ points: new Map(ballot.vote.map((id, i) => [id, ballot.points?.[i] ?? 1])) }));
}

/** An election to write out; column order and vote type default from the data when not given. */
export type PabulibExport = Omit<PabulibElection, "projectColumns" | "voteColumns" | "voteType"> & {
  readonly projectColumns?: readonly string[];
  readonly voteColumns?: readonly string[];
};

/** Writes a `.pb` file that {@link parsePabulib} reads back to the same election. */
export function serialisePabulib(election: PabulibExport, lineEnding: "\n" | "\r\n" = "\n"): string {
  const keysOf = (records: readonly { fields: Readonly<Record<string, string>> }[]) => [...new Set(records.flatMap((r) => Object.keys(r.fields)))];
  const hasPoints = election.votes.some((v) => v.points !== undefined);
  const projectColumns = election.projectColumns ?? ["project_id", "cost", ...keysOf(election.projects)];
  const voteColumns = election.voteColumns ?? ["voter_id", "vote", ...(hasPoints ? ["points"] : []), ...keysOf(election.votes)];
  const lines: string[] = ["META", "key;value"];
  for (const [key, value] of Object.entries(election.meta)) lines.push(rowOf([key, value]));
  lines.push("PROJECTS", rowOf(projectColumns));
  for (const p of election.projects) {
    lines.push(rowOf(projectColumns.map((c) => (c === "project_id" ? p.id : c === "cost" ? String(p.cost) : (p.fields[c] ?? "")))));
  }
  lines.push("VOTES", rowOf(voteColumns));
  for (const v of election.votes) {
    const cell = (c: string) =>
      c === "voter_id" ? v.voterId : c === "vote" ? v.vote.join(",") : c === "points" ? (v.points ?? []).join(",") : (v.fields[c] ?? "");
    lines.push(rowOf(voteColumns.map(cell)));
  }
  return lines.join(lineEnding) + lineEnding;
}

function rowOf(cells: readonly string[]): string {
  return cells
    .map((cell, i) => {
      if (/[\r\n]/.test(cell)) throw new RangeError(`a .pb field cannot hold a line break: ${JSON.stringify(cell)}`);
      // A lone "votes" first in a row would read as a section header, so it is quoted too.
      const looksLikeHeader = i === 0 && SECTIONS.includes(cell.trim().toLowerCase());
      return /[;"]/.test(cell) || looksLikeHeader ? `"${cell.replaceAll('"', '""')}"` : cell;
    })
    .join(";");
}
