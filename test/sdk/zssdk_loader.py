"""Loads ZStack's Python SDK (zssdk.py, as a management node ships it: the runtime plus the generated *Action classes)
under Python 3 without changing the file. The SDK is Python 2 code; the shims below are the least that lets it run,
all applied in memory at load time:
  1. `print x` statements -> print(x) calls (a regex over the source; there are four);
  2. `import sha` (unused) -> a stand-in module;
  3. `long` -> int in the module namespace (the SDK tests isinstance(value, long) for every parameter);
  4. AccessKey signing passes str to hmac.new and formats base64.b64encode's result into the header: the module's
     `hmac` and `base64` are wrapped so str becomes UTF-8 bytes and the base64 digest text, as under Python 2;
  5. urllib3: used when installed, else a small stand-in on http.client (PoolManager.request, util.retry.Retry).
The SDK's own request logging is silenced (`quiet`)."""
import base64 as _base64
import hashlib
import hmac as _hmac
import re
import sys
import types


def _install_sha():
    if 'sha' not in sys.modules:
        m = types.ModuleType('sha')
        m.new = m.sha = hashlib.sha1
        sys.modules['sha'] = m


def _install_urllib3_standin():
    try:
        import urllib3  # noqa: F401
        return
    except ImportError:
        pass
    import http.client
    from urllib.parse import urlsplit

    class Response(object):
        def __init__(self, status, data, headers):
            self.status, self.data, self.headers = status, data, headers

    class PoolManager(object):
        def __init__(self, timeout=None, retries=None, **kw):
            self.timeout = timeout

        def request(self, method, url, body=None, headers=None, **kw):
            u = urlsplit(url)
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=self.timeout)
            # The SDK does not encode query values; http.client refuses a raw space.
            target = (u.path + ('?' + u.query if u.query else '')).replace(' ', '%20')
            conn.request(method, target, body=body, headers={k: str(v) for k, v in (headers or {}).items()})
            r = conn.getresponse()
            data = r.read()
            conn.close()
            return Response(r.status, data, dict(r.getheaders()))

    class Retry(object):
        def __init__(self, total=None, **kw):
            self.total = total

    u3, util, retry = types.ModuleType('urllib3'), types.ModuleType('urllib3.util'), types.ModuleType('urllib3.util.retry')
    retry.Retry, util.retry, u3.util, u3.PoolManager = Retry, retry, util, PoolManager
    sys.modules.update({'urllib3': u3, 'urllib3.util': util, 'urllib3.util.retry': retry})


class _Hmac(object):
    def new(self, key, msg=None, digestmod=None):
        enc = lambda x: x.encode('utf-8') if isinstance(x, str) else x
        return _hmac.new(enc(key), enc(msg) if msg is not None else None, digestmod)

    def __getattr__(self, name):
        return getattr(_hmac, name)


class _Base64(object):
    def b64encode(self, s, altchars=None):
        return _base64.b64encode(s, altchars).decode('ascii')

    def __getattr__(self, name):
        return getattr(_base64, name)


def load(path, quiet=True):
    _install_sha()
    _install_urllib3_standin()
    with open(path) as f:
        src = re.sub(r'^(\s*)print (.+?)\s*$', lambda m: '%sprint(%s)' % (m.group(1), m.group(2)), f.read(), flags=re.M)
    mod = types.ModuleType('zssdk')
    mod.__file__ = path
    mod.long = int
    sys.modules['zssdk'] = mod
    exec(compile(src, path, 'exec'), mod.__dict__)
    mod.hmac = _Hmac()
    mod.base64 = _Base64()
    if quiet:
        mod.print = lambda *a, **k: None
    if not hasattr(mod, 'QueryZoneAction'):
        raise SystemExit('%s has no action classes: point ZSSDK_PY at the zssdk.py a management node ships' % path)
    return mod
