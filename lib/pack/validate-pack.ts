/**
 * Validates a claim pack as its author wrote it: the schema, then what a schema cannot say (ids are
 * unique, evidence cites known sources, patterns parse, the verdict follows from the evidence).
 * Every problem names the file, the claim and the field. Pure: the caller reads the file.
 */
import { checkPackMeaning, type PackCheck, type PackProblem } from './check-pack-meaning';
import { packSchema } from './pack-schema';

export { checkPackMeaning, formatProblem, type PackCheck, type PackProblem } from './check-pack-meaning';

export function validatePack(raw: unknown, file: string): PackCheck {
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): PackProblem => {
      const path = issue.path.map(String);
      // an unknown key is named as the field itself, so a typo points at itself
      if (issue.code === 'unrecognized_keys') path.push(...issue.keys);
      let claim: string | undefined;
      if (path[0] === 'claims' && path[1] !== undefined) {
        const c = (raw as { claims?: { id?: unknown }[] }).claims?.[Number(path[1])];
        claim = typeof c?.id === 'string' ? c.id : `#${path[1]}`;
        path.splice(0, 2);
      }
      const message = issue.code === 'unrecognized_keys' ? 'is not a field of the pack format' : issue.message;
      return { file, claim, field: path.join('.') || '(pack)', message };
    });
    return { ok: false, problems };
  }
  return checkPackMeaning(parsed.data, file);
}
