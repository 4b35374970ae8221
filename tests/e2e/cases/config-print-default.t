# name: config: --print-config names "default" as the origin of a setting neither the config nor the command line gives (the format), and "command line" only for what the command line gave
# run: factlens --no-config --print-config > printed && factlens --no-config -f tsv --print-config > printed-f
# check: grep -q '^format: .*# default' printed && ! grep -q '# command line' printed
# check: grep -qx 'format: tsv	# command line' printed-f
