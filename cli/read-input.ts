/**
 * Reads the CLI's input (a file or standard input) as text, refusing what is not text with one clear
 * line: a missing file, an empty input, a binary file, text that is not UTF-8, or an input too large.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { UserError } from './pack-store';

export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw new UserError(`standard input: too large (more than ${MAX_INPUT_BYTES} bytes)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function decodeText(buf: Buffer, name: string): string {
  if (buf.length === 0) throw new UserError(`${name}: empty input`);
  if (buf.subarray(0, 8192).includes(0)) throw new UserError(`${name}: binary file, not text`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
    if (text.trim().length === 0) throw new UserError(`${name}: empty input`);
    return text;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${name}: not UTF-8 text`);
  }
}

export async function readInput(path: string): Promise<{ name: string; text: string }> {
  if (path === '-') return { name: 'standard input', text: decodeText(await readStdin(), 'standard input') };
  if (!existsSync(path)) throw new UserError(`${path}: no such file`);
  const st = statSync(path);
  if (st.isDirectory()) throw new UserError(`${path}: is a directory`);
  if (st.size > MAX_INPUT_BYTES) throw new UserError(`${path}: too large (${st.size} bytes; at most ${MAX_INPUT_BYTES})`);
  return { name: path, text: decodeText(readFileSync(path), path) };
}
