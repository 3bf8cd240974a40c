import { mount } from 'svelte';
import App from './App.svelte';
import { Explorer } from './state/explorer.svelte.ts';
import { restoreScenario } from './model/restore.ts';
import { startLibrary } from './state/startLibrary.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const explorer = new Explorer();
// The scenario left on screen last time (or a share link's) is in place before the first paint.
const { library, transfer } = await startLibrary(explorer);

// `?bench=big` opens the 100-scheme, 40-year benchmark scenario (scripts/bench-drag.mjs); its generator is a
// separate chunk that is loaded only then.
if (new URLSearchParams(location.search).get('bench') === 'big') {
  const { bigScenario } = await import('../scripts/lib/bigScenario.ts');
  const restored = restoreScenario(bigScenario());
  if (restored.ok) explorer.replace(restored.scenario);
}

export default mount(App, { target, props: { explorer, library, transfer } });
