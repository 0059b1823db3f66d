/**
 * A hub page as a provider would build it: the whole kit, one `<npq-programmes>` and a widget.
 * The definition is fetched and handed over as the `definition` property (the loader refuses
 * files over 5 million characters, which the 10,000-programme file is).
 */
import '../../src/all.js';
import type { NpqElement } from '../../src/internal/npq-element.js';
import { fetchDefinition, frames, pageParameter } from './common.js';

const programmes = document.querySelector('npq-programmes')!;
const widget = programmes.querySelector<NpqElement>('npq-programme-finder, npq-eligibility-checker')!;
const ready = new Promise((resolve) => programmes.addEventListener('npq-ready', resolve, { once: true }));
programmes.definition = await fetchDefinition(Number(pageParameter('n')));
await ready;
await widget.updateComplete;
await frames(2);
document.documentElement.dataset.benchReady = 'true';
