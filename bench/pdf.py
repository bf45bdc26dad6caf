#!/usr/bin/env python3
"""Times a board pack's PDF from asking to ready, as the first document after a start: run right after bench/start."""
import json
import sys
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import bench  # noqa: E402

api = bench.Api(sys.argv[1])
slug = sys.argv[2] if len(sys.argv) > 2 else "walsall"
token = api.token(slug + "-officer")
base = "/api/councils/%s/board-packs" % slug
pack = api.json("POST", base, token, {"title": "Benchmark board pack", "period": "2025-26 Q2",
                                      "meetingBody": "Corporate Parenting Board", "meetingDate": "2026-12-15",
                                      "executiveSummary": "Progress on the corporate parenting strategy."})
started = time.time()
status, body = api.call("POST", "%s/%d/pdf" % (base, pack["id"]), token)
while True:
    progress = api.json("GET", "%s/%d/pdf/progress" % (base, pack["id"]), token)
    if progress.get("status") in ("READY", "FAILED"):
        break
    time.sleep(0.05)
print("board pack PDF %s after %.2f s (%s)" % (progress.get("status"), time.time() - started,
                                             json.dumps({k: progress.get(k) for k in ("percent", "step")})))
