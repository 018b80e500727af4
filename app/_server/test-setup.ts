import { vi } from "vitest";
import { harness, RedirectSignal } from "./test-harness";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw new RedirectSignal(url);
  }),
  notFound: vi.fn(() => {
    throw new RedirectSignal("/not-found");
  }),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("@/app/_server/session", () => ({ getActor: async () => harness.actor }));
vi.mock("@/db", () => ({
  getDb: async () => {
    if (!harness.db) throw new Error("no test database: call useTestDatabase()");
    return harness.db;
  },
}));
vi.mock("@/auth", () => ({
  auth: async () => null,
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
}));
