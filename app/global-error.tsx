"use client";
// Last-resort error page when even the root layout fails (e.g. the database is down while rendering the shell).
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>Bazaar is temporarily unavailable</h1>
        <p>The page could not be rendered. If the database is down, Bazaar recovers by itself once it is back.</p>
        <button type="button" onClick={() => reset()}>
          Try again
        </button>
      </body>
    </html>
  );
}
