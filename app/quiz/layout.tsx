import type { ReactNode } from "react";
import { PartMessages } from "@/app/part-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <PartMessages part="quiz">{children}</PartMessages>;
}
