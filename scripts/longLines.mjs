// Lists source lines longer than 120 characters (Prettier's width; it leaves long strings and comments whole).
// Run by `npm run lint`; exits 1 when any line is over, naming each.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const LIMIT = 120;
const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.js', '*.mjs', '*.css', '*.html'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const over = [];
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if ([...line].length > LIMIT) over.push(`${file}:${i + 1}: ${[...line].length} characters`);
    });
}
if (over.length > 0) {
  console.error(`${over.length} lines are longer than ${LIMIT} characters:\n${over.join('\n')}`);
  process.exit(1);
}
