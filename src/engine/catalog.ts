// Rule metadata without the checks, for the panel and the options page.
import { rules } from './rules';
import type { Axis } from './types';

export const ruleCatalog: ReadonlyArray<{ id: string; axis: Axis; docs: string }> = rules.map(({ id, axis, docs }) => ({ id, axis, docs }));
