// A small seeded pseudo-random generator, so that a simulation with the same seed gives the same figures on every
// machine and in every host (Math.random cannot be seeded).
//
// sfc32, Chris Doty-Humphrey's Small Fast Counting generator from PractRand (public domain): 128 bits of state, a
// counter that rules out short cycles, passes PractRand and BigCrush. Seeded as PractRand's sfc32::seed(s) does
// for a 64-bit s: a = 0, b = the low 32 bits, c = the high 32 bits (0 here), counter = 1, then 12 outputs discarded
// to mix the seed in.

/** Uniform numbers strictly between 0 and 1, 32 bits each. */
export type Uniform = () => number;

/** The generator seeded with a whole number 0 … 2^32 − 1. */
export function sfc32(seed: number): Uniform {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`sfc32: the seed must be a whole number from 0 to 4294967295, got ${seed}`);
  let [a, b, c, counter] = [0, seed | 0, 0, 1];
  const next = (): number => {
    const t = (((a + b) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  // The middle of each of the 2^32 steps: never 0 or 1, so a logarithm or an inverse CDF never sees an end point.
  return () => (next() + 0.5) / 4294967296;
}
