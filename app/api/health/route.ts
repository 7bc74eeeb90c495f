import { databaseIsReachable } from "@/server/queries/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await databaseIsReachable();
  return Response.json(
    { status: database ? "ok" : "unavailable", database },
    { status: database ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
