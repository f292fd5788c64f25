/** Named placeholders (`{{name}}`) of the generated templates, and filling `%s` with names. */

/** Placeholder names a named template uses, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1] ?? '');
}

/** `%s` → `{{name}}`, in order. */
export function nameTemplate(template: string, names: readonly string[]): string {
  let index = 0;
  return template.replace(/%s/g, () => `{{${names[index++] ?? ''}}}`);
}

export function countOf(template: string): number {
  return template.match(/%s/g)?.length ?? 0;
}

export const PARAM_NAME = /^[a-z][A-Za-z0-9]*$/;
