import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import { ContentError } from "./content-error";

export const MANIFEST_FILE = "deck.yaml";

const manifestSchema = z.object({
  title: z.string().trim().min(1, "title is required"),
  language: z.string().trim().min(2, "language is required, e.g. zh-CN or en"),
  description: z.string().trim().default(""),
});

export type DeckManifest = z.infer<typeof manifestSchema>;

export function parseDeckManifest(text: string, file: string): DeckManifest {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? null) : null;
    throw new ContentError(file, line, `invalid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  const result = manifestSchema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(file, null, `${issue.path.join(".") || "manifest"}: ${issue.message}`);
  }
  return result.data;
}
