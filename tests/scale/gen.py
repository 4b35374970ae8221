"""gen.py N: N JSON Lines records of invented news for the scale check.

Deterministic.  Most records are good; every 997th line is bad in one of
several ways, and now and then a blank line, a CRLF line end, a nested
field or an id that is not an integer, so that the engines' outputs are
compared on the awkward cases too.
"""
import json
import random
import sys

SENTENCES = [
    "The district council approved the ferry budget on Tuesday.",
    "Officials said the new bridge may open before the winter.",
    "The delay probably reflects a lack of spare parts.",
    "Residents in Eastwick appear to have lost patience with the plan.",
    "\u201cWe will finish on time,\u201d the site manager said.",
    "According to the port authority, cargo traffic rose by 4% last year.",
    "Some critics say the tram line is a waste of money.",
    "Will the library reopen in March?",
    "It is possible that the vote will be postponed.",
    "The school board clearly underestimated the cost.",
    "Rents in the old town rose for the third year running.",
    "The report found that 120 homes had flooded.",
    "Caf\u00e9 owners on the quay expect a busy summer \U0001F31E.",
]
OUTLETS = ["Quay Courier", "Eastwick Echo", "Ridge Daily", "The Lantern"]


def record(i, rnd):
    text = " ".join(rnd.choice(SENTENCES) for _ in range(rnd.randint(1, 6)))
    if i % 7 == 0:
        text += "\n\n" + " ".join(rnd.choice(SENTENCES) for _ in range(2))
    rec = {"id": i, "outlet": OUTLETS[i % 4],
           "date": "2024-%02d-%02d" % (1 + i % 12, 1 + i % 28),
           "text": text}
    if i % 101 == 0:
        rec["id"] = "story-%d" % i
    if i % 103 == 0:
        rec["id"] = i + 0.5
    if i % 107 == 0:
        del rec["id"]
    return json.dumps(rec, ensure_ascii=i % 2 == 0)


def main():
    n = int(sys.argv[1])
    rnd = random.Random(14)
    out = sys.stdout.buffer
    for i in range(n):
        if i % 997 == 5:
            out.write([b'{"id":"cut","text":"The', b'[1,2,3]',
                       b'{"id":"no text"}', b'{"text":"caf\xc3"}'][i % 4])
            out.write(b"\n")
        if i % 499 == 3:
            out.write(b"\n")
        line = record(i, rnd).encode()
        out.write(line + (b"\r\n" if i % 211 == 0 else b"\n"))


main()
