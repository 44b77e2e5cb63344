// ESLint flat config: Next.js core-web-vitals + TypeScript rules.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", ".reports/**", "bench/out/**", "next-env.d.ts"],
  },
];
export default config;
