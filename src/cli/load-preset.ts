// `--preset NAME|FILE` and `preset validate FILE` share this: built-in names first, then a file
// read with the same size limit and validation as the options page and policy.

import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { builtinPresets, findBuiltinPreset } from '../presets/builtins';
import { FILE_PATH, MAX_PRESET_FILE_BYTES, parsePresetFile, type PresetParseResult } from '../presets/schema';
import { describeFileError } from './file-errors';
import { closest } from './suggest';
import { showText } from './terminal-text';

/** The file's text, or why it cannot be had, in plain words. */
export async function readPresetText(path: string, cwd: string): Promise<{ ok: true; text: string } | { ok: false; message: string; missing: boolean }> {
  const fullPath = resolve(cwd, path);
  try {
    const info = await stat(fullPath);
    if (info.isDirectory()) return { ok: false, message: `${showText(path)} is a folder, not a file`, missing: false };
    // Refuse before reading: a 10 MB "preset" should cost nothing.
    if (info.size > MAX_PRESET_FILE_BYTES) {
      return {
        ok: false,
        message: `the file is ${(info.size / (1024 * 1024)).toFixed(1)} MB; preset files are limited to ${MAX_PRESET_FILE_BYTES / (1024 * 1024)} MB`,
        missing: false,
      };
    }
    return { ok: true, text: new TextDecoder('utf-8').decode(await readFile(fullPath)) };
  } catch (error) {
    return { ok: false, message: describeFileError(error, path, 'read'), missing: (error as NodeJS.ErrnoException).code === 'ENOENT' };
  }
}

/** A built-in preset by id or name, else a preset file. */
export async function choosePreset(nameOrFile: string, cwd: string): Promise<PresetParseResult> {
  const builtin = findBuiltinPreset(nameOrFile);
  if (builtin) return { ok: true, preset: builtin, warnings: [] };
  const read = await readPresetText(nameOrFile, cwd);
  if (read.ok) return parsePresetFile(read.text);
  if (!read.missing) return { ok: false, issues: [{ path: FILE_PATH, message: read.message }] };
  const builtinIds = builtinPresets.map((preset) => preset.id);
  const suggestion = closest(nameOrFile, [...builtinIds, ...builtinPresets.map((preset) => preset.name)]);
  return {
    ok: false,
    issues: [
      {
        path: FILE_PATH,
        message: `"${showText(nameOrFile)}" is neither a built-in preset (${builtinIds.join(', ')}) nor a file${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      },
    ],
  };
}
