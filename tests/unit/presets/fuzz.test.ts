import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePresetFile } from '../../../src/presets/schema';
import { fileWithBadFields, malformedPresetText } from './malformed-presets';

function expectClearRejection(text: string) {
  const result = parsePresetFile(text);
  if (result.ok) throw new Error(`accepted a malformed preset: ${text.slice(0, 200)}`);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.path).not.toBe('');
    expect(issue.message.length).toBeGreaterThan(8);
    expect(issue.message).not.toMatch(/undefined|\[object Object\]/);
  }
  return result.issues;
}

describe('fuzz: malformed preset files', () => {
  it('1,000 generated malformed files are each rejected with a path and a clear message', () => {
    fc.assert(
      fc.property(malformedPresetText, (text) => {
        expectClearRejection(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('a bad field is reported at that field (or at the version that stops reading)', () => {
    fc.assert(
      fc.property(fileWithBadFields, ({ text, firstFields }) => {
        const issues = expectClearRejection(text);
        const reportedFields = issues.map((issue) => issue.path.split(/[.[]/)[0]);
        expect(reportedFields.some((field) => field === 'version' || firstFields.includes(field ?? ''))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
