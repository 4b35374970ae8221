# name: --fail-on counts over all inputs: one speculation in each of two files
# setup: printf 'The pier may open. It rained.\n' > a.txt; printf 'It might rain. The sun shone.\n' > b.txt
# run: factlens -r "$E2E/rules" --fail-on=speculation=1 a.txt b.txt
# status: 1
# check: test "$(grep -c '⟦speculation⟧' stdout)" = 2
# stderr:
factlens: speculation in 2 of 4 sentences (50.0%) is over the limit of 1 (--fail-on speculation=1)
