import { z } from "zod";
import { parseYamlFile } from "./yaml-file";

export const MANIFEST_FILE = "deck.yaml";

const manifestSchema = z.object({
  title: z.string().trim().min(1, "title is required"),
  language: z.string().trim().min(2, "language is required, e.g. zh-CN or en"),
  description: z.string().trim().default(""),
});

export type DeckManifest = z.infer<typeof manifestSchema>;

export function parseDeckManifest(text: string, file: string): DeckManifest {
  return parseYamlFile(manifestSchema, text, file);
}
