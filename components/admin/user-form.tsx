"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, typed, formKey } from "@/components/ui/form-status";
import { regencyRoles } from "@/lib/domain/enums";
import { initialFormState } from "@/lib/form-state";
import { createUser, updateUser } from "@/lib/users/mutations";
import type { UserRow } from "@/lib/users/queries";

export function UserForm({ user, agencies }: { user?: UserRow; agencies: Array<{ id: number; name: string }> }) {
  const t = useTranslations("admin.users");
  const roleNames = useTranslations("enums.role");
  const [state, action] = useActionState(user ? updateUser : createUser, initialFormState);
  // The key remounts the fields after each answer, so defaultValue shows what was typed.
  return (
    <form action={action} className="space-y-4" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      {user ? <input type="hidden" name="id" value={user.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label={t("name")} defaultValue={typed(state, "name", user?.name)} error={fieldError(state, "name")} required />
        <TextField name="email" type="email" label={t("email")} defaultValue={typed(state, "email", user?.email)} error={fieldError(state, "email")} required />
        <TextField name="position" label={t("position")} defaultValue={typed(state, "position", user?.position)} error={fieldError(state, "position")} />
        <SelectField
          name="role"
          label={t("role")}
          defaultValue={typed(state, "role", user?.role ?? "viewer")}
          error={fieldError(state, "role")}
          options={regencyRoles.map((r) => ({ value: r, label: roleNames(r) }))}
        />
        <SelectField
          name="agencyId"
          label={t("agency")}
          hint={t("agencyHint")}
          defaultValue={typed(state, "agencyId", user?.agencyId?.toString())}
          error={fieldError(state, "agencyId")}
          options={[{ value: "", label: t("noAgency") }, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
        />
        {user ? null : (
          <TextField
            name="password"
            type="password"
            autoComplete="new-password"
            label={t("initialPassword")}
            hint={t("passwordHint")}
            error={fieldError(state, "password")}
            required
          />
        )}
      </div>
      {user ? (
        <CheckboxField name="active" label={t("active")} defaultChecked={!state.ok && state.values ? state.values.active === "on" : user.active} />
      ) : null}
      <SubmitButton pendingLabel={t("saving")}>{user ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
