#!/usr/bin/env python3
"""Writes a tenants folder of N councils for the benchmark: the three demo councils as they are, then copies of them
(in turn) with their own slug, name and ONS code, every file beside council.yaml copied unchanged. Partnerships: the
demo's own, plus one peer network of every council, for the partnership comparison at full size."""
import os
import shutil
import sys

DEMO = ["walsall", "wirral", "southwark"]


def main(source, target, count):
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(target)
    shutil.copy(os.path.join(source, "england-indicators.yaml"), target)
    slugs = []
    for i in range(count):
        base = DEMO[i % 3]
        if i < 3:
            slug = base
            shutil.copytree(os.path.join(source, base), os.path.join(target, slug))
        else:
            slug = "%s-copy-%03d" % (base, i)
            shutil.copytree(os.path.join(source, base), os.path.join(target, slug))
            council = os.path.join(target, slug, "council.yaml")
            lines = open(council).read().splitlines()
            region = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("region:"))
            with open(council, "w") as out:
                out.write("# Benchmark copy of %s\n" % base)
                out.write("slug: %s\n" % slug)
                out.write("name: Bench Council %03d (copy of %s)\n" % (i, base.capitalize()))
                out.write("onsCode: E10%06d\n" % (900000 + i))
                out.write("region: %s\n" % region)
                out.write("partnerships: []\n")
                out.write("trustedIssuers: []\n")
        slugs.append(slug)
    demo = open(os.path.join(source, "partnerships.yaml")).read().rstrip()
    with open(os.path.join(target, "partnerships.yaml"), "w") as out:
        out.write(demo + "\n")
        out.write("  - slug: bench-all\n    name: Every council in the benchmark\n    kind: PEER_NETWORK\n")
        out.write("    councils: [%s]\n" % ", ".join(slugs))
    with open(os.path.join(target, "councils.txt"), "w") as out:
        out.write("\n".join(slugs) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
