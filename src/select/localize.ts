/**
 * Feed texts in the element's language, from an item's `translations`, falling back to the
 * district's own wording. `fr-CA` prefers `fr-CA`, then `fr`.
 */
interface Translatable {
  title?: string;
  summary?: string;
  description?: string;
  translations?: Record<string, { title?: string; summary?: string; description?: string }>;
}

export function localize<T extends Translatable>(item: T, locale: string): T {
  const translations = item.translations;
  if (!translations) return item;
  const wanted = locale.toLowerCase();
  const language = wanted.split('-')[0];
  const tags = Object.keys(translations);
  const match =
    tags.find((tag) => tag.toLowerCase() === wanted) ??
    tags.find((tag) => tag.toLowerCase() === language) ??
    tags.find((tag) => tag.toLowerCase().split('-')[0] === language);
  if (!match) return item;
  const { title, summary, description } = translations[match];
  return {
    ...item,
    ...(title ? { title } : {}),
    ...(summary ? { summary } : {}),
    ...(description ? { description } : {}),
  };
}
