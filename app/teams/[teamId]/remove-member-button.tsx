import { ActionButton } from "@/components/ui/action-button";
import { removeMemberAction } from "./actions";

/** Takes a member out of the team: the learner's own "leave" and an owner's "remove" are this one action. */
export function RemoveMemberButton({ teamId, memberId, label }: { teamId: string; memberId: string; label: string }) {
  return (
    <ActionButton
      action={removeMemberAction}
      fields={{ teamId, memberId }}
      label={label}
      messages="teams.errors"
      variant="ghost"
    />
  );
}
