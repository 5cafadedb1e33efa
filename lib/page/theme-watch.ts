/** Follows the site's own light/dark theme (not the OS): the site's background is what sits next to the panel. */
export function watchTheme(
  doc: Document,
  themeOf: (doc: Document) => 'light' | 'dark',
  onChange: (theme: 'light' | 'dark') => void,
  signal: AbortSignal,
): void {
  let theme = themeOf(doc);
  onChange(theme);
  const check = (): void => {
    const next = themeOf(doc);
    if (next !== theme) onChange((theme = next));
  };
  // Sites switch theme by changing a class or style on <html>/<body>: watch only those attributes.
  const observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  if (doc.body) observer.observe(doc.body, { attributes: true, attributeFilter: ['class', 'style'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
