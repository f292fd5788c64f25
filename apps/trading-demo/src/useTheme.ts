import { useEffect, useState } from 'react';
import { loadItem, saveItem } from './storage.js';

export type Theme = 'light' | 'dark';

function initialTheme(): Theme {
  const saved = loadItem('theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Light or dark, remembered; `data-theme` on <html> drives the app's and the kit's colours. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
    saveItem('theme', theme);
  }, [theme]);
  return [theme, setTheme];
}
