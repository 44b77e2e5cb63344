"use client";
// Friendly error page: asks /api/v1/health whether the database is down and says so, with a retry.
import { useEffect, useState } from "react";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [dbDown, setDbDown] = useState<boolean | null>(null);
  useEffect(() => {
    fetch("/api/v1/health", { cache: "no-store" })
      .then((r) => r.json())
      .then((h: { database?: { reachable?: boolean } }) => setDbDown(h.database?.reachable === false))
      .catch(() => setDbDown(null));
  }, []);
  return (
    <div className="mx-auto max-w-xl py-16 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{dbDown ? "The database is unavailable" : "This page could not be loaded"}</h1>
      <p className="muted mt-3">
        {dbDown
          ? "Bazaar cannot reach its database right now. Nothing is lost: pages come back by themselves as soon as the database answers again."
          : "Something went wrong while loading this page. Trying again usually helps; if it keeps happening, the server log has the details."}
      </p>
      <button type="button" className="btn mt-6" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
