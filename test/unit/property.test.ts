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
