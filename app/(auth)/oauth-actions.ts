"use server";

import { z } from "zod";
import { externalProviders, signIn } from "@/server/auth/auth";

const providerSchema = z.string().refine((id) => externalProviders.some((p) => p.id === id));

export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const provider = providerSchema.safeParse(formData.get("provider"));
  if (!provider.success) return;
  await signIn(provider.data, { redirectTo: "/" });
}
