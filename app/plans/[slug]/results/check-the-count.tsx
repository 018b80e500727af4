import { Card } from "@/components/ui";
import type { CountedBallotsFile } from "@/db/queries/voting/export-pabulib";
import { outcomeRuleLabels, type OutcomeRule } from "@/lib/outcome/rules";
import type { CliRule } from "@/lib/pabulib/tally";

const cliRules = { greedy: "greedy", mes: "mes", mes_add1: "mes-add1" } as const satisfies Record<OutcomeRule, CliRule>;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** The published ballots, their hash and how to count them again, so nobody has to take the count on trust. */
export function CheckTheCount({ planSlug, file }: { planSlug: string; file: Omit<CountedBallotsFile, "text"> }) {
  const fileName = `${planSlug}-ballots.pb`;
  // Points ballots are always counted by their points; only approval MES has a utility to choose.
  const utility = file.rule !== "greedy" && !file.points && file.utility === "approval" ? " --utility approval" : "";
  return (
    <Card className="md:col-span-2">
      <h2 className="text-lg font-bold">Check the count yourself</h2>
      <p className="mt-1">
        <a href={`/plans/${planSlug}/results/ballots.pb`} download={fileName} className="font-semibold text-brand-700 underline">
          Download the ballots that were counted (.pb, {plural(file.ballots, "ballot", "ballots")})
        </a>
        {file.paperCountVotes ? `, with ${plural(file.paperCountVotes, "paper vote", "paper votes")} entered as counts, one line each` : ""}. No voter is named: each ballot is
        numbered, in an order that says nothing about who voted or when.
      </p>
      <p className="mt-1">
        SHA-256 <code className="break-all font-mono text-sm">{file.sha256}</code>
      </p>
      <p className="mt-1">Rule used: {outcomeRuleLabels[file.rule]}.</p>
      <p className="mt-1 text-sm">
        Count it again with this site&apos;s open-source code: <code className="break-all font-mono">npm run --silent pb -- tally {fileName} --rule {cliRules[file.rule]}{utility}</code>
      </p>
      {file.ringFenced ? (
        <p className="mt-1 text-sm text-muted">
          This plan reserved money in ring-fences before the open count. A .pb file cannot hold ring-fences, so a tally of the file alone counts the whole budget as open and may choose differently.
        </p>
      ) : null}
      {file.matchesCount ? null : (
        <p className="mt-1 text-sm font-semibold">
          Ballots, projects or costs have changed since this count, so the file shows them as they are now. It will match the results again once the plan is recounted.
        </p>
      )}
    </Card>
  );
}
