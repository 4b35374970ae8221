# name: with SIGPIPE ignored by the caller (trap '' PIPE, CI runners, Python), a closed pipe ends factlens quietly with status 2, in every format and with -j 2; listings too
# setup: awk 'BEGIN { for (i = 0; i < 20000; i++) print "The pier may open. Officials said so.\n" }' >big.txt && awk 'BEGIN { for (i = 0; i < 20000; i++) print "{\"text\": \"The pier may open. Officials said so.\"}" }' >big.jsonl
# file: closed.py
## Standard output is a pipe whose reading end is closed before factlens
## starts, so every write fails with EPIPE, however short the output.  The
## formats are those the binary lists in its error for an unknown format.
import os, re, signal, subprocess, sys

fl = os.environ["FACTLENS"]
err = subprocess.run([fl, "-f", "?"], capture_output=True, text=True).stderr
formats = re.search(r"expected (.*)\)", err).group(1).replace(" or ", ", ")
## Record mode reads JSON Lines; the other formats read text.
runs = [["-f", f, "-j", j, "big.jsonl" if f == "records" else "big.txt"]
        for f in formats.split(", ")
        for j in ("1", "2")]
runs += [["--list-rules"], ["--list-literals"], ["--explain", "t.may"],
         ["--print-config"]]
bad = []
for args in runs:
    r, w = os.pipe()
    os.close(r)
    p = subprocess.run([fl, "--no-config", "-r", os.environ["E2E"] + "/rules"]
                       + args, stdout=w, stderr=subprocess.PIPE,
                       preexec_fn=lambda: signal.signal(signal.SIGPIPE,
                                                        signal.SIG_IGN))
    os.close(w)
    if p.returncode != 2 or p.stderr:
        bad.append("%s: status %d, stderr %r" % (" ".join(args), p.returncode,
                                                 p.stderr[:80]))
print("\n".join(bad) if bad else "quiet, status 2: %d runs" % len(runs))
sys.exit(1 if bad else 0)
# run: python3 closed.py
# stdout-match: ^quiet, status 2: [0-9]+ runs$
