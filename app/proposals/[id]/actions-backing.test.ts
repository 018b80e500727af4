import { eq } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { endorsements, partners } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing/describe-with-database";
import { actAs, form, useTestDatabase } from "../../_server/test-harness";
import { decidePartnershipAction, endorseProposalAction, offerPartnershipAction, removeEndorsementAction } from "./actions-backing";
import { makeCoproductionWorld, notificationsFor, type CoproductionWorld } from "./actions-test-world";

describeWithDatabase("endorsement and partner actions called directly, without the UI", { onDatabase: useTestDatabase }, (database) => {
  let w: CoproductionWorld;

  beforeEach(async () => {
    w = await makeCoproductionWorld(database.db);
    await actAs(null);
  });

  const endorse = (statement = "We back this") => endorseProposalAction(null, form({ proposalId: w.proposal.id, organisationId: w.business.id, statement }));
  const endorsementRows = () => database.db.select().from(endorsements).where(eq(endorsements.proposalId, w.proposal.id));
  const offer = () => offerPartnershipAction(null, form({ proposalId: w.proposal.id, organisationId: w.business.id, role: "We will host the sessions" }));
  const partnerRows = () => database.db.select().from(partners).where(eq(partners.proposalId, w.proposal.id));

  it("lets an organisation's admin endorse once, and refuses its plain members and outsiders", async () => {
    for (const who of [w.orgMember.id, w.resident.id]) {
      await actAs(who);
      expect(await endorse()).toMatchObject({ ok: false, fieldErrors: { organisationId: [expect.stringContaining("admins")] } });
    }
    expect(await endorsementRows()).toEqual([]);
    await actAs(w.orgAdmin.id);
    expect(await endorse()).toMatchObject({ ok: true, message: "Holroyd & Daughters now endorses this proposal." });
    expect(await endorse("Again")).toMatchObject({ ok: false, message: "Holroyd & Daughters already endorses this proposal." });
    expect(await endorsementRows()).toMatchObject([{ organisationId: w.business.id, endorsedBy: w.orgAdmin.id, statement: "We back this" }]);
  });

  it("lets any admin of the organisation withdraw its endorsement, and nobody else", async () => {
    await actAs(w.orgAdmin.id);
    await endorse();
    const [row] = await endorsementRows();
    const remove = () => removeEndorsementAction(null, form({ proposalId: w.proposal.id, endorsementId: row?.id ?? "" }));
    for (const who of [w.orgMember.id, w.author.id, w.resident.id]) {
      await actAs(who);
      expect(await remove()).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    }
    expect(await endorsementRows()).toHaveLength(1);
    await actAs(w.otherAdmin.id);
    expect(await remove()).toMatchObject({ ok: true });
    expect(await endorsementRows()).toEqual([]);
  });

  it("sends an admin's partner offer to the proposer, who alone accepts it, once", async () => {
    await actAs(w.orgMember.id);
    expect(await offer()).toMatchObject({ ok: false });
    await actAs(w.orgAdmin.id);
    expect(await offer()).toMatchObject({ ok: true });
    expect(await offer()).toMatchObject({ ok: false, message: "Holroyd & Daughters has already offered to partner on this proposal." });
    expect(await notificationsFor(database.db, w.author.id, w.proposal.id)).toMatchObject([{ kind: "partner.offered" }]);
    const [row] = await partnerRows();
    const decide = (decision: string) => decidePartnershipAction(null, form({ proposalId: w.proposal.id, partnerId: row?.id ?? "", decision }));

    for (const who of [w.orgAdmin.id, w.resident.id]) {
      await actAs(who);
      expect(await decide("agreed")).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    }
    await actAs(w.author.id);
    expect(await decide("agreed")).toMatchObject({ ok: true, message: "Holroyd & Daughters is now a delivery partner." });
    expect(await decide("declined")).toMatchObject({ ok: false, message: "That offer has already been answered, or is not on this proposal." });
    expect(await partnerRows()).toMatchObject([{ status: "agreed", role: "We will host the sessions", offeredBy: w.orgAdmin.id }]);
  });

  it("asks for a role when offering to partner, keeping what was typed", async () => {
    await actAs(w.orgAdmin.id);
    const result = await offerPartnershipAction(null, form({ proposalId: w.proposal.id, organisationId: w.business.id, role: "x" }));
    expect(result).toMatchObject({ ok: false, values: { role: "x" }, fieldErrors: { role: [expect.stringContaining("We will host")] } });
  });
});
