// Server text as the tool shows it, the limits of requests and answers, and the JSON depth check: pure rooms.
import { describe, expect, it } from 'vitest';
import { SERVER_TEXT_LIMIT, serverText, visible } from '../../src/output/server-text.js';
import { rowSplitter } from '../../src/transport/json-stream.js';
import { commandDeadline, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_REQUEST_TIMEOUT_S, formatSeconds, formatSize, limitsFor, parseSize, requestDeadline } from '../../src/transport/limits.js';
import { nestedBeyond, parseAnswer } from '../../src/transport/reply.js';

describe('visible', () => {
  it('escapes every character that could drive a terminal, and nothing else', () => {
    expect(visible('a\x1b[2Jb')).toBe('a\\e[2Jb');
    expect(visible('\x1b]0;title\x07')).toBe('\\e]0;title\\x07');
    expect(visible('line\r\nnext\tcol')).toBe('line\\r\\nnext\\tcol');
    expect(visible('\x00\x7f\x9b\x85')).toBe('\\x00\\x7f\\x9b\\x85');
    expect(visible('\u202eevil\u2066\u2028')).toBe('\\u{202e}evil\\u{2066}\\u{2028}');
    expect(visible('plain ASCII, 中文, émoji 🙂, C:\\path')).toBe('plain ASCII, 中文, émoji 🙂, C:\\path');
  });

  it('keepLines leaves newlines and tabs to text the tool laid out itself', () => {
    expect(visible('a\nb\tc\x1b\r', true)).toBe('a\nb\tc\\e\\r');
  });
});

describe('serverText', () => {
  it('is one escaped line, cut at the limit with how much was left out, or all of it with full', () => {
    expect(serverText('  short\n')).toBe('short');
    const long = 'y'.repeat(SERVER_TEXT_LIMIT + 1234);
    expect(serverText(long)).toBe(`${'y'.repeat(SERVER_TEXT_LIMIT)}... (1234 more characters; --debug shows them all)`);
    expect(serverText(long, true)).toBe(long);
    expect(serverText('a\nb\x1b')).toBe('a\\nb\\e');
  });

  it('never cuts a surrogate pair in two', () => {
    const text = `${'y'.repeat(SERVER_TEXT_LIMIT - 1)}🙂${'z'.repeat(10)}`;
    expect(serverText(text)).toBe(`${'y'.repeat(SERVER_TEXT_LIMIT - 1)}... (12 more characters; --debug shows them all)`);
  });

  it('shows values that are not strings as JSON, and nothing for none', () => {
    expect(serverText({ a: 1 })).toBe('{"a":1}');
    expect(serverText(42)).toBe('42');
    expect(serverText(undefined)).toBe('');
    expect(serverText(null)).toBe('');
  });

  it('summarises an HTML page to its title (entities decoded, escaped), or says it has none', () => {
    expect(serverText('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>...</body></html>')).toBe('an HTML page titled "502 Bad Gateway"');
    expect(serverText('<html>\n<head>\n<TITLE>\n Error &amp; more &#x1b;[2J\n</TITLE>')).toBe('an HTML page titled "Error & more \\e[2J"');
    expect(serverText('<html><body><h1>Service <b>Unavailable</b></h1></body></html>')).toBe('an HTML page titled "Service Unavailable"');
    expect(serverText('<html><body>oops</body></html>')).toBe('an HTML page without a title');
    expect(serverText('<?xml version="1.0"?>\n<html><title>x</title>')).toBe('an HTML page titled "x"');
    expect(serverText('<not html> text')).toBe('<not html> text');
  });
});

describe('limits', () => {
  it('the default for one request applies without --timeout; --timeout alone bounds a command; timeout= and ZSTACK_REQUEST_TIMEOUT each request', () => {
    const none = limitsFor({}, undefined);
    expect(none.request).toMatchObject({ ms: DEFAULT_REQUEST_TIMEOUT_S * 1000, label: `the default limit of ${DEFAULT_REQUEST_TIMEOUT_S} s for one request` });
    expect(none.maxResponseBytes).toBe(DEFAULT_MAX_RESPONSE_BYTES);
    const deadline = commandDeadline(3, 1000);
    expect(deadline).toMatchObject({ at: 4000, label: '--timeout 3 (the whole command)' });
    expect(limitsFor({}, deadline)).toEqual({ deadline, maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES });
    expect(limitsFor({ ZSTACK_REQUEST_TIMEOUT: '7' }, deadline).request).toMatchObject({ ms: 7000, label: 'ZSTACK_REQUEST_TIMEOUT=7 (one request)' });
    expect(limitsFor({ ZSTACK_REQUEST_TIMEOUT: '7' }, undefined, 2).request).toMatchObject({ ms: 2000, label: 'timeout=2 (one request)' });
    expect(() => limitsFor({ ZSTACK_REQUEST_TIMEOUT: '0' }, undefined)).toThrow(/not a number of seconds/);
    expect(limitsFor({ ZSTACK_MAX_RESPONSE: '256M' }, undefined).maxResponseBytes).toBe(256 * 1024 * 1024);
  });

  it('a request ends by the earlier of its own limit and the command deadline', () => {
    const limits = limitsFor({ ZSTACK_REQUEST_TIMEOUT: '10' }, commandDeadline(3, 0));
    expect(requestDeadline(limits, 0)).toMatchObject({ at: 3000, label: '--timeout 3 (the whole command)' });
    expect(requestDeadline(limits, -8000)).toMatchObject({ at: 2000, label: 'ZSTACK_REQUEST_TIMEOUT=10 (one request)' });
    expect(requestDeadline({}, 0).at).toBe(DEFAULT_REQUEST_TIMEOUT_S * 1000);
  });

  it('sizes are read with K, M and G and shown in binary units', () => {
    expect(parseSize('65536', 'x')).toBe(65536);
    expect(parseSize('512K', 'x')).toBe(512 * 1024);
    expect(parseSize('64MiB', 'x')).toBe(64 * 1024 ** 2);
    expect(parseSize('1g', 'x')).toBe(1024 ** 3);
    for (const bad of ['', '0', '-1', '1T', 'lots', '1.5M']) expect(() => parseSize(bad, 'ZSTACK_MAX_RESPONSE')).toThrow(/ZSTACK_MAX_RESPONSE: .* is not a size/);
    expect(formatSize(64 * 1024 ** 2)).toBe('64 MiB');
    expect(formatSize(1000)).toBe('1000 bytes');
    expect(formatSeconds(940)).toBe('0.9');
    expect(formatSeconds(301_000)).toBe('301');
  });
});

describe('JSON nesting', () => {
  it('counts arrays and objects inside one another, not brackets in strings', () => {
    expect(nestedBeyond('[[[]]]', 3)).toBe(false);
    expect(nestedBeyond('[[[[]]]]', 3)).toBe(true);
    expect(nestedBeyond('{"a":"[[[[[[","b":[1]}', 3)).toBe(false);
    expect(nestedBeyond('{"a":"\\"[[[[\\\\","b":[[[[1]]]]}', 3)).toBe(true);
    expect(nestedBeyond('[{"x":[1]},{"y":[2]},{"z":[3]}]', 3)).toBe(false);
  });

  it('parseAnswer refuses JSON nested more than 512 levels deep, and parses the rest', () => {
    expect(() => parseAnswer(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toThrow(/nested more than 512 levels deep/);
    expect(parseAnswer(`${'['.repeat(500)}${']'.repeat(500)}`)).toBeInstanceOf(Array);
    expect(parseAnswer('{"a":"[[[["}')).toEqual({ a: '[[[[' });
  });

  it('the row splitter keeps to its limits of depth and size', () => {
    const deep = rowSplitter('inventories', [], { maxDepth: 10, maxChars: 1000 });
    expect(() => deep.push(`{"inventories":[${'['.repeat(20)}`)).toThrow(SyntaxError);
    const big = rowSplitter('inventories', [], { maxDepth: 10, maxChars: 1000 });
    expect(big.push(`{"inventories":[{"a":"${'x'.repeat(500)}"},`)).toHaveLength(1);
    expect(() => big.push(`{"a":"${'x'.repeat(1500)}`)).toThrow(RangeError);
    const rest = rowSplitter('inventories', [], { maxDepth: 10, maxChars: 1000 });
    expect(() => rest.push(`{"other":"${'x'.repeat(1500)}"`)).toThrow(RangeError);
  });
});
