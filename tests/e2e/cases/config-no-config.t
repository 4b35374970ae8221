# name: config: --no-config ignores the .factlens.yml found here (its format, only, fail-on, disable and even a broken rules path), and --print-config says so
# file: .factlens.yml
format: tsv
only: [claim]
fail-on: [speculation]
disable: [hedge]
rules: [missing.yml]
# file: a.txt
The pier may open. It rained.
# run: factlens --no-config -r "$E2E/rules" a.txt && factlens --no-config --print-config > printed
# stdout:
⟦speculation⟧The pier ⟨t.may:may⟩ open. ⟦claim⟧It rained.
# check: head -n 1 printed | grep -qx '# config: none (--no-config)'
# check: grep -qx 'fail-on: \[\].*' printed && grep -qx 'rule control: \[\].*' printed
