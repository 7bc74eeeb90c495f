import { expect, test } from "@playwright/test";

test("the home page lists the bundled eBPF deck with its 18 entries", async ({ page }) => {
  await page.goto("/");
  const deck = page.getByTestId("deck-ebpf");
  await expect(deck.getByRole("heading", { name: "eBPF 与 XDP 常见问题" })).toBeVisible();
  await expect(deck.getByTestId("entry-count")).toHaveText("18 entries");
});

test("the health check reports a reachable database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: true });
});
