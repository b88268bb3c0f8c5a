"""Drives ZStack's own Python SDK against the simulator, one case at a time; prints one JSON line per case:
{"case": name, "ok": true|false, "detail": ...}. Run by test/sdk/sdk.test.ts with ZSSDK_PY (the SDK), SIM_PORT (a
demo simulator) and SIM_SHORT_PORT (one whose sessions last 2 seconds). Python's local time must be the node's
(TZ=Asia/Shanghai for a UTC+8 node): the SDK writes its local time into the AccessKey Date header."""
import hashlib
import json
import os
import sys
import time as _time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zssdk_loader  # noqa: E402

zs = zssdk_loader.load(os.environ['ZSSDK_PY'])
PORT = int(os.environ['SIM_PORT'])
SHORT_PORT = int(os.environ['SIM_SHORT_PORT'])
KEY_ID, KEY_SECRET = 'simAdminAccessKey', 'simAdminAccessKeySecret'


def configure(port):
    zs.configure(hostname='127.0.0.1', port=port, context_path='/zstack', polling_interval=0.05)


def sha512(text):
    return hashlib.sha512(text.encode('utf-8')).hexdigest()


def call(action, **params):
    a = getattr(zs, action + 'Action')()
    for k, v in params.items():
        setattr(a, k, v)
    return a.call()


def value(result):
    """The answer of a call that must succeed, as plain data."""
    if result.error is not None:
        raise AssertionError('API error: %s %s %s' % (result.error.code, result.error.description, result.error.details))
    return as_data(result.value)


def as_data(obj):
    if isinstance(obj, list):
        return [as_data(x) for x in obj]
    if isinstance(obj, zs.Obj):
        return {k: as_data(v) for k, v in vars(obj).items()}
    return obj


def error_code(result):
    """The server's error code: the SDK reports a first answer that is not 2xx as sdk.1000 with the raw body in
    details; a failed job's error comes parsed."""
    e = result.error
    assert e is not None, 'expected an error, got %s' % as_data(result.value)
    if e.code == 'sdk.1000':
        details = e.details.decode() if isinstance(e.details, bytes) else e.details
        try:
            return json.loads(details)['error']['code']
        except ValueError:
            return 'HTTP %s: %s' % (e.description, details)
    return e.code


def login(name='admin', password='password'):
    return value(call('LogInByAccount', accountName=name, password=sha512(password)))['inventory']['uuid']


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def login_by_account():
    s = value(call('LogInByAccount', accountName='admin', password=sha512('password')))['inventory']
    assert len(s['uuid']) == 32 and s['accountUuid'], s


@case
def login_by_user():
    admin = login()
    value(call('CreateUser', name='sdk-user', password=sha512('pw'), sessionId=admin))
    s = value(call('LogInByUser', accountName='admin', userName='sdk-user', password=sha512('pw')))['inventory']
    assert s['userUuid'] != s['accountUuid'], s


@case
def login_wrong_password():
    assert error_code(call('LogInByAccount', accountName='admin', password=sha512('wrong'))) == 'ID.1000'


def all_vms(session):
    return value(call('QueryVmInstance', conditions=[], limit=1000, sessionId=session))['inventories']


@case
def query_each_operator():
    s = login()
    vms = all_vms(s)
    name = vms[0]['name']
    expect = {
        'name=%s' % name: lambda v: v['name'] == name,
        'name!=%s' % name: lambda v: v['name'] != name,
        'cpuNum>1': lambda v: v['cpuNum'] > 1,
        'cpuNum<4': lambda v: v['cpuNum'] < 4,
        'cpuNum>=2': lambda v: v['cpuNum'] >= 2,
        'cpuNum<=2': lambda v: v['cpuNum'] <= 2,
        'name?=%s,%s' % (vms[0]['name'], vms[1]['name']): lambda v: v['name'] in (vms[0]['name'], vms[1]['name']),
        'name!?=%s,%s' % (vms[0]['name'], vms[1]['name']): lambda v: v['name'] not in (vms[0]['name'], vms[1]['name']),
        'name~=%s%%' % name[:3]: lambda v: v['name'].lower().startswith(name[:3].lower()),
        'name!~=%s%%' % name[:3]: lambda v: not v['name'].lower().startswith(name[:3].lower()),
        'hostUuid is null': lambda v: v.get('hostUuid') is None,
        'hostUuid not null': lambda v: v.get('hostUuid') is not None,
    }
    for cond, test in expect.items():
        got = sorted(v['uuid'] for v in value(call('QueryVmInstance', conditions=[cond], sessionId=s))['inventories'])
        want = sorted(v['uuid'] for v in vms if test(v))
        assert got == want, '%s: %d rows, expected %d' % (cond, len(got), len(want))


@case
def query_cross_resource():
    s = login()
    l3 = value(call('QueryL3Network', conditions=[], limit=1, sessionId=s))['inventories'][0]
    got = value(call('QueryVmInstance', conditions=['vmNics.l3NetworkUuid=%s' % l3['uuid']], sessionId=s))['inventories']
    assert got and all(any(n['l3NetworkUuid'] == l3['uuid'] for n in v['vmNics']) for v in got)


@case
def query_limit_start():
    s = login()
    vms = all_vms(s)
    page = value(call('QueryVmInstance', conditions=[], limit=3, start=2, sessionId=s))['inventories']
    assert [v['uuid'] for v in page] == [v['uuid'] for v in vms[2:5]]


@case
def query_count():
    s = login()
    r = value(call('QueryVmInstance', conditions=[], count=True, sessionId=s))
    assert r.get('total') == 50 and r.get('inventories') is None, r


@case
def query_reply_with_count():
    s = login()
    r = value(call('QueryVmInstance', conditions=['state=Running'], replyWithCount=True, limit=5, sessionId=s))
    assert r['total'] >= len(r['inventories']) == 5, r


@case
def query_sort():
    s = login()
    for direction in ('asc', 'desc'):
        names = [v['name'] for v in value(call('QueryVmInstance', conditions=[], sortBy='name', sortDirection=direction, sessionId=s))['inventories']]
        assert names == sorted(names, reverse=direction == 'desc'), direction
    names = [v['name'] for v in value(call('QueryVmInstance', conditions=[], sortBy='name', sessionId=s))['inventories']]
    assert names == sorted(names)


@case
def query_fields():
    s = login()
    rows = value(call('QueryVmInstance', conditions=[], fields=['uuid', 'name'], limit=5, sessionId=s))['inventories']
    assert all(sorted(r) == ['name', 'uuid'] for r in rows), rows[0]


@case
def query_group_by():
    s = login()
    assert len(value(call('QueryVmInstance', conditions=[], groupBy='name', limit=4, sessionId=s))['inventories']) == 4


@case
def query_by_uuid_and_tags():
    s = login()
    vm = all_vms(s)[0]
    value(call('CreateUserTag', resourceType='VmInstanceVO', resourceUuid=vm['uuid'], tag='sdk-tag', sessionId=s))
    got = value(call('QueryVmInstance', conditions=['__userTag__=sdk-tag'], sessionId=s))['inventories']
    assert [v['uuid'] for v in got] == [vm['uuid']]


@case
def async_create_zone():
    s = login()
    z = value(call('CreateZone', name='sdk-zone', description='made by zssdk', sessionId=s))['inventory']
    assert z['name'] == 'sdk-zone' and z['state'] == 'Enabled', z


@case
def async_vm_lifecycle():
    s = login()
    image = value(call('QueryImage', conditions=[], limit=1, sessionId=s))['inventories'][0]['uuid']
    l3 = value(call('QueryL3Network', conditions=[], limit=1, sessionId=s))['inventories'][0]['uuid']
    offering = value(call('QueryInstanceOffering', conditions=[], limit=1, sessionId=s))['inventories'][0]['uuid']
    vm = value(call('CreateVmInstance', name='sdk-vm', imageUuid=image, l3NetworkUuids=[l3], instanceOfferingUuid=offering, sessionId=s))['inventory']
    assert len(vm['vmNics']) == 1 and len(vm['allVolumes']) == 1 and vm['vmCdRoms'] == [], vm
    for action, state in (('StopVmInstance', 'Stopped'), ('StopVmInstance', 'Stopped'), ('StartVmInstance', 'Running'), ('StartVmInstance', 'Running')):
        got = value(call(action, uuid=vm['uuid'], sessionId=s))['inventory']
        assert got['state'] == state and 'vmNics' in got and 'allVolumes' in got, (action, got)
    value(call('DestroyVmInstance', uuid=vm['uuid'], sessionId=s))
    assert error_code(call('RebootVmInstance', uuid=vm['uuid'], sessionId=s)) == 'VM.1003'


def account_uuid(s, name):
    return value(call('QueryAccount', conditions=['name=%s' % name], sessionId=s))['inventories'][0]['uuid']


@case
def share_and_revoke():
    s = login()
    alice = login('alice')
    image = value(call('QueryImage', conditions=[], sessionId=s))['inventories'][-1]['uuid']
    seen = lambda: [i['uuid'] for i in value(call('QueryImage', conditions=['uuid=%s' % image], sessionId=alice))['inventories']]
    value(call('RevokeResourceSharing', resourceUuids=[image], all=True, sessionId=s))
    assert seen() == []
    value(call('ShareResource', resourceUuids=[image], accountUuids=[account_uuid(s, 'alice')], sessionId=s))
    assert seen() == [image]
    value(call('RevokeResourceSharing', resourceUuids=[image], accountUuids=[account_uuid(s, 'alice')], sessionId=s))
    assert seen() == []


@case
def quota_exceeded():
    s = login()
    bob = login('bob')
    bob_uuid = account_uuid(s, 'bob')
    value(call('UpdateQuota', identityUuid=bob_uuid, name='l3.num', value=0, sessionId=s))
    l2 = value(call('QueryL2Network', conditions=[], limit=1, sessionId=s))['inventories'][0]['uuid']
    value(call('ShareResource', resourceUuids=[l2], accountUuids=[bob_uuid], sessionId=s))
    assert error_code(call('CreateL3Network', name='bob-l3', l2NetworkUuid=l2, sessionId=bob)) == 'ID.1003'
    quota = value(call('QueryQuota', conditions=['identityUuid=%s' % bob_uuid, 'name=l3.num'], sessionId=s))['inventories']
    assert quota[0]['value'] == 0, quota


@case
def session_expiry():
    configure(SHORT_PORT)
    try:
        s = login()
        assert value(call('QueryZone', conditions=[], sessionId=s))['inventories'] is not None
        _time.sleep(2.5)
        assert error_code(call('QueryZone', conditions=[], sessionId=s)) == 'ID.1001'
        assert error_code(call('CreateZone', name='late', sessionId=s)) == 'ID.1001'
    finally:
        configure(PORT)


@case
def validate_and_log_out():
    s = login()
    assert value(call('ValidateSession', sessionUuid=s))['valid'] is True
    assert value(call('LogOut', sessionUuid=s)) == {}
    assert value(call('ValidateSession', sessionUuid=s))['valid'] is False
    assert error_code(call('QueryZone', conditions=[], sessionId=s)) == 'ID.1001'
    assert value(call('LogOut', sessionUuid='0' * 32)) == {}


@case
def access_key_query():
    zones = value(call('QueryZone', conditions=[], accessKeyId=KEY_ID, accessKeySecret=KEY_SECRET))['inventories']
    assert len(zones) >= 2, zones


@case
def access_key_async_create():
    z = value(call('CreateZone', name='ak-zone', accessKeyId=KEY_ID, accessKeySecret=KEY_SECRET))['inventory']
    assert z['name'] == 'ak-zone', z


@case
def access_key_skewed_clock():
    class Skewed(object):
        def time(self):
            return _time.time() - 20 * 60

        def __getattr__(self, name):
            return getattr(_time, name)

    zs.time = Skewed()
    try:
        code = error_code(call('QueryZone', conditions=[], accessKeyId=KEY_ID, accessKeySecret=KEY_SECRET))
        assert code.startswith('HTTP the http status code[403]'), code
    finally:
        zs.time = _time


@case
def access_key_wrong_secret():
    code = error_code(call('QueryZone', conditions=[], accessKeyId=KEY_ID, accessKeySecret='wrong'))
    assert code.startswith('HTTP the http status code[403]'), code


def main():
    configure(PORT)
    only = sys.argv[1:]
    for fn in CASES:
        if only and fn.__name__ not in only:
            continue
        try:
            fn()
            out = {'case': fn.__name__, 'ok': True}
        except Exception as e:  # every failure is reported, the run goes on
            out = {'case': fn.__name__, 'ok': False, 'detail': '%s: %s' % (type(e).__name__, e), 'trace': traceback.format_exc()}
        print(json.dumps(out), flush=True)


main()
