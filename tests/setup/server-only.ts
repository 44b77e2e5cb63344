// Stand-in for the "server-only" marker package under vitest (no React server environment there).
export {};
