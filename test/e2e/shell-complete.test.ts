// Listing candidates in the interactive shell (a second Tab), in a real terminal (tmux) against the embedded simulator.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, tempHome } from '../helpers/cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

const PROMPT = '[sim] admin@127.0.0.1 >>> ';

function simShell(): { t: TmuxSession; home: Record<string, string> } {
  const home = tempHome();
  session = new TmuxSession(`${process.execPath} ${BIN} --sim shell`, { ...home, PATH: process.env.PATH ?? '', NO_COLOR: '1', TERM: 'xterm', PAGER: 'cat' });
  return { t: session, home };
}

/** What the shell printed between the line typed (`>>> typed`) and that line drawn again below it. */
function listingAfter(text: string, typed: string): string[] {
  const lines = text.split('\n').map((l) => l.trimEnd());
  const marks = lines.flatMap((l, i) => (l === `${PROMPT}${typed}` ? [i] : []));
  expect(marks.length, text).toBeGreaterThanOrEqual(2);
  const [from, to] = marks.slice(-2);
  return lines.slice(from + 1, to).filter(Boolean);
}

const caseInsensitively = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase());

describe.skipIf(!hasTmux)('Tab Tab in the interactive shell (tmux, embedded simulator)', () => {
  it('lists the UUIDs with the name beside each, sorted by name', async () => {
    const { t, home } = simShell();
    await t.waitFor(/>>> ?$/m);
    // The last VM (vm-0050) is renamed so that it sorts first.
    t.type('QueryVmInstance name=vm-0050 fields=uuid -o value');
    t.keys('Enter');
    const uuid = /^([0-9a-f]{32})$/m.exec(await t.waitFor(/^[0-9a-f]{32}$/m))![1];
    t.type(`UpdateVmInstance uuid=${uuid} name=a-first --query inventory.name`);
    t.keys('Enter');
    await t.waitFor(/^"a-first"\n[\s\S]*>>> ?$/m);
    t.type('StartVmInstance uuid=');
    // The first Tab starts fetching the VMs into the completion cache (nothing is cached in a new home).
    t.keys('Tab');
    const cached = join(home.XDG_STATE_HOME, 'zstack-cli', 'cache', 'sim', 'VmInstance.json');
    for (let i = 0; i < 100 && !existsSync(cached); i++) await new Promise((r) => setTimeout(r, 100));
    t.keys('Tab');
    await t.waitFor(/vm-0049\n.*>>> StartVmInstance uuid=$/m);
    const listed = listingAfter(t.history(), 'StartVmInstance uuid=');
    const rows = listed.map((l) => /^([0-9a-f]{32})  (\S+)$/.exec(l));
    expect(rows.every(Boolean), listed.join('\n')).toBe(true);
    const names = rows.map((m) => m![2]);
    expect(names).toHaveLength(50);
    expect(names).toEqual([...names].sort(caseInsensitively));
    expect(rows[0]!.slice(1)).toEqual([uuid, 'a-first']);
    expect(names.slice(1, 3)).toEqual(['vm-0001', 'vm-0002']);
    // Only the UUID goes into the line: a few characters and Tab complete it.
    t.type(uuid.slice(0, 6));
    t.keys('Tab');
    await t.waitFor(new RegExp(`>>> StartVmInstance uuid=${uuid} ?$`, 'm'));
    t.type(' --query inventory.state');
    t.keys('Enter');
    await t.waitFor(/^"Running"\n[\s\S]*>>> ?$/m);
  });

  it('lists verbs and commands alphabetically, in columns read top to bottom', async () => {
    const { t } = simShell();
    await t.waitFor(/>>> ?$/m);
    t.type('e');
    t.keys('Tab', 'Tab');
    await t.waitFor(/ExpungeVmInstance[\s\S]*>>> e$/m);
    const rows = listingAfter(t.screen(), 'e').map((l) => l.split(/ {2,}/));
    const down = rows[0].flatMap((_, c) => rows.map((r) => r[c]).filter(Boolean));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0].length).toBeGreaterThan(1);
    expect(down).toEqual([...down].sort(caseInsensitively));
    // the shell's `exit` among the verbs, where the alphabet puts it
    expect(down.slice(down.indexOf('exit') - 1, down.indexOf('exit') + 2)).toEqual(['ExecuteGuestVmScript', 'exit', 'ExportBuildApp']);
    expect(down).toEqual(expect.arrayContaining(['EjectZBox', 'ExpungeVmInstance']));
    t.type('xit');
    t.keys('Enter');
  });

  it('counts hundreds of candidates on a second Tab, and lists them on a third', async () => {
    const { t } = simShell();
    await t.waitFor(/>>> ?$/m);
    t.type('Get');
    t.keys('Tab', 'Tab');
    const counted = await t.waitFor(/^(\d+) possibilities: type a few more letters, or press Tab again to list them all\n[\s\S]*>>> Get$/m);
    const n = Number(/^(\d+) possibilities/m.exec(counted)![1]);
    expect(n).toBeGreaterThan(100);
    expect(counted).not.toMatch(/GetVmConsoleAddress/);
    t.keys('Tab');
    await t.waitFor(/^Get\S+ +Get\S+[\s\S]*>>> Get$/m);
    const listed = listingAfter(t.history(), 'Get'); // between the prompt under the count and the one under the listing
    const names = listed.flatMap((l) => l.split(/ {2,}/));
    expect(names).toHaveLength(n);
    expect(names).toContain('GetVmConsoleAddress');
    t.keys('C-u');
    t.type('exit');
    t.keys('Enter');
  });

  it('completes the numbers of kept results for more, with the line that made each', async () => {
    const { t } = simShell();
    await t.waitFor(/>>> ?$/m);
    t.type('QueryZone -o value -c name');
    t.keys('Enter');
    await t.waitFor(/\[result 1\]\n[\s\S]*>>> ?$/m);
    t.type('QueryVmInstance limit=1 -o value -c name');
    t.keys('Enter');
    await t.waitFor(/\[result 2\]\n[\s\S]*>>> ?$/m);
    t.type('more ');
    t.keys('Tab', 'Tab');
    await t.waitFor(/^2 +QueryVmInstance limit=1 -o value -c name\n1 +QueryZone -o value -c name\n[\s\S]*>>> more ?$/m);
    t.type('1');
    t.keys('Tab', 'Enter');
    await t.waitFor(/>>> more 1 ?\nZONE-1\nZONE-2\n/m);
    t.type('exit');
    t.keys('Enter');
  });
});
