/**
 * Where the gates of imported packs are kept, for the extra page gate, which reads them with the bare
 * extension API (no storage library on pages): a fixed key and shape.
 */
import type { GateSpec } from '../types';

export const IMPORTED_GATES_KEY = 'importedGates';
export type ImportedGates = { pack: string; gate: GateSpec }[];
