"use client";
// Light / dark / system theme switch. The choice lives in a cookie so the server renders the right theme (no flash, no inline script).
import { useState } from "react";

type Theme = "system" | "light" | "dark";
const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<Theme, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };
const ICON: Record<Theme, string> = { system: "◐", light: "☀", dark: "☾" };

/** Cycles system → light → dark and applies it immediately. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);
  const change = () => {
    const next = NEXT[theme];
    setTheme(next);
    if (next === "system") {
      delete document.documentElement.dataset.theme;
      document.cookie = "theme=; Path=/; Max-Age=0; SameSite=Lax";
    } else {
      document.documentElement.dataset.theme = next;
      document.cookie = `theme=${next}; Path=/; Max-Age=31536000; SameSite=Lax`;
    }
  };
  return (
    <button type="button" className="btn" onClick={change} aria-label={`${LABEL[theme]} (click to change)`} title={LABEL[theme]}>
      <span aria-hidden="true">{ICON[theme]}</span>
      <span className="hidden md:inline">{theme === "system" ? "System" : theme === "light" ? "Light" : "Dark"}</span>
    </button>
  );
}
