#!/usr/bin/env python3
"""The checks of Tools/server-nginx.sh: concurrent writers through the balancer.

    server-nginx-check.py BALANCER_PORT INSTANCE1_PORT INSTANCE2_PORT TOKEN
"""
import json
import sys
import threading
import urllib.error
import urllib.request

balancer, first, second, token = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]


def call(port, method, path, body=None, headers=None):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
    request.add_header("Authorization", f"Bearer {token}")
    request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers.get("ETag"), json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("ETag"), json.loads(error.read() or b"{}")


status, _, page = call(balancer, "GET", "/api/v1/risks?limit=1")
assert status == 200, page
risk = page["items"][0]["id"]
path = f"/api/v1/risks/{risk}"

# 1. Sixteen writers at once with the same ETag: exactly one wins, fifteen get 412.
_, tag, _ = call(balancer, "GET", path)
results = []
def racer(number):
    results.append(call(balancer, "PATCH", path, {"mitigation": f"racer {number}"}, {"If-Match": tag})[0])
threads = [threading.Thread(target=racer, args=(n,)) for n in range(16)]
for thread in threads: thread.start()
for thread in threads: thread.join()
assert sorted(results) == [200] + [412] * 15, f"statuses {sorted(results)}"
print(f"server-nginx: 16 writers with one ETag: 1 × 200, 15 × 412")

# 2. Two read-modify-write loops through the balancer, retrying on 412: no lost update.
call(balancer, "PATCH", path, {"mitigation": "0"}, {"If-Match": call(balancer, "GET", path)[1]})
refused = [0]
def incrementer():
    for _ in range(15):
        while True:
            _, tag, record = call(balancer, "GET", path)
            status, _, _ = call(balancer, "PATCH", path, {"mitigation": str(int(record["mitigation"]) + 1)},
                                {"If-Match": tag})
            if status == 200:
                break
            assert status == 412, status
            refused[0] += 1
workers = [threading.Thread(target=incrementer) for _ in range(2)]
for worker in workers: worker.start()
for worker in workers: worker.join()
for port in (first, second):
    _, _, record = call(port, "GET", path)
    assert record["mitigation"] == "30", f"instance on {port} reads {record['mitigation']}, expected 30"
print(f"server-nginx: 30 increments by two writers, {refused[0]} refused with 412 and retried, none lost; "
      "both instances read 30")
