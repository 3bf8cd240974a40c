import { mount } from 'svelte';
import App from './App.svelte';
import './print.css';
import { Explorer } from './state/explorer.svelte.ts';
import { startLibrary } from './startLibrary.ts';
import { registerServiceWorker } from './offline/register.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const explorer = new Explorer();
// The scenario left on screen last time (or a share link's) is in place before the first paint. Nothing else in
// the address changes what is on screen: a share link comes in through its own notice.
const { library, transfer } = await startLibrary(explorer);

const app = mount(App, { target, props: { explorer, library, transfer } });
// Only a build has a sw.js; the dev server has none. Registered once the page is up, so it never delays it.
if (import.meta.env.PROD) void registerServiceWorker(navigator.serviceWorker);

export default app;
