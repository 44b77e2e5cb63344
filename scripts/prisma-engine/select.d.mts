// Types for select.mjs (imported by prisma.config.ts, which Next's type check includes).
export declare const SHIM_PATH: string;
export declare function findNativeSchemaEngine(projectRoot?: string, env?: NodeJS.ProcessEnv): string | null;
export declare function selectSchemaEngine(options?: { projectRoot?: string; env?: NodeJS.ProcessEnv }): "env" | "native" | "shim";
