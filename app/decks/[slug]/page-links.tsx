import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";

/** Previous and next page of a long deck; nothing for a deck that fits on one page. */
export async function PageLinks({ slug, page, pages }: { slug: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations("dailyUse.deck");
  const href = (n: number) => `/decks/${slug}${n > 1 ? `?page=${n}` : ""}`;
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      {page > 1 ? <ButtonLink href={href(page - 1)}>{t("previous")}</ButtonLink> : <span />}
      <span className="text-stone-600 dark:text-stone-400">{t("page", { page, pages })}</span>
      {page < pages ? <ButtonLink href={href(page + 1)}>{t("next")}</ButtonLink> : <span />}
    </nav>
  );
}
