/**
 * `npm run models`: regenerates every model in public/models from code — the anatomy (bones, discs, muscles) at two
 * levels of detail, the body surface at two levels, and the equipment. Deterministic: the same code gives the same
 * bytes.
 */
import { buildModels } from './build';
import { buildBody } from './body/build';
import { buildEquipment } from './equipment/build';

const started = Date.now();
await buildModels();
await buildBody();
await buildEquipment();
console.log(`all models built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
