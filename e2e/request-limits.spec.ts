import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("bodies over the limit get 413 before the app reads them, on routes and on server actions", async ({
  request,
}) => {
  const grade = await request.post("/api/study/grade", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ padding: "x".repeat(100 * 1024) }),
  });
  expect(grade.status()).toBe(413);
  expect(grade.headers()["x-content-type-options"]).toBe("nosniff");

  const action = await request.post("/", {
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "x".repeat(2 * 1024 * 1024),
  });
  expect(action.status()).toBe(413);

  // Within the limits the same requests reach the app (and are refused for what they are).
  const small = await request.post("/api/study/grade", { data: { padding: "x" } });
  expect(small.status()).toBe(401);
  // The study API skips the proxy; its answers carry the security headers all the same.
  expect(small.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(small.headers()["x-frame-options"]).toBe("DENY");
});

test("grade and undo accept only JSON, so a form on another site cannot post them", async ({ page }) => {
  await signUp(page);
  for (const path of ["/api/study/grade", "/api/study/undo"]) {
    for (const contentType of ["application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"]) {
      const response = await page.request.post(path, { headers: { "content-type": contentType }, data: "{}" });
      expect(response.status(), `${path} ${contentType}`).toBe(415);
    }
    const json = await page.request.post(path, { data: {} });
    expect(json.status(), `${path} json`).toBe(400); // a JSON body is read (and this one is invalid)
  }
});
