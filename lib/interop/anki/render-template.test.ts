import { describe, expect, it } from "vitest";
import { renderTemplate } from "./render-template";

const fields = {
  Front: "Capital of France?",
  Back: "Paris",
  Extra: "",
  Hint: "starts with P",
  Text: "{{c1::Paris}} is in {{c2::France::country}}",
};

describe("renderTemplate", () => {
  it("fills fields by name, ignoring case when the exact name is missing, and leaves unknown fields empty", () => {
    expect(renderTemplate("Q: {{Front}} / {{back}} / {{Nope}}.", { fields, side: "question" })).toBe(
      "Q: Capital of France? / Paris / .",
    );
  });

  it("shows a {{#Field}} section only when the field has content and a {{^Field}} section only when it has none", () => {
    const template = "{{#Back}}has back{{/Back}}{{#Extra}}has extra{{/Extra}}{{^Extra}}no extra{{/Extra}}";
    expect(renderTemplate(template, { fields, side: "question" })).toBe("has backno extra");
    expect(renderTemplate("{{#Extra}}x{{/Extra}}", { fields: { Extra: "<br><div> </div>" }, side: "question" })).toBe(
      "",
    );
    expect(renderTemplate("{{#Extra}}x{{/Extra}}", { fields: { Extra: '<img src="a.png">' }, side: "question" })).toBe(
      "x",
    );
  });

  it("nests sections", () => {
    const template =
      "{{#Front}}[{{#Extra}}extra{{/Extra}}{{^Extra}}{{#Hint}}hint: {{Hint}}{{/Hint}}{{/Extra}}]{{/Front}}";
    expect(renderTemplate(template, { fields, side: "question" })).toBe("[hint: starts with P]");
  });

  it("puts the question in place of {{FrontSide}} on the answer side", () => {
    expect(renderTemplate("{{FrontSide}}<hr id=answer>{{Back}}", { fields, side: "answer", frontSide: "Q" })).toBe(
      "Q<hr id=answer>Paris",
    );
  });

  it("renders text: and hint: as the field's content, and type: as nothing on the question and the answer on the back", () => {
    expect(renderTemplate("{{text:Front}} {{hint:Hint}}", { fields, side: "question" })).toBe(
      "Capital of France? starts with P",
    );
    expect(renderTemplate("{{Front}}{{type:Back}}", { fields, side: "question" })).toBe("Capital of France?");
    expect(renderTemplate("{{type:Back}}", { fields, side: "answer" })).toBe("Paris");
  });

  it("renders cloze: for the card's number, and type:cloze: only on the answer side", () => {
    expect(renderTemplate("{{cloze:Text}}", { fields, side: "question", cloze: 2 })).toBe("Paris is in [country]");
    expect(renderTemplate("{{cloze:Text}}", { fields, side: "question", cloze: 1 })).toBe("[…] is in France");
    expect(renderTemplate("{{cloze:Text}}", { fields, side: "answer", cloze: 1 })).toBe("Paris is in France");
    expect(renderTemplate("{{type:cloze:Text}}", { fields, side: "question", cloze: 1 })).toBe("");
  });

  it("survives stray and unclosed section tags", () => {
    expect(renderTemplate("a{{/Front}}b{{#Back}}c", { fields, side: "question" })).toBe("abc");
  });
});
