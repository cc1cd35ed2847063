"use client";

import { useActionState } from "react";
import { INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { ROLES, type Role } from "@/lib/platform/auth/roles";
import { changeRoleAction } from "@/lib/accounts/actions/accounts";
import { ROLE_LABELS } from "@/lib/platform/auth/permissions";

/** One row's role picker: a select and a save button, working without JavaScript too. */
export function RoleForm({ userId, role, userLabel }: { userId: string; role: Role; userLabel: string }) {
  const [state, action, pending] = useActionState(changeRoleAction, null);
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor={selectId} className="block text-base font-semibold">
          Rol van {userLabel}
        </label>
        {/* Keyed by the stored role: React resets a form after its action, and a select only
            takes a new defaultValue when it mounts, so without the key it would show the old role. */}
        <select key={role} id={selectId} name="role" defaultValue={role} className={INPUT_STYLES}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pending={pending} variant="secondary">
        Rol opslaan
      </SubmitButton>
      <div className="w-full">
        <FormStatus state={state} done={{ id: "rol", text: "Opgeslagen." }} />
      </div>
    </form>
  );
}
