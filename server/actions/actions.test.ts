// Lists the app's server actions (every export of a "use server" module, and any inline "use
// server" function) and fails on one that is not made by the wrapper in ./action.ts. After
// `next build`, it also checks the build's own list of actions against what it found.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const WRAPPER = "@/server/actions/action";
const FACTORIES = new Set(["formAction", "publicFormAction", "submitAction", "publicSubmitAction", "callAction"]);
const SCANNED = ["app", "components", "server", "lib"];

type Scan = { actions: string[]; problems: string[] };

describe("server actions", () => {
  const root = process.cwd();
  const files = SCANNED.flatMap((dir) => sourceFiles(root, dir));
  const scans = files.map((file) => ({ file, ...checkModule(file, readFileSync(path.join(root, file), "utf8")) }));
  const actions = scans.flatMap((s) => s.actions.map((name) => `${s.file}#${name}`));

  it("are all made by the wrapper in server/actions/action.ts", () => {
    expect(actions.length).toBeGreaterThan(20);
    expect(scans.flatMap((s) => s.problems)).toEqual([]);
  });

  const manifest = path.join(root, ".next/server/server-reference-manifest.json");
  // npm test builds before the unit tests, so CI always checks the build; a bare `vitest` may have none.
  it.skipIf(!existsSync(manifest) && !process.env.CI)("of the last build are the ones the scan checked", () => {
    const built = builtActions(JSON.parse(readFileSync(manifest, "utf8")) as BuildManifest);
    expect(built.length).toBeGreaterThan(20);
    expect(built.filter((action) => !actions.includes(action))).toEqual([]);
  });

  it("are told apart from hand-written ones", () => {
    const scan = (source: string) => checkModule("app/x/actions.ts", source);
    const wrapped = `"use server";
import { formAction } from "${WRAPPER}";
export type R = { ok: boolean };
export const a = formAction({ schema, run: async () => ({ ok: true }) });`;
    expect(scan(wrapped)).toEqual({ actions: ["a"], problems: [] });
    expect(scan(`"use server";\nexport async function b(formData: FormData) {}`).problems).toEqual([
      "app/x/actions.ts: b is not made by the action wrapper",
    ]);
    expect(scan(`"use server";\nexport const c = async () => 1;`).problems).toHaveLength(1);
    expect(
      scan(`"use server";\nimport { formAction } from "./other";\nexport const d = formAction({});`).problems,
    ).toHaveLength(1);
    expect(scan(`"use server";\nexport { e } from "./e";`).problems).toHaveLength(1);
    expect(scan(`"use server";\nexport default async function f() {}`).problems).toHaveLength(1);
    expect(scan(`export function g() {\n  async function h() {\n    "use server";\n  }\n}`).problems).toEqual([
      'app/x/actions.ts: an inline "use server" function is not made by the action wrapper',
    ]);
  });
});

function sourceFiles(root: string, dir: string): string[] {
  if (!existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.posix.join(dir, f.split(path.sep).join("/")));
}

/** The actions a module exports, and every way it makes one without the wrapper. */
function checkModule(file: string, source: string): Scan {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const scan: Scan = { actions: [], problems: [] };
  const wrapperImports = new Set<string>();
  for (const statement of sf.statements)
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text === WRAPPER
    )
      for (const element of statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings)
        ? statement.importClause.namedBindings.elements
        : [])
        if (FACTORIES.has((element.propertyName ?? element.name).text)) wrapperImports.add(element.name.text);

  if (hasUseServer(sf.statements)) {
    for (const statement of sf.statements) {
      if (!isExported(statement) && !ts.isExportDeclaration(statement) && !ts.isExportAssignment(statement)) continue;
      if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) continue;
      if (ts.isExportDeclaration(statement) && statement.isTypeOnly) continue;
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          const name = d.name.getText(sf);
          const init = d.initializer;
          const wrapped =
            init &&
            ts.isCallExpression(init) &&
            ts.isIdentifier(init.expression) &&
            wrapperImports.has(init.expression.text);
          if (wrapped) scan.actions.push(name);
          else scan.problems.push(`${file}: ${name} is not made by the action wrapper`);
        }
        continue;
      }
      const name =
        (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name
          ? statement.name.text
          : statement.getText(sf).slice(0, 40);
      scan.problems.push(`${file}: ${name} is not made by the action wrapper`);
    }
  }

  const visit = (node: ts.Node) => {
    if (
      ts.isFunctionLike(node) &&
      "body" in node &&
      node.body &&
      ts.isBlock(node.body) &&
      hasUseServer(node.body.statements)
    )
      scan.problems.push(`${file}: an inline "use server" function is not made by the action wrapper`);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return scan;
}

function hasUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

function isExported(statement: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(statement) &&
    (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

type BuildManifest = { node?: Record<string, { filename?: string; exportedName?: string }> };

/** "app/quiz/actions.ts#startQuizAction" for every action the build registered. */
function builtActions(manifest: BuildManifest): string[] {
  return Object.values(manifest.node ?? {}).map((a) => `${a.filename?.replace(/^\.\//, "")}#${a.exportedName}`);
}
