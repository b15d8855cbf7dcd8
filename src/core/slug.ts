/**
 * Slugs: the lower-case ids of criteria, options and journal entries, from free text.
 * Accents are folded (NFKD), everything but letters and digits becomes one `-`.
 */
export function slugify(
  text: string,
  options: { maxLength?: number; fallback?: string } = {},
): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, options.maxLength ?? 60)
    .replace(/-+$/g, "");
  return slug === "" ? (options.fallback ?? "item") : slug;
}
