import fc from 'fast-check';

// Property runs are reproducible: a fixed seed unless FC_SEED picks another (FC_SEED=random explores new ground).
// A failing run prints its seed and path, so any counterexample can be replayed.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261123 : Number(seed) });
