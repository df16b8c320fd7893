// The output formats `rapport score --format` offers, and the writer for each.

import { csvWriter } from './csv';
import { htmlWriter } from './html/report';
import { jsonlWriter } from './jsonl';
import { markdownWriter } from './markdown';
import type { Sink } from './sink';
import { tableWriter } from './table';
import type { OutputWriter } from './writer';

export const OUTPUT_FORMATS = ['jsonl', 'table', 'csv', 'markdown', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const isOutputFormat = (value: string): value is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(value);

export function createWriter(format: OutputFormat, sink: Sink, warn: (message: string) => void): OutputWriter {
  switch (format) {
    case 'jsonl':
      return jsonlWriter(sink);
    case 'table':
      return tableWriter(sink);
    case 'csv':
      return csvWriter(sink, warn);
    case 'markdown':
      return markdownWriter(sink);
    case 'html':
      return htmlWriter(sink);
  }
}
