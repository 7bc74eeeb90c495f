import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/server/auth/session";
import { AuthCard } from "../auth-card";
import { CredentialsForm } from "../credentials-form";
import { pageTitle } from "@/app/page-title";

export const generateMetadata = pageTitle("auth", "signInTitle");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ callbackUrl }, user, t, tNav] = await Promise.all([
    searchParams,
    getCurrentUser(),
    getTranslations("auth"),
    getTranslations("nav"),
  ]);
  if (user) redirect("/");
  return (
    <AuthCard title={t("signInTitle")} footer={{ text: t("noAccount"), linkLabel: tNav("signUp"), href: "/signup" }}>
      <CredentialsForm mode="signIn" callbackUrl={callbackUrl ?? "/"} />
    </AuthCard>
  );
}
