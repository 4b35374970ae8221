# name: the ansi legend (on a terminal, with and without colour) and the html legend have an entry for every cue category the binary knows, in its own style
# file: in.txt
It may rain.
# file: legend.py
## The categories are those the binary lists for a bad --only, which come
## from its table, so a category added later is checked too.
import os, re, subprocess, sys

fl = os.environ["FACTLENS"]
err = subprocess.run([fl, "--only=?"], capture_output=True, text=True).stderr
cats = re.search(r"categories: (.*)\)", err).group(1).replace(" or ", ", ")
cats = cats.split(", ")

def on_tty(args):
    m, s = os.openpty()
    subprocess.run([fl, "--no-config"] + args, stdout=s, check=True,
                   env=dict(os.environ, TERM="xterm", NO_COLOR=""))
    os.close(s)
    out = b""
    while True:
        try:
            d = os.read(m, 65536)
        except OSError:
            break
        if not d:
            break
        out += d
    return out.decode("utf-8").split("\r\n")[0]

bad = []
plain = on_tty(["--color=never", "in.txt"])
color = on_tty(["--color=always", "in.txt"])
page = subprocess.run([fl, "--no-config", "-f", "html", "in.txt"],
                      capture_output=True, text=True).stdout
for c in cats:
    if ("_%s_" % c if c != "quote" else " quote ") not in plain:
        bad.append("ansi legend without colour: no " + c)
    if not re.search(r"\x1b\[[0-9;]+m%s\x1b\[0m" % re.escape(c), color):
        bad.append("ansi legend in colour: no " + c)
    if '<li><mark class="cue c-%s">%s</mark>: ' % (c, c) not in page:
        bad.append("html legend: no " + c)
print("\n".join(bad) or "every legend has all %d categories" % len(cats))
sys.exit(1 if bad else 0)
# run: python3 legend.py
# stdout-match: ^every legend has all [0-9]+ categories$
