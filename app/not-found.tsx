import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Link href="/" className="text-teal-800 underline dark:text-teal-300">
        {t("back")}
      </Link>
    </div>
  );
}
