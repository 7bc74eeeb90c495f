import { toCsv } from "@/lib/teams/csv";

/** A CSV file to download: UTF-8 with a byte order mark, so that spreadsheet programs read Chinese text right. */
export function csvDownload(fileName: string, rows: (string | number | null)[][]): Response {
  return new Response(`\uFEFF${toCsv(rows)}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
