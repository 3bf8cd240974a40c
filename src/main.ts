import { mount } from 'svelte';
import App from './App.svelte';
import { Explorer } from './state/explorer.svelte.ts';
import { startLibrary } from './startLibrary.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const explorer = new Explorer();
// The scenario left on screen last time (or a share link's) is in place before the first paint. Nothing else in
// the address changes what is on screen: a share link comes in through its own notice.
const { library, transfer } = await startLibrary(explorer);

export default mount(App, { target, props: { explorer, library, transfer } });
