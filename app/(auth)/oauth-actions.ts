"use server";

import { providerRequest } from "@/lib/auth/requests";
import { publicSubmitAction } from "@/server/actions/action";
import { externalProviders, signIn } from "@/server/auth/auth";

export const signInWithProviderAction = publicSubmitAction({
  schema: providerRequest,
  run: async ({ provider }) => {
    if (externalProviders.some((p) => p.id === provider)) await signIn(provider, { redirectTo: "/" });
  },
});
