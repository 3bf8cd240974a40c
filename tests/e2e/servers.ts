// Where the e2e suite serves the built app. Fixed ports on 127.0.0.1, away from Vite's defaults
// (5173 dev, 4173 preview) so a developer's own server never collides with a test run.
// E2E_PORT moves all three (to it and the two ports after it), so two checkouts can run the suite at once.
const BASE_PORT = Number(process.env.E2E_PORT) || 4391;
export const PREVIEW_PORT = BASE_PORT;
export const SUBPATH_PORT = BASE_PORT + 1;

/** `vite preview` of dist/ at the root. */
export const PREVIEW_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;

/** The same dist/ from a plain static server, below a path, as a council intranet might host it. */
export const SUBPATH = '/council/payback/';
export const SUBPATH_ORIGIN = `http://127.0.0.1:${SUBPATH_PORT}`;
export const SUBPATH_URL = `${SUBPATH_ORIGIN}${SUBPATH}`;

/** Where tests/e2e/offline.spec.ts serves a folder of its own, to swap one build for another under a page. */
export const UPDATE_PORT = BASE_PORT + 2;
export const UPDATE_ORIGIN = `http://127.0.0.1:${UPDATE_PORT}`;

/** The only origins a page under test may request. */
export const LOCAL_ORIGINS = [PREVIEW_ORIGIN, SUBPATH_ORIGIN];
