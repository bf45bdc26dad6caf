#!/usr/bin/env python3
"""The benchmark's helpers: waiting for the seeded councils' imports, preparing what the load scripts send (a token,
a plan and open actions per council), counting statements per request at the database, and running the workloads
with wrk. Called by the bench/ scripts; see bench/README.md."""
import argparse
import base64
import http.client
import json
import os
import random
import re
import subprocess
import sys
import time
import urllib.parse

SECRET = "local-demo-secret"


class Api:
    """A keep-alive HTTP client for the platform's API."""

    def __init__(self, base):
        url = urllib.parse.urlparse(base)
        self.host, self.port = url.hostname, url.port
        self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)

    def call(self, method, path, token=None, body=None, headers=None):
        all_headers = dict(headers or {})
        if token:
            all_headers["Authorization"] = "Bearer " + token
        if body is not None:
            all_headers["Content-Type"] = "application/json"
            body = json.dumps(body)
        for attempt in range(2):
            try:
                self.connection.request(method, path, body=body, headers=all_headers)
                response = self.connection.getresponse()
                data = response.read()
                return response.status, data
            except (http.client.HTTPException, ConnectionError):
                self.connection.close()
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt == 1:
                    raise
        raise AssertionError("unreachable")

    def json(self, method, path, token=None, body=None):
        status, data = self.call(method, path, token, body)
        if status >= 400:
            raise RuntimeError("%s %s answered %d: %s" % (method, path, status, data[:300]))
        return json.loads(data) if data else None

    def token(self, client):
        basic = base64.b64encode(("%s:%s" % (client, SECRET)).encode()).decode()
        self.connection.request("POST", "/oauth2/token", body="grant_type=client_credentials",
                                headers={"Authorization": "Basic " + basic,
                                         "Content-Type": "application/x-www-form-urlencoded"})
        response = self.connection.getresponse()
        data = response.read()
        if response.status != 200:
            raise RuntimeError("no token for %s: %d %s" % (client, response.status, data[:200]))
        return json.loads(data)["access_token"]


def councils_of(path):
    return [line.strip() for line in open(path) if line.strip()]


def imported(api, token, slug):
    """Whether the council's starter files are all in: strategy, pledges, alliance, consultations, figures."""
    base = "/api/councils/" + slug
    dashboard = api.json("GET", base + "/dashboard", token)
    return (api.json("GET", base + "/strategies", token)["content"]
            and dashboard["tiles"]
            and api.json("GET", base + "/pledge-sets", token)["content"]
            and api.json("GET", base + "/governance-bodies", token)
            and api.json("GET", base + "/consultations", token)["content"])


def wait_imported(args):
    api = Api(args.base)
    waiting = councils_of(args.councils)
    total = len(waiting)
    started = time.time()
    tokens = {}
    while waiting:
        still = []
        for slug in waiting:
            if slug not in tokens:
                tokens[slug] = api.token(slug + "-officer")
            if not imported(api, tokens[slug], slug):
                still.append(slug)
        if still:
            print("starter files imported for %d of %d councils" % (total - len(still), total), flush=True)
            time.sleep(2)
        waiting = still
        if time.time() - started > args.limit:
            sys.exit("imports not finished after %d s" % args.limit)
    print("starter files imported for all %d councils" % total)


def prepare(args):
    """Writes work/targets.lua: per council its officer's token, its current plan and its open actions."""
    api = Api(args.base)
    lines = ["targets = {"]
    for slug in councils_of(args.councils):
        token = api.token(slug + "-officer")
        base = "/api/councils/" + slug
        strategy = api.json("GET", base + "/strategies", token)["content"][0]
        plans = api.json("GET", base + "/strategies/%d/action-plans" % strategy["id"], token)
        plan = plans[-1]["id"]
        actions = api.json("GET", base + "/action-plans/%d/actions" % plan, token)["content"]
        open_actions = [a["id"] for a in actions if a["status"] in ("NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK")]
        if not open_actions:
            continue
        lines.append('  { slug = "%s", token = "%s", plan = %d, actions = { %s } },'
                     % (slug, token, plan, ", ".join(str(a) for a in open_actions)))
    lines.append("}")
    with open(args.out, "w") as out:
        out.write("\n".join(lines) + "\n")
    print("targets for %d councils in %s" % (len(lines) - 2, args.out))


STATUS = ["Questions", "Com_change_db", "Com_set_option", "Com_commit", "Com_rollback"]


def server_status(client):
    output = subprocess.run(client + ["-e", "show global status where Variable_name in (%s)"
                                      % ", ".join("'%s'" % name for name in STATUS)],
                            check=True, capture_output=True, text=True).stdout
    values = {}
    for line in output.splitlines():
        name, value = line.split("\t")
        values[name] = int(value)
    return values


def statements(args):
    """Statements per request of each endpoint, from the server's counters around N sequential requests."""
    targets = parse_targets(args.targets)
    client = args.client.split()
    api = Api(args.base)
    base = "/api/councils/{slug}"
    endpoints = [
        ("GET /api/councils/{c}", "GET", base, None),
        ("GET dashboard", "GET", base + "/dashboard", None),
        ("GET actions of a plan", "GET", base + "/action-plans/{plan}/actions", None),
        ("GET one action", "GET", base + "/actions/{action}", None),
        ("GET indicators", "GET", base + "/indicators", None),
        ("POST progress", "POST", base + "/actions/{action}/progress",
         {"narrative": "Benchmark progress update", "status": "ON_TRACK", "percentComplete": 50}),
        ("GET partnership comparison (%d councils)" % len(targets), "GET",
         "/api/partnerships/bench-all/comparison", None),
    ]
    analyst = api.token("bench-all-analyst")
    print("| request | statements | of which `USE` | `SET` | commit/rollback |")
    print("|---|---|---|---|---|")
    # What the server counts with nobody asking anything (the registry's change counter, polled each second).
    quiet = server_status(client)
    started = time.time()
    time.sleep(3)
    idle_per_second = {k: (v - quiet[k]) / (time.time() - started) for k, v in server_status(client).items()}
    for name, method, template, body in endpoints:
        token = analyst if "partnership" in name else None
        # Each request for another council, as under load: a pooled connection is rarely on the council's schema.
        calls = []
        for i in range(args.requests):
            target = targets[i % len(targets)]
            path = template.replace("{slug}", target["slug"]).replace("{plan}", str(target["plan"])) \
                .replace("{action}", str(target["actions"][0]))
            calls.append((path, token or target["token"]))
        api.call(method, calls[0][0], calls[0][1], body)
        time.sleep(0.5)
        before = server_status(client)
        began = time.time()
        for path, token in calls:
            status, data = api.call(method, path, token, body)
            if status >= 400:
                sys.exit("%s %s answered %d: %s" % (method, path, status, data[:300]))
        time.sleep(0.5)  # anything a write starts after answering
        after = server_status(client)
        elapsed = time.time() - began
        per = {k: max(0.0, (after[k] - before[k] - idle_per_second[k] * elapsed - 1) / args.requests) for k in STATUS}
        print("| %s | %.1f | %.1f | %.1f | %.1f |" % (name, per["Questions"], per["Com_change_db"],
                                                   per["Com_set_option"], per["Com_commit"] + per["Com_rollback"]))


def parse_targets(path):
    targets = []
    for match in re.finditer(r'slug = "([^"]+)", token = "([^"]+)", plan = (\d+), actions = \{ ([^}]*) \}',
                             open(path).read()):
        targets.append({"slug": match.group(1), "token": match.group(2), "plan": int(match.group(3)),
                        "actions": [int(a) for a in match.group(4).split(",")]})
    return targets


def run(args):
    """Runs each workload with wrk and prints req/s, p50, p99 and errors, and the ratios to the floor."""
    results = {}
    if args.warm_up:
        # The JIT compiles the hot paths first: a run's first seconds are not what a platform that has been up does.
        env = dict(os.environ, BENCH_WORKLOAD="mixed", BENCH_TARGETS=args.targets)
        subprocess.run(["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", "%ds" % args.warm_up,
                        "-s", os.path.join(os.path.dirname(__file__), "load.lua"), args.base],
                       env=env, check=True, capture_output=True)
        print("warmed up with %d s of the mixed workload (not counted)" % args.warm_up, flush=True)
    for workload in args.workloads.split(","):
        env = dict(os.environ, BENCH_WORKLOAD=workload, BENCH_TARGETS=args.targets)
        # Ten seconds of the same workload first, so the one measured runs on code compiled for it.
        subprocess.run(["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", "10s",
                        "-s", os.path.join(os.path.dirname(__file__), "load.lua"), args.base],
                       env=env, check=True, capture_output=True)
        command = ["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", "%ds" % args.duration,
                   "--latency", "-s", os.path.join(os.path.dirname(__file__), "load.lua"), args.base]
        output = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
        result = json.loads(output[output.index("BENCH_RESULT ") + len("BENCH_RESULT "):].splitlines()[0])
        results[workload] = result
        print("%-10s %8.0f req/s  p50 %7.1f ms  p99 %7.1f ms  errors %d of %d" % (
            workload, result["rps"], result["p50"] / 1000, result["p99"] / 1000, result["errors"],
            result["requests"]), flush=True)
    if "floor" in results:
        for workload, result in results.items():
            if workload != "floor":
                print("%s at %.0f%% of the floor's throughput" % (workload,
                                                                 100 * result["rps"] / results["floor"]["rps"]))
    with open(os.path.join(os.path.dirname(args.targets), "results.json"), "w") as out:
        json.dump(results, out, indent=2)


def main():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("wait-imported")
    p.add_argument("--base", required=True)
    p.add_argument("--councils", required=True)
    p.add_argument("--limit", type=int, default=7200)
    p.set_defaults(func=wait_imported)
    p = commands.add_parser("prepare")
    p.add_argument("--base", required=True)
    p.add_argument("--councils", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(func=prepare)
    p = commands.add_parser("statements")
    p.add_argument("--base", required=True)
    p.add_argument("--targets", required=True)
    p.add_argument("--client", required=True)
    p.add_argument("--requests", type=int, default=50)
    p.set_defaults(func=statements)
    p = commands.add_parser("run")
    p.add_argument("--base", required=True)
    p.add_argument("--targets", required=True)
    p.add_argument("--workloads", default="floor,dashboard,mixed")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--duration", type=int, default=20)
    p.add_argument("--warm-up", type=int, default=60)
    p.set_defaults(func=run)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
