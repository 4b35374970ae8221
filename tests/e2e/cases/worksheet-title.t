# name: --title and --instructions set the heading and the task, escaped
# args: -f worksheet --title 'Pier & <Ferry>' --instructions 'Tick one box; "quick"' -r "$E2E/rules" -
# stdin:
The cafe closed.
# check: grep -q '<title>Pier &amp; &lt;Ferry&gt;</title>' stdout && grep -q '<h1>Pier &amp; &lt;Ferry&gt;</h1>' stdout
# check: grep -q '<p class="instr">Tick one box; &quot;quick&quot;</p>' stdout
