// Types for serve-dist.mjs, for the TypeScript that serves a build of its own (tests/e2e/offline.spec.ts).
export declare function serveDist(options?: {
  root?: string;
  host?: string;
  port?: number;
  base?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
