/** The named fields of a form as strings ("" when missing), ready for a zod schema. */
export function formValues<Field extends string>(formData: FormData, names: readonly Field[]): Record<Field, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])) as Record<Field, string>;
}
