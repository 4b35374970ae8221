# name: built-in rules: who is speaking (rules 14-17): a body that indicates or points to something is a source, evidence that indicates, argues or points to something is the writer's inference, calling oneself something is self-description, an unnamed asker is a vague source, and being open to an action is a stance
# run: factlens -f tsv stdin | cut -f1,4,5
# stdin:
The harbour board indicated that it would cut the ferry service.

The rising rents indicated that the town was growing.

This result argues against a single cause of the flood.

The senator argues for a second bridge.

The union pointed to a rise in injuries at the plant.

The early closing points to a weak season.

The senator calls herself a moderate.

The mayor was asked to resign.

The White House is open to changing the tax.
# stdout:
sourced	attribution.suggested-role	The harbour board indicated that it would cut the ferry service.
speculation	inference.indicate	The rising rents indicated that the town was growing.
speculation	inference.argues	This result argues against a single cause of the flood.
sourced	attribution.speech-act	The senator argues for a second bridge.
sourced	attribution.points-to	The union pointed to a rise in injuries at the plant.
speculation	inference.points-to	The early closing points to a weak season.
sourced	attribution.called-quote	The senator calls herself a moderate.
claim	vague-source.asked-passive	The mayor was asked to resign.
claim	stance.feeling-adjective	The White House is open to changing the tax.
