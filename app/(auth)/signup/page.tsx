import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/server/auth/session";
import { AuthCard } from "../auth-card";
import { CredentialsForm } from "../credentials-form";
import { pageTitle } from "@/app/page-title";

export const generateMetadata = pageTitle("auth", "signUpTitle");

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [user, t, tNav] = await Promise.all([getCurrentUser(), getTranslations("auth"), getTranslations("nav")]);
  if (user) redirect("/");
  return (
    <AuthCard title={t("signUpTitle")} footer={{ text: t("haveAccount"), linkLabel: tNav("signIn"), href: "/signin" }}>
      <CredentialsForm mode="signUp" callbackUrl={(await searchParams).callbackUrl ?? "/"} />
    </AuthCard>
  );
}
