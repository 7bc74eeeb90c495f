import { ReportProblem } from "@/components/report-problem";
import { reportProblemAction } from "./actions";

/** "Report a problem" with a card or question of a team deck; the next item gets a form of its own. */
export function ReportItem({ deckId, kind, id }: { deckId: string; kind: "card" | "question"; id: string }) {
  return <ReportProblem key={id} deckId={deckId} itemKind={kind} itemId={id} action={reportProblemAction} />;
}
