// Regenerates src/complete/scripts.ts from completions/zstack-cli.{bash,zsh,fish}, the files people edit and test.
// Run after changing a script:  node test/complete/update-scripts.mjs   (test/complete/cli.test.ts checks they match)
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (shell) => readFileSync(new URL(`completions/zstack-cli.${shell}`, root), 'utf8');
const body = ['bash', 'zsh', 'fish'].map((s) => `  ${s}: ${JSON.stringify(read(s))},`).join('\n');
writeFileSync(
  new URL('src/complete/scripts.ts', root),
  `// GENERATED from completions/zstack-cli.{bash,zsh,fish} by test/complete/update-scripts.mjs: edit those files, then rerun it.
// The scripts that \`zstack-cli completion <shell>\` prints; the committed files are the same text.
export const COMPLETION_SCRIPTS: Readonly<Record<'bash' | 'zsh' | 'fish', string>> = {
${body}
};
`,
);
