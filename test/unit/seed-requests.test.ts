// For every API in the seeds: the request built from the seed's example values equals the seed's curl example.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixtures as billing } from '../fixtures/seed-billing.js';
import { fixtures as consoleFixtures } from '../fixtures/seed-console.js';
import { fixtures as identity } from '../fixtures/seed-identity.js';
import { fixtures as ldap } from '../fixtures/seed-ldap.js';
import { fixtures as query } from '../fixtures/seed-query.js';
import { fixtures as scheduler } from '../fixtures/seed-scheduler.js';
import type { SeedRequestFixture } from '../fixtures/types.js';
import { catalog, decodedPath, req } from '../helpers/build.js';

const all: SeedRequestFixture[] = [...identity, ...billing, ...scheduler, ...ldap, ...consoleFixtures, ...query];
// The 69 API headings of seed 002, in order (the seed's DeleleSchedulerTrigger is DeleteSchedulerTrigger).
const SEED_002_VERBS = `CreateAccount DeleteAccount QueryAccount UpdateAccount LogInByAccount GetAccountQuotaUsage QueryAccountResourceRef
ShareResource CreateUserGroup DeleteUserGroup QueryUserGroup UpdateUserGroup AddUserToGroup AttachPolicyToUserGroup
DetachPolicyFromUserGroup RemoveUserFromGroup CreateUser DeleteUser QueryUser UpdateUser LogInByUser AttachPolicyToUser
DetachPolicyFromUser AttachPoliciesToUser DetachPoliciesFromUser CreatePolicy DeletePolicy QueryPolicy QueryQuota UpdateQuota
GetResourceNames QuerySharedResource RevokeResourceSharing ChangeResourceOwner CheckApiPermission ValidateSession RenewSession
LogOut CreateResourcePrice DeleteResourcePrice QueryResourcePrice CalculateAccountSpending CreateSchedulerTrigger
DeleteSchedulerTrigger QuerySchedulerTrigger UpdateSchedulerTrigger AddSchedulerJobToSchedulerTrigger
RemoveSchedulerJobFromSchedulerTrigger CreateSchedulerJob DeleteSchedulerJob QuerySchedulerJob UpdateSchedulerJob
GetNoTriggerSchedulerJobs ChangeSchedulerState AddLdapServer DeleteLdapServer QueryLdapServer UpdateLdapServer
CreateLdapBinding DeleteLdapBinding QueryLdapBinding CleanInvalidLdapBinding LogInByLdap GetLdapEntry
GetCandidateLdapEntryForBinding RequestConsoleAccess QueryConsoleProxyAgent ReconnectConsoleProxyAgent UpdateConsoleProxyAgent`.split(/\s+/);

const sha512 = (s: string) => createHash('sha512').update(s).digest('hex');

/** The seeds show plain passwords; the wire carries the SHA-512 digest of the sha512-marked ones. */
function expectedBody(f: SeedRequestFixture): unknown {
  if (!f.body || typeof f.body !== 'object') return f.body;
  const api = catalog.find(f.verb)!;
  const body = structuredClone(f.body) as Record<string, Record<string, unknown>>;
  const inner = api.bodyKey ? body[api.bodyKey] : undefined;
  for (const p of api.params) if (p.password === 'sha512' && inner && typeof inner[p.name] === 'string') inner[p.name] = sha512(inner[p.name] as string);
  return body;
}

describe('seed curl examples', () => {
  it.each(all.map((f) => [`${f.verb} ${f.args.join(' ')}`, f] as const))('%s', (_, f) => {
    const r = req(f.verb, ...f.args);
    expect(r.method).toBe(f.method);
    expect(decodedPath(r)).toBe(f.path);
    expect(r.body).toEqual(expectedBody(f));
  });

  it('covers every API of seed 002 (69 verbs) and each is in the catalog', () => {
    const covered = new Set(all.map((f) => f.verb));
    expect(SEED_002_VERBS).toHaveLength(69);
    for (const v of SEED_002_VERBS) {
      expect(catalog.find(v), v).toBeDefined();
      expect(covered.has(v), `fixture for ${v}`).toBe(true);
    }
  });
});
