import type { Scenario } from '../lib/types.ts';
import { scenario as backup } from './backup.ts';
import { scenario as cli } from './cli.ts';
import { scenario as http } from './http.ts';
import { scenario as jobs } from './jobs.ts';
import { scenario as protect } from './protect.ts';
import { scenario as recover } from './recover.ts';
import { scenario as simcalls } from './simcalls.ts';
import { scenario as startup } from './startup.ts';
import { scenario as throttle } from './throttle.ts';

/** Every scenario, in the order `npm run bench` runs them when none is named. Add new ones here. */
export const SCENARIOS: readonly Scenario[] = [http, jobs, protect, recover, simcalls, startup, throttle, cli, backup];
