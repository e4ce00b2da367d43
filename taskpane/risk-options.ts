import type { Simulation, SimulationOptions } from '../src/case/simulate';

/** The Risk step's draws: as many as the CLI's default, and a fixed seed, so the figures stay put while nothing changes. */
export const RISK_OPTIONS: SimulationOptions = { iterations: 10_000, seed: 1 };

/** What the worker answers. */
export type RiskReply = { simulation: Simulation } | { error: string };
