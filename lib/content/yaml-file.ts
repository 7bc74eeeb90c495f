import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import { ContentError } from "./content-error";

/** Parses a YAML content file against a schema; any problem is a ContentError naming the file (and line). */
export function parseYamlFile<Schema extends z.ZodType>(schema: Schema, text: string, file: string): z.output<Schema> {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? null) : null;
    throw new ContentError(
      file,
      line,
      `invalid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(file, null, `${issue.path.join(".") || "file"}: ${issue.message}`);
  }
  return result.data;
}
