import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { connect } from "../connect";
import { adminUrl, databaseUrlFor } from "./urls";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: { serverUrl: string; database: string } | null;
  }
}

/**
 * Migrates each engine once: a PGlite data-dir dump that every test copies, and (when a
 * server is named by TEST_DATABASE_URL) a template database that every test clones.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "peoples-plan-test-"));
  const pgliteTemplatePath = path.join(dir, "template.tar.gz");
  const template = await connect({ dataDir: "memory://" });
  await template.migrate();
  const pglite = (template.db as unknown as { $client: { dumpDataDir(c: "gzip"): Promise<Blob> } })
    .$client;
  const dump = await pglite.dumpDataDir("gzip");
  writeFileSync(pgliteTemplatePath, Buffer.from(await dump.arrayBuffer()));
  await template.close();
  project.provide("pgliteTemplatePath", pgliteTemplatePath);

  const serverUrl = process.env.TEST_DATABASE_URL;
  let templateDb: string | null = null;
  if (serverUrl) {
    templateDb = `pp_tpl_${randomBytes(6).toString("hex")}`;
    const admin = postgres(adminUrl(serverUrl), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${templateDb}`);
    const connection = await connect({ databaseUrl: databaseUrlFor(serverUrl, templateDb), maxConnections: 1 });
    await connection.migrate();
    await connection.close();
    await admin.end();
    project.provide("postgresTemplate", { serverUrl, database: templateDb });
  } else {
    project.provide("postgresTemplate", null);
  }

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (serverUrl && templateDb) {
      const admin = postgres(adminUrl(serverUrl), { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists ${templateDb} with (force)`);
      await admin.end();
    }
  };
}
