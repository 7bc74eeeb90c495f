import { expect, test } from "@playwright/test";

test.describe("a browser that asks for Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("gets Chinese, switches to English, and the choice persists", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { name: "把常见问题真正记住" })).toBeVisible();
    await expect(page.getByTestId("deck-ebpf").getByTestId("entry-count")).toHaveText("18 个条目");

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Learn your FAQs for good" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.reload();
    await expect(page.getByRole("heading", { name: "Learn your FAQs for good" })).toBeVisible();
    await page.goto("/signin");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
  });
});

test("an English browser gets English", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Create account" })).toBeVisible();
});
