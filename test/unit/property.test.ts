// Random tokens: nothing but a request or a clean usage error ever comes out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { parseInvocation } from '../../src/invocation/parse.js';
import { DEFAULT_ENDPOINT } from '../../src/request/endpoint.js';
import { renderCurl, renderDryRun } from '../../src/request/render.js';
import { buildZStackRequest } from '../../src/request/zstack.js';
import { catalog } from '../helpers/build.js';

const verbs = catalog.verbNames();
const pieces = ['=', '!=', '>', '<', '>=', '<=', '?=', '!?=', '~=', '!~=', ' is null', ' not null', '.', ',', '\\,', '[', ']', '{', '}', '"', "'", '%', '&', '+', ' ', 'null', 'true', '__systemTag__', 'vmNics', 'name', 'uuid', 'limit', 'sortBy', 'fields', 'cpuNum', '-1', '1e400', '9007199254740993'];
const token = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((a) => a.join('')),
  fc.tuple(fc.constantFrom('name', 'uuid', 'cpuNum', 'vmNics.ip', 'state', 'password', 'value', 'uuids'), fc.constantFrom(...pieces), fc.string()).map(([a, b, c]) => a + b + c),
);

function attempt(verb: string, args: string[]): void {
  try {
    const inv = parseInvocation(catalog, verb, args);
    const r = buildZStackRequest(inv, DEFAULT_ENDPOINT, { kind: 'session', sessionUuid: 's' });
    JSON.parse(renderDryRun(r));
    renderCurl(r);
    new URL(r.url);
  } catch (e) {
    if (e instanceof CliError && e.kind === 'usage' && e.message.length > 0) return;
    throw e;
  }
}

describe('property: random input', () => {
  it('known verbs with random tokens', () => {
    fc.assert(fc.property(fc.constantFrom(...verbs), fc.array(token, { maxLength: 5 }), (v, args) => attempt(v, args)), { numRuns: 3000 });
  });

  it('random verbs', () => {
    fc.assert(fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (v, args) => attempt(v, args)), { numRuns: 500 });
  });

  it('random conditions on QueryVmInstance never produce a request the server would misread', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 4 }), (args) => {
        try {
          const inv = parseInvocation(catalog, 'QueryVmInstance', args);
          for (const c of inv.conditions) expect(c.field.length).toBeGreaterThan(0);
        } catch (e) {
          if (!(e instanceof CliError && e.kind === 'usage')) throw e;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('names that are also properties of every JavaScript object', () => {
  it('are unknown verbs, fields and profiles, never Object\'s own', async () => {
    const { runCli, tempHome } = await import('../helpers/cli.js');
    const home = tempHome();
    for (const word of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect((await runCli([word, '--dry-run'], home)).stderr).toMatch(new RegExp(`unknown command '${word}'`));
      expect((await runCli(['QueryVmInstance', `${word}.x=1`, '--dry-run'], home)).code).toBe(2);
      expect((await runCli(['--profile', word, 'QueryZone', '--dry-run'], home)).code).toBe(2);
      expect((await runCli(['profile', 'use', word], home)).code).toBe(2);
      expect((await runCli(['profile', 'add', 'lab', `${word}=1`], home)).code).toBe(2);
    }
  });
});

// Seeded (ZSTACK_FUZZ_SEED to replay another run), bounded in time: whole command lines, as typed in the shell, go
// through the same tokenizer and dispatcher as a user's; nothing but a result or a clean error with its exit code.
describe('seeded fuzz of whole command lines', () => {
  const seed = Number(process.env.ZSTACK_FUZZ_SEED ?? 20261201);
  const word = fc.oneof(
    token,
    fc.constantFrom('--dry-run', '--curl', '-o', 'json', 'table', '--query', '-c', '--all', '--page-size', '0', '--timeout', 'x', '--provider', 'eos', 'ac', '--profile', 'sim', 'help', 'profile', 'more', '"', "'", '\\', '=', 'password', '***'),
  );
  const line = fc.tuple(fc.constantFrom(...verbs.slice(0, 400), 'QueryVmInstance', 'UpdateQuota', 'LogIn', 'AddMemberUser', 'call', 'wait', 'help'), fc.array(word, { maxLength: 6 })).map(([v, ws]) => [v, ...ws].join(' '));

  it(`never an internal error or a stack trace (seed ${seed})`, async () => {
    const { runCli, tempHome } = await import('../helpers/cli.js');
    const { tokenize } = await import('../../src/invocation/tokens.js');
    const home = tempHome();
    await fc.assert(
      fc.asyncProperty(line, async (text) => {
        let words: string[];
        try {
          words = tokenize(text);
        } catch (e) {
          expect(e).toBeInstanceOf(CliError);
          return;
        }
        const r = await runCli([...words, '--dry-run'], home);
        expect([0, 1, 2, 3, 4], `${text}: ${r.stderr}`).toContain(r.code);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
      }),
      { seed, numRuns: 1500, interruptAfterTimeLimit: 20_000 },
    );
  }, 60_000);

  it(`history never keeps a secret in any spelling the grammar reads (seed ${seed})`, async () => {
    const { maskSecrets } = await import('../../src/shell/history.js');
    const secret = fc.stringMatching(/^[A-Za-z0-9!#%+,.:@^_~-]{6,16}$/).filter((s) => !s.includes('='));
    const spelling = fc.constantFrom((k: string, v: string) => `${k}=${v}`, (k: string, v: string) => `${k} = ${v}`, (k: string, v: string) => `${k} =${v}`, (k: string, v: string) => `${k}= ${v}`, (k: string, v: string) => `'${k}=${v}'`, (k: string, v: string) => `${k}="${v}"`);
    fc.assert(
      fc.property(fc.constantFrom('password', 'oldPassword', 'accessKeySecret', 'token', 'Password'), secret, spelling, (key, value, spell) => {
        expect(maskSecrets(`CreateAccount name=a ${spell(key, value)} description=d`)).not.toContain(value);
      }),
      { seed, numRuns: 500 },
    );
  });
});
