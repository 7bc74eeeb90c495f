import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = { page: number; pages: number; href: (page: number) => string };

/** Previous/next links under a list shown a page at a time (a deck's entries); nothing when it fits one page. */
export async function Pager({ page, pages, href }: Props) {
  if (pages <= 1) return null;
  const t = await getTranslations("pager");
  const link = "font-medium text-teal-800 underline dark:text-teal-300";
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-3 text-sm" data-testid="pager">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600 dark:text-stone-400">{t("position", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
