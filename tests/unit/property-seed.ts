// Property tests draw random cases. In CI every run draws the same ones (a fixed seed), so a CI
// run passes or fails on the code alone, never on the luck of the draw; on a developer's machine
// each run draws new cases, to find what CI does not. A failure prints its seed: set
// RAPPORT_PROPERTY_SEED to it to replay the run.
import fc from 'fast-check';

const CI_SEED = 20261201;

const chosen = process.env.RAPPORT_PROPERTY_SEED;
const seed = chosen !== undefined && chosen !== '' ? Number(chosen) : process.env.CI ? CI_SEED : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ seed });
