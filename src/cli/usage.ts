// What `rapport --help` prints. Network ids come from the registry.

import { networkIds } from '../networks';

export const USAGE = `Usage:
  rapport score FILE|- [options]
      Scores every post in a content calendar: a CSV export (Hootsuite, Buffer, Sprout Social,
      Later, a spreadsheet) or JSONL (one JSON object per line). "-" reads standard input.
      The post column is found by name (text, message, post, content, caption, body, copy,
      tweet) and a network column (network, channel, platform, profile type) sets each row's
      network. The delimiter (comma, semicolon, tab) and encoding (UTF-8, UTF-16, Windows-1252)
      are detected. A record that cannot be read is reported with its line; the rest are scored.

      --format jsonl|table|csv|markdown|html
                          jsonl (default): one JSON object per record, input fields echoed
                          table: a readable summary per post, for the terminal
                          csv: the input's rows plus score columns, to re-import
                          markdown: a table to paste into an issue or wiki
                          html: one self-contained report file (use --output)
      --output FILE       write the report to FILE instead of standard output
      --preset NAME|FILE  a built-in preset (see rapport preset list) or a preset file
      --network ${networkIds.join('|')}
                          score every post for this network (or a name: Twitter, Facebook Page …)
      --column NAME       the CSV column or JSONL field that holds the posts
      --input csv|jsonl   the input's format, when neither its name nor its start tells
      --delimiter CHAR    the CSV delimiter: , ; | or tab (detected otherwise)
      --fail-under recip=N,voice=N
                          exit with 3, listing the posts, when any scored post is below N
      --no-progress       no progress bar (it shows only on a terminal, for large inputs)

  rapport preset validate FILE    check a preset file; lists every problem and warning with its field path
  rapport preset list             list the built-in presets
  rapport preset show NAME        print a built-in preset as a file to start your own from
  rapport --help | --version

Exit codes: 0 success, 1 some input could not be read (reported), 2 wrong command line,
3 a post is below --fail-under.
`;
