# name: built-in rules: speech verbs after a closing quote, a party in brackets before a colon, a telling verb with a named clause subject, a dismissal "as", and a stated goal; a wall one leans against and a goal with no holder are no cue
# run: factlens -f tsv stdin | cut -f1,4
# stdin:
"Picture the two of them on one stage," mused the host.

Rep. Ana Lopes (D-Ore.): "I have not seen that figure."

The envoy reassured the council that Lisbon would sign.

The ministry waved off the delay as minor.

The union's aim was to save the plant.

The boat was against the wall of the harbour.

The plan is to open the bridge in May.
# stdout:
sourced	quote.straight,attribution.after-quote-inverted
sourced	attribution.name-colon-quote,quote.straight
sourced	attribution.reporting-verb
sourced	attribution.as
claim	stance.noun
claim	-
claim	-
