// File problems in plain words instead of Node's "ENOENT: no such file or directory, open …".

import { showText } from './terminal-text';

export function describeFileError(error: unknown, path: string, doing: 'read' | 'write'): string {
  const name = showText(path);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return doing === 'read' ? `no such file: ${name}` : `cannot write ${name}: its folder does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `cannot ${doing} ${name}: permission denied`;
    case 'EISDIR':
      return `${name} is a folder, not a file`;
    case 'ENOTDIR':
      return `cannot ${doing} ${name}: part of the path is a file, not a folder`;
    case 'ENAMETOOLONG':
      return `cannot ${doing} ${name}: the name is too long`;
    case 'ENOSPC':
      return `cannot write ${name}: the disk is full`;
    case 'EROFS':
      return `cannot write ${name}: the disk is read-only`;
    case 'EMFILE':
    case 'ENFILE':
      return `cannot ${doing} ${name}: too many files are open`;
    default:
      return `cannot ${doing} ${name}${code ? ` (${code})` : `: ${showText(error instanceof Error ? error.message : String(error))}`}`;
  }
}
