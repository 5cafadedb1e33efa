import { useEffect, useState } from 'react';

/** Follows the site's own light/dark theme (not the OS): the site's background is what sits next to us. */
export function useHostTheme(themeOf: (doc: Document) => 'light' | 'dark'): 'light' | 'dark' {
  const [theme, setTheme] = useState(() => themeOf(document));
  useEffect(() => {
    const check = () => setTheme(themeOf(document));
    // Sites switch theme by changing a class or style on <html>/<body>: watch only those attributes.
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
    if (document.body) observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'style'] });
    return () => observer.disconnect();
  }, [themeOf]);
  return theme;
}
