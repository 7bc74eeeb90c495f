import { expect, test } from "@playwright/test";
import { interactive, pressUntil, signUp } from "./helpers";
import { answerKey, optionNumber } from "./quiz-helpers";

test("take a five-question quiz with the keyboard, miss one, retry it, and find both attempts in the history", async ({
  page,
}) => {
  await signUp(page);
  const key = await answerKey(page);

  // Every page and data payload the browser receives before the first answer (scripts are code,
  // not data), to check that no answer leaks.
  const payloads: Promise<string>[] = [];
  const collect = (response: import("@playwright/test").Response) => {
    if (["document", "fetch", "xhr"].includes(response.request().resourceType()))
      payloads.push(response.text().catch(() => ""));
  };
  page.on("response", collect);

  await page.goto("/quiz/ebpf");
  await page.getByLabel("Topic").focus();
  await page.keyboard.press("Tab"); // to the checked size, 10
  await page.keyboard.press("ArrowLeft"); // 5
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 1 of 5 · 0 answered");
  await page.reload(); // the attempt as a whole document too, not only as the start action's response
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 1 of 5 · 0 answered");

  const html = await page.content();
  page.off("response", collect);
  const received = [html, ...(await Promise.all(payloads))].join("\n");
  expect(received).toMatch(/feedback\\?":null/); // the questions arrived, without their feedback
  // Feedback objects (right option, correctness, explanation) appear only in an answer's response.
  expect(received).not.toMatch(/answerIndex|correctChoice|"explanation"/);

  const feedback = page.getByTestId("quiz-feedback");
  await pressUntil(page, String(await optionNumber(page, key, "wrong")), feedback);
  await expect(feedback).toContainText("Not quite — the right answer is option");
  await expect(feedback.getByRole("link", { name: "Open the entry in the deck" })).toHaveAttribute(
    "href",
    /^\/decks\/ebpf#entry-/,
  );
  await expect(feedback.locator("p, li").nth(1)).not.toBeEmpty(); // the explanation, the FAQ's answer
  await expect(page.locator('[data-state="wrong"]')).toHaveCount(1);
  await expect(page.locator('[data-state="right"]')).toHaveCount(1);
  const missedStem = await page.getByTestId("quiz-question").getByRole("heading").textContent();
  await page.keyboard.press("1"); // answered already: ignored
  await page.keyboard.press("Enter");

  for (let n = 2; n <= 5; n++) {
    await expect(page.getByTestId("quiz-progress")).toHaveText(`Question ${n} of 5 · ${n - 1} answered`);
    await page.keyboard.press(String(await optionNumber(page, key, "right")));
    await expect(feedback).toContainText("Correct!");
    await page.keyboard.press("Enter");
  }

  await expect(page.getByTestId("quiz-score")).toHaveText("80%");
  await expect(page.getByTestId("quiz-correct")).toHaveText("4 of 5");
  const missed = page.locator('[data-testid="quiz-result-question"][data-correct="false"]');
  await expect(missed).toHaveCount(1);
  await expect(missed).toContainText(missedStem!);
  await expect(missed).toContainText("Your answer:");

  await page.getByRole("button", { name: "Retry the one I missed" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 1 of 1 · 0 answered");
  await expect(page.getByTestId("quiz-question").getByRole("heading")).toHaveText(missedStem!);
  await pressUntil(page, String(await optionNumber(page, key, "right")), feedback);
  await expect(feedback).toContainText("Correct!");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("quiz-score")).toHaveText("100%");

  await expect(page.getByText("Retry of missed questions")).toBeVisible();

  await page.getByRole("link", { name: "Quiz history" }).click();
  await expect(page.getByTestId("quiz-attempt-score")).toHaveText(["1/1 · 100%", "4/5 · 80%"]);
  // The retry is labelled as one, not passed off as a full quiz.
  await expect(page.getByTestId("quiz-attempt").first()).toContainText("Retry of missed questions");
  await expect(page.getByTestId("quiz-attempt").last()).not.toContainText("Retry");
});

test("an attempt survives a reload and a double click, and another learner can neither open nor answer it", async ({
  page,
  browser,
}) => {
  await signUp(page);
  await page.goto("/quiz/ebpf");
  await page.getByText("5", { exact: true }).click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 1 of 5 · 0 answered");
  const attemptUrl = page.url();

  const optionTexts = () => page.getByTestId("quiz-option").locator("span").allTextContents();
  const shown = {
    id: await page.getByTestId("quiz-question").getAttribute("data-question-id"),
    options: await optionTexts(),
  };
  await page.reload();
  expect({
    id: await page.getByTestId("quiz-question").getAttribute("data-question-id"),
    options: await optionTexts(),
  }).toEqual(shown);
  await interactive(page);

  // A double click answers once; keep the request to replay it as someone else.
  const answerRequest = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByTestId("quiz-option").first().dblclick();
  const request = await answerRequest;
  await expect(page.getByTestId("quiz-feedback")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 2 of 5 · 1 answered");
  const secondQuestion = await page.getByTestId("quiz-question").getAttribute("data-question-id");

  const other = await browser.newContext();
  const intruder = await other.newPage();
  await signUp(intruder);
  await intruder.goto(attemptUrl);
  await expect(intruder.getByRole("heading", { name: "Page not found" })).toBeVisible();

  const replay = await intruder.request.post(request.url(), {
    headers: Object.fromEntries(
      Object.entries(await request.allHeaders()).filter(
        ([name]) => !["cookie", "content-length", "host"].includes(name) && !name.startsWith(":"),
      ),
    ),
    data: request.postData()!.replace(shown.id!, secondQuestion!),
  });
  expect(await replay.text()).toContain('"reason":"not-found"');
  await other.close();

  await page.reload();
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 2 of 5 · 1 answered");
  await expect(page.getByTestId("quiz-question")).toHaveAttribute("data-question-id", secondQuestion!);
});

test("on a phone, the feedback shows the right option marked in words beside the wrong one, without scrolling them away", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page);
  const key = await answerKey(page);
  await page.goto("/quiz/ebpf");
  await page.getByText("5", { exact: true }).click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 1 of 5 · 0 answered");
  await interactive(page);

  const wrong = await optionNumber(page, key, "wrong");
  const rightNumber = await optionNumber(page, key, "right");
  const options = page.getByRole("list", { name: "Options" }).getByRole("button");
  const rightText = (await options
    .nth(rightNumber - 1)
    .locator("span")
    .first()
    .textContent())!.trim();
  await options.nth(wrong - 1).click();

  const feedback = page.getByTestId("quiz-feedback");
  await expect(feedback).toContainText(`the right answer is option ${rightNumber}: ${rightText}`);
  const right = options.nth(rightNumber - 1);
  await expect(right).toContainText("Right answer");
  await expect(options.nth(wrong - 1)).toContainText("Your answer");
  await expect(options.filter({ hasText: "Right answer" })).toHaveCount(1);
  // The Next button has the focus (Enter goes on) but the options stay on screen.
  await expect(page.getByRole("button", { name: /Next question/ })).toBeFocused();
  await expect(right).toBeInViewport();
  await expect(page.getByTestId("quiz-question").getByRole("heading")).toBeInViewport();
});
