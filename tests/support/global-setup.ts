// Compiles the bundled packs once before any test reads them.
import { bundledPacks } from '../../cli/pack-store';

export default async function setup(): Promise<void> {
  await bundledPacks();
}
