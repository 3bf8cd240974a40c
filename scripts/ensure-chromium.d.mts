// Types for ensure-chromium.mjs, for the TypeScript that shares its flags (tests/e2e/playwright.config.ts).
export declare const DEFAULT_CHROMIUM: string;
export declare const CHROMIUM_ARGS: readonly string[];
