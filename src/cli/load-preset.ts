// `--preset NAME|FILE` and `preset validate FILE` share this: built-in names first, then a file
// read with the same size limit and validation as the options page and policy.

import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { builtinPresets, findBuiltinPreset } from '../presets/builtins';
import { MAX_PRESET_FILE_BYTES, parsePresetFile, type PresetParseResult } from '../presets/schema';

/** Reads and validates a preset file; a missing, huge or unreadable file is an issue like any other. */
export async function readPresetFile(path: string, cwd: string): Promise<PresetParseResult> {
  const fullPath = resolve(cwd, path);
  const fileIssue = (message: string): PresetParseResult => ({ ok: false, issues: [{ path: '(file)', message }] });
  try {
    const info = await stat(fullPath);
    if (!info.isFile()) return fileIssue(`${path} is not a file`);
    // Refuse before reading: a 10 MB "preset" should cost nothing.
    if (info.size > MAX_PRESET_FILE_BYTES) {
      return fileIssue(
        `the file is ${(info.size / (1024 * 1024)).toFixed(1)} MB; preset files are limited to ${MAX_PRESET_FILE_BYTES / (1024 * 1024)} MB`,
      );
    }
    const bytes = await readFile(fullPath);
    return parsePresetFile(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fileIssue(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(error as Error).message}`);
  }
}

/** A built-in preset by id or name, else a preset file. */
export async function choosePreset(nameOrFile: string, cwd: string): Promise<PresetParseResult> {
  const builtin = findBuiltinPreset(nameOrFile);
  if (builtin) return { ok: true, preset: builtin, warnings: [] };
  const fromFile = await readPresetFile(nameOrFile, cwd);
  const notFound = !fromFile.ok && fromFile.issues.some((issue) => issue.message.startsWith('no such file'));
  if (!notFound) return fromFile;
  const builtinIds = builtinPresets.map((preset) => preset.id).join(', ');
  return {
    ok: false,
    issues: [{ path: '(file)', message: `"${nameOrFile}" is neither a built-in preset (${builtinIds}) nor a file` }],
  };
}
