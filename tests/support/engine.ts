// The bundled packs, compiled and indexed, for tests of the engine.
import { bundledPacks } from '../../cli/pack-store';
import { buildIndex, type PackIndex } from '../../lib/match/pack-index';

let cached: PackIndex | undefined;

export async function bundledIndex(): Promise<PackIndex> {
  cached ??= buildIndex(await bundledPacks());
  return cached;
}
