# name: --fail-on=LABEL=N%: 2 of 4 sentences over two files is 50%, not more
# setup: printf 'The pier may open. It rained.\n' > a.txt; printf 'It might rain. The sun shone.\n' > b.txt
# run: factlens -r "$E2E/rules" --fail-on=speculation=50% --fail-on=claim=2 a.txt b.txt
# status: 0
# check: test "$(grep -c '⟦claim⟧' stdout)" = 2
